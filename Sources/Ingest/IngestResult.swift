import Protection

/// A candidate record with what a reviewer needs to judge it.
public struct Reviewed<Record: Sendable>: Sendable {
    public var record: Record
    /// 0…1: how sure the system is (the report's own grouping 0.9, a lexicon cue less).
    public var confidence: Double
    /// The rule that decided the system, in words: `lexicon: 少年法庭 → 司法 (…)`.
    public var rule: String
    /// Where the figure's number (a measure's or event's quote) starts in the report, 1-based.
    public var line: Int
    public var column: Int
    /// How sure the figure's canonical indicator (`Figure.canonical`) is, and why; nil when none matched.
    public var canonicalConfidence: Double?
    public var canonicalRule: String?
}

/// A number that was read and left out, with why.
public struct SkippedNumber: Sendable, Hashable {
    public var text: String
    public var reason: String
    public var line: Int
    public var column: Int
}

/// One article of the report as a source, and how its province was found.
public struct IngestedArticle: Sendable {
    public var source: Source
    public var provinceIndex: Int?
    public var provinceRule: String
}

/// Everything `weibao ingest` found in one report.
public struct IngestResult: Sendable {
    public var path: String
    public var encoding: ReportDecoder.Encoding
    public var articles: [IngestedArticle]
    public var figures: [Reviewed<Figure>]
    public var measures: [Reviewed<Measure>]
    public var events: [Reviewed<Event>]
    public var skipped: [SkippedNumber]
    /// Things the reviewer must know: an article without a province, an outlet not cited.
    public var notes: [String]

    /// The records as a dataset, for export and checks.
    public var dataset: Dataset {
        Dataset(sources: articles.map(\.source), figures: figures.map(\.record), measures: measures.map(\.record), events: events.map(\.record))
    }
}

/// What the user tells ingest about the report.
public struct IngestOptions: Sendable {
    /// Any province name or code; overrides what the text says.
    public var province: String?
    /// The id of the (first) source; further articles get -2, -3 …
    public var sourceID: String?
    /// The outlet, for articles that cite none.
    public var outlet: String?
    /// YYYY-MM-DD (or a shorter partial date): the report's date where the text gives none,
    /// and the year of dates written without one.
    public var date: String?
    /// `Source.file` as written in the output: the report's path as given.
    public var file: String
    /// The canonical indicators figures are named with, when a phrasing matches: the built-in
    /// vocabulary unless a caller gives another.
    public var vocabulary: [CanonicalIndicator] = Indicators.all

    public init(province: String? = nil, sourceID: String? = nil, outlet: String? = nil, date: String? = nil, file: String) {
        self.province = province
        self.sourceID = sourceID
        self.outlet = outlet
        self.date = date
        self.file = file
    }
}
