/// One clause turned into integer tests on the per-figure code arrays: "is this figure's
/// code in that set of matching distinct strings", OR-ed over columns and alternatives.
final class CompiledClause {
    struct Lookup {
        let codes: UnsafePointer<UInt32>
        let bits: UnsafePointer<UInt64>
    }

    struct NumberCheck {
        let lo: UInt32
        let width: UInt32
        /// Units allowed (nil: any).
        let unitBits: UnsafePointer<UInt64>?
    }

    let negated: Bool
    private(set) var lookups: [Lookup] = []
    private(set) var numbers: [NumberCheck] = []
    /// Needles checked against each candidate's quote bytes directly, used when the
    /// candidates are fewer than the distinct quotes a table would need.
    private(set) var directQuoteNeedles: [[UInt8]] = []
    private var owned: [UnsafeMutableBufferPointer<UInt64>] = []

    private let index: FilterIndex

    /// Compiles `clause`; `candidates` is how many figures the pass will visit.
    init(_ clause: Query.Clause, index: FilterIndex, candidates: Int) {
        negated = clause.negated
        self.index = index
        var place = Bitset(count: FilterIndex.places)
        var unit = Bitset(count: index.units.count)
        var source = Bitset(count: index.sourceIDs.count)
        var indicator = Bitset(count: index.indicators.count)
        var quote = Bitset(count: index.quotes.count)
        for term in clause.alternatives {
            switch term {
            case .number(let n):
                let (lo, hi) = index.rankRange(n)
                let unitBits = n.unit.map { own(index.unitsEqual(to: $0)) }
                numbers.append(NumberCheck(lo: lo, width: hi - lo, unitBits: unitBits.map { UnsafePointer($0) }))
            case .text(let t):
                if !t.fields.isDisjoint(with: [.province, .system]) { place |= index.placeMatches(t) }
                if t.fields.contains(.unit) {
                    for u in index.matches(t, in: index.units, key: nil) { unit.insert(Int(u)) }
                }
                if t.fields.contains(.source) { source |= index.sourceMatches(t) }
                if t.fields.contains(.indicator) {
                    for c in index.matches(t, in: index.indicators, key: .indicator) { indicator.insert(Int(c)) }
                }
                if t.fields.contains(.quote) {
                    if candidates < index.quoteScanSize(t) {
                        directQuoteNeedles.append(t.bytes)
                    } else {
                        for c in index.matches(t, in: index.quotes, key: .quote) { quote.insert(Int(c)) }
                    }
                }
            }
        }
        // Cheapest and most likely to hit first.
        addLookup(index.place, place)
        addLookup(index.unitCode, unit)
        addLookup(index.sourceCode, source)
        addLookup(index.indicatorCode, indicator)
        addLookup(index.quoteCode, quote)
    }

    deinit {
        for b in owned { b.deallocate() }
    }

    private func own(_ bits: Bitset) -> UnsafeMutablePointer<UInt64> {
        let b = UnsafeMutableBufferPointer<UInt64>.allocate(capacity: max(bits.words.count, 1))
        b.initialize(repeating: 0)
        _ = b.initialize(from: bits.words)
        owned.append(b)
        return b.baseAddress!
    }

    private func addLookup(_ codes: UnsafeMutableBufferPointer<UInt32>, _ bits: Bitset) {
        guard !bits.isEmpty else { return }
        lookups.append(Lookup(codes: UnsafePointer(codes.baseAddress!), bits: UnsafePointer(own(bits))))
    }

    /// Whether figure `i` satisfies the clause.
    @inline(__always)
    func holds(_ i: Int) -> Bool {
        hits(i) != negated
    }

    @inline(__always)
    private func hits(_ i: Int) -> Bool {
        for l in lookups {
            let c = Int(l.codes[i])
            if l.bits[c >> 6] & (1 << UInt64(c & 63)) != 0 { return true }
        }
        if !numbers.isEmpty {
            let r = index.valueRank[i]
            for n in numbers where r &- n.lo < n.width {
                guard let u = n.unitBits else { return true }
                let c = Int(index.unitCode[i])
                if u[c >> 6] & (1 << UInt64(c & 63)) != 0 { return true }
            }
        }
        if !directQuoteNeedles.isEmpty {
            let code = Int(index.quoteCode[i])
            return index.quotes.bytes.withUnsafeBufferPointer { hay in
                directQuoteNeedles.contains { needle in
                    needle.withUnsafeBufferPointer { index.quotes.contains($0, code: code, hay: hay) }
                }
            }
        }
        return false
    }
}
