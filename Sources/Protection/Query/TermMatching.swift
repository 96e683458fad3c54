/// Matching one text term against the distinct strings of each column (the expensive part
/// of a keystroke, done once per distinct string instead of once per figure).
extension FilterIndex {
    /// Codes of the distinct strings of `column` that `term` matches (plain or pinyin).
    /// Narrowed by, and stored in, the term cache when `key` is given.
    func matches(_ term: TextTerm, in column: TextColumn, key: TermCache.Column?,
                 postings: CharacterPostings? = nil) -> [UInt32] {
        var base = key.flatMap { terms.narrowest(for: term.bytes, column: $0) }
        var result: [UInt32]
        if let postings, let list = postings.candidates(for: term.bytes), list.count < base?.count ?? Int.max {
            // Pinyin never applies here (quotes), so the posting list is the whole story.
            if CharacterPostings.isSingleCharacter(term.bytes) || list.isEmpty {
                result = Array(list)
            } else {
                result = column.scan(term.bytes, among: Array(list))
            }
            base = nil
        } else {
            result = base.map { column.scan(term.bytes, among: $0) } ?? column.scanAll(term.bytes)
        }
        if let pinyin = term.pinyin, !column.strings.isEmpty {
            // A plain match is a pinyin match too (a character may stand for itself), so
            // only the strings that missed need the slower pinyin automaton.
            let rest = SortedCodes.difference(base, count: column.count, minus: result)
            result = SortedCodes.union(result, column.pinyinScan(pinyin, needle: term.bytes, among: rest))
        }
        if let key { terms.store(result, needle: term.bytes, column: key) }
        return result
    }

    /// How many distinct quotes a scan for `term` would have to look at.
    func quoteScanSize(_ term: TextTerm) -> Int {
        min(terms.narrowest(for: term.bytes, column: .quote)?.count ?? quotes.count,
            quotePostings?.candidates(for: term.bytes)?.count ?? quotes.count)
    }

    /// Province × system cells whose province or system (as `term.fields` allow) matches.
    func placeMatches(_ term: TextTerm) -> Bitset {
        var bits = Bitset(count: Self.places)
        if term.fields.contains(.province) {
            for (p, t) in provinceTexts.enumerated() where term.matches(plain: t.plain, pinyin: t.pinyin) {
                for s in 0..<Self.systems { bits.insert(p * Self.systems + s) }
            }
        }
        if term.fields.contains(.system) {
            for (s, t) in systemTexts.enumerated() where term.matches(plain: t.plain, pinyin: t.pinyin) {
                for p in 0..<Province.all.count { bits.insert(p * Self.systems + s) }
            }
        }
        return bits
    }

    /// Sources whose outlet or id matches.
    func sourceMatches(_ term: TextTerm) -> Bitset {
        var bits = Bitset(count: sourceIDs.count)
        for s in matches(term, in: sourceIDs, key: .sourceID) { bits.insert(Int(s)) }
        let outletHits = Bitset(count: outlets.count, members: matches(term, in: outlets, key: nil))
        if !outletHits.isEmpty {
            for (s, o) in outletOfSource.enumerated() where outletHits.contains(Int(o)) { bits.insert(s) }
        }
        return bits
    }

    /// Units equal to `unit` (folded), for `>=50%`.
    func unitsEqual(to unit: String) -> Bitset {
        var bits = Bitset(count: units.count)
        for (k, s) in units.strings.enumerated() where s == unit { bits.insert(k) }
        return bits
    }

    /// Rank range [lo, hi) of the values a number term admits.
    func rankRange(_ n: NumberTerm) -> (UInt32, UInt32) {
        // First index whose value is ≥ v (strict: > v).
        func partition(_ v: ExactNumber, strict: Bool) -> Int {
            var lo = 0, hi = values.count
            while lo < hi {
                let mid = (lo + hi) >> 1
                let c = ExactNumber.compare(values[mid], v)
                if c < 0 || (strict && c == 0) { lo = mid + 1 } else { hi = mid }
            }
            return lo
        }
        let lo = n.lower.map { partition($0.value, strict: !$0.inclusive) } ?? 0
        let hi = n.upper.map { partition($0.value, strict: $0.inclusive) } ?? values.count
        return (UInt32(lo), UInt32(max(lo, hi)))
    }
}
