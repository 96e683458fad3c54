import Protection

extension Action {
    public static let nextPane = Action("next_pane")
    public static let previousPane = Action("previous_pane")
}

/// Home: the 34 divisions on the left, the selected one's seven tiles and events on the right.
public struct HomePage: Page {
    public static let id: PageID = "home"
    public static let title = "首页"
    public static let bindings: [Binding] = [
        KeyTable.left, KeyTable.right, KeyTable.open, KeyTable.filter,
        Binding([.escape], "Esc", "清除筛选", .back, rank: 120),
        Binding([.tab], "Tab", "切换窗格", .nextPane, rank: 130, footer: true),
        Binding([.backTab], "S-Tab", "反向切换", .previousPane, rank: 140),
        KeyTable.matrix, KeyTable.compare, KeyTable.sources,
    ]

    /// Which pane has the keyboard.
    public enum Pane: Sendable, Hashable, CaseIterable {
        case provinces, tiles, events
    }

    public var focus: Pane = .provinces
    /// Selection in the divisions shown: `catalog.provinceOrder`, or those the filter matches.
    public var provinces = ListState()
    /// Selected tile: a `ProtectionSystem.rawValue`, the last one 综合.
    public var tile = 0
    /// First line of the events pane shown: Tab gives it the keyboard, and the arrows scroll
    /// what "还有 N 行" says is below.
    public var eventScroll = 0

    public init() {}

    static let lastTile = ProtectionSystem.allCases.count - 1

    /// Where Home's parts go in its area.
    struct Layout {
        let area: Rect

        /// Province list width: marker, a six-column name, a count; wider screens get full names.
        var listWidth: Int { area.width >= 120 ? 26 : 20 }
        /// Columns of a list row's count: room for the largest count and a space, at least five.
        static func countWidth(_ catalog: Catalog) -> Int { max(5, String(catalog.maxProvinceCount).count + 1) }
        var provincePane: Rect { area.splitLeft(listWidth).0 }
        /// Rows of the province list below its heading.
        var provinceRows: Rect { provincePane.splitTop(1).1 }
        /// The right side: a one-column gap after the list.
        var sidePane: Rect { area.splitLeft(listWidth + 1).1 }
        var tileColumns: Int { sidePane.width >= 96 ? 3 : 2 }

        var tileRows: Int { (ProtectionSystem.allCases.count + tileColumns - 1) / tileColumns }

        /// Tile height including the gap row: five when there is room (title, counts, two
        /// headline figures), four on a 24-row screen (counts move into the title line). Taller
        /// windows (over 40 rows) give the tiles two thirds of the side, a headline per row,
        /// and the events the rest.
        var tileHeight: Int {
            let available = sidePane.height - 2 - 3  // heading, and at least three event rows
            let base = max(3, min(5, available / tileRows))
            guard sidePane.height > 40 else { return base }
            return max(base, min(available / tileRows, (sidePane.height - 2) * 2 / 3 / tileRows))
        }

        /// The seven tiles (six systems and 综合), row by row, under the province heading.
        var tiles: [Rect] {
            let area = sidePane.splitTop(2).1
            let cols = tileColumns
            let gap = 1
            let w = (area.width - gap * (cols - 1)) / cols
            let h = tileHeight
            return ProtectionSystem.allCases.indices.map { i in
                Rect(x: area.x + (i % cols) * (w + gap), y: area.y + (i / cols) * h, width: w, height: h - 1)
            }
        }

        /// Under the tiles: the province's events.
        var eventsArea: Rect {
            let bottom = tiles.map(\.maxY).max() ?? sidePane.y
            return Rect(x: sidePane.x, y: bottom + 1, width: sidePane.width, height: area.maxY - bottom - 1)
        }
        /// The events below their heading line.
        var eventRows: Rect { eventsArea.splitTop(1).1 }
    }

    /// Divisions the list shows: all of them, or those with matches while filtering.
    public static func visibleProvinces(_ filter: FilterState, _ catalog: Catalog) -> [Int] {
        guard let result = filter.result else { return catalog.provinceOrder }
        return catalog.provinceOrder.filter { result.count(province: $0) > 0 }
    }

    /// The selected division (an index into `Province.all`). While a filter matches nothing
    /// the list is empty, and the last opened one stands in.
    public func selectedProvince(_ ctx: PageContext, filter: FilterState? = nil) -> Int {
        let visible = Self.visibleProvinces(filter ?? ctx.filter, ctx.catalog)
        guard !visible.isEmpty else {
            return ctx.latest(FiguresPage.self)?.context.province ?? ctx.catalog.provinceOrder.first ?? 0
        }
        return visible[min(max(0, provinces.selected), visible.count - 1)]
    }

    /// On a tile, its first figure with a canonical indicator: `c` compares on it; elsewhere
    /// `c` opens the list of indicators.
    func tileFigure(_ ctx: PageContext) -> Int? {
        guard let system = selectedSystem else { return nil }
        return ctx.catalog.figures(province: selectedProvince(ctx), system: system)
            .first { !ctx.dataset.figures[$0].canonical.isEmpty && (ctx.filter.result == nil || ctx.filter.contains($0)) }
    }

    var selectedSystem: ProtectionSystem? { focus == .tiles ? ProtectionSystem(rawValue: UInt8(tile)) : nil }

    public func breadcrumb(_ ctx: PageContext) -> [String] { [Province.all[selectedProvince(ctx)].shortName] }

    public func summary(_ ctx: PageContext) -> String { ctx.datasetSummary }

    public mutating func perform(_ action: Action, _ ctx: PageContext) -> [Command] {
        let layout = Layout(area: ctx.area)
        switch action {
        case .open:
            guard focus != .events else { return [] }
            return [.push(FiguresPage.open(province: selectedProvince(ctx), system: selectedSystem, ctx))]
        case .matrix:
            let column = focus == .tiles ? tile : ctx.latest(FiguresPage.self)?.context.system.map { Int($0.rawValue) } ?? 0
            return [.push(MatrixPage.open(province: selectedProvince(ctx), column: column, ctx))]
        case .back:
            return ctx.filter.isActive || !ctx.filter.text.isEmpty ? [.clearFilter] : []
        case .compare:
            return Openers.compare(figure: tileFigure(ctx), ctx)
        case .sources:
            return Openers.sources(figure: nil, ctx)
        case .nextPane, .previousPane:
            let panes = Pane.allCases
            let step = action == .nextPane ? 1 : panes.count - 1
            focus = panes[(panes.firstIndex(of: focus)! + step) % panes.count]
        default:
            move(action, layout, ctx)
        }
        return []
    }

    mutating func move(_ action: Action, _ layout: Layout, _ ctx: PageContext) {
        if focus == .events {
            let page = max(1, layout.eventRows.height - 1)
            if action == .left { focus = .tiles }
            eventScroll = TextBlock.scrolled(eventScroll, by: action, page: page) ?? eventScroll
            return
        }
        if focus == .provinces {
            switch action {
            case .right: focus = .tiles
            case .left: break
            default:
                eventScroll = 0  // another division's events start at their top
                provinces.step(action, page: layout.provinceRows.height, count: Self.visibleProvinces(ctx.filter, ctx.catalog).count)
            }
            return
        }
        let cols = layout.tileColumns
        switch action {
        case .left:
            if tile % cols == 0 { focus = .provinces } else { tile -= 1 }
        case .right: tile = min(Self.lastTile, tile + 1)
        case .up: if tile >= cols { tile -= cols }
        case .down: tile = min(Self.lastTile, tile + cols)
        case .top, .pageUp: tile = 0
        case .bottom, .pageDown: tile = Self.lastTile
        default: break
        }
    }

    public func offers(_ action: Action, _ ctx: PageContext) -> Bool {
        action != .open || focus != .events
    }

    public mutating func click(_ e: MouseEvent, _ ctx: PageContext) -> [Command] {
        let layout = Layout(area: ctx.area)
        if layout.provinceRows.contains(x: e.x, y: e.y) {
            let row = provinces.offset + (e.y - layout.provinceRows.y)
            guard row < Self.visibleProvinces(ctx.filter, ctx.catalog).count else { return [] }
            if focus == .provinces && row == provinces.selected { return perform(.open, ctx) }
            provinces.selected = row
            focus = .provinces
        } else if layout.eventsArea.contains(x: e.x, y: e.y) {
            focus = .events
        } else if let t = layout.tiles.firstIndex(where: { $0.contains(x: e.x, y: e.y) }) {
            if focus == .tiles && tile == t { return perform(.open, ctx) }
            tile = t
            focus = .tiles
        }
        return []
    }

    public mutating func filterChanged(from previous: FilterState, _ ctx: PageContext) {
        let province = selectedProvince(ctx, filter: previous)
        if let row = Self.visibleProvinces(ctx.filter, ctx.catalog).firstIndex(of: province) { provinces.selected = row }
    }

    public mutating func fit(_ ctx: PageContext) {
        let layout = Layout(area: ctx.area)
        provinces.keepVisible(count: Self.visibleProvinces(ctx.filter, ctx.catalog).count, viewport: layout.provinceRows.height)
        tile = min(max(0, tile), Self.lastTile)
        let events = eventText(selectedProvince(ctx), ctx, width: layout.eventRows.width)
        eventScroll = min(max(0, eventScroll), events.maxScroll(height: layout.eventRows.height))
    }

    public func draw(into screen: inout Screen, _ ctx: PageContext) {
        let layout = Layout(area: ctx.area)
        let province = selectedProvince(ctx)
        drawProvinces(ctx, into: &screen, layout)
        drawProvinceHeading(province, ctx, into: &screen, layout.sidePane)
        for (i, rect) in layout.tiles.enumerated() {
            drawTile(ProtectionSystem(rawValue: UInt8(i))!, selected: focus == .tiles && tile == i, province: province,
                     ctx, into: &screen, rect)
        }
        drawEvents(province, ctx, into: &screen, layout)
        // The province list marked its row; the focus may be elsewhere.
        switch focus {
        case .provinces: break
        case .tiles: if layout.tiles.indices.contains(tile) { screen.focus = (layout.tiles[tile].x, layout.tiles[tile].y) }
        case .events: screen.focus = (layout.eventsArea.x, layout.eventsArea.y)
        }
    }

    func drawProvinces(_ ctx: PageContext, into screen: inout Screen, _ layout: Layout) {
        let pane = layout.provincePane
        let heading = Style(.heading)
        let visible = Self.visibleProvinces(ctx.filter, ctx.catalog)
        let result = ctx.filter.result
        let countWidth = Layout.countWidth(ctx.catalog)
        let title = result == nil ? " 省级行政区 \(Province.all.count)" : " 匹配 \(visible.count)/\(Province.all.count)"
        screen.putPadded(title, x: pane.x, y: pane.y, columns: pane.width - countWidth, style: heading)
        screen.putPadded(result == nil ? "数据 " : "匹配 ", x: pane.maxX - countWidth, y: pane.y, columns: countWidth,
                         style: heading, alignRight: true)
        let wide = pane.width >= 26
        let catalog = ctx.catalog
        let focused = focus == .provinces
        func rowStyle(_ i: Int, _ selected: Bool) -> Style {
            if selected { return Style(focused ? .selected : .selectedInactive) }
            return Style(catalog.hasData[visible[i]] ? .normal : .dim)
        }
        let list = List(count: visible.count, marker: ctx.glyphs.marker, emptyMessage: " 没有匹配")
        list.draw(into: &screen, layout.provinceRows, state: provinces, style: rowStyle) { screen, i, rect, selected in
            let p = visible[i]
            let style = rowStyle(i, selected)
            let name = wide ? Province.all[p].fullName : Province.all[p].shortName
            let nameWidth = rect.width - countWidth
            screen.putPadded(name, x: rect.x, y: rect.y, columns: nameWidth, style: style)
            Highlight.apply(ctx.filter.query, field: .province, text: name, into: &screen, x: rect.x, y: rect.y,
                            columns: nameWidth, selected: selected)
            let count = result?.count(province: p) ?? catalog.dataset.figureCount(province: p)
            screen.putPadded(catalog.hasData[p] ? "\(count) " : "- ", x: rect.maxX - countWidth, y: rect.y,
                             columns: countWidth, style: style, alignRight: true)
        }
    }

    func drawProvinceHeading(_ p: Int, _ ctx: PageContext, into screen: inout Screen, _ area: Rect) {
        let province = Province.all[p]
        let catalog = ctx.catalog
        let sep = " \(ctx.glyphs.separator) "
        var names = province.romanization
        if province.englishName != province.romanization { names += " / " + province.englishName }
        let line = [province.fullName, names, String(province.code), province.kind.rawValue].joined(separator: sep)
        screen.putPadded(line, x: area.x, y: area.y, columns: area.width, style: Style(.tileTitle))
        let summary: String
        if catalog.hasData[p] {
            let outlets = catalog.outlets[p]
            summary = "数据 \(catalog.figureIndices[p].count) 项\(sep)措施 \(catalog.measureIndices[p].count) 项\(sep)事件 \(catalog.eventIndices[p].count) 项\(sep)来源 \(outlets)"
        } else {
            summary = "暂无数据：数据集中还没有这个省级行政区的报道"
        }
        screen.putPadded(summary, x: area.x, y: area.y + 1, columns: area.width, style: Style(.dim))
    }

    func drawTile(_ system: ProtectionSystem, selected: Bool, province p: Int, _ ctx: PageContext,
                  into screen: inout Screen, _ rect: Rect) {
        guard rect.height > 0, rect.width > 4 else { return }
        let d = ctx.dataset
        let filter = ctx.filter
        let separator = ctx.glyphs.separator
        let all = ctx.catalog.figures(province: p, system: system)
        let matched = filter.result?.count(province: p, system: system) ?? all.count
        // Headlines: the first figures that pass the filter, found without scanning them all.
        let headlines = all.lazy.filter { filter.contains($0) }
        let measures = d.measureCount(province: p, system: system)
        let titleStyle = Style(selected ? .selected : .tileTitle)
        screen.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), style: titleStyle)
        let chapter = system.chapter.map { "第\(["", "一", "二", "三", "四", "五", "六", "七"][$0])章" } ?? "跨系统"
        let counts = filter.result == nil
            ? "数据 \(matched) \(separator) 措施 \(measures)"
            : "匹配 \(matched)/\(all.count) \(separator) 措施 \(measures)"
        let compact = rect.height < 4
        let right = compact ? counts : chapter
        let rightWidth = DisplayWidth.of(right) + 1
        screen.put((selected ? ctx.glyphs.marker : " ") + system.name, x: rect.x, y: rect.y,
                   maxWidth: rect.width - rightWidth, style: titleStyle)
        screen.put(right, x: rect.maxX - rightWidth, y: rect.y, maxWidth: rightWidth, style: titleStyle)
        var y = rect.y + 1
        if !compact {
            screen.putPadded(" " + counts, x: rect.x, y: y, columns: rect.width, style: Style(.dim))
            y += 1
        }
        if matched == 0 {
            if y < rect.maxY {
                let text = !all.isEmpty ? " 没有匹配" : (measures > 0 ? " 只有措施，没有数字" : " 暂无数据")
                screen.putPadded(text, x: rect.x, y: y, columns: rect.width, style: Style(.dim))
            }
            return
        }
        for index in headlines.prefix(max(0, rect.maxY - y)) {
            let f = d.figures[index]
            let value = f.text.replacingOccurrences(of: " ", with: "")
            let valueWidth = min(DisplayWidth.of(value), rect.width / 2)
            screen.putPadded(" " + f.indicator, x: rect.x, y: y, columns: rect.width - valueWidth - 2, style: .normal)
            Highlight.apply(filter.query, field: .indicator, text: f.indicator, into: &screen, x: rect.x + 1, y: y,
                            columns: rect.width - valueWidth - 3, selected: false)
            screen.putPadded(value, x: rect.maxX - valueWidth - 1, y: y, columns: valueWidth,
                             style: Style(.number), alignRight: true)
            y += 1
        }
    }

    /// The province's events, wrapped to the pane: date, kind and title, then the decisions.
    func eventText(_ p: Int, _ ctx: PageContext, width: Int) -> TextBlock {
        let d = ctx.dataset
        var lines: [StyledLine] = []
        for i in ctx.catalog.events(province: p) {
            let e = d.events[i]
            let date = e.date.isEmpty ? "日期不详" : e.date
            lines += TextLayout.wrap([Span(date + " ", Style(.number)), Span(e.kind + " ", Style(.heading)), Span(e.title)],
                                     width: width, indent: 2)
            if !e.decisions.isEmpty {
                lines += TextLayout.wrap([Span("  " + e.decisions.joined(separator: "；"), Style(.dim))],
                                         width: width, indent: 2)
            }
        }
        return TextBlock(lines)
    }

    func drawEvents(_ p: Int, _ ctx: PageContext, into screen: inout Screen, _ layout: Layout) {
        let area = layout.eventsArea
        guard area.height > 0 else { return }
        let count = ctx.catalog.events(province: p).count
        let focused = focus == .events
        let heading = (focused ? ctx.glyphs.marker : "") + "会议与发布会 \(count)"
        screen.putPadded(heading, x: area.x, y: area.y, columns: area.width, style: Style(focused ? .selected : .heading))
        let text = eventText(p, ctx, width: layout.eventRows.width)
        // With the keyboard the pane says where it stands; without, how much is below and
        // (in the footer) that Tab reaches it.
        let mark: TextBlock.Mark = focused ? .position : .more(ellipsis: ctx.glyphs.ellipsis)
        text.draw(into: &screen, layout.eventRows, scroll: focused ? eventScroll : 0, mark: mark)
    }
}
