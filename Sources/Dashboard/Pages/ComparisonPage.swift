import Protection

extension Action {
    public static let yearPrevious = Action("year_previous")
    public static let yearNext = Action("year_next")
}

/// How the comparison's rows are ordered; `s` cycles. The rank is always the value's.
public enum ComparisonSort: CaseIterable, Sendable, Hashable {
    case value, division, date

    public var label: String {
        switch self {
        case .value: "数值↓"
        case .division: "省份"
        case .date: "日期↓"
        }
    }

    var next: ComparisonSort {
        let all = Self.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }
}

/// One canonical indicator across the divisions: a ranked row per division that reports it,
/// with a bar from zero to the largest value, then the divisions without a figure (无数据).
public struct ComparisonPage: Page {
    public static let id: PageID = "compare"
    public static let title = "省份比较"
    public static let bindings: [Binding] = [
        KeyTable.open, KeyTable.filter, KeyTable.back,
        Binding([.char("[")], "[", "上一年份", .yearPrevious, rank: 144, footer: true),
        Binding([.char("]")], "]", "下一年份", .yearNext, rank: 146, footer: true),
        Binding([.char("s")], "s", "排序", .sort, rank: 150, footer: true),
        KeyTable.trend,
    ]

    /// A row of the page: a division's figure, or a division without one.
    public enum Line: Sendable, Hashable {
        case ranked(Comparison.Row)
        case missing(Int)

        var provinceIndex: Int {
            switch self {
            case .ranked(let r): r.provinceIndex
            case .missing(let p): p
            }
        }
    }

    public var comparison: Comparison
    public var sort: ComparisonSort = .value
    public var lines: [Line] = []
    public var list = ListState()

    public init(comparison: Comparison) { self.comparison = comparison }

    public var indicator: CanonicalIndicator { comparison.indicator }

    /// Below the heading, the definition line and the table's heading.
    static func rowsArea(_ area: Rect) -> Rect { area.splitTop(3).1 }

    /// The comparison on `indicator`, the cursor on `focus` (a division) when given; the page
    /// opened before on the same indicator keeps its year and sort.
    public static func open(indicator: CanonicalIndicator, focus: Int?, _ ctx: PageContext) -> ComparisonPage {
        var page: ComparisonPage
        if let last = ctx.latest(ComparisonPage.self), last.indicator.id == indicator.id {
            page = last
        } else {
            page = ComparisonPage(comparison: Self.compute(indicator, year: nil, ctx))
            if let last = ctx.latest(ComparisonPage.self) { page.sort = last.sort }
        }
        page.refresh(ctx, keeping: focus)
        return page
    }

    static func compute(_ indicator: CanonicalIndicator, year: String?, _ ctx: PageContext) -> Comparison {
        Comparison.of(ctx.dataset, indicator: indicator, year: year, among: ctx.catalog.figuresByCanonical[indicator.id] ?? [])
    }

    var selectedLine: Line? { lines.isEmpty ? nil : lines[min(list.selected, lines.count - 1)] }

    /// Rebuilds the rows for the year, sort and filter; the cursor stays on its division, or
    /// goes to `province`.
    mutating func refresh(_ ctx: PageContext, keeping province: Int? = nil) {
        let keep = province ?? selectedLine?.provinceIndex
        lines = Self.lines(comparison, sort, ctx)
        if let keep, let i = lines.firstIndex(where: { $0.provinceIndex == keep }) { list.selected = i }
    }

    static func lines(_ c: Comparison, _ sort: ComparisonSort, _ ctx: PageContext) -> [Line] {
        var ranked = c.rows
        let filter = ctx.filter
        if filter.result != nil { ranked = ranked.filter { filter.contains($0.figureIndex) } }
        switch sort {
        case .value: break
        case .division: ranked.sort { $0.province.code < $1.province.code }
        case .date:
            ranked.sort { a, b in a.figure.date != b.figure.date ? a.figure.date > b.figure.date : a.rank < b.rank }
        }
        // Absence stays visible; while filtering only what matches is listed.
        let missing = filter.isActive ? [] : c.missing.map(Line.missing)
        return ranked.map(Line.ranked) + missing
    }

    public func breadcrumb(_ ctx: PageContext) -> [String] { ["省份比较", indicator.name] }

    public func summary(_ ctx: PageContext) -> String {
        let sep = ctx.glyphs.separator
        guard let line = selectedLine else { return "没有匹配的省份" }
        var s = "第 \(list.selected + 1)/\(lines.count) 行"
        if case .ranked(let r) = line { s += " \(sep) 名次 \(r.rank)/\(comparison.rows.count)" }
        return s + " \(sep) 年份：\(comparison.year.map { $0 + " 年" } ?? "各省最新") \(sep) 排序：\(sort.label)"
    }

    public mutating func perform(_ action: Action, _ ctx: PageContext) -> [Command] {
        switch action {
        case .open:
            guard case .ranked(let r)? = selectedLine else {
                return [.status(StatusMessage(text: selectedLine == nil ? "这里没有数据" : "该省份没有这一指标的数据", isError: false))]
            }
            return [.push(DetailPage(figure: r.figureIndex, context: FiguresContext(province: r.provinceIndex, system: r.figure.system)))]
        case .back:
            return [.pop]
        case .trend:
            guard case .ranked(let r)? = selectedLine else {
                return [.status(StatusMessage(text: "该省份没有这一指标的数据", isError: false))]
            }
            return Openers.trend(figure: r.figureIndex, ctx)
        case .sort:
            sort = sort.next
            refresh(ctx)
            return [.status(StatusMessage(text: "排序：\(sort.label)", isError: false))]
        case .yearPrevious, .yearNext:
            // nil (each division's latest) before the first year.
            let choices: [String?] = [nil] + comparison.availableYears.map { Optional($0) }
            let at = choices.firstIndex(of: comparison.year) ?? 0
            let to = min(max(0, at + (action == .yearNext ? 1 : -1)), choices.count - 1)
            guard to != at else { return [] }
            comparison = Self.compute(indicator, year: choices[to], ctx)
            refresh(ctx)
            return [.status(StatusMessage(text: "年份：" + (choices[to].map { $0 + " 年" } ?? "各省最新"), isError: false))]
        default:
            list.step(action, page: Self.rowsArea(ctx.area).height, count: lines.count)
            return []
        }
    }

    public func offers(_ action: Action, _ ctx: PageContext) -> Bool {
        let ranked: Bool = { if case .ranked? = selectedLine { return true } else { return false } }()
        switch action {
        case .open, .trend: return ranked
        case .sort: return lines.count > 1
        case .yearPrevious: return comparison.year != nil
        case .yearNext: return comparison.year != comparison.availableYears.last
        default: return true
        }
    }

    public mutating func click(_ e: MouseEvent, _ ctx: PageContext) -> [Command] {
        list.click(x: e.x, y: e.y, in: Self.rowsArea(ctx.area), count: lines.count) ? perform(.open, ctx) : []
    }

    public mutating func filterChanged(from previous: FilterState, _ ctx: PageContext) { refresh(ctx) }

    public mutating func fit(_ ctx: PageContext) {
        list.keepVisible(count: lines.count, viewport: Self.rowsArea(ctx.area).height)
    }

    public func draw(into screen: inout Screen, _ ctx: PageContext) {
        let body = ctx.area
        let sep = " \(ctx.glyphs.separator) "
        let c = comparison
        var heading = " \(indicator.name)（\(indicator.unit)）" + sep + (c.year.map { $0 + " 年" } ?? "各省最新")
        if !c.yearNote.isEmpty { heading += sep + c.yearNote }
        heading += sep + "\(c.rows.count) 个省份有数据"
        if ctx.filter.isActive { heading += sep + "匹配 \(lines.count) 个" }
        heading += sep + "排序：\(sort.label)"
        screen.putPadded(heading, x: body.x, y: body.y, columns: body.width, style: Style(.tileTitle))
        let years = c.availableYears
        let picker = years.isEmpty ? "" : "  [ ] 换年份：" + (years.count > 1 ? "\(years.first!)–\(years.last!)" : years[0])
        screen.putPadded(" " + indicator.definition + picker, x: body.x, y: body.y + 1, columns: body.width, style: Style(.dim))
        let table = Self.table(self, width: body.width, ctx)
        table.drawHeading(into: &screen, Rect(x: body.x, y: body.y + 2, width: body.width, height: 1))
        table.drawRows(into: &screen, Self.rowsArea(body), state: list)
    }

    /// The columns at a width: rank, division, the bar, the value as written, its qualifier,
    /// the date and the outlet; the bar takes what the others leave, between 10 and 40 cells.
    static func table(_ page: ComparisonPage, width: Int, _ ctx: PageContext) -> Table<Line> {
        typealias Column = Table<Line>.Column
        let d = ctx.dataset, g = ctx.glyphs
        let c = page.comparison
        let full = width >= 120
        let rows = c.rows
        let nameWidth = full ? 16 : 6
        let textWidth = min(18, max(6, rows.map { DisplayWidth.of($0.written) }.max() ?? 6))  // 无数据 fits
        let dateWidth = max(4, rows.map { DisplayWidth.of($0.figure.date) }.max() ?? 4)
        let fixed = 1 + 5 + (nameWidth + 1) + (textWidth + 1) + 5 + (dateWidth + 1)
        let barWidth = min(40, max(10, width - fixed - 13))
        let top = c.maximum?.approximate ?? 0
        func ranked(_ l: Line) -> Comparison.Row? { if case .ranked(let r) = l { r } else { nil } }
        let columns: [Column] = [
            Column("名次", .fixed(4), alignRight: true, role: .number) { ranked($0).map { String($0.rank) } ?? "" },
            Column("省份", .fixed(nameWidth), field: .province) {
                let p = Province.all[$0.provinceIndex]
                return full ? p.fullName : p.shortName
            },
            Column("0" + String(repeating: " ", count: max(0, barWidth - 1 - DisplayWidth.of(Self.scaleEnd(c)))) + Self.scaleEnd(c),
                   .fixed(barWidth), role: .barTo) { l in
                guard let r = ranked(l) else { return "" }
                return BarChart.cells(top > 0 ? r.figure.value.approximate / top : 0, of: barWidth, glyphs: g, eighths: true)
            },
            Column("原文", .fixed(textWidth), alignRight: true, field: .value) { ranked($0)?.written ?? "无数据" },
            Column("限定", .fixed(4)) { ranked($0).map { $0.figure.qualifier.mark } ?? "" },
            Column("日期", .fixed(dateWidth)) { ranked($0)?.figure.date ?? "" },
            Column("来源", .fill(min: 6), field: .source) { ranked($0).map { Format.outlet($0.figure, d) } ?? "" },
        ]
        let empty = ctx.filter.isActive ? " 没有匹配筛选的省份。按 / 修改筛选。" : " 没有省份报告这一指标。"
        let lines = page.lines
        return Table(columns: columns, count: lines.count, row: { lines[$0] }, marker: g.marker, emptyMessage: empty,
                     query: ctx.filter.query)
    }

    /// The bar heading's right end: the largest value, grouped, with the unit.
    static func scaleEnd(_ c: Comparison) -> String {
        guard let top = c.maximum else { return "" }
        return c.indicator.unit == "%" ? top.grouped + "%" : top.grouped + " " + c.indicator.unit
    }
}
