import Protection

/// What the review page asks to be written: the figures accepted so far (with the analyst's
/// changes) and the sources they cite, and the ids to take out of the file because they were
/// accepted in an earlier save and rejected since.
public struct ReviewBatch: Sendable, Hashable {
    public var path: String
    public var figures: [Figure]
    public var sources: [Source]
    public var remove: [String]
    /// Counts the saves of one page, so a late answer cannot be taken for a newer one's.
    public var generation: Int
    /// Leave the dashboard once it is saved (`q`, then `s`).
    public var quitAfter: Bool

    public init(path: String, figures: [Figure], sources: [Source], remove: [String] = [],
                generation: Int, quitAfter: Bool = false) {
        self.path = path
        self.figures = figures
        self.sources = sources
        self.remove = remove
        self.generation = generation
        self.quitAfter = quitAfter
    }
}

/// How a save went: what it wrote, or why it wrote nothing.
public struct ReviewOutcome: Sendable, Hashable {
    public var generation: Int
    public var quitAfter: Bool
    public var result: Result<ReviewSaved, ReviewSaveError>

    public init(generation: Int, quitAfter: Bool, result: Result<ReviewSaved, ReviewSaveError>) {
        self.generation = generation
        self.quitAfter = quitAfter
        self.result = result
    }

    /// Performs a batch: the run loop's side of `.saveReview`.
    public static func perform(_ batch: ReviewBatch, loader: DatasetLoader) -> ReviewOutcome {
        ReviewOutcome(generation: batch.generation, quitAfter: batch.quitAfter,
                      result: ReviewStore.save(figures: batch.figures, sources: batch.sources, removing: batch.remove,
                                               to: batch.path, loader: loader))
    }
}
