import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Saves snapshot files without ever overwriting one: the final name is claimed with
/// O_CREAT|O_EXCL (which also refuses a symlink planted at that name), the content goes to
/// a temporary file beside it, and a rename puts it in place.
public enum SnapshotFile {
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// weibao-20260615-093012.txt, in local time.
    public static func baseName(at date: Date, format: SnapshotFormat) -> String {
        "weibao-\(LocalTime.format(date, "%Y%m%d-%H%M%S")).\(format.fileExtension)"
    }

    /// Writes `contents` into `directory` under the first free name of
    /// weibao-…EXT, weibao-…-2.EXT, weibao-…-3.EXT … and returns the path.
    public static func save(_ contents: String, directory: String, format: SnapshotFormat,
                            date: Date = Date()) throws(Failure) -> String {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDir) else {
            throw Failure(description: "无法保存快照：目录 \(directory) 不存在")
        }
        guard isDir.boolValue else { throw Failure(description: "无法保存快照：\(directory) 不是目录") }
        let base = baseName(at: date, format: format)
        let stem = String(base.dropLast(format.fileExtension.count + 1))
        for n in 1...999 {
            let name = n == 1 ? base : "\(stem)-\(n).\(format.fileExtension)"
            let path = (directory as NSString).appendingPathComponent(name)
            let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
            if fd < 0 {
                if errno == EEXIST { continue }
                throw Failure(description: "无法保存快照 \(path)：\(SystemError.reason(errno))")
            }
            close(fd)
            do {
                try writeViaTemporary(contents, to: path, directory: directory)
            } catch {
                unlink(path)
                throw error
            }
            return path
        }
        throw Failure(description: "无法保存快照：\(directory) 在这一秒内已有 999 个快照")
    }

    static func writeViaTemporary(_ contents: String, to path: String, directory: String) throws(Failure) {
        let temp = (directory as NSString).appendingPathComponent(".weibao-snapshot-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp")
        let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw Failure(description: "无法在 \(directory) 保存快照：\(SystemError.reason(errno))") }
        let bytes = Array(contents.utf8)
        var written = 0
        var failure: String?
        while written < bytes.count {
            let n = bytes[written...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                failure = SystemError.reason(errno)
                break
            }
            written += n
        }
        if failure == nil && fsync(fd) != 0 { failure = SystemError.reason(errno) }
        if close(fd) != 0 && failure == nil { failure = SystemError.reason(errno) }
        if failure == nil && rename(temp, path) != 0 { failure = SystemError.reason(errno) }
        if let failure {
            unlink(temp)
            throw Failure(description: "无法保存快照 \(path)：\(failure)")
        }
    }
}
