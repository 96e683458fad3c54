import Protection

/// One division on one canonical indicator over time: a column per point (a figure, or the
/// earlier value a figure carries), from zero to the largest, and a table of the points with
/// the change from the one before.
public struct TrendPage: Page {
    public static let id: PageID = "trend"
    public static let title = "趋势"
    public static let bindings: [Binding] = [KeyTable.left, KeyTable.right, KeyTable.open, KeyTable.back, KeyTable.compare]

    public var trend: Trend
    public var list = ListState()

    public init(trend: Trend) { self.trend = trend }

    /// The trend, the cursor on `figure`'s own point when given.
    public static func open(province: Int, indicator: CanonicalIndicator, figure: Int?, _ ctx: PageContext) -> TrendPage {
        let trend = Trend.of(ctx.dataset, provinceIndex: province, indicator: indicator,
                             among: ctx.catalog.figuresByCanonical[indicator.id] ?? [])
        var page = TrendPage(trend: trend)
        if let figure, let i = trend.points.lastIndex(where: { $0.figureIndex == figure && !$0.isEarlier }) {
            page.list.selected = i
        } else {
            page.list.selected = max(0, trend.points.count - 1)
        }
        return page
    }

    /// Where the parts go: the heading, the chart with its axis line, the table below.
    struct Layout {
        let area: Rect
        var chartHeight: Int { max(3, min(8, (area.height - 6) / 3)) }
        /// The chart's cells, under the heading and left of nothing: the axis labels are inside.
        var chart: Rect { Rect(x: area.x, y: area.y + 1, width: area.width, height: chartHeight) }
        var axisY: Int { chart.maxY }
        var tableHeading: Rect { Rect(x: area.x, y: axisY + 2, width: area.width, height: 1) }
        var rows: Rect { Rect(x: area.x, y: axisY + 3, width: area.width, height: max(0, area.maxY - axisY - 3)) }
    }

    var indicator: CanonicalIndicator { trend.indicator }

    public func breadcrumb(_ ctx: PageContext) -> [String] { [trend.province.shortName, "趋势", indicator.name] }

    public func summary(_ ctx: PageContext) -> String {
        guard !trend.points.isEmpty else { return "没有数据点" }
        let p = trend.points[min(list.selected, trend.points.count - 1)]
        return "第 \(list.selected + 1)/\(trend.points.count) 个点 \(ctx.glyphs.separator) \(p.figureID)"
    }

    public mutating func perform(_ action: Action, _ ctx: PageContext) -> [Command] {
        switch action {
        case .open:
            guard !trend.points.isEmpty else { return [] }
            let p = trend.points[list.selected]
            let f = ctx.dataset.figures[p.figureIndex]
            return [.push(DetailPage(figure: p.figureIndex, context: FiguresContext(province: f.provinceIndex, system: f.system)))]
        case .back:
            return [.pop]
        case .compare:
            return [.push(ComparisonPage.open(indicator: indicator, focus: trend.provinceIndex, ctx))]
        case .left, .right:
            list.step(action == .left ? .up : .down, page: 1, count: trend.points.count)
            return []
        default:
            list.step(action, page: Layout(area: ctx.area).rows.height, count: trend.points.count)
            return []
        }
    }

    public func offers(_ action: Action, _ ctx: PageContext) -> Bool { action != .open || !trend.points.isEmpty }

    public mutating func click(_ e: MouseEvent, _ ctx: PageContext) -> [Command] {
        let layout = Layout(area: ctx.area)
        let n = trend.points.count
        if layout.chart.contains(x: e.x, y: e.y), let i = Self.columns(self, layout).firstIndex(where: { $0.contains(e.x) }) {
            if i == list.selected { return perform(.open, ctx) }
            list.selected = i
            return []
        }
        return list.click(x: e.x, y: e.y, in: layout.rows, count: n) ? perform(.open, ctx) : []
    }

    public mutating func fit(_ ctx: PageContext) {
        list.keepVisible(count: trend.points.count, viewport: Layout(area: ctx.area).rows.height)
    }

    /// Columns of the value axis's labels (the largest value, and 0).
    static func labelWidth(_ page: TrendPage) -> Int {
        max(1, DisplayWidth.of(topLabel(page)))
    }

    static func topLabel(_ page: TrendPage) -> String {
        guard let top = page.trend.points.map(\.value).max(by: { ExactNumber.compare($0, $1) < 0 }) else { return "0" }
        return top.grouped + (page.indicator.unit == "%" ? "%" : "")
    }

    /// Each point's columns: up to six cells wide with a gap, all points side by side after the
    /// axis labels; a point that does not fit is not drawn (the table still lists it).
    static func columns(_ page: TrendPage, _ layout: Layout) -> [Range<Int>] {
        let n = page.trend.points.count
        guard n > 0 else { return [] }
        let x0 = layout.chart.x + labelWidth(page) + 2
        let room = max(0, layout.chart.maxX - x0 - 1)
        let step = max(2, min(7, room / n))
        return (0..<n).map { x0 + $0 * step ..< x0 + $0 * step + max(1, step - 1) }
    }

    public func draw(into screen: inout Screen, _ ctx: PageContext) {
        let body = ctx.area
        let layout = Layout(area: body)
        let g = ctx.glyphs, sep = " \(g.separator) "
        let points = trend.points
        var heading = " " + (body.width >= 120 ? trend.province.fullName : trend.province.shortName) + sep + "\(indicator.name)（\(indicator.unit)）" + sep + "\(points.count) 个点"
        let dated = points.map(\.date).filter { !$0.isEmpty }
        if let first = dated.first, let last = dated.last { heading += sep + (first == last ? first : "\(first)–\(last)") }
        screen.putPadded(heading, x: body.x, y: body.y, columns: body.width, style: Style(.tileTitle))
        drawChart(into: &screen, layout, ctx)
        drawTable(into: &screen, layout, ctx)
    }

    func drawChart(into screen: inout Screen, _ layout: Layout, _ ctx: PageContext) {
        let chart = layout.chart
        let g = ctx.glyphs
        let points = trend.points
        screen.fill(Rect(x: chart.x, y: chart.y, width: chart.width, height: chart.height + 2))
        let labelWidth = Self.labelWidth(self)
        let top = points.map(\.value.approximate).max() ?? 0
        screen.putPadded(Self.topLabel(self), x: chart.x, y: chart.y, columns: labelWidth, style: Style(.dim), alignRight: true)
        screen.putPadded("0", x: chart.x, y: chart.maxY - 1, columns: labelWidth, style: Style(.dim), alignRight: true)
        let columns = Self.columns(self, layout)
        let eighths = chart.height * 8
        for (i, (p, xs)) in zip(points, columns).enumerated() where xs.upperBound <= chart.maxX {
            let filled = top > 0 ? Int((p.value.approximate / top * Double(eighths)).rounded()) : 0
            let style = Style(i == list.selected ? .selected : (p.isEarlier ? .barFrom : .barTo))
            for row in 0..<chart.height {
                // Eighths filled in this cell, counting from the bottom row.
                let inCell = min(8, max(0, filled - row * 8))
                let cell: String
                if g.columnBars.isEmpty {
                    cell = Double(inCell) >= 4 ? g.bar : " "
                } else {
                    cell = inCell == 8 ? g.bar : (inCell == 0 ? " " : g.columnBars[inCell - 1])
                }
                guard cell != " " else { continue }
                for x in xs { screen.put(cell, x: x, y: chart.maxY - 1 - row, style: style) }
            }
            // A value of zero still shows where its point is.
            if filled == 0 {
                for x in xs { screen.put("_", x: x, y: chart.maxY - 1, style: style) }
            }
        }
        // The axis line: the first and the last date under their columns.
        if let first = columns.first, let last = columns.last, let p0 = points.first, let pn = points.last {
            let a = p0.date.isEmpty ? "日期不详" : p0.date
            screen.put(a, x: first.lowerBound, y: layout.axisY, style: Style(.dim))
            if points.count > 1 {
                let b = pn.date.isEmpty ? "日期不详" : pn.date
                let x = max(first.lowerBound + DisplayWidth.of(a) + 2, min(last.upperBound, chart.maxX) - DisplayWidth.of(b))
                if x + DisplayWidth.of(b) <= chart.maxX { screen.put(b, x: x, y: layout.axisY, style: Style(.dim)) }
            }
        }
    }

    func drawTable(into screen: inout Screen, _ layout: Layout, _ ctx: PageContext) {
        typealias Column = Table<Int>.Column
        let d = ctx.dataset, g = ctx.glyphs
        let points = trend.points
        let steps = trend.steps
        func change(_ i: Int) -> String {
            guard i > 0 else { return "" }
            let s = steps[i - 1]
            let sign = s.difference.map { $0.significand > 0 ? g.up : ($0.significand < 0 ? g.down : "=") } ?? ""
            return sign + " " + s.description
        }
        let columns: [Column] = [
            Column("日期", .fixed(10)) { points[$0].date.isEmpty ? "日期不详" : points[$0].date },
            Column("原文", .fixed(16), alignRight: true) { points[$0].written },
            Column("数值", .fixed(12), alignRight: true, role: .number) { points[$0].value.grouped },
            Column("较上一点", .fixed(22)) { change($0) },
            Column("类型", .fixed(6)) { points[$0].isEarlier ? "此前值" : "数据" },
            Column("来源", .fill(min: 6)) { d.source(id: points[$0].sourceID)?.outlet ?? points[$0].sourceID },
        ]
        let table = Table(columns: columns, count: points.count, row: { $0 }, marker: g.marker,
                          emptyMessage: " 这一省份没有这一指标的数据。")
        table.drawHeading(into: &screen, layout.tableHeading)
        table.drawRows(into: &screen, layout.rows, state: list)
    }
}
