import Foundation

/// Everything the live filter needs, built once per dataset: each column dictionary-encoded
/// (distinct strings, folded, in contiguous buffers; one integer code per figure), values
/// ranked, and a small cache of recent results so that a growing query narrows the last
/// result instead of rescanning everything.
///
/// `filter(_:)` is safe to call from any thread; calls are serialised.
public final class FilterIndex: @unchecked Sendable {
    /// Number of figures indexed (`Dataset.figures.count`).
    public let figureCount: Int

    // Per-figure codes. Raw buffers: the pass reads them millions of times per keystroke,
    // and they never change after init.
    let place: UnsafeMutableBufferPointer<UInt32>      // province * 7 + system
    let unitCode: UnsafeMutableBufferPointer<UInt32>
    let sourceCode: UnsafeMutableBufferPointer<UInt32>
    let indicatorCode: UnsafeMutableBufferPointer<UInt32>
    let quoteCode: UnsafeMutableBufferPointer<UInt32>
    /// Rank of the figure's value among the distinct values, ascending.
    let valueRank: UnsafeMutableBufferPointer<UInt32>

    /// Figures per code of each column, in the order `CompiledClause` lists its lookups.
    let placeFigures: InvertedCodes
    let unitFigures: InvertedCodes
    let sourceFigures: InvertedCodes
    let indicatorFigures: InvertedCodes
    let quoteFigures: InvertedCodes

    // Distinct strings per column.
    let indicators: TextColumn
    let quotes: TextColumn
    /// Which quotes hold each character; nil in an index built for one query.
    let quotePostings: CharacterPostings?
    let units: TextColumn
    let outlets: TextColumn
    let sourceIDs: TextColumn
    /// Outlet code of each source code.
    let outletOfSource: [UInt32]
    /// Distinct values, ascending (compared exactly).
    let values: [ExactNumber]
    let provinceTexts: [(plain: [String], pinyin: [String])]
    let systemTexts: [(plain: [String], pinyin: [String])]
    let allCounts: [Int]

    static let systems = ProtectionSystem.allCases.count
    static let places = Province.all.count * systems

    let lock = NSLock()
    var results = ResultCache()
    var terms = TermCache()

    /// Indexes the figures of `dataset`. `oneQuery` leaves out what only speeds up the
    /// keystrokes after the first (the quotes' character lists, a third of the build), for
    /// callers such as `weibao export --filter` that run a single query.
    public convenience init(_ dataset: Dataset, oneQuery: Bool = false) {
        self.init(figures: dataset.figures, oneQuery: oneQuery) { dataset.source(id: $0)?.outlet ?? "" }
    }

    /// Indexes `figures`, with `outlet` giving the outlet of a source id.
    public init(figures: [Figure], oneQuery: Bool = false, outlet: (String) -> String) {
        let n = figures.count
        figureCount = n
        func buffer() -> UnsafeMutableBufferPointer<UInt32> {
            let b = UnsafeMutableBufferPointer<UInt32>.allocate(capacity: max(n, 1))
            b.initialize(repeating: 0)
            return b
        }
        place = buffer(); unitCode = buffer(); sourceCode = buffer()
        indicatorCode = buffer(); quoteCode = buffer(); valueRank = buffer()

        // Columns are independent: intern them on separate cores, quotes (the bulk) alone.
        let built = BuildSlots()
        let codes = UncheckedBox((place, unitCode, sourceCode, indicatorCode, quoteCode, valueRank))
        DispatchQueue.concurrentPerform(iterations: 3) { task in
            let (place, unitCode, sourceCode, indicatorCode, quoteCode, valueRank) = codes.value
            switch task {
            case 0:
                var quotes = ByteInterner(expected: n)
                for i in 0..<n { quoteCode[i] = quotes.code(figures[i].quote) }
                let column = TextColumn(quotes, keepStrings: false)
                built.quotes = column
                built.quotePostings = oneQuery ? nil : CharacterPostings(column)
                built.quoteFigures = InvertedCodes(quoteCode, count: n, distinct: column.count)
            case 1:
                var indicators = ByteInterner(), units = ByteInterner()
                for i in 0..<n {
                    indicatorCode[i] = indicators.code(figures[i].indicator)
                    unitCode[i] = units.code(figures[i].unit)
                }
                built.indicators = TextColumn(indicators, keepStrings: true)
                built.units = TextColumn(units, keepStrings: true)
                built.indicatorFigures = InvertedCodes(indicatorCode, count: n, distinct: indicators.count)
                built.unitFigures = InvertedCodes(unitCode, count: n, distinct: units.count)
            default:
                var sources = ByteInterner(folding: false)
                var counts = Array(repeating: 0, count: Self.places)
                var valueIDs: [ExactNumber: UInt32] = [:]
                var distinct: [ExactNumber] = []
                for i in 0..<n {
                    let f = figures[i]
                    let p = f.provinceIndex * Self.systems + Int(f.system.rawValue)
                    place[i] = UInt32(p)
                    counts[p] += 1
                    sourceCode[i] = sources.code(f.sourceID)
                    if let v = valueIDs[f.value] {
                        valueRank[i] = v
                    } else {
                        valueIDs[f.value] = UInt32(distinct.count)
                        valueRank[i] = UInt32(distinct.count)
                        distinct.append(f.value)
                    }
                }
                // Codes were handed out in order of appearance; turn them into ranks.
                let order = distinct.indices.sorted { ExactNumber.compare(distinct[$0], distinct[$1]) < 0 }
                var rankOf = [UInt32](repeating: 0, count: order.count)
                for (rank, id) in order.enumerated() { rankOf[id] = UInt32(rank) }
                for i in 0..<n { valueRank[i] = rankOf[Int(valueRank[i])] }
                built.values = order.map { distinct[$0] }
                built.counts = counts
                built.sourceIDs = sources.strings
                built.sourceColumn = TextColumn(built.sourceIDs, keepStrings: false)
                built.placeFigures = InvertedCodes(place, count: n, distinct: Self.places)
                built.sourceFigures = InvertedCodes(sourceCode, count: n, distinct: sources.count)
            }
        }
        quotes = built.quotes!
        quotePostings = built.quotePostings
        placeFigures = built.placeFigures!
        unitFigures = built.unitFigures!
        sourceFigures = built.sourceFigures!
        indicatorFigures = built.indicatorFigures!
        quoteFigures = built.quoteFigures!
        indicators = built.indicators!
        units = built.units!
        values = built.values
        allCounts = built.counts
        sourceIDs = built.sourceColumn!
        var outletIDs = ByteInterner()
        outletOfSource = built.sourceIDs.map { outletIDs.code(outlet($0)) }
        outlets = TextColumn(outletIDs, keepStrings: true)
        provinceTexts = FieldTexts.provinces
        systemTexts = FieldTexts.systems
    }

    deinit {
        for b in [place, unitCode, sourceCode, indicatorCode, quoteCode, valueRank] { b.deallocate() }
    }

    /// Distinct strings per column, for the curious (and the benchmark's report).
    public var distinctCounts: (indicators: Int, quotes: Int, units: Int, sources: Int, values: Int) {
        (indicators.count, quotes.count, units.count, sourceIDs.count, values.count)
    }
}

/// What the build tasks hand back; each task fills only its own fields.
private final class BuildSlots: @unchecked Sendable {
    var quotes: TextColumn?
    var quotePostings: CharacterPostings?
    var placeFigures, unitFigures, sourceFigures, indicatorFigures, quoteFigures: InvertedCodes?
    var indicators: TextColumn?
    var units: TextColumn?
    var sourceColumn: TextColumn?
    var sourceIDs: [String] = []
    var values: [ExactNumber] = []
    var counts: [Int] = []
}
