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
        let right = catalog.dataset.sourceSummary + " "
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
        if let status = s.status {
            let style = Style(status.isError ? .error : .status)
            screen.putPadded(" " + status.text, x: 0, y: row.y, columns: row.width, style: style)
            return
        }
        screen.putPadded(" " + summary(s, catalog), x: 0, y: row.y, columns: row.width, style: Style(.dim))
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
        for binding in KeyTable.footer(for: s.page) {
            let key = " " + (binding.label.split(separator: " ").first.map(String.init) ?? binding.label) + " "
            let text = " " + binding.help + " "
            let need = DisplayWidth.of(key) + DisplayWidth.of(text)
            if x + need > row.width { break }
            x += screen.put(key, x: x, y: row.y, style: Style(.footerKey))
            x += screen.put(text, x: x, y: row.y, style: Style(.footerText))
        }
    }
}
