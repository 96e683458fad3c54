import Protection

/// The canonical indicators with how many divisions and years report each, the most widely
/// reported first: where a comparison starts when no figure is at hand (`c` on Home).
public struct IndicatorsPage: Page {
    public static let id: PageID = "indicators"
    public static let title = "统一指标"
    public static let bindings: [Binding] = [KeyTable.open, KeyTable.filter, KeyTable.back]

    /// One indicator as the list shows it: its coverage among the figures the filter keeps.
    public struct Row: Sendable, Equatable {
        public var indicator: CanonicalIndicator
        public var figures: Int
        public var provinces: Int
        public var years: [String]

        var yearRange: String {
            guard let first = years.first, let last = years.last else { return "-" }
            return first == last ? first : "\(first)–\(last)"
        }
    }

    public var rows: [Row] = []
    public var list = ListState()

    public init() {}

    static func rowsArea(_ area: Rect) -> Rect { area.splitTop(2).1 }

    /// The list as it was last left, recounted for the current filter.
    public static func open(_ ctx: PageContext) -> IndicatorsPage {
        var page = ctx.latest(IndicatorsPage.self) ?? IndicatorsPage()
        page.refresh(ctx)
        return page
    }

    mutating func refresh(_ ctx: PageContext) {
        let keep = rows.isEmpty ? nil : rows[min(list.selected, rows.count - 1)].indicator.id
        rows = Self.rows(ctx)
        if let keep, let i = rows.firstIndex(where: { $0.indicator.id == keep }) { list.selected = i }
    }

    /// Indicators with a figure (among those the filter keeps), by divisions, then figures, then
    /// the vocabulary's order.
    static func rows(_ ctx: PageContext) -> [Row] {
        let d = ctx.dataset, filter = ctx.filter
        var out: [(Row, Int)] = []
        for (order, indicator) in Indicators.all.enumerated() {
            var figures = ctx.catalog.figuresByCanonical[indicator.id] ?? []
            if filter.result != nil { figures = figures.filter { filter.contains($0) } }
            guard !figures.isEmpty else { continue }
            let provinces = Set(figures.map { d.figures[$0].provinceIndex }).count
            let years = Set(figures.map { Comparison.year(of: d.figures[$0].date) }.filter { !$0.isEmpty }).sorted()
            out.append((Row(indicator: indicator, figures: figures.count, provinces: provinces, years: years), order))
        }
        out.sort { a, b in
            if a.0.provinces != b.0.provinces { return a.0.provinces > b.0.provinces }
            if a.0.figures != b.0.figures { return a.0.figures > b.0.figures }
            return a.1 < b.1
        }
        return out.map(\.0)
    }

    public func breadcrumb(_ ctx: PageContext) -> [String] { ["统一指标"] }

    public func summary(_ ctx: PageContext) -> String {
        rows.isEmpty ? "没有统一指标的数据" : "第 \(list.selected + 1)/\(rows.count) 个指标 \(ctx.glyphs.separator) Enter 比较各省"
    }

    public mutating func perform(_ action: Action, _ ctx: PageContext) -> [Command] {
        switch action {
        case .open:
            guard !rows.isEmpty else { return [.status(StatusMessage(text: "这里没有指标", isError: false))] }
            return [.push(ComparisonPage.open(indicator: rows[list.selected].indicator, focus: nil, ctx))]
        case .back:
            return [.pop]
        default:
            list.step(action, page: Self.rowsArea(ctx.area).height, count: rows.count)
            return []
        }
    }

    public func offers(_ action: Action, _ ctx: PageContext) -> Bool { action != .open || !rows.isEmpty }

    public mutating func click(_ e: MouseEvent, _ ctx: PageContext) -> [Command] {
        list.click(x: e.x, y: e.y, in: Self.rowsArea(ctx.area), count: rows.count) ? perform(.open, ctx) : []
    }

    public mutating func filterChanged(from previous: FilterState, _ ctx: PageContext) { refresh(ctx) }

    public mutating func fit(_ ctx: PageContext) {
        list.keepVisible(count: rows.count, viewport: Self.rowsArea(ctx.area).height)
    }

    public func draw(into screen: inout Screen, _ ctx: PageContext) {
        let body = ctx.area
        let sep = " \(ctx.glyphs.separator) "
        let reported = rows.count
        var heading = " 统一指标" + sep + "\(reported)/\(Indicators.all.count) 个有数据"
        if ctx.filter.isActive { heading += sep + "按筛选计数" }
        heading += sep + "Enter 打开省份比较"
        screen.putPadded(heading, x: body.x, y: body.y, columns: body.width, style: Style(.tileTitle))
        typealias Column = Table<Row>.Column
        let wide = body.width >= 110
        var columns: [Column] = [
            Column("指标", .fill(min: 12), field: .indicator) { $0.indicator.name },
            Column("单位", .fixed(8)) { $0.indicator.unit },
            Column("系统", .fixed(4)) { $0.indicator.system.shortName },
            Column("省份", .fixed(6), alignRight: true, role: .number) { String($0.provinces) },
            Column("数据", .fixed(5), alignRight: true) { String($0.figures) },
            Column("年份", .fixed(9)) { $0.yearRange },
        ]
        if wide { columns.insert(Column("代码", .fixed(28)) { $0.indicator.id }, at: 1) }
        let rows = self.rows
        let empty = ctx.filter.isActive ? " 没有匹配筛选的统一指标数据。按 / 修改筛选。" : " 数据集中没有归入统一指标的数据。"
        let table = Table(columns: columns, count: rows.count, row: { rows[$0] }, marker: ctx.glyphs.marker,
                          emptyMessage: empty, sortColumn: wide ? 4 : 3, sortMark: ctx.glyphs.down, query: ctx.filter.query)
        table.drawHeading(into: &screen, body.splitTop(1).1.splitTop(1).0)
        table.drawRows(into: &screen, Self.rowsArea(body), state: list)
    }
}
