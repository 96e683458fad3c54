/// Everything loaded: sources, figures, measures and events, with per-province and
/// per-system counts computed once so screens never recount on every frame.
public struct Dataset: Sendable {
    public private(set) var sources: [Source]
    public private(set) var figures: [Figure]
    public private(set) var measures: [Measure]
    public private(set) var events: [Event]
    /// The text of each source file that was at hand when loading, keyed by `Source.file`.
    public private(set) var sourceTexts: [String: SourceText]

    /// figureCounts[provinceIndex][system.rawValue]
    public private(set) var figureCounts: [[Int]]
    public private(set) var measureCounts: [[Int]]
    private var sourceIndex: [String: Int]

    public init(sources: [Source], figures: [Figure], measures: [Measure], events: [Event],
                sourceTexts: [String: SourceText] = [:]) {
        self.sources = sources
        self.figures = figures
        self.measures = measures
        self.events = events
        self.sourceTexts = sourceTexts
        let systems = ProtectionSystem.allCases.count
        var fc = Array(repeating: Array(repeating: 0, count: systems), count: Province.all.count)
        // By index: `for f in figures` would copy (retain and release) every record.
        for i in figures.indices { fc[figures[i].provinceIndex][Int(figures[i].system.rawValue)] += 1 }
        var mc = Array(repeating: Array(repeating: 0, count: systems), count: Province.all.count)
        for i in measures.indices { mc[measures[i].provinceIndex][Int(measures[i].system.rawValue)] += 1 }
        figureCounts = fc
        measureCounts = mc
        var index: [String: Int] = [:]
        for (i, s) in sources.enumerated() { index[s.id] = i }
        sourceIndex = index
    }

    public static let empty = Dataset(sources: [], figures: [], measures: [], events: [])

    /// The index in `sources` of the source with this id.
    public func sourceIndex(id: String) -> Int? { sourceIndex[id] }

    public func source(id: String) -> Source? {
        sourceIndex[id].map { sources[$0] }
    }

    /// The source text a record's quote stands in, when it was at hand.
    public func text(ofSource id: String) -> SourceText? {
        source(id: id).flatMap { sourceTexts[$0.file] }
    }

    /// A figure with neither a quote nor a place in its report, whose source cites nothing
    /// (no outlet, headline or address): 无出处.
    public func isUncited(_ f: Figure) -> Bool {
        guard f.quote.isEmpty, f.reportSpan == nil else { return false }
        return source(id: f.sourceID)?.citesNothing ?? true
    }

    public func figureCount(province: Int) -> Int { figureCounts[province].reduce(0, +) }
    public func figureCount(province: Int, system: ProtectionSystem) -> Int {
        figureCounts[province][Int(system.rawValue)]
    }
    public func measureCount(province: Int, system: ProtectionSystem) -> Int {
        measureCounts[province][Int(system.rawValue)]
    }

    /// Provinces that have any record, in code order.
    public var provincesWithData: [Int] {
        var has = Array(repeating: false, count: Province.all.count)
        for f in figures { has[f.provinceIndex] = true }
        for m in measures { has[m.provinceIndex] = true }
        for e in events { has[e.provinceIndex] = true }
        return has.indices.filter { has[$0] }
    }

    /// Distinct outlets and the span of dates, for the dashboard header.
    public var sourceSummary: String {
        var outlets: [String] = []
        for s in sources where !s.outlet.isEmpty && !outlets.contains(s.outlet) {
            outlets.append(s.outlet)
            // Past a few outlets a list would be cut off in the title bar: say how many instead.
            if outlets.count > Self.outletsNamed { break }
        }
        let dates = sources.map(\.date).filter { !$0.isEmpty }.sorted()
        let few = outlets.count <= Self.outletsNamed
        var text = few ? outlets.joined(separator: " ") : "\(sources.count) 个来源"
        if let first = dates.first, let last = dates.last {
            // Many sources span years: their publication years say it in the room a title bar has.
            let (from, to) = few ? (first, last) : (String(first.prefix(4)), String(last.prefix(4)))
            text += from == to ? " · \(from)" : " · \(from) 至 \(to)"
        }
        return text
    }

    /// How many outlets the summary names before it counts the sources instead.
    static let outletsNamed = 2
}
