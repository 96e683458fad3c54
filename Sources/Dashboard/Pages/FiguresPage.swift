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
        KeyTable.matrix, KeyTable.compare, KeyTable.trend, KeyTable.sources,
    ]

    public var context: FiguresContext
    public var sort: SortOrder = .system
    /// The table's rows: indices into `dataset.figures`, in display order.
    public var rows: [Int] = []
    public var list = ListState()
    /// The widest cell of each column over the context's figures, measured when the context
    /// changes (not on every filter keystroke, so columns stay put while typing).
    var natural = FigureColumns.Natural()

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
        if natural.context != context {
            natural = FigureColumns.Natural(ctx.catalog.figures(province: context.province, system: context.system), context, ctx)
        }
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
            rows = byValue(rows, figures)
        case .indicator:
            // By pinyin, as a Chinese reader looks a name up; the same name keeps report order.
            let keys = rows.map { Pinyin.sortKey(for: figures[$0].indicator) }
            rows = rows.indices.sorted {
                let a = keys[$0], b = keys[$1]
                if a != b { return a < b }
                let x = figures[rows[$0]].indicator, y = figures[rows[$1]].indicator
                return x != y ? x < y : $0 < $1
            }.map { rows[$0] }
        }
        return rows
    }

    /// Largest first, but only within a unit: 95% is not between 100 家 and 94 人次. Units
    /// (their families: 人 with 名) form groups, the most used first, then by pinyin.
    static func byValue(_ rows: [Int], _ figures: [Figure]) -> [Int] {
        let families = rows.map { UnitFamily.family(of: figures[$0].unit) }
        var counts: [String: Int] = [:]
        for f in families { counts[f, default: 0] += 1 }
        let rank = Dictionary(uniqueKeysWithValues: counts.keys.sorted {
            counts[$0]! != counts[$1]! ? counts[$0]! > counts[$1]! : Pinyin.sortKey(for: $0) < Pinyin.sortKey(for: $1)
        }.enumerated().map { ($1, $0) })
        return rows.indices.sorted {
            let a = rank[families[$0]]!, b = rank[families[$1]]!
            if a != b { return a < b }
            let c = ExactNumber.compare(figures[rows[$0]].value, figures[rows[$1]].value)
            return c != 0 ? c > 0 : $0 < $1
        }.map { rows[$0] }
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
        case .compare:
            return Openers.compare(figure: rows.isEmpty ? nil : rows[list.selected], ctx)
        case .trend:
            guard !rows.isEmpty else { return [] }
            return Openers.trend(figure: rows[list.selected], ctx)
        case .sources:
            return Openers.sources(figure: rows.isEmpty ? nil : rows[list.selected], ctx)
        case .sort:
            sort = sort.next
            refresh(ctx, keepingSelection: true)
            return [.status(StatusMessage(text: "排序：\(sort.label)", isError: false))]
        default:
            list.step(action, page: Self.rowsArea(ctx.area).height, count: rows.count)
            return []
        }
    }

    public func offers(_ action: Action, _ ctx: PageContext) -> Bool {
        switch action {
        case .open: !rows.isEmpty
        case .sort: rows.count > 1
        case .trend: Openers.hasTrend(rows.isEmpty ? nil : rows[min(list.selected, rows.count - 1)], ctx)
        default: true
        }
    }

    public mutating func click(_ e: MouseEvent, _ ctx: PageContext) -> [Command] {
        list.click(x: e.x, y: e.y, in: Self.rowsArea(ctx.area), count: rows.count) ? perform(.open, ctx) : []
    }

    public mutating func filterChanged(from previous: FilterState, _ ctx: PageContext) {
        refresh(ctx, keepingSelection: true)
    }

    public mutating func fit(_ ctx: PageContext) {
        list.keepVisible(count: rows.count, viewport: Self.rowsArea(ctx.area).height)
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
        let table = Table(columns: FigureColumns.columns(width: body.width, natural, showSystem: context.system == nil, d, ctx.glyphs),
                          count: rows.count, row: { d.figures[rows[$0]] }, marker: ctx.glyphs.marker,
                          emptyMessage: empty, query: ctx.filter.query)
        table.drawHeading(into: &screen, body.splitTop(1).1.splitTop(1).0)
        table.drawRows(into: &screen, Self.rowsArea(body), state: list)
    }
}
