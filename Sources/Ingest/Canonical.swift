import Foundation
import Protection

/// A canonical indicator as ingest matches it: an id, the unit its figures are in, its system,
/// and how reports word it.
public struct VocabularyEntry: Sendable, Hashable {
    public var id: String
    public var name: String
    public var unit: String
    public var system: ProtectionSystem
    public var phrasings: [String]
    /// A stock (存量 in its definition): a 新增 figure is a flow and does not measure it.
    public var stock: Bool

    public init(id: String, name: String, unit: String, system: ProtectionSystem, phrasings: [String], stock: Bool) {
        self.id = id
        self.name = name
        self.unit = unit
        self.system = system
        self.phrasings = phrasings
        self.stock = stock
    }

    /// A vocabulary file: `[{"id", "name", "unit", "system", "definition", "phrasings"}]`.
    public static func read(_ bytes: [UInt8]) throws -> [VocabularyEntry] {
        struct Entry: Decodable {
            var id, name, unit, system: String
            var definition: String?
            var phrasings: [String]
        }
        return try JSONDecoder().decode([Entry].self, from: Data(bytes)).map { e in
            guard let system = ProtectionSystem.allCases.first(where: { $0.shortName == e.system || $0.name == e.system }) else {
                throw VocabularyError(message: "\(e.id): unknown system \"\(e.system)\", expected one of 家庭 学校 社会 网络 政府 司法 综合")
            }
            return VocabularyEntry(id: e.id, name: e.name, unit: e.unit, system: system, phrasings: e.phrasings,
                                   stock: e.definition?.contains("存量") ?? false)
        }
    }
}

public struct VocabularyError: Error, Sendable {
    public var message: String
}

/// The canonical indicator a figure measures, when one of the vocabulary's phrasings names
/// it and nothing around the number changes its meaning. Never forced: no match, a unit of
/// another family, a qualifier the indicator does not have (城市/农村, 集中/分散, 新增 against a
/// stock), a change rather than a level, or two indicators named at once give none.
struct CanonicalMatcher {
    let entries: [VocabularyEntry]
    /// Each phrasing (and the name without its final 数), longest first.
    let phrasings: [(word: [Unicode.Scalar], entry: Int)]

    init(_ entries: [VocabularyEntry]) {
        self.entries = entries
        var list: [(word: [Unicode.Scalar], entry: Int)] = []
        for (k, e) in entries.enumerated() {
            var words = Set(e.phrasings)
            if e.name.hasSuffix("数") && e.name.count > 3 { words.insert(String(e.name.dropLast())) } else { words.insert(e.name) }
            for w in words where !w.isEmpty { list.append((scalars(w), k)) }
        }
        phrasings = list.sorted { $0.word.count > $1.word.count }
    }

    struct Match {
        var id: String
        var confidence: Double
        var rule: String
    }

    static let families: [Set<String>] = [["人", "名"], ["个", "所", "家", "处"], ["份", "件"], ["次", "场", "场次"]]

    static func fits(_ unit: String, _ wanted: String) -> Bool {
        unit == wanted || families.contains { $0.contains(unit) && $0.contains(wanted) }
    }

    /// Qualifiers that make a different indicator when the phrasing does not carry them.
    static let qualifiers: [String] = ["城市", "农村", "集中", "分散", "散居", "新增", "新建", "城乡", "平均", "省级", "市级", "县级"]
    static let changeWords: [[Unicode.Scalar]] = ["上升", "增长", "下降", "增加", "减少", "提高", "降低", "增幅", "同比", "高出", "低于", "占"]
        .map { scalars($0) }

    /// `name`: the indicator ingest gave the figure (its counted noun phrase); `before`: the
    /// clause up to the number; the unit and system the figure was read with.
    func match(name: String, before: [Unicode.Scalar], unit: String, system: ProtectionSystem) -> Match? {
        guard !entries.isEmpty else { return nil }
        // A change (同比上升 15%, 占 19.23%) measures growth or a share, not the indicator's level.
        let tail = Array(before.suffix(4))
        let isChange = Self.changeWords.contains { w in (0...max(0, tail.count - w.count)).contains { tail.has(w, at: $0) } }
        let nameScalars = Array(name.unicodeScalars)
        for (text, base, place) in [(nameScalars, 0.9, "the indicator's name"), (before, 0.7, "the clause before the number")] {
            var hits: [(entry: Int, at: Range<Int>)] = []
            var i = 0
            while i < text.count {
                if let p = phrasings.first(where: { text.has($0.word, at: i) }) {
                    hits.append((p.entry, i..<(i + p.word.count)))
                    i += p.word.count
                    continue
                }
                i += 1
            }
            let fitting = hits.filter { Self.fits(unit, entries[$0.entry].unit) }
            guard let last = fitting.last else { continue }
            let e = entries[last.entry]
            // Two indicators at once (儿童主任和儿童督导员共…人) is a mixed total.
            if Set(fitting.map(\.entry)).count > 1 { return nil }
            if isChange && e.unit != "%" { return nil }
            let around = String(String.UnicodeScalarView(text))
            for q in Self.qualifiers where around.contains(q) && !e.name.contains(q) && !e.phrasings.contains(where: { $0.contains(q) }) {
                if q == "新增" || q == "新建" ? e.stock : true { return nil }
            }
            // Nearer the number, surer; an indicator of another system than the figure's, less.
            var confidence = base - 0.01 * Double(text.count - last.at.upperBound)
            if e.system != system { confidence -= 0.25 }
            guard confidence >= 0.5 else { return nil }
            let word = String(String.UnicodeScalarView(text[last.at]))
            return Match(id: e.id, confidence: (confidence * 100).rounded() / 100, rule: "\(word) in \(place) → \(e.id) (\(e.name), \(e.unit))")
        }
        return nil
    }
}
