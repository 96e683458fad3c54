import ArgumentParser
import Foundation
import Protection

/// Where an export goes: standard output, or a file written under a temporary name beside it
/// and renamed into place, so a failed export never leaves a half-written file behind.
struct ExportOutput {
    /// The file named by `-o`, or "standard output".
    let name: String
    private let path: String?
    private let temporary: String?
    private let fd: Int32
    /// Whether `fd` was closed already (a whole-file writer took the temporary name over).
    private var closed = false
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
        let failure = WriteAll.write(fd, bytes)
        if let failure {
            error = String(cString: strerror(failure))
            return false
        }
        return true
    }

    /// For formats written as whole files by a library (a zip needs to seek and makes its
    /// file itself): `body` creates the file at the path it is given. For a file export that
    /// is the temporary name, renamed by `finish()`; for standard output, a temporary file
    /// copied out and removed. False (with `error` set) when `body` threw.
    mutating func produce(_ body: (String) throws -> Void) -> Bool {
        let target: String
        if let temporary {
            close(fd)
            closed = true
            unlink(temporary)  // made again by `body`, which will not overwrite a file
            target = temporary
        } else {
            target = NSTemporaryDirectory() + "weibao-export-" + UUID().uuidString
        }
        do {
            try body(target)
        } catch {
            self.error = "\(error)"
            if temporary == nil { unlink(target) }
            return false
        }
        guard temporary == nil else { return true }
        defer { unlink(target) }
        guard let file = FileHandle(forReadingAtPath: target) else {
            error = "cannot read back \(target)"
            return false
        }
        defer { try? file.close() }
        // In pieces: a million-row workbook is tens of megabytes.
        while let piece = try? file.read(upToCount: 1 << 20), !piece.isEmpty {
            guard write(Array(piece)) else { return false }
        }
        return true
    }

    /// Puts a file in place (or removes the partial one after a failure); true when the
    /// export is complete where it was asked for.
    mutating func finish() -> Bool {
        guard let path, let temporary else { return error.isEmpty }
        defer { if !error.isEmpty { unlink(temporary) } }
        if !closed, close(fd) != 0, error.isEmpty { error = String(cString: strerror(errno)) }
        guard error.isEmpty else { return false }
        if rename(temporary, path) != 0 {
            error = String(cString: strerror(errno))
            return false
        }
        return true
    }
}
