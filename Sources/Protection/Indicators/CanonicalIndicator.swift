import Foundation

/// A measure that compares across provinces and years: one subject, one kind (count or rate,
/// stock or yearly flow) and one unit. A figure names it (`Figure.canonical`) only when it
/// measures exactly that; see docs/indicators.md.
public struct CanonicalIndicator: Sendable, Hashable, Identifiable {
    /// A stable id of lower-case words: orphan-allowance-institutional.
    public var id: String
    /// The Chinese name: 集中供养孤儿基本生活保障标准.
    public var name: String
    /// The one unit its figures are in (or a same-family synonym, see `UnitFamily`).
    public var unit: String
    public var system: ProtectionSystem
    /// One line saying what exactly is measured.
    public var definition: String
    /// How reports word it, for people and for ingest to recognise it.
    public var phrasings: [String]

    public init(id: String, name: String, unit: String, system: ProtectionSystem, definition: String,
                phrasings: [String]) {
        self.id = id
        self.name = name
        self.unit = unit
        self.system = system
        self.definition = definition
        self.phrasings = phrasings
    }
}

/// Units that count the same things under different words: a figure in 名 may carry an
/// indicator in 人, one in 所 an indicator in 个, one in 场 an indicator in 次. Nothing else converts: 人次 counts visits,
/// not people, and 户 households.
public enum UnitFamily {
    public static let families: [[String]] = [["人", "名"], ["个", "所", "家", "处"], ["份", "件"], ["次", "场", "场次"]]

    /// The units a figure may be in to carry an indicator in `unit`, that unit first.
    public static func members(of unit: String) -> [String] {
        guard let family = families.first(where: { $0.contains(unit) }) else { return [unit] }
        return [unit] + family.filter { $0 != unit }
    }

    /// One name for a unit's family (its first member): 名 → 人, 所 → 个; a unit with no
    /// family is its own.
    public static func family(of unit: String) -> String {
        families.first(where: { $0.contains(unit) })?.first ?? unit
    }

    public static func fits(_ figureUnit: String, indicatorUnit: String) -> Bool {
        members(of: indicatorUnit).contains(figureUnit)
    }
}
