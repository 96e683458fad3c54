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

    /// The vocabulary file's entries: `{"id", "name", "unit", "system", "definition", "phrasings"}`.
    /// Its well-formedness is a test's business (IndicatorTests); a bad entry here is a build error
    /// in all but name, so it stops the program at once rather than hiding indicators.
    static func decode(_ bytes: [UInt8]) -> [CanonicalIndicator] {
        struct Entry: Decodable {
            var id, name, unit, system, definition: String
            var phrasings: [String]
        }
        do {
            let entries = try JSONDecoder().decode([Entry].self, from: Data(bytes))
            return try entries.map { e in
                guard case .success(let system) = ReferenceNames.system(e.system) else {
                    throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "system \(e.system) of \(e.id)"))
                }
                return CanonicalIndicator(id: e.id, name: e.name, unit: e.unit, system: system,
                                          definition: e.definition, phrasings: e.phrasings)
            }
        } catch {
            fatalError("Resources/indicators.json does not decode: \(error)")
        }
    }
}
