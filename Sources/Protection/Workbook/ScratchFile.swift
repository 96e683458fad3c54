import Foundation

/// A private temporary file beside an export, written in order and read back by position:
/// where a sheet waits until its size is known. Removed by `remove()`, whatever happened.
final class ScratchFile {
    let path: String
    private let fd: Int32
    private(set) var size: Int64 = 0
    /// The first write's failure, in the system's words.
    private(set) var error: String?

    init(beside file: String) throws(FigureWorkbook.WriteError) {
        let folder = (file as NSString).deletingLastPathComponent
        var template = Array(((folder.isEmpty ? "." : folder) as NSString)
            .appendingPathComponent(".weibao-sheet.XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw FigureWorkbook.WriteError(description: String(cString: strerror(errno))) }
        self.fd = fd
        path = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
    }

    func write(_ bytes: [UInt8]) -> Bool {
        guard error == nil else { return false }
        let failure = WriteAll.write(fd, bytes)
        if let failure {
            error = String(cString: strerror(failure))
            return false
        }
        size += Int64(bytes.count)
        return true
    }

    /// `count` bytes from `position`; the zip library asks for the file in order.
    func read(at position: Int64, count: Int) throws -> Data {
        var data = Data(count: count)
        let got = data.withUnsafeMutableBytes { raw -> Int in
            var done = 0
            while done < count {
                let n = pread(fd, raw.baseAddress! + done, count - done, off_t(position) + off_t(done))
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { return n < 0 ? -1 : done }
                done += n
            }
            return done
        }
        guard got == count else { throw POSIXError(POSIXErrorCode(rawValue: got < 0 ? errno : EIO) ?? .EIO) }
        return data
    }

    func remove() {
        close(fd)
        unlink(path)
    }
}
