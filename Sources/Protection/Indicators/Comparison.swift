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
        /// Its index in `dataset.figures`, to open it.
        public var figureIndex: Int
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
        of(dataset, indicator: indicator, year: year,
           among: dataset.figures.indices.filter { dataset.figures[$0].canonical == indicator.id })
    }

    /// The same over `among`, the indexes of the indicator's figures (the dashboard keeps them
    /// per indicator, so a million figures are not scanned on every key).
    public static func of(_ dataset: Dataset, indicator: CanonicalIndicator, year: String? = nil, among: [Int]) -> Comparison {
        var best: [Int: Int] = [:]
        var years = Set<String>()
        for i in among {
            let f = dataset.figures[i]
            guard f.canonical == indicator.id else { continue }
            let y = Self.year(of: f.date)
            if !y.isEmpty { years.insert(y) }
            if let year, y != year { continue }
            if let held = best[f.provinceIndex], !isLater(f, than: dataset.figures[held], in: dataset) { continue }
            best[f.provinceIndex] = i
        }
        let ordered = best.values.sorted { i, j in
            let a = dataset.figures[i], b = dataset.figures[j]
            let c = ExactNumber.compare(a.value, b.value)
            return c != 0 ? c > 0 : a.province.code < b.province.code
        }
        var rows: [Row] = []
        for (n, i) in ordered.enumerated() {
            let f = dataset.figures[i]
            let tied = n > 0 && ExactNumber.compare(rows[n - 1].figure.value, f.value) == 0
            rows.append(Row(rank: tied ? rows[n - 1].rank : n + 1, provinceIndex: f.provinceIndex, figure: f, figureIndex: i))
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
