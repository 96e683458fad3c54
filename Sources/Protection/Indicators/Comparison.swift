import Foundation

/// One canonical indicator across the divisions: per division its latest figure by as-of date
/// (or its figure of one chosen year), ranked by value, largest first, then the divisions
/// without a figure. Values stay exact and keep their qualifiers; the unit is the indicator's.
public struct Comparison: Sendable, Hashable {
    public struct Row: Sendable, Hashable {
        /// 1-based; divisions with equal values share a rank (1, 2, 2, 4).
        public var rank: Int
        public var provinceIndex: Int
        public var figure: Figure
        public var province: Province { Province.all[provinceIndex] }
        /// The value as written with its qualifier: "400 余人" and "95%以上" keep their marks.
        public var written: String { figure.text }
        /// The year of the as-of date, or "".
        public var year: String { Comparison.year(of: figure.date) }
    }

    public var indicator: CanonicalIndicator
    /// The year asked for, or nil for each division's latest figure.
    public var year: String?
    /// Divisions with a figure, ranked.
    public var rows: [Row]
    /// Indexes into `Province.all` of divisions without a figure, in code order: shown as 无数据.
    public var missing: [Int]
    /// Every year any division reports the indicator in, ascending: what `[` and `]` step through.
    public var availableYears: [String]

    /// The largest value shown (the bar scale's end; the scale starts at zero).
    public var maximum: ExactNumber? { rows.first?.figure.value }

    /// The years of the rows shown, as the heading notes them: "数据年份 2019–2025", "数据年份 2022",
    /// or "" when no row has a date.
    public var yearNote: String {
        let years = Set(rows.map(\.year).filter { !$0.isEmpty }).sorted()
        guard let first = years.first, let last = years.last else { return "" }
        return "数据年份 " + (first == last ? first : "\(first)–\(last)")
    }

    public static func year(of date: String) -> String { date.count >= 4 ? String(date.prefix(4)) : "" }

    public static func of(_ dataset: Dataset, indicator: CanonicalIndicator, year: String? = nil) -> Comparison {
        var best: [Int: Figure] = [:]
        var years = Set<String>()
        for f in dataset.figures where f.canonical == indicator.id {
            let y = Self.year(of: f.date)
            if !y.isEmpty { years.insert(y) }
            if let year, y != year { continue }
            if let held = best[f.provinceIndex], !isLater(f, than: held, in: dataset) { continue }
            best[f.provinceIndex] = f
        }
        let ordered = best.values.sorted { a, b in
            let c = ExactNumber.compare(a.value, b.value)
            return c != 0 ? c > 0 : a.province.code < b.province.code
        }
        var rows: [Row] = []
        for (i, f) in ordered.enumerated() {
            let tied = i > 0 && ExactNumber.compare(ordered[i - 1].value, f.value) == 0
            rows.append(Row(rank: tied ? rows[i - 1].rank : i + 1, provinceIndex: f.provinceIndex, figure: f))
        }
        let missing = Province.all.indices.filter { best[$0] == nil }
        return Comparison(indicator: indicator, year: year, rows: rows, missing: missing, availableYears: years.sorted())
    }

    /// Later as-of date first; on equal dates the later-published source, then the larger id, so
    /// the choice never depends on file order.
    static func isLater(_ a: Figure, than b: Figure, in dataset: Dataset) -> Bool {
        if a.date != b.date { return a.date > b.date }
        let da = dataset.source(id: a.sourceID)?.date ?? "", db = dataset.source(id: b.sourceID)?.date ?? ""
        if da != db { return da > db }
        return a.id > b.id
    }
}
