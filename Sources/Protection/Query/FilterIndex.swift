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

    // Distinct strings per column.
    let indicators: TextColumn
    let quotes: TextColumn
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

    /// Indexes the figures of `dataset`.
    public convenience init(_ dataset: Dataset) {
        self.init(figures: dataset.figures) { dataset.source(id: $0)?.outlet ?? "" }
    }

    /// Indexes `figures`, with `outlet` giving the outlet of a source id.
    public init(figures: [Figure], outlet: (String) -> String) {
        let n = figures.count
        figureCount = n
        func buffer() -> UnsafeMutableBufferPointer<UInt32> {
            let b = UnsafeMutableBufferPointer<UInt32>.allocate(capacity: max(n, 1))
            b.initialize(repeating: 0)
            return b
        }
        place = buffer(); unitCode = buffer(); sourceCode = buffer()
        indicatorCode = buffer(); quoteCode = buffer(); valueRank = buffer()

        var unitIDs = Interner(), sourceIDMap = Interner(), indicatorIDs = Interner(), quoteIDs = Interner()
        var valueIDs: [ExactNumber: UInt32] = [:]
        var distinctValues: [ExactNumber] = []
        var counts = Array(repeating: 0, count: Self.places)
        for (i, f) in figures.enumerated() {
            let p = f.provinceIndex * Self.systems + Int(f.system.rawValue)
            place[i] = UInt32(p)
            counts[p] += 1
            unitCode[i] = unitIDs.code(f.unit)
            sourceCode[i] = sourceIDMap.code(f.sourceID)
            indicatorCode[i] = indicatorIDs.code(f.indicator)
            quoteCode[i] = quoteIDs.code(f.quote)
            if let v = valueIDs[f.value] {
                valueRank[i] = v
            } else {
                valueIDs[f.value] = UInt32(distinctValues.count)
                valueRank[i] = UInt32(distinctValues.count)
                distinctValues.append(f.value)
            }
        }
        // Codes were handed out in order of appearance; turn them into ranks.
        let order = distinctValues.indices.sorted { ExactNumber.compare(distinctValues[$0], distinctValues[$1]) < 0 }
        var rankOf = [UInt32](repeating: 0, count: order.count)
        for (rank, id) in order.enumerated() { rankOf[id] = UInt32(rank) }
        for i in 0..<n { valueRank[i] = rankOf[Int(valueRank[i])] }
        values = order.map { distinctValues[$0] }

        allCounts = counts
        units = TextColumn(unitIDs.strings, keepStrings: true)
        indicators = TextColumn(indicatorIDs.strings, keepStrings: true)
        quotes = TextColumn(quoteIDs.strings, keepStrings: false)
        sourceIDs = TextColumn(sourceIDMap.strings, keepStrings: false)
        var outletIDs = Interner()
        outletOfSource = sourceIDMap.strings.map { outletIDs.code(outlet($0)) }
        outlets = TextColumn(outletIDs.strings, keepStrings: true)
        provinceTexts = Province.all.map(FieldTexts.province)
        systemTexts = ProtectionSystem.allCases.map(FieldTexts.system)
    }

    deinit {
        for b in [place, unitCode, sourceCode, indicatorCode, quoteCode, valueRank] { b.deallocate() }
    }

    /// Distinct strings per column, for the curious (and the benchmark's report).
    public var distinctCounts: (indicators: Int, quotes: Int, units: Int, sources: Int, values: Int) {
        (indicators.count, quotes.count, units.count, sourceIDs.count, values.count)
    }
}

/// Hands out a code per distinct string, in order of first appearance.
struct Interner {
    private var ids: [String: UInt32] = [:]
    private(set) var strings: [String] = []

    mutating func code(_ s: String) -> UInt32 {
        if let id = ids[s] { return id }
        let id = UInt32(strings.count)
        ids[s] = id
        strings.append(s)
        return id
    }
}
