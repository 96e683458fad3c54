extension Query {
    /// The parts of `text` (a figure's `field`, as shown) that the query's positive terms
    /// matched, for highlighting: sorted, merged ranges in **Character offsets** of `text`
    /// (for Chinese and ASCII text the same as scalar offsets).
    ///
    /// Plain matches give every occurrence of the needle. A pinyin match gives the characters
    /// its syllables covered (`nmg` in 内蒙古自治区 → 内蒙古), for texts of up to 32 characters;
    /// quotes are never matched by pinyin, so never highlighted by it. Number terms highlight
    /// the whole text of the `value` field. Excluded (`!`) terms highlight nothing.
    public func highlights(in text: String, field: QueryField) -> [Range<Int>] {
        let scalars = Array(text.unicodeScalars)
        let folded = scalars.map { TextFold.fold($0.value) }
        var spans: [Range<Int>] = []
        for clause in clauses where !clause.negated {
            for term in clause.alternatives {
                switch term {
                case .number:
                    if field == .value && !scalars.isEmpty { spans.append(0..<scalars.count) }
                case .text(let t):
                    let wanted = QueryFields(field)
                    guard !wanted.isEmpty, t.fields.contains(wanted) else { continue }
                    spans += Self.occurrences(of: t.needle.unicodeScalars.map(\.value), in: folded)
                    if let pinyin = t.pinyin, field != .quote, folded.count <= 32 {
                        spans += Self.pinyinWindows(pinyin, in: folded)
                    }
                }
            }
        }
        return Self.characterRanges(Self.merged(spans), in: text)
    }

    static func occurrences(of needle: [UInt32], in text: [UInt32]) -> [Range<Int>] {
        guard !needle.isEmpty, needle.count <= text.count else { return [] }
        var out: [Range<Int>] = []
        for s in 0...(text.count - needle.count) where text[s] == needle[0] {
            if text[s..<(s + needle.count)].elementsEqual(needle) { out.append(s..<(s + needle.count)) }
        }
        return out
    }

    /// The shortest runs of characters that the pinyin query matches on its own.
    static func pinyinWindows(_ query: Pinyin.Query, in text: [UInt32]) -> [Range<Int>] {
        func string(_ r: Range<Int>) -> String {
            var v = String.UnicodeScalarView()
            for c in text[r] { v.append(Unicode.Scalar(c) ?? "\u{FFFD}") }
            return String(v)
        }
        let n = text.count
        guard query.matches(string(0..<n)) else { return [] }
        var out: [Range<Int>] = []
        for s in 0..<n {
            guard query.matches(string(s..<n)) else { break }  // nothing starts here or later
            var e = s + 1
            while e <= n, !query.matches(string(s..<e)) { e += 1 }
            if e <= n, !query.matches(string((s + 1)..<e)) { out.append(s..<e) }
        }
        return out
    }

    static func merged(_ spans: [Range<Int>]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        for r in spans.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = out.last, r.lowerBound <= last.upperBound {
                out[out.count - 1] = last.lowerBound..<max(last.upperBound, r.upperBound)
            } else {
                out.append(r)
            }
        }
        return out
    }

    /// Scalar ranges to Character ranges (a Character holding any matched scalar is included).
    static func characterRanges(_ spans: [Range<Int>], in text: String) -> [Range<Int>] {
        guard !spans.isEmpty else { return [] }
        var characterOf: [Int] = []
        for (k, ch) in text.enumerated() {
            for _ in ch.unicodeScalars { characterOf.append(k) }
        }
        return merged(spans.map { characterOf[$0.lowerBound]..<(characterOf[$0.upperBound - 1] + 1) })
    }
}
