import Foundation

/// The six protection systems of the 2020 revised Minors Protection Law (chapters 2–7),
/// plus 综合 for cross-cutting work (leading groups, coordination) that belongs to none.
public enum ProtectionSystem: UInt8, CaseIterable, Sendable, Hashable, Comparable {
    case family, school, society, online, government, judicial, general

    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }

    /// 家庭保护 … 司法保护, 综合.
    public var name: String {
        switch self {
        case .family: "家庭保护"
        case .school: "学校保护"
        case .society: "社会保护"
        case .online: "网络保护"
        case .government: "政府保护"
        case .judicial: "司法保护"
        case .general: "综合"
        }
    }

    /// Two-character form used in narrow columns: 家庭, 学校 … 综合.
    public var shortName: String { String(name.prefix(2)) }

    public var english: String {
        switch self {
        case .family: "family"
        case .school: "school"
        case .society: "society"
        case .online: "online"
        case .government: "government"
        case .judicial: "judicial"
        case .general: "general"
        }
    }

    /// Chapter of the law, nil for 综合.
    public var chapter: Int? {
        switch self {
        case .family: 2
        case .school: 3
        case .society: 4
        case .online: 5
        case .government: 6
        case .judicial: 7
        case .general: nil
        }
    }

    /// Article range of the chapter, nil for 综合.
    public var articles: ClosedRange<Int>? {
        switch self {
        case .family: 15...24
        case .school: 25...41
        case .society: 42...63
        case .online: 64...80
        case .government: 81...99
        case .judicial: 100...116
        case .general: nil
        }
    }

    /// "第二章 第15–24条", or "跨系统" for 综合.
    public var lawReference: String {
        guard let chapter, let articles else { return "跨系统（领导小组、协调机制）" }
        let numerals = ["", "一", "二", "三", "四", "五", "六", "七"]
        return "第\(numerals[chapter])章 第\(articles.lowerBound)–\(articles.upperBound)条"
    }

    /// Accepts 家庭, 家庭保护, family (any case), or 综合/general.
    public init?(named name: String) {
        // Runs for every record of a load: the exact spelling is one lookup, and only other
        // spellings (spaces, capitals) are trimmed and lowered, without Foundation.
        guard let match = Self.byName[name] ?? Self.byName[name.trimmingSpaces.lowercased()] else { return nil }
        self = match
    }

    private static let byName: [String: ProtectionSystem] = {
        var map: [String: ProtectionSystem] = [:]
        for system in allCases {
            for n in [system.name, system.shortName, system.english] { map[n] = system }
        }
        return map
    }()
}
