import Foundation

/// Whole files as bytes, read straight into the array: `[UInt8](Data)` would copy a
/// 120 MB file a second time.
enum FileBytes {
    static func read(_ path: String) -> [UInt8]? {
        // O_NONBLOCK: opening a FIFO would otherwise wait for a writer; only regular files are read.
        let fd = open(path, O_RDONLY | O_NONBLOCK)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        let size = Int(info.st_size)
        var failed = false
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            var done = 0
            while done < size {
                let n = Foundation.read(fd, buffer.baseAddress! + done, size - done)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { break }
                done += n
            }
            failed = done < size
            count = done
        }
        return failed ? nil : bytes
    }
}
