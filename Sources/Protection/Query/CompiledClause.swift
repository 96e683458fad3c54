/// One clause turned into integer tests on the per-figure code arrays: "is this figure's
/// code in that set of matching distinct strings", OR-ed over columns and alternatives.
/// Owns the memory its `ClausePlan` points into.
final class CompiledClause {
    let negated: Bool
    private var lookups: [ClausePlan.Lookup] = []
    private var numbers: [ClausePlan.NumberCheck] = []
    /// Needles checked against each candidate's quote bytes directly, used when the
    /// candidates are fewer than the distinct quotes a table would need.
    private var directNeedles: [UnsafeBufferPointer<UInt8>] = []
    private var owned: [UnsafeMutableRawPointer] = []
    /// Rough share of figures that pass, for ordering clauses (most selective first).
    private(set) var selectivity = 0.0
    /// The matching codes per column with the figures holding them, for `seedFigures`.
    private var seedParts: [(bits: Bitset, figures: InvertedCodes)] = []

    /// Compiles `clause`; `candidates` is how many figures the pass will visit.
    init(_ clause: Query.Clause, index: FilterIndex, candidates: Int) {
        negated = clause.negated
        var place = Bitset(count: FilterIndex.places)
        var unit = Bitset(count: index.units.count)
        var source = Bitset(count: index.sourceIDs.count)
        var indicator = Bitset(count: index.indicators.count)
        var quote = Bitset(count: index.quotes.count)
        var share = 0.0
        for term in clause.alternatives {
            switch term {
            case .number(let n):
                let (lo, hi) = index.rankRange(n)
                let unitBits = n.unit.map { own(index.unitsEqual(to: $0)) }
                numbers.append(.init(lo: lo, width: hi - lo, unitBits: unitBits))
                share += Double(hi - lo) / Double(max(index.values.count, 1))
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
                        let b = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(t.bytes.count, 1))
                        _ = b.initialize(from: t.bytes)
                        owned.append(UnsafeMutableRawPointer(b.baseAddress!))
                        directNeedles.append(UnsafeBufferPointer(rebasing: b[0..<t.bytes.count]))
                        share += 1
                    } else {
                        for c in index.matches(t, in: index.quotes, key: .quote, postings: index.quotePostings) {
                            quote.insert(Int(c))
                        }
                    }
                }
            }
        }
        let columns = [(index.place, place, index.placeFigures), (index.unitCode, unit, index.unitFigures),
                       (index.sourceCode, source, index.sourceFigures),
                       (index.indicatorCode, indicator, index.indicatorFigures), (index.quoteCode, quote, index.quoteFigures)]
        for (codes, bits, figures) in columns where !bits.isEmpty {
            lookups.append(.init(codes: UnsafePointer(codes.baseAddress!), bits: own(bits)))
            seedParts.append((bits, figures))
            share += Double(bits.cardinality) / Double(bits.count)
        }
        share = min(share, 1)
        selectivity = negated ? 1 - share : share
    }

    deinit {
        for p in owned { p.deallocate() }
    }

    /// Whether the clause's figures can be collected from the inverted codes: it is positive
    /// and made of text lookups only.
    var canSeed: Bool { !negated && numbers.isEmpty && directNeedles.isEmpty }

    /// An upper bound of the figures the clause matches (a figure may match in two columns).
    var estimatedMatches: Int {
        var total = 0
        for (bits, figures) in seedParts { bits.forEach { total += figures.count(of: $0) } }
        return total
    }

    /// The figures the clause matches, ascending, collected through the inverted codes into a
    /// bitmap of `figureCount` bits. Only when `canSeed`.
    func seedFigures(figureCount n: Int, expected: Int) -> [UInt32] {
        var marks = Bitset(count: n)
        for (bits, figures) in seedParts {
            figures.figures.withUnsafeBufferPointer { f in
                bits.forEach { c in
                    for k in Int(figures.offsets[c])..<Int(figures.offsets[c + 1]) { marks.insert(Int(f[k])) }
                }
            }
        }
        var out: [UInt32] = []
        out.reserveCapacity(expected)
        marks.forEach { out.append(UInt32($0)) }
        return out
    }

    private func own(_ bits: Bitset) -> UnsafePointer<UInt64> {
        let b = UnsafeMutableBufferPointer<UInt64>.allocate(capacity: max(bits.words.count, 1))
        b.initialize(repeating: 0)
        _ = b.initialize(from: bits.words)
        owned.append(UnsafeMutableRawPointer(b.baseAddress!))
        return UnsafePointer(b.baseAddress!)
    }

    /// The clause as plain pointers for the pass; valid while `self` and the index live, and
    /// while `quoteBytes`/`quoteStarts` (the index's quote column) stay borrowed.
    func plan(_ index: FilterIndex, quoteBytes: UnsafeBufferPointer<UInt8>, quoteStarts: UnsafeBufferPointer<UInt32>,
              storage: inout [UnsafeMutableRawPointer]) -> ClausePlan {
        func copy<T>(_ a: [T]) -> UnsafeBufferPointer<T> {
            let b = UnsafeMutableBufferPointer<T>.allocate(capacity: max(a.count, 1))
            _ = b.initialize(from: a)
            storage.append(UnsafeMutableRawPointer(b.baseAddress!))
            return UnsafeBufferPointer(rebasing: b[0..<a.count])
        }
        return ClausePlan(negated: negated, lookups: copy(lookups), numbers: copy(numbers),
                          valueRank: UnsafePointer(index.valueRank.baseAddress!),
                          unitCode: UnsafePointer(index.unitCode.baseAddress!),
                          directNeedles: copy(directNeedles), quoteCode: UnsafePointer(index.quoteCode.baseAddress!),
                          quoteBytes: quoteBytes, quoteStarts: quoteStarts)
    }
}

/// A compiled clause as raw pointers only: no reference counting in the per-figure loop.
struct ClausePlan {
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
    let lookups: UnsafeBufferPointer<Lookup>
    let numbers: UnsafeBufferPointer<NumberCheck>
    let valueRank: UnsafePointer<UInt32>
    let unitCode: UnsafePointer<UInt32>
    let directNeedles: UnsafeBufferPointer<UnsafeBufferPointer<UInt8>>
    let quoteCode: UnsafePointer<UInt32>
    let quoteBytes: UnsafeBufferPointer<UInt8>
    let quoteStarts: UnsafeBufferPointer<UInt32>

    @inline(__always)
    func holds(_ i: Int) -> Bool { hits(i) != negated }

    @inline(__always)
    private func hits(_ i: Int) -> Bool {
        for l in lookups {
            let c = Int(l.codes[i])
            if (l.bits[c >> 6] >> UInt64(c & 63)) & 1 != 0 { return true }
        }
        if numbers.count > 0 {
            let r = valueRank[i]
            for n in numbers where r &- n.lo < n.width {
                guard let u = n.unitBits else { return true }
                let c = Int(unitCode[i])
                if (u[c >> 6] >> UInt64(c & 63)) & 1 != 0 { return true }
            }
        }
        if directNeedles.count > 0 {
            let k = Int(quoteCode[i])
            let range = Int(quoteStarts[k])..<(Int(quoteStarts[k + 1]) - 1)
            for needle in directNeedles where ByteSearch.contains(needle, in: quoteBytes, range: range) { return true }
        }
        return false
    }
}
