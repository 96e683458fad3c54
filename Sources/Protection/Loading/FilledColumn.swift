import Foundation

/// A column a user's table may leave out, and how the load fills it in.
public enum FilledColumn: String, Sendable, Hashable, CaseIterable {
    case id, text, source

    /// How the value is made, for `weibao validate`.
    public var how: String {
        switch self {
        case .id: "made from source, province, indicator, value and date: the same facts twice are a duplicate"
        case .text: "written from value and unit"
        case .source: "one source for the file, named after it, citing nothing"
        }
    }

    /// `figures-2024.csv` → `figures-2024`: the file's name without folder or extension, in the
    /// characters an id may hold (others become `-`), or `data`.
    public static func sourceID(forFile path: String) -> String {
        let stem = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        let safe = String(stem.unicodeScalars.map { c -> Character in
            c.isASCII && (CharacterSet.alphanumerics.contains(c) || "-_.".unicodeScalars.contains(c)) ? Character(c) : "-"
        })
        return safe.allSatisfy({ $0 == "-" || $0 == "." }) ? "data" : safe
    }

    /// `f-` and the first 12 hex digits of the SHA-256 of the facts, unit-separated.
    public static func figureID(source: String, province: String, indicator: String, value: ExactNumber, unit: String,
                                date: String) -> String {
        let key = Array([source, province, indicator, value.description, unit, date].joined(separator: "\u{1F}").utf8)
        // FNV-1a only where swift-crypto is absent (the fuzz build): stable there too.
        let hex = ReportHash.hex(key) ?? String(key.reduce(UInt64(0xcbf29ce484222325)) { ($0 ^ UInt64($1)) &* 0x100000001b3 }, radix: 16)
        return "f-" + hex.prefix(12)
    }
}
