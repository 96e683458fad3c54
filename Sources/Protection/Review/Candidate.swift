/// One figure `weibao ingest --format json` found, with how sure it was: what the review page
/// lists and `weibao review --accept-above` sorts.
public struct Candidate: Sendable, Hashable {
    /// The figure's id in the candidates' dataset.
    public var id: String
    /// 0…1: how sure ingest is of the record as a whole.
    public var confidence: Double
    /// The rule that decided its system.
    public var rule: String
    /// Where its number stands in the report (1-based, characters).
    public var line: Int
    public var column: Int
    /// How sure ingest is of the canonical indicator, and the rule that chose it; nil for none.
    public var canonicalConfidence: Double?
    public var canonicalRule: String

    public init(id: String, confidence: Double, rule: String, line: Int, column: Int,
                canonicalConfidence: Double? = nil, canonicalRule: String = "") {
        self.id = id
        self.confidence = confidence
        self.rule = rule
        self.line = line
        self.column = column
        self.canonicalConfidence = canonicalConfidence
        self.canonicalRule = canonicalRule
    }

    /// The lower of the two confidences: a record is only as sure as its least sure part.
    public var leastConfidence: Double { min(confidence, canonicalConfidence ?? 1) }
}

/// A candidates file read: its records as a dataset (checked by the loader like any other)
/// and, in the dataset's figure order, each figure's confidence.
public struct CandidateSet: Sendable {
    public var dataset: Dataset
    public var candidates: [Candidate]
    /// The report ingest read, as the file names it.
    public var report: String

    public init(dataset: Dataset, candidates: [Candidate], report: String) {
        self.dataset = dataset
        self.candidates = candidates
        self.report = report
    }
}
