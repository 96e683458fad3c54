import Foundation

/// How a person names an indicator on the command line or in a prompt: its id
/// (`juvenile-courts`), its Chinese name (少年法庭数) or the pinyin initials of that name (snftsl).
public enum IndicatorLookup {
    public enum Outcome: Sendable, Hashable {
        case found(CanonicalIndicator)
        /// Nothing matched exactly; the nearest names, nearest first.
        case unknown(closest: [CanonicalIndicator])
    }

    public static func resolve(_ query: String, in vocabulary: [CanonicalIndicator] = Indicators.all) -> Outcome {
        let q = query.trimmingCharacters(in: .whitespaces)
        let folded = q.lowercased()
        if let c = vocabulary.first(where: { $0.id == folded || $0.name == q }) { return .found(c) }
        // Initials alone are ambiguous only when two names share them; the first in vocabulary
        // order wins so the answer is stable, and is never a guess when the initials are unique.
        if !folded.isEmpty, folded.unicodeScalars.allSatisfy({ $0.isASCII && $0.properties.isAlphabetic }),
           let c = vocabulary.first(where: { Pinyin.searchKeys(for: $0.name).initials == folded }) {
            return .found(c)
        }
        return .unknown(closest: closest(to: q, in: vocabulary))
    }

    /// The nearest indicators to a name that matched none: by edit distance to the id, the Chinese
    /// name or its initials, whichever is nearest; a name containing the query comes first.
    public static func closest(to query: String, in vocabulary: [CanonicalIndicator] = Indicators.all,
                               count: Int = 3) -> [CanonicalIndicator] {
        let folded = query.lowercased()
        let scored = vocabulary.enumerated().map { i, c -> (Int, Int) in
            let initials = Pinyin.searchKeys(for: c.name).initials
            var d = min(ReferenceNames.editDistance(c.id, folded), ReferenceNames.editDistance(c.name, query),
                        ReferenceNames.editDistance(initials, folded))
            if !query.isEmpty && (c.name.contains(query) || c.id.contains(folded)) { d -= 100 }
            return (d, i)
        }
        return scored.sorted { $0 < $1 }.prefix(count).map { vocabulary[$0.1] }
    }
}
