import Foundation

/// The canonical indicators built into the binary (Resources/indicators.json), in file order.
public enum Indicators {
    public static let all: [CanonicalIndicator] = decode(PackageResources.indicators_json)

    private static let byID: [String: Int] = {
        var index: [String: Int] = [:]
        for (i, c) in all.enumerated() where index[c.id] == nil { index[c.id] = i }
        return index
    }()

    public static func named(_ id: String) -> CanonicalIndicator? { byID[id].map { all[$0] } }

    /// The ids nearest to a mistyped one, nearest first: by edit distance, then by shared words.
    public static func closest(to id: String, count: Int = 3) -> [String] {
        let words = Set(id.split(separator: "-"))
        var scored: [(id: String, score: Int)] = []
        for c in all {
            let shared = Set(c.id.split(separator: "-")).intersection(words).count
            scored.append((c.id, ReferenceNames.editDistance(c.id, id) - 4 * shared))
        }
        scored.sort { a, b in a.score != b.score ? a.score < b.score : a.id < b.id }
        return scored.prefix(count).map(\.id)
    }

    /// The vocabulary file's entries: `{"id", "name", "unit", "system", "definition", "phrasings"}`,
    /// read with the loader's own parser (Foundation's decoder costs a startup's worth of time).
    /// Its well-formedness is a test's business (IndicatorTests); a bad entry here is a build error
    /// in all but name, so it stops the program at once rather than hiding indicators.
    static func decode(_ bytes: [UInt8]) -> [CanonicalIndicator] {
        guard let root = try? JSONParser.parse(bytes), let entries = root.elements else {
            fatalError("Resources/indicators.json is not a JSON array")
        }
        return entries.map { e in
            func text(_ key: String) -> String {
                guard let s = e[key]?.string else { fatalError("Resources/indicators.json:\(e.position): no \(key)") }
                return s
            }
            guard case .success(let system) = ReferenceNames.system(text("system")) else {
                fatalError("Resources/indicators.json:\(e.position): unknown system \(text("system"))")
            }
            return CanonicalIndicator(id: text("id"), name: text("name"), unit: text("unit"), system: system,
                                      definition: text("definition"),
                                      phrasings: e["phrasings"]?.elements?.compactMap(\.string) ?? [])
        }
    }
}
