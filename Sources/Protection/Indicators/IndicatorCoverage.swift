/// How widely a canonical indicator is reported in a dataset: which divisions give a figure
/// on it, and for which years (the year of each figure's as-of date).
public struct IndicatorCoverage: Sendable, Hashable {
    public var indicator: CanonicalIndicator
    public var figures: Int
    /// Indexes into `Province.all`, in code order.
    public var provinces: [Int]
    /// Distinct years, ascending ("2021"); figures without a date add none.
    public var years: [String]

    /// One entry per indicator of the vocabulary, in its order, reported or not.
    public static func of(_ dataset: Dataset, vocabulary: [CanonicalIndicator] = Indicators.all) -> [IndicatorCoverage] {
        var index: [String: Int] = [:]
        for (i, c) in vocabulary.enumerated() where index[c.id] == nil { index[c.id] = i }
        var figures = Array(repeating: 0, count: vocabulary.count)
        var provinces = Array(repeating: Set<Int>(), count: vocabulary.count)
        var years = Array(repeating: Set<String>(), count: vocabulary.count)
        for f in dataset.figures where !f.canonical.isEmpty {
            guard let i = index[f.canonical] else { continue }
            figures[i] += 1
            provinces[i].insert(f.provinceIndex)
            if f.date.count >= 4 { years[i].insert(String(f.date.prefix(4))) }
        }
        return vocabulary.indices.map {
            IndicatorCoverage(indicator: vocabulary[$0], figures: figures[$0], provinces: provinces[$0].sorted(),
                              years: years[$0].sorted())
        }
    }
}
