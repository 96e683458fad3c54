import Protection

/// The state machine: every key, click and resize goes through `update`, which returns what
/// the outside world should do. No I/O happens here, so tests drive it directly.
public enum Dashboard {
    /// A fresh state at a size, with the table rows computed.
    public static func initialState(width: Int, height: Int, catalog: Catalog,
                                    options: DashboardOptions = DashboardOptions()) -> DashboardState {
        var s = DashboardState(width: width, height: height, options: options)
        s.figuresContext = FiguresContext(province: s.selectedProvince(catalog), system: nil)
        refreshFigureRows(&s, catalog)
        normalize(&s, catalog)
        return s
    }

    public static func update(_ s: inout DashboardState, _ msg: Msg, _ catalog: Catalog) -> Effect {
        var effect = Effect.none
        switch msg {
        case .resize(let w, let h):
            s.width = max(0, w)
            s.height = max(0, h)
            effect = .redraw
        case .key(let key):
            s.status = nil
            if s.filter.editing {
                effect = filterKey(&s, key, catalog)
            } else if s.askingSnapshotFormat {
                effect = formatKey(&s, key)
            } else if s.showHelp {
                effect = helpKey(&s, key)
            } else if let action = s.options.keys.action(for: key, on: s.page) {
                effect = perform(action, &s, catalog)
            }
        case .mouse(let event):
            guard s.options.mouse else { break }
            s.status = nil
            effect = mouse(event, &s, catalog)
        }
        normalize(&s, catalog)
        return effect
    }

    /// Keys that choose a format after `P`: the first letter of each, or Esc to cancel.
    public static let formatKeys: [(Character, SnapshotFormat)] = [("t", .text), ("a", .ansi), ("h", .html), ("s", .svg)]

    static func formatKey(_ s: inout DashboardState, _ key: Key) -> Effect {
        s.askingSnapshotFormat = false
        if case .char(let c) = key, let hit = formatKeys.first(where: { $0.0 == c }) { return .snapshot(hit.1) }
        s.status = StatusMessage(text: "没有保存快照", isError: false)
        return .none
    }

    static func helpKey(_ s: inout DashboardState, _ key: Key) -> Effect {
        switch s.options.keys.action(for: key, on: s.page) {
        case .up?: s.helpScroll -= 1
        case .down?: s.helpScroll += 1
        case .pageUp?: s.helpScroll -= 10
        case .pageDown?: s.helpScroll += 10
        case .redraw?: return .redraw
        case .suspend?: return .suspend
        default: s.showHelp = false  // ?, Esc, q, Enter and anything else close the overlay
        }
        return .none
    }

    static func perform(_ action: Action, _ s: inout DashboardState, _ catalog: Catalog) -> Effect {
        let layout = Layout(width: s.width, height: s.height)
        switch action {
        case .quit: return .quit
        case .suspend: return .suspend
        case .snapshot: return .snapshot(s.options.snapshotFormat)
        case .snapshotAsk:
            s.askingSnapshotFormat = true
        case .redraw: return .redraw
        case .help:
            s.showHelp = true
            s.helpScroll = 0
        case .matrix:
            let province = s.page == .home ? s.selectedProvince(catalog) : s.figuresContext.province
            s.matrixRow.selected = catalog.provinceOrder.firstIndex(of: province) ?? 0
            s.matrixColumn = s.page == .home && s.focus == .tiles ? s.tile : s.figuresContext.system.map { Int($0.rawValue) } ?? 0
            if s.page != .matrix { s.stack.append(.matrix) }
        case .back:
            if s.stack.count > 1 {
                s.stack.removeLast()
            } else if s.filter.isActive || !s.filter.text.isEmpty {
                clearFilter(&s, catalog)
            }
        case .filter:
            s.filter.editing = true
            s.filter.caret = s.filter.text.count
        case .nextPane, .previousPane:
            s.focus = s.focus == .provinces ? .tiles : .provinces
        case .sort:
            s.sort = s.sort.next
            let keep = s.figureRows.isEmpty ? nil : s.figureRows[min(s.figures.selected, s.figureRows.count - 1)]
            refreshFigureRows(&s, catalog)
            if let keep, let i = s.figureRows.firstIndex(of: keep) { s.figures.selected = i }
            s.status = StatusMessage(text: "排序：\(s.sort.label)", isError: false)
        case .open:
            open(&s, catalog)
        case .up, .down, .left, .right, .pageUp, .pageDown, .top, .bottom:
            move(action, &s, catalog, layout)
        }
        return .none
    }

    static func open(_ s: inout DashboardState, _ catalog: Catalog) {
        switch s.page {
        case .home:
            let system = s.focus == .tiles ? ProtectionSystem(rawValue: UInt8(s.tile)) : nil
            showFigures(&s, catalog, province: s.selectedProvince(catalog), system: system)
        case .matrix:
            let province = catalog.provinceOrder[min(s.matrixRow.selected, catalog.provinceOrder.count - 1)]
            showFigures(&s, catalog, province: province, system: ProtectionSystem(rawValue: UInt8(s.matrixColumn)))
        case .figures:
            guard !s.figureRows.isEmpty else {
                s.status = StatusMessage(text: "这里没有数据", isError: false)
                return
            }
            s.detailFigure = s.figureRows[s.figures.selected]
            s.detailScroll = 0
            s.stack.append(.detail)
        case .detail:
            break
        }
    }

    static func showFigures(_ s: inout DashboardState, _ catalog: Catalog, province: Int, system: ProtectionSystem?) {
        let context = FiguresContext(province: province, system: system)
        if context != s.figuresContext {
            s.figuresContext = context
            s.figures = ListState()
        }
        // Rows are computed here rather than on every filter keystroke on Home.
        let keep = s.figureRows.isEmpty ? nil : s.figureRows[min(s.figures.selected, s.figureRows.count - 1)]
        refreshFigureRows(&s, catalog)
        if let keep, let row = s.figureRows.firstIndex(of: keep) { s.figures.selected = row }
        s.stack.append(.figures)
    }

    /// Recomputes the figures table's rows for its context and sort order.
    public static func refreshFigureRows(_ s: inout DashboardState, _ catalog: Catalog) {
        let figures = catalog.dataset.figures
        let p = s.figuresContext.province
        // By system, then report order: the per-system lists concatenated need no sort.
        var rows = s.figuresContext.system.map { catalog.figures(province: p, system: $0) }
            ?? catalog.figuresBySystem[p].flatMap { $0 }
        if s.filter.result != nil { rows = rows.filter { s.filter.contains($0) } }
        switch s.sort {
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
        s.figureRows = rows
    }

    static func move(_ action: Action, _ s: inout DashboardState, _ catalog: Catalog, _ layout: Layout) {
        switch s.page {
        case .home where s.focus == .provinces:
            switch action {
            case .right: s.focus = .tiles
            case .left: break
            default: step(&s.provinces, action, page: layout.provinceRows.height, count: visibleProvinces(s, catalog).count)
            }
        case .home:
            let cols = layout.tileColumns
            switch action {
            case .left:
                if s.tile % cols == 0 { s.focus = .provinces } else { s.tile -= 1 }
            case .right: s.tile = min(6, s.tile + 1)
            case .up: if s.tile >= cols { s.tile -= cols }
            case .down: s.tile = min(6, s.tile + cols)
            case .top, .pageUp: s.tile = 0
            case .bottom, .pageDown: s.tile = 6
            default: break
            }
        case .matrix:
            switch action {
            case .left: s.matrixColumn = max(0, s.matrixColumn - 1)
            case .right: s.matrixColumn = min(6, s.matrixColumn + 1)
            default: step(&s.matrixRow, action, page: layout.matrixRows.height, count: catalog.provinceOrder.count)
            }
        case .figures:
            step(&s.figures, action, page: layout.tableRows.height, count: s.figureRows.count)
        case .detail:
            let page = max(1, layout.detailRows.height - 1)
            switch action {
            case .up: s.detailScroll -= 1
            case .down: s.detailScroll += 1
            case .pageUp: s.detailScroll -= page
            case .pageDown: s.detailScroll += page
            case .top: s.detailScroll = 0
            case .bottom: s.detailScroll = Int.max / 2
            default: break
            }
        }
    }

    static func step(_ list: inout ListState, _ action: Action, page: Int, count: Int) {
        switch action {
        case .up: list.selected -= 1
        case .down: list.selected += 1
        case .pageUp: list.selected -= max(1, page)
        case .pageDown: list.selected += max(1, page)
        case .top: list.selected = 0
        case .bottom: list.selected = count - 1
        default: break
        }
    }

    /// Keeps every selection in range and visible at the current size.
    public static func normalize(_ s: inout DashboardState, _ catalog: Catalog) {
        let layout = Layout(width: s.width, height: s.height)
        s.provinces.keepVisible(count: visibleProvinces(s, catalog).count, viewport: layout.provinceRows.height)
        s.tile = min(max(0, s.tile), 6)
        s.matrixRow.keepVisible(count: catalog.provinceOrder.count, viewport: layout.matrixRows.height)
        s.matrixColumn = min(max(0, s.matrixColumn), 6)
        s.figures.keepVisible(count: s.figureRows.count, viewport: layout.tableRows.height)
        if s.page == .detail {
            let total = DetailView.lines(s, catalog, width: DetailView.contentWidth(layout)).count
            s.detailScroll = min(max(0, s.detailScroll), max(0, total - layout.detailRows.height))
        }
        s.helpScroll = min(max(0, s.helpScroll), max(0, HelpView.lineCount(s) - HelpView.box(layout).height + 2))
    }

    static func mouse(_ e: MouseEvent, _ s: inout DashboardState, _ catalog: Catalog) -> Effect {
        let layout = Layout(width: s.width, height: s.height)
        if s.showHelp {
            s.showHelp = false
            return .none
        }
        switch e.button {
        case .wheelUp, .wheelDown:
            let action: Action = e.button == .wheelUp ? .up : .down
            for _ in 0..<3 { move(action, &s, catalog, layout) }
            return .none
        case .middle, .right:
            return .none
        case .left:
            break
        }
        switch s.page {
        case .home:
            if layout.provinceRows.contains(x: e.x, y: e.y) {
                let row = s.provinces.offset + (e.y - layout.provinceRows.y)
                guard row < visibleProvinces(s, catalog).count else { return .none }
                if s.focus == .provinces && row == s.provinces.selected { open(&s, catalog); return .none }
                s.provinces.selected = row
                s.focus = .provinces
            } else if let t = layout.tiles.firstIndex(where: { $0.contains(x: e.x, y: e.y) }) {
                if s.focus == .tiles && s.tile == t { open(&s, catalog); return .none }
                s.tile = t
                s.focus = .tiles
            }
        case .matrix:
            let rows = layout.matrixRows
            guard rows.contains(x: e.x, y: e.y) else { return .none }
            let row = s.matrixRow.offset + (e.y - rows.y)
            let col = (e.x - layout.matrixNameWidth) / max(1, layout.matrixCellWidth)
            guard row < catalog.provinceOrder.count, e.x >= layout.matrixNameWidth, col < 7 else { return .none }
            if row == s.matrixRow.selected && col == s.matrixColumn { open(&s, catalog); return .none }
            s.matrixRow.selected = row
            s.matrixColumn = col
        case .figures:
            let rows = layout.tableRows
            guard rows.contains(x: e.x, y: e.y) else { return .none }
            let row = s.figures.offset + (e.y - rows.y)
            guard row < s.figureRows.count else { return .none }
            if row == s.figures.selected { open(&s, catalog); return .none }
            s.figures.selected = row
        case .detail:
            break
        }
        return .none
    }
}
