import Foundation

/// One division's figures on one canonical indicator over time: every figure, plus the earlier
/// value a figure carries as a change (由 201 人降至 104 人), each a point with its date and source.
public struct Trend: Sendable, Hashable {
    public struct Point: Sendable, Hashable {
        /// Partial ISO date ("2021", "2022-06"), or "".
        public var date: String
        public var value: ExactNumber
        /// As written: "201 人".
        public var written: String
        public var qualifier: Qualifier
        /// The figure the point is read from; for an earlier value, the figure that carries it.
        public var figureID: String
        public var sourceID: String
        /// Whether the point is a figure's earlier value rather than the figure itself.
        public var isEarlier: Bool
        /// The index in `dataset.figures` of the figure it is read from.
        public var figureIndex: Int = -1
    }

    /// From one point to the next: exact difference and percent of the earlier value.
    public struct Step: Sendable, Hashable {
        /// nil when the difference overflows.
        public var difference: ExactNumber?
        /// nil when the earlier value is zero.
        public var percent: Double?

        /// "+97 (+93.3%)", "-97 (-48.3%)", "0 (0.0%)".
        public var description: String {
            guard let d = difference else { return "?" }
            let sign = d.significand > 0 ? "+" : ""
            let pct = percent.map { String(format: " (%@%.1f%%)", $0 > 0 ? "+" : "", $0) } ?? ""
            return sign + d.grouped + pct
        }
    }

    public var indicator: CanonicalIndicator
    public var provinceIndex: Int
    /// Oldest first; points without a date first of all.
    public var points: [Point]

    public var province: Province { Province.all[provinceIndex] }

    /// `steps[i]` goes from `points[i]` to `points[i + 1]`.
    public var steps: [Step] {
        zip(points, points.dropFirst()).map { a, b in
            let d = b.value.subtracting(a.value)
            let pct: Double? = a.value.significand == 0 ? nil : (b.value.approximate - a.value.approximate) / a.value.approximate * 100
            return Step(difference: d, percent: pct)
        }
    }

    public static func of(_ dataset: Dataset, provinceIndex: Int, indicator: CanonicalIndicator) -> Trend {
        of(dataset, provinceIndex: provinceIndex, indicator: indicator, among: Array(dataset.figures.indices))
    }

    /// The same over `among`, indexes into `dataset.figures` in dataset order (the indicator's
    /// figures, which the dashboard keeps).
    public static func of(_ dataset: Dataset, provinceIndex: Int, indicator: CanonicalIndicator, among: [Int]) -> Trend {
        var keyed: [(key: String, order: Int, point: Point)] = []
        for n in among {
            let f = dataset.figures[n]
            guard f.canonical == indicator.id && f.provinceIndex == provinceIndex else { continue }
            if let c = f.change {
                // An undated earlier value stands just before its figure.
                keyed.append((c.fromDate.isEmpty ? f.date : c.fromDate, 2 * n,
                              Point(date: c.fromDate, value: c.from, written: c.fromText, qualifier: .exact,
                                    figureID: f.id, sourceID: f.sourceID, isEarlier: true, figureIndex: n)))
            }
            keyed.append((f.date, 2 * n + 1, Point(date: f.date, value: f.value, written: f.text, qualifier: f.qualifier,
                                                   figureID: f.id, sourceID: f.sourceID, isEarlier: false, figureIndex: n)))
        }
        keyed.sort { a, b in a.key != b.key ? a.key < b.key : a.order < b.order }
        return Trend(indicator: indicator, provinceIndex: provinceIndex, points: keyed.map(\.point))
    }
}
