/// The distinct strings of one column (indicators, quotes, …), folded, back to back in one
/// byte buffer: a scan runs over contiguous bytes instead of a million `String`s.
struct TextColumn: Sendable {
    /// Folded UTF-8 of every string, each followed by a 0 byte.
    let bytes: [UInt8]
    /// String k occupies bytes[starts[k] ..< starts[k + 1] - 1].
    let starts: [UInt32]
    /// The folded strings themselves, kept only where pinyin matching needs them.
    let strings: [String]
    /// Letters and letter pairs each string can produce by pinyin (with `strings`).
    let sketch: PinyinSketch

    var count: Int { starts.count - 1 }

    /// Folds each of `distinct`, in order: string k gets code k.
    init(_ distinct: [String], keepStrings: Bool) {
        var bytes: [UInt8] = []
        var starts: [UInt32] = [0]
        starts.reserveCapacity(distinct.count + 1)
        for s in distinct {
            var s = s
            s.withUTF8 { TextFold.appendFolded(utf8: $0, to: &bytes) }
            bytes.append(0)
            starts.append(UInt32(bytes.count))
        }
        self.bytes = bytes
        self.starts = starts
        strings = keepStrings ? distinct.map(TextFold.fold) : []
        sketch = PinyinSketch(strings)
    }

    /// The interned strings; their buffer is already laid out as a column.
    init(_ interned: ByteInterner, keepStrings: Bool) {
        bytes = interned.bytes
        starts = interned.starts
        strings = keepStrings ? interned.strings : []
        sketch = PinyinSketch(strings)
    }

    /// Codes of all strings containing `needle`, ascending. One pass over the buffer, on
    /// every core: each hit is mapped to its string, which is then skipped.
    func scanAll(_ needle: [UInt8]) -> [UInt32] {
        let n = count
        guard n > 0 else { return [] }
        let parts = Parallel.map(bytes.count, minChunk: 1 << 20) { byteRange -> [UInt32] in
            // Chunk by strings: the strings whose start falls in this byte range.
            let first = firstString(startingAtOrAfter: byteRange.lowerBound)
            let end = firstString(startingAtOrAfter: byteRange.upperBound)
            return scan(needle, strings: first..<end)
        }
        return Array(parts.joined())
    }

    private func firstString(startingAtOrAfter offset: Int) -> Int {
        var lo = 0, hi = count
        while lo < hi {
            let mid = (lo + hi) >> 1
            if Int(starts[mid]) < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    private func scan(_ needle: [UInt8], strings range: Range<Int>) -> [UInt32] {
        guard !range.isEmpty else { return [] }
        var out: [UInt32] = []
        bytes.withUnsafeBufferPointer { hayAll in
            starts.withUnsafeBufferPointer { st in
                needle.withUnsafeBufferPointer { q in
                    let end = Int(st[range.upperBound])
                    let hay = UnsafeBufferPointer(rebasing: hayAll[0..<end])
                    var k = range.lowerBound
                    var from = Int(st[k])
                    while let hit = ByteSearch.firstIndex(of: q, in: hay, from: from) {
                        // Advance to the string holding the hit (hits only move forward).
                        if Int(st[k + 1]) <= hit {
                            var lo = k + 1, hi = range.upperBound
                            while lo < hi {
                                let mid = (lo + hi) >> 1
                                if Int(st[mid + 1]) <= hit { lo = mid + 1 } else { hi = mid }
                            }
                            k = lo
                        }
                        if hit + q.count < Int(st[k + 1]) {  // inside the string, not across its 0
                            out.append(UInt32(k))
                            from = Int(st[k + 1])
                            k += 1
                            if k == range.upperBound { break }
                        } else {
                            from = hit + 1
                        }
                    }
                }
            }
        }
        return out
    }

    /// Codes among `codes` (ascending) whose string contains `needle`.
    func scan(_ needle: [UInt8], among codes: [UInt32]) -> [UInt32] {
        let parts = Parallel.map(codes.count, minChunk: 8192) { r -> [UInt32] in
            var out: [UInt32] = []
            bytes.withUnsafeBufferPointer { hay in
                starts.withUnsafeBufferPointer { st in
                    needle.withUnsafeBufferPointer { q in
                        let search = ByteSearch.Prepared(q)
                        let h = hay.baseAddress!
                        for c in codes[r] {
                            let k = Int(c)
                            if search.occurs(in: h, from: Int(st[k]), to: Int(st[k + 1]) - 1) { out.append(c) }
                        }
                    }
                }
            }
            return out
        }
        return Array(parts.joined())
    }

    /// Codes among `codes` (or all, when nil) whose string matches `query` by pinyin.
    /// The sketch rules strings out first; the automaton confirms the rest.
    func pinyinScan(_ query: Pinyin.Query, needle: [UInt8], among codes: [UInt32]?) -> [UInt32] {
        let total = codes?.count ?? count
        let n = PinyinSketch.Needle(needle)
        let parts = Parallel.map(total, minChunk: 8192) { r -> [UInt32] in
            var out: [UInt32] = []
            for i in r {
                let c = codes.map { Int($0[i]) } ?? i
                if sketch.mayMatch(n, c), n.exact || query.matches(strings[c]) { out.append(UInt32(c)) }
            }
            return out
        }
        return Array(parts.joined())
    }
}
