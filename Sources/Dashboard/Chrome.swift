import Protection

/// Title bar, status line and footer: the frame around every page.
enum Chrome {
    static func drawTitle(_ s: DashboardState, _ catalog: Catalog, into screen: inout Screen, _ layout: Layout) {
        let row = layout.titleRow
        let style = Style(.title)
        screen.fill(row, style: style)
        var crumbs = ["weibao 未成年人保护"]
        crumbs += breadcrumb(s, catalog)
        let left = " " + crumbs.joined(separator: s.glyphs.crumb)
        let right = catalog.sourceSummary + " "
        let leftWidth = DisplayWidth.of(left)
        let rightWidth = DisplayWidth.of(right)
        if leftWidth + 2 + rightWidth <= row.width {
            screen.put(left, x: 0, y: row.y, style: style)
            screen.put(right, x: row.width - rightWidth, y: row.y, style: style)
        } else {
            screen.put(DisplayWidth.truncate(left, to: row.width, ellipsis: s.glyphs.ellipsis), x: 0, y: row.y, style: style)
        }
    }

    /// Where the user stands: 内蒙古 › 家庭保护 › 家长学校开办率.
    static func breadcrumb(_ s: DashboardState, _ catalog: Catalog) -> [String] {
        switch s.page {
        case .home: return [Province.all[s.selectedProvince(catalog)].shortName]
        case .matrix: return ["矩阵"]
        case .figures, .detail:
            var parts = [Province.all[s.figuresContext.province].shortName,
                         s.figuresContext.system?.name ?? "全部系统"]
            if s.page == .detail, s.detailFigure < catalog.dataset.figures.count {
                parts.append(catalog.dataset.figures[s.detailFigure].indicator)
            }
            return parts
        }
    }

    static func drawStatus(_ s: DashboardState, _ catalog: Catalog, into screen: inout Screen, _ layout: Layout) {
        let row = layout.statusRow
        if s.askingSnapshotFormat {
            let choices = Dashboard.formatKeys.map { "\($0.0) \($0.1.rawValue)" }.joined(separator: "  ")
            screen.putPadded(" 保存快照的格式：" + choices + "  （Esc 取消）", x: 0, y: row.y, columns: row.width, style: Style(.input))
            return
        }
        if s.filter.editing || (s.filter.isActive && s.status == nil) || s.filter.error != nil && s.status == nil {
            drawFilterLine(s, catalog, into: &screen, row)
            return
        }
        if let status = s.status {
            let style = Style(status.isError ? .error : .status)
            screen.putPadded(" " + status.text, x: 0, y: row.y, columns: row.width, style: style)
            return
        }
        screen.putPadded(" " + summary(s, catalog), x: 0, y: row.y, columns: row.width, style: Style(.dim))
    }

    /// `/学校▏  12/87 项数据`: the query with its caret, how much matches, or why it does not
    /// parse (the error's place underlined). Kept on screen after Enter, so a filter is never
    /// forgotten.
    static func drawFilterLine(_ s: DashboardState, _ catalog: Catalog, into screen: inout Screen, _ row: Rect) {
        let f = s.filter
        screen.fill(row, style: Style(.input))
        let label = s.filter.editing ? "/" : "筛选 /"
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
        if f.editing { screen.cursor = (min(caretX, row.width - 1), row.y) }
    }

    /// A one-line account of what is on screen.
    static func summary(_ s: DashboardState, _ catalog: Catalog) -> String {
        let d = catalog.dataset
        switch s.page {
        case .home, .matrix:
            let with = catalog.hasData.filter { $0 }.count
            return "\(Province.all.count) 个省级行政区，\(with) 个有数据 \(s.glyphs.separator) 数据 \(d.figures.count) 项 \(s.glyphs.separator) 措施 \(d.measures.count) 项 \(s.glyphs.separator) 事件 \(d.events.count) 项"
        case .figures:
            let n = s.figureRows.count
            return n == 0 ? "没有数据" : "第 \(s.figures.selected + 1)/\(n) 项 \(s.glyphs.separator) 排序：\(s.sort.label)"
        case .detail:
            let f = d.figures[s.detailFigure]
            return "\(f.id) \(s.glyphs.separator) \(Format.location(f, d))"
        }
    }

    /// Keys that work here, from the key table that handles them.
    static func drawFooter(_ s: DashboardState, into screen: inout Screen, _ layout: Layout) {
        let row = layout.footerRow
        screen.fill(row, style: Style(.footerText))
        var x = 0
        let entries: [(String, String)] = s.filter.editing
            ? KeyTable.filterBindings.filter(\.inFooter).map { ($0.label, $0.help) } + [("Up/Down", "移动")]
            : s.options.keys.footer(for: s.page).map { ($0.label, $0.help) }
        for (label, help) in entries {
            let key = " " + (label.split(separator: " ").first.map(String.init) ?? label) + " "
            let text = help + " "
            let need = DisplayWidth.of(key) + DisplayWidth.of(text)
            if x + need > row.width { break }
            x += screen.put(key, x: x, y: row.y, style: Style(.footerKey))
            x += screen.put(text, x: x, y: row.y, style: Style(.footerText))
        }
    }
}
