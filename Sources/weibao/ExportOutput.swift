import ArgumentParser
import Foundation

/// Where an export goes: standard output, or a file written under a temporary name beside it
/// and renamed into place, so a failed export never leaves a half-written file behind.
struct ExportOutput {
    /// The file named by `-o`, or "standard output".
    let name: String
    private let path: String?
    private let temporary: String?
    private let fd: Int32
    /// What went wrong, for the message.
    private(set) var error = ""

    init(path: String?) throws {
        guard let path else {
            name = "standard output"
            self.path = nil
            temporary = nil
            fd = STDOUT_FILENO
            return
        }
        name = path
        self.path = path
        let folder = (path as NSString).deletingLastPathComponent
        var template = Array(((folder.isEmpty ? "." : folder) as NSString)
            .appendingPathComponent(".\((path as NSString).lastPathComponent).XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else {
            StandardError.print("weibao export: cannot write \(path): \(String(cString: strerror(errno)))")
            throw ExitCode(2)
        }
        // mkstemp makes the file 0600; an export is an ordinary file.
        let mask = umask(0)
        umask(mask)
        fchmod(fd, 0o666 & ~mask)
        self.fd = fd
        temporary = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
    }

    /// Writes all of `bytes`; false (with `error` set) when the system refused.
    mutating func write(_ bytes: [UInt8]) -> Bool {
        let failure: Int32? = bytes.withUnsafeBytes { raw in
            var done = 0
            while done < raw.count {
                let n = Foundation.write(fd, raw.baseAddress! + done, raw.count - done)
                if n < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                done += n
            }
            return nil
        }
        if let failure {
            error = String(cString: strerror(failure))
            return false
        }
        return true
    }

    /// Lets a library write the temporary file by its path (sqlite opens it itself); the
    /// result is put in place by `finish` as any other export. nil for standard output.
    mutating func writeFile(_ body: (String) -> String?) -> Bool {
        guard let temporary else { return false }
        if let failure = body(temporary) {
            error = failure
            return false
        }
        return true
    }

    /// Puts a file in place (or removes the partial one after a failure); true when the
    /// export is complete where it was asked for.
    mutating func finish() -> Bool {
        guard let path, let temporary else { return error.isEmpty }
        defer { if !error.isEmpty { unlink(temporary) } }
        if close(fd) != 0, error.isEmpty { error = String(cString: strerror(errno)) }
        guard error.isEmpty else { return false }
        if rename(temporary, path) != 0 {
            error = String(cString: strerror(errno))
            return false
        }
        return true
    }
}
