import Protection

/// The live filter: the line being typed, and the last query that parsed with its matches.
/// A query that does not parse leaves the last valid result on screen and shows the error.
public struct FilterState: Sendable, Equatable {
    /// What the filter line holds.
    public var text = ""
    /// Caret position in Characters of `text`.
    public var caret = 0
    /// Why `text` does not parse, if it does not.
    public var error: QueryError?
    /// The last valid non-empty query; nil when nothing is filtered.
    public var query: Query?
    /// Its matches.
    public var result: FilterResult?

    public init() {}

    public var isActive: Bool { query != nil }

    public static func == (a: FilterState, b: FilterState) -> Bool {
        // The result follows from the query; comparing the query is enough.
        a.text == b.text && a.caret == b.caret && a.error == b.error && a.query == b.query
    }

    /// Does figure `index` pass the filter?
    public func contains(_ index: Int) -> Bool {
        guard let result else { return true }
        // The result is ascending: binary search.
        var lo = 0, hi = result.count
        while lo < hi {
            let mid = (lo + hi) >> 1
            let v = result[mid]
            if v == index { return true }
            if v < index { lo = mid + 1 } else { hi = mid }
        }
        return false
    }
}
