import Protection

/// Every source of the dataset: division, outlet, title, date, how many figures, measures and
/// events it gives, and whether its text is at hand; Enter reads it.
public struct SourcesPage: Page {
    public static let id: PageID = "sources"
    public static let title = "来源"
    public static let bindings: [Binding] = [KeyTable.open, KeyTable.filter, KeyTable.back]

    /// One source as the list shows it.
    public struct Row: Sendable, Hashable {
        public var source: Int
        /// The division of its first record; -1 when it has none.
        public var province: Int
        public var figures = 0, measures = 0, events = 0
    }

    public var rows: [Row] = []
    public var list = ListState()
    /// Sources whose text is loaded, counted with the rows rather than on every frame.
    public var atHand = 0

    public init() {}

    static func rowsArea(_ area: Rect) -> Rect { area.splitTop(2).1 }

    /// The list as last left, counted again for the filter; the cursor on `source` when given.
    public static func open(_ ctx: PageContext, source: Int? = nil) -> SourcesPage {
        var page = ctx.latest(SourcesPage.self) ?? SourcesPage()
        page.refresh(ctx, keeping: source)
        return page
    }

    mutating func refresh(_ ctx: PageContext, keeping source: Int? = nil) {
        let keep = source ?? (rows.isEmpty ? nil : rows[min(list.selected, rows.count - 1)].source)
        rows = Self.rows(ctx)
        atHand = ctx.dataset.sources.filter { ctx.dataset.sourceTexts[$0.file] != nil }.count
        if let keep, let i = rows.firstIndex(where: { $0.source == keep }) { list.selected = i }
    }

    /// Counted once when the page opens (not at load: most sessions never look): by division
    /// in code order, then the latest first. While filtering, only sources with a matching figure.
    static func rows(_ ctx: PageContext) -> [Row] {
        let d = ctx.dataset, filter = ctx.filter
        var rows = d.sources.indices.map { Row(source: $0, province: -1) }
        func row(_ id: String) -> Int? { d.sourceIndex(id: id) }
        for (i, f) in d.figures.enumerated() {
            guard let s = row(f.sourceID), filter.result == nil || filter.contains(i) else { continue }
            rows[s].figures += 1
            if rows[s].province < 0 { rows[s].province = f.provinceIndex }
        }
        for m in d.measures {
            guard let s = row(m.sourceID) else { continue }
            rows[s].measures += 1
            if rows[s].province < 0 { rows[s].province = m.provinceIndex }
        }
        for e in d.events {
            guard let s = row(e.sourceID) else { continue }
            rows[s].events += 1
            if rows[s].province < 0 { rows[s].province = e.provinceIndex }
        }
        if filter.result != nil { rows = rows.filter { $0.figures > 0 } }
        return rows.sorted { a, b in
            let pa = a.province < 0 ? Int.max : Province.all[a.province].code
            let pb = b.province < 0 ? Int.max : Province.all[b.province].code
            if pa != pb { return pa < pb }
            let da = d.sources[a.source].date, db = d.sources[b.source].date
            return da != db ? da > db : a.source < b.source
        }
    }

    /// 在手边 when the text is loaded, 不在手边 when only a report file is named, else 仅引文.
    static func textState(_ s: Source, _ d: Dataset) -> String {
        if d.sourceTexts[s.file] != nil { return "在手边" }
        return s.report.isEmpty ? "仅引文" : "不在手边"
    }

    public func breadcrumb(_ ctx: PageContext) -> [String] { ["来源"] }

    public func summary(_ ctx: PageContext) -> String {
        guard !rows.isEmpty else { return "没有来源" }
        return "第 \(list.selected + 1)/\(rows.count) 个来源 \(ctx.glyphs.separator) \(ctx.dataset.sources[rows[list.selected].source].id)"
    }

    public mutating func perform(_ action: Action, _ ctx: PageContext) -> [Command] {
        switch action {
        case .open:
            guard !rows.isEmpty else { return [.status(StatusMessage(text: "这里没有来源", isError: false))] }
            return [.push(ReaderPage(source: rows[list.selected].source, figure: nil, ctx))]
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
        let d = ctx.dataset
        let sep = " \(ctx.glyphs.separator) "
        var heading = " 来源 \(d.sources.count) 个" + sep + "原文在手边 \(atHand) 个"
        if ctx.filter.isActive { heading += sep + "有匹配数据的 \(rows.count) 个" }
        heading += sep + "Enter 阅读原文"
        screen.putPadded(heading, x: body.x, y: body.y, columns: body.width, style: Style(.tileTitle))
        typealias Column = Table<Row>.Column
        let wide = body.width >= 120
        let columns: [Column] = [
            Column("省份", .fixed(wide ? 16 : 6)) { r in
                r.province < 0 ? "-" : (wide ? Province.all[r.province].fullName : Province.all[r.province].shortName)
            },
            Column("来源", .fixed(wide ? 24 : 14), field: .source) { d.sources[$0.source].outlet },
            Column("标题", .fill(min: 8)) { d.sources[$0.source].headline },
            Column("日期", .fixed(10)) { d.sources[$0.source].date },
            Column("数据", .fixed(4), alignRight: true, role: .number) { String($0.figures) },
            Column("措施", .fixed(4), alignRight: true) { String($0.measures) },
            Column("事件", .fixed(4), alignRight: true) { String($0.events) },
            Column("原文", .fixed(8)) { Self.textState(d.sources[$0.source], d) },
        ]
        let rows = self.rows
        let table = Table(columns: columns, count: rows.count, row: { rows[$0] }, marker: ctx.glyphs.marker,
                          emptyMessage: ctx.filter.isActive ? " 没有来源含匹配筛选的数据。" : " 数据集没有来源。",
                          query: ctx.filter.query)
        table.drawHeading(into: &screen, body.splitTop(1).1.splitTop(1).0)
        table.drawRows(into: &screen, Self.rowsArea(body), state: list)
    }
}
