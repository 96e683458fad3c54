import Protection

/// Title bar, status line and footer: the frame around every page.
enum Chrome {
    static func drawTitle(_ breadcrumb: [String], _ catalog: Catalog, _ glyphs: Glyphs, into screen: inout Screen,
                          _ layout: Layout) {
        let row = layout.titleRow
        let style = Style(.title)
        screen.fill(row, style: style)
        let left = " " + (["weibao 未成年人保护"] + breadcrumb).joined(separator: glyphs.crumb)
        let right = catalog.sourceSummary + " "
        let leftWidth = DisplayWidth.of(left)
        let rightWidth = DisplayWidth.of(right)
        if leftWidth + 2 + rightWidth <= row.width {
            screen.put(left, x: 0, y: row.y, style: style)
            screen.put(right, x: row.width - rightWidth, y: row.y, style: style)
        } else {
            screen.put(DisplayWidth.truncate(left, to: row.width, ellipsis: glyphs.ellipsis), x: 0, y: row.y, style: style)
        }
    }

    /// The format prompt after `P`, the filter line, a message, or the page's summary.
    static func drawStatus(_ s: DashboardState, summary: () -> String, _ catalog: Catalog, into screen: inout Screen,
                           _ layout: Layout) {
        let row = layout.statusRow
        if s.mode == .choosingFormat {
            // The choices from the KeyMap: `t text  a ansi …  （Esc 取消）`.
            let bindings = s.options.keys.help(for: s.pageID, in: .choosingFormat)
            let choices = bindings.filter { $0.action != .saveCancel }.map { "\($0.label) \($0.help)" }
            let cancel = bindings.filter { $0.action == .saveCancel }.map { "  （\($0.label) \($0.help)）" }
            screen.putPadded(" 保存快照的格式：" + choices.joined(separator: "  ") + cancel.joined(), x: 0, y: row.y,
                             columns: row.width, style: Style(.input))
            return
        }
        if s.mode == .confirmQuit {
            let choices = s.options.keys.help(for: s.pageID, in: .confirmQuit).map { "\($0.label) \($0.help)" }
            screen.putPadded(" 有 \(Root.unsaved(s, catalog)) 项决定未保存：" + choices.joined(separator: "  "), x: 0, y: row.y,
                             columns: row.width, style: Style(.input))
            return
        }
        let editing = s.mode == .filterEditing
        if editing || (s.filter.isActive && s.status == nil) || s.filter.error != nil && s.status == nil {
            drawFilterLine(s.filter, editing: editing, catalog, into: &screen, row)
            return
        }
        if let status = s.status {
            let style = Style(status.isError ? .error : .status)
            screen.putPadded(" " + status.text, x: 0, y: row.y, columns: row.width, style: style)
            return
        }
        screen.putPadded(" " + summary(), x: 0, y: row.y, columns: row.width, style: Style(.dim))
    }

    /// `/学校▏  12/87 项数据`: the query with its caret, how much matches, or why it does not
    /// parse (the error's place underlined). Kept on screen after Enter, so a filter is never
    /// forgotten.
    static func drawFilterLine(_ f: FilterState, editing: Bool, _ catalog: Catalog, into screen: inout Screen, _ row: Rect) {
        screen.fill(row, style: Style(.input))
        let label = editing ? "/" : "筛选 /"
        var x = screen.put(" " + label, x: 0, y: row.y, style: Style(.input))
        let total = catalog.dataset.figures.count
        let matched = f.result?.count ?? total
        let count = f.error.map { "  \($0.description)" } ?? "  \(matched)/\(total) 项数据"
        let countWidth = min(DisplayWidth.of(count), max(0, row.width - x - 10))
        let room = max(1, row.width - x - countWidth - 1)
        // Keep the caret in view when the line is longer than the room.
        let chars = Array(f.text)
        var start = 0
        func width(_ a: Int, _ b: Int) -> Int { chars[a..<b].reduce(0) { $0 + DisplayWidth.of(Screen.safe($1)) } }
        while start < f.caret && width(start, f.caret) >= room { start += 1 }
        var caretX = x
        var col = x
        for i in start..<chars.count {
            let w = DisplayWidth.of(Screen.safe(chars[i]))
            if col + w > x + room { break }
            if i == f.caret { caretX = col }
            var style = Style(.input)
            if let e = f.error, i >= e.offset, i < e.offset + max(1, e.length) { style = Style(.error) }
            col += screen.put(String(chars[i]), x: col, y: row.y, style: style)
        }
        if f.caret >= chars.count { caretX = col }
        if let e = f.error, e.offset >= chars.count, col < row.width { screen.put(" ", x: col, y: row.y, style: Style(.error)) }
        x = row.width - countWidth
        screen.put(count, x: x, y: row.y, maxWidth: countWidth, style: Style(f.error == nil ? .input : .error))
        if editing { screen.cursor = (min(caretX, row.width - 1), row.y) }
    }

    /// Keys that act now, from the key table that handles them: the filter line's while
    /// typing, the format letters after `P`, the scrolling keys under help, and otherwise the
    /// page's, less those the page says would do nothing (Enter on an empty table).
    static func drawFooter(_ s: DashboardState, page: any Page, _ ctx: PageContext, into screen: inout Screen,
                           _ layout: Layout) {
        let row = layout.footerRow
        screen.fill(row, style: Style(.footerText))
        let keys = s.options.keys
        var items: [(key: String, help: String, action: Action?)]
        switch s.mode {
        case .filterEditing, .normal, .pageInput:
            items = keys.footer(for: s.pageID, in: s.mode)
                .filter { s.mode != .normal || page.offers($0.action, ctx) }
                .map { ($0.label, $0.help, $0.action) }
        case .choosingFormat, .confirmQuit:
            items = keys.help(for: s.pageID, in: s.mode).map { ($0.label, $0.help, $0.action) }
        case .help:
            items = keys.help(for: s.pageID, in: .help).filter { [Action.up, .down, .pageUp, .pageDown].contains($0.action) }
                .map { ($0.label, $0.help, $0.action) } + [("其他键", "关闭帮助", nil)]
        }
        func cell(_ label: String) -> String { " " + (label.split(separator: " ").first.map(String.init) ?? label) + " " }
        func width(_ i: (key: String, help: String, action: Action?)) -> Int { DisplayWidth.of(cell(i.key)) + DisplayWidth.of(i.help) + 1 }
        // Too many for the row: the last of the page's own keys give way first, so Enter, Esc,
        // help and quit stay in sight (every key is still in `?`).
        let kept: Set<Action> = [.open, .back, .help, .quit, .filterKeep, .filterClear, .saveCancel]
        while items.reduce(0, { $0 + width($1) }) > row.width,
              let i = items.lastIndex(where: { $0.action.map { !kept.contains($0) } ?? false }) {
            items.remove(at: i)
        }
        var x = 0
        for (label, help, _) in items {
            let key = cell(label)
            let text = help + " "
            let need = DisplayWidth.of(key) + DisplayWidth.of(text)
            if x + need > row.width { break }
            x += screen.put(key, x: x, y: row.y, style: Style(.footerKey))
            x += screen.put(text, x: x, y: row.y, style: Style(.footerText))
        }
    }
}
