import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The reason for a failed write in the interface's language. The C library's own text follows
/// the locale, which is usually C.UTF-8 (English), so the usual causes are named here and the
/// rest keep the library's words beside their number.
enum SystemError {
    static func reason(_ code: Int32) -> String {
        switch code {
        case EACCES, EPERM: return "没有写入权限"
        case ENOSPC: return "磁盘空间不足"
        case EDQUOT: return "超出磁盘配额"
        case EROFS: return "文件系统只读"
        case ENOENT: return "路径不存在"
        case ENOTDIR: return "路径中有一项不是目录"
        case ENAMETOOLONG: return "路径过长"
        case EIO: return "读写设备出错"
        case ELOOP: return "路径中的符号链接过多，或目标是符号链接"
        default: return "系统错误 \(code)（\(String(cString: strerror(code)))）"
        }
    }
}
