/// The `?` overlay: every key that works on this page, from the key table.
enum HelpView {
    static func box(_ layout: Layout) -> Rect {
        let w = min(64, layout.width - 4)
        let h = max(5, layout.height - 4)
        return Rect(x: (layout.width - w) / 2, y: 2, width: w, height: h)
    }

    static func content(_ s: DashboardState) -> [(String, String)] {
        var rows = s.options.keys.help(for: s.page).map { ($0.label, $0.help) }
        rows.append(("", ""))
        rows.append(("鼠标", s.options.mouse ? "单击选择，再次单击打开；滚轮滚动（--no-mouse 关闭）" : "已关闭（--no-mouse）"))
        rows.append(("", "Esc、q 或 ? 关闭本帮助"))
        return rows
    }

    static func lineCount(_ s: DashboardState) -> Int { content(s).count }

    static func draw(_ s: DashboardState, into screen: inout Screen, _ layout: Layout) {
        let box = box(layout)
        screen.fill(box, style: Style(.normal))
        let title = " 帮助 \(s.glyphs.separator) \(pageName(s.page)) "
        screen.fill(Rect(x: box.x, y: box.y, width: box.width, height: 1), style: Style(.title))
        screen.put(title, x: box.x + 1, y: box.y, maxWidth: box.width - 2, style: Style(.title))
        let rows = content(s)
        let visible = box.height - 2
        for r in 0..<visible {
            let i = s.helpScroll + r
            guard i < rows.count else { break }
            let (key, text) = rows[i]
            let y = box.y + 1 + r
            screen.putPadded(" " + key, x: box.x, y: y, columns: 12, style: Style(.footerKey, bold: true))
            screen.putPadded(" " + text, x: box.x + 12, y: y, columns: box.width - 12)
            if key.isEmpty { screen.restyle(x: box.x, y: y, columns: 12, style: .normal) }
        }
        screen.fill(Rect(x: box.x, y: box.maxY - 1, width: box.width, height: 1), style: Style(.title))
        if rows.count > visible {
            screen.put(" \(s.helpScroll + 1)/\(rows.count) ", x: box.x + 1, y: box.maxY - 1, style: Style(.title))
        }
    }

    static func pageName(_ page: Page) -> String {
        switch page {
        case .home: "首页"
        case .matrix: "矩阵"
        case .figures: "数据表"
        case .detail: "数据详情"
        }
    }
}
