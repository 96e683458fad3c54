import Protection

extension Action {
    public static let sort = Action("sort")
}

/// The figures page shows one province, one system or all of them.
public struct FiguresContext: Sendable, Hashable {
    public var province: Int
    public var system: ProtectionSystem?

    public init(province: Int, system: ProtectionSystem?) {
        self.province = province
        self.system = system
    }
}

/// How the figures table is ordered; `s` cycles through them.
public enum SortOrder: CaseIterable, Sendable, Hashable {
    /// By system, then in the order the report gives them.
    case system
    case valueDescending
    case indicator

    public var label: String {
        switch self {
        case .system: "系统"
        case .valueDescending: "数值↓"
        case .indicator: "指标"
        }
    }

    var next: SortOrder {
        let all = SortOrder.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }
}

/// The figures of one province (and one system, or all): a table sorted by `s`.
public struct FiguresPage: Page {
    public static let id: PageID = "figures"
    public static let title = "数据表"
    public static let bindings: [Binding] = [
        KeyTable.open, KeyTable.filter, KeyTable.back,
        Binding([.char("s")], "s", "排序", .sort, rank: 150, footer: true),
        KeyTable.matrix,
    ]

    public var context: FiguresContext
    public var sort: SortOrder = .system
    /// The table's rows: indices into `dataset.figures`, in display order.
    public var rows: [Int] = []
    public var list = ListState()

    public init(context: FiguresContext, rows: [Int] = [], list: ListState = ListState()) {
        self.context = context
        self.rows = rows
        self.list = list
    }

    /// Rows below the page heading and the table's own heading line.
    static func rowsArea(_ area: Rect) -> Rect { area.splitTop(2).1 }

    /// The table for a province and a system, started from the one opened before: its sort
    /// order stays, and so does its selection when the context is the same.
    public static func open(province: Int, system: ProtectionSystem?, _ ctx: PageContext) -> FiguresPage {
        let context = FiguresContext(province: province, system: system)
        var page = ctx.latest(FiguresPage.self) ?? FiguresPage(context: context)
        if context != page.context {
            page.context = context
            page.list = ListState()
        }
        page.refresh(ctx, keepingSelection: true)
        return page
    }

    /// Recomputes the rows for the context, sort order and filter; with `keepingSelection`
    /// the selected figure stays selected when it is still there.
    mutating func refresh(_ ctx: PageContext, keepingSelection: Bool) {
        let keep = keepingSelection && !rows.isEmpty ? rows[min(list.selected, rows.count - 1)] : nil
        rows = Self.rows(context, sort, ctx)
        if let keep, let row = rows.firstIndex(of: keep) { list.selected = row }
    }

    static func rows(_ context: FiguresContext, _ sort: SortOrder, _ ctx: PageContext) -> [Int] {
        let figures = ctx.dataset.figures
        let p = context.province
        // By system, then report order: the per-system lists concatenated need no sort.
        var rows = context.system.map { ctx.catalog.figures(province: p, system: $0) }
            ?? ctx.catalog.figuresBySystem[p].flatMap { $0 }
        let filter = ctx.filter
        if filter.result != nil { rows = rows.filter { filter.contains($0) } }
        switch sort {
        case .system:
            break
        case .valueDescending:
            rows = rows.enumerated().sorted {
                let c = ExactNumber.compare(figures[$0.element].value, figures[$1.element].value)
                return c != 0 ? c > 0 : $0.offset < $1.offset
            }.map(\.element)
        case .indicator:
            rows = rows.enumerated().sorted {
                let a = figures[$0.element].indicator, b = figures[$1.element].indicator
                return a != b ? a < b : $0.offset < $1.offset
            }.map(\.element)
        }
        return rows
    }

    public func breadcrumb(_ ctx: PageContext) -> [String] {
        [Province.all[context.province].shortName, context.system?.name ?? "全部系统"]
    }

    public func summary(_ ctx: PageContext) -> String {
        rows.isEmpty ? "没有数据" : "第 \(list.selected + 1)/\(rows.count) 项 \(ctx.glyphs.separator) 排序：\(sort.label)"
    }

    public mutating func perform(_ action: Action, _ ctx: PageContext) -> [Command] {
        switch action {
        case .open:
            guard !rows.isEmpty else { return [.status(StatusMessage(text: "这里没有数据", isError: false))] }
            return [.push(DetailPage(figure: rows[list.selected], context: context))]
        case .back:
            return [.pop]
        case .matrix:
            return [.push(MatrixPage.open(province: context.province, column: context.system.map { Int($0.rawValue) } ?? 0, ctx))]
        case .sort:
            sort = sort.next
            refresh(ctx, keepingSelection: true)
            return [.status(StatusMessage(text: "排序：\(sort.label)", isError: false))]
        default:
            list.step(action, page: Self.rowsArea(ctx.area).height, count: rows.count)
            return []
        }
    }

    public mutating func click(_ e: MouseEvent, _ ctx: PageContext) -> [Command] {
        let area = Self.rowsArea(ctx.area)
        guard area.contains(x: e.x, y: e.y) else { return [] }
        let row = list.offset + (e.y - area.y)
        guard row < rows.count else { return [] }
        if row == list.selected { return perform(.open, ctx) }
        list.selected = row
        return []
    }

    public mutating func filterChanged(from previous: FilterState, _ ctx: PageContext) {
        refresh(ctx, keepingSelection: true)
    }

    public mutating func fit(_ ctx: PageContext) {
        list.keepVisible(count: rows.count, viewport: Self.rowsArea(ctx.area).height)
    }

    /// Columns that fit `width`; the indicator column takes what the others leave.
    static func columns(width: Int, showSystem: Bool, _ d: Dataset, _ g: Glyphs) -> [Table<Figure>.Column] {
        typealias Column = Table<Figure>.Column
        // Narrow screens keep what a reader scans first; the as-written text and the outlet
        // join when there is room (Detail always shows both).
        var columns: [Column] = []
        if showSystem { columns.append(Column("系统", .fixed(4), field: .system) { $0.system.shortName }) }
        columns.append(Column("指标", .fill(min: 8), field: .indicator) { $0.indicator })
        columns.append(Column("数值", .fixed(13), alignRight: true, role: .number) { Format.value($0) })
        columns.append(Column("单位", .fixed(6), field: .unit) { $0.unit })
        if width >= 110 { columns.append(Column("原文", .fixed(12), field: .value) { $0.text }) }
        columns.append(Column("限定", .fixed(4)) { Format.qualifier($0) })
        columns.append(Column("变化", .fixed(11)) { Format.change($0, g) })
        columns.append(Column("日期", .fixed(10)) { $0.date })
        if width >= 130 { columns.append(Column("来源", .fixed(width >= 160 ? 18 : 14), field: .source) { Format.outlet($0, d) }) }
        return columns
    }

    public func draw(into screen: inout Screen, _ ctx: PageContext) {
        let body = ctx.area
        let d = ctx.dataset
        let province = Province.all[context.province]
        let sep = " \(ctx.glyphs.separator) "
        var heading = province.fullName + sep + (context.system?.name ?? "全部系统")
        if let system = context.system { heading += "（\(system.lawReference)）" }
        let total = ctx.catalog.figures(province: context.province, system: context.system).count
        heading += sep + (ctx.filter.isActive ? "匹配 \(rows.count)/\(total) 项" : "\(rows.count) 项数据")
        heading += sep + "排序：\(sort.label)"
        screen.putPadded(" " + heading, x: body.x, y: body.y, columns: body.width, style: Style(.tileTitle))
        let rows = self.rows
        let empty = ctx.filter.isActive ? " 没有匹配筛选的数据。按 / 修改筛选，或在首页按 Esc 清除。" : " 这里没有数据。按 Esc 返回。"
        let table = Table(columns: Self.columns(width: body.width, showSystem: context.system == nil, d, ctx.glyphs),
                          count: rows.count, row: { d.figures[rows[$0]] }, marker: ctx.glyphs.marker,
                          emptyMessage: empty, query: ctx.filter.query)
        table.drawHeading(into: &screen, body.splitTop(1).1.splitTop(1).0)
        table.drawRows(into: &screen, Self.rowsArea(body), state: list)
    }
}
