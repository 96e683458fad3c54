/// Distinct-string matches of recent needles, per column, so that a needle that grows
/// (学 → 学校, j → jz) is tried only on the strings the shorter one matched: whatever
/// contains 学校 contains 学, and the same holds for pinyin matches (docs/filter.md).
struct TermCache {
    enum Column: Hashable { case indicator, quote, sourceID }

    private struct Entry {
        let needle: [UInt8]
        var lists: [Column: [UInt32]]
    }

    /// Most recently used last.
    private var entries: [Entry] = []
    static let capacity = 32

    /// The smallest cached match list, in `column`, of a needle contained in `needle`.
    func narrowest(for needle: [UInt8], column: Column) -> [UInt32]? {
        var best: [UInt32]?
        for e in entries {
            guard let list = e.lists[column], best == nil || list.count < best!.count else { continue }
            if Self.contains(needle, e.needle) { best = list }
        }
        return best
    }

    mutating func store(_ list: [UInt32], needle: [UInt8], column: Column) {
        if let k = entries.firstIndex(where: { $0.needle == needle }) {
            var e = entries.remove(at: k)
            e.lists[column] = list
            entries.append(e)
        } else {
            entries.append(Entry(needle: needle, lists: [column: list]))
            if entries.count > Self.capacity { entries.removeFirst() }
        }
    }

    static func contains(_ hay: [UInt8], _ needle: [UInt8]) -> Bool {
        hay.withUnsafeBufferPointer { h in
            needle.withUnsafeBufferPointer { ByteSearch.firstIndex(of: $0, in: h, from: 0) != nil }
        }
    }
}

/// Sorted-list helpers for match lists (codes ascending).
enum SortedCodes {
    /// Elements of `all` (or of 0..<count when nil) that are not in `minus`.
    static func difference(_ all: [UInt32]?, count: Int, minus: [UInt32]) -> [UInt32] {
        var out: [UInt32] = []
        out.reserveCapacity((all?.count ?? count) - minus.count)
        var j = 0
        let total = all?.count ?? count
        for k in 0..<total {
            let c = all.map { $0[k] } ?? UInt32(k)
            while j < minus.count && minus[j] < c { j += 1 }
            if j < minus.count && minus[j] == c { continue }
            out.append(c)
        }
        return out
    }

    static func union(_ a: [UInt32], _ b: [UInt32]) -> [UInt32] {
        if a.isEmpty { return b }
        if b.isEmpty { return a }
        var out: [UInt32] = []
        out.reserveCapacity(a.count + b.count)
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if j == b.count || (i < a.count && a[i] < b[j]) {
                out.append(a[i]); i += 1
            } else if i == a.count || b[j] < a[i] {
                out.append(b[j]); j += 1
            } else {
                out.append(a[i]); i += 1; j += 1
            }
        }
        return out
    }
}
