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

    /// Indexes the figures of `dataset`, for any query.
    public convenience init(_ dataset: Dataset) {
        self.init(figures: dataset.figures) { dataset.source(id: $0)?.outlet ?? "" }
    }

    /// Indexes what `query` reads and nothing more, for callers that run one query (`weibao
    /// export --filter`): `>1万` needs no text at all, and no query needs the quotes'
    /// character lists, which only speed up the keystrokes after the first. Other queries
    /// may give wrong answers on such an index.
    public convenience init(_ dataset: Dataset, for query: Query) {
        self.init(figures: dataset.figures, reading: query.reads) { dataset.source(id: $0)?.outlet ?? "" }
    }

    /// Indexes `figures`, with `outlet` giving the outlet of a source id; only the columns
    /// `reading` names when given (the others hold one empty string).
    init(figures: [Figure], reading: Query.Reads? = nil, outlet: (String) -> String) {
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
        let needs = reading ?? Query.Reads(fields: .all, values: true)
        let oneQuery = reading != nil
        // A column no term reads: one empty string, every figure's code 0.
        @Sendable func skipped(_ codes: UnsafeMutableBufferPointer<UInt32>) -> (TextColumn, InvertedCodes) {
            (TextColumn([""], keepStrings: true), InvertedCodes(codes, count: n, distinct: 1))
        }
        let codes = UncheckedBox((place, unitCode, sourceCode, indicatorCode, quoteCode, valueRank))
        DispatchQueue.concurrentPerform(iterations: 3) { task in
            let (place, unitCode, sourceCode, indicatorCode, quoteCode, valueRank) = codes.value
            switch task {
            case 0 where !needs.fields.contains(.quote):
                (built.quotes, built.quoteFigures) = skipped(quoteCode)
            case 0:
                var quotes = ByteInterner(expected: n)
                for i in 0..<n { quoteCode[i] = quotes.code(figures[i].quote) }
                let column = TextColumn(quotes, keepStrings: false)
                built.quotes = column
                built.quotePostings = oneQuery ? nil : CharacterPostings(column)
                built.quoteFigures = InvertedCodes(quoteCode, count: n, distinct: column.count)
            case 1:
                // Short columns, kept as strings for pinyin.
                func column(_ field: QueryFields, _ codes: UnsafeMutableBufferPointer<UInt32>,
                            _ text: (Int) -> String) -> (TextColumn, InvertedCodes) {
                    guard needs.fields.contains(field) else { return skipped(codes) }
                    var interned = ByteInterner()
                    for i in 0..<n { codes[i] = interned.code(text(i)) }
                    return (TextColumn(interned, keepStrings: true), InvertedCodes(codes, count: n, distinct: interned.count))
                }
                (built.indicators, built.indicatorFigures) = column(.indicator, indicatorCode) { figures[$0].indicator }
                (built.units, built.unitFigures) = column(.unit, unitCode) { figures[$0].unit }
            default:
                var counts = Array(repeating: 0, count: Self.places)
                for i in 0..<n {
                    let p = figures[i].provinceIndex * Self.systems + Int(figures[i].system.rawValue)
                    place[i] = UInt32(p)
                    counts[p] += 1
                }
                built.counts = counts
                built.placeFigures = InvertedCodes(place, count: n, distinct: Self.places)
                if needs.fields.contains(.source) {
                    var sources = ByteInterner(folding: false)
                    for i in 0..<n { sourceCode[i] = sources.code(figures[i].sourceID) }
                    built.sourceIDs = sources.strings
                    built.sourceColumn = TextColumn(built.sourceIDs, keepStrings: false)
                    built.sourceFigures = InvertedCodes(sourceCode, count: n, distinct: sources.count)
                } else {
                    built.sourceIDs = [""]
                    (built.sourceColumn, built.sourceFigures) = skipped(sourceCode)
                }
                if needs.values {
                    var valueIDs: [ExactNumber: UInt32] = [:]
                    var distinct: [ExactNumber] = []
                    for i in 0..<n {
                        let value = figures[i].value
                        if let v = valueIDs[value] {
                            valueRank[i] = v
                        } else {
                            valueIDs[value] = UInt32(distinct.count)
                            valueRank[i] = UInt32(distinct.count)
                            distinct.append(value)
                        }
                    }
                    // Codes were handed out in order of appearance; turn them into ranks.
                    let order = distinct.indices.sorted { ExactNumber.compare(distinct[$0], distinct[$1]) < 0 }
                    var rankOf = [UInt32](repeating: 0, count: order.count)
                    for (rank, id) in order.enumerated() { rankOf[id] = UInt32(rank) }
                    for i in 0..<n { valueRank[i] = rankOf[Int(valueRank[i])] }
                    built.values = order.map { distinct[$0] }
                }
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
