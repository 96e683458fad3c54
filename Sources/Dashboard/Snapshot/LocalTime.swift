import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A date as local wall-clock text, through the C library: a DateFormatter loads ICU's calendar
/// data, which cost a snapshot a tenth of its start-up for one time stamp.
enum LocalTime {
    /// `pattern` is a strftime(3) pattern, e.g. "%Y-%m-%d %H:%M:%S".
    static func format(_ date: Date, _ pattern: String) -> String {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        localtime_r(&seconds, &parts)
        var buffer = [CChar](repeating: 0, count: 64)
        let n = strftime(&buffer, buffer.count, pattern, &parts)
        return String(decoding: buffer.prefix(n).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
