/// The `?` overlay: every key that works on this page in the mode it was opened from, from
/// the KeyMap that handles them.
struct HelpOverlay {
    let box: Rect
    let title: String
    let rows: [(String, String)]

    init(_ s: DashboardState) {
        // A blank column and row around the box (inside the screen) keep the page's text
        // from touching it; box-drawing glyphs would be ambiguous-width in CJK terminals.
        let w = min(64, s.width - 6)
        let h = max(5, s.height - 6)
        box = Rect(x: (s.width - w) / 2, y: 3, width: w, height: h)
        let page = type(of: s.top)
        title = s.helpFrom == .filterEditing ? "\(page.title) \(s.glyphs.separator) 筛选行" : page.title
        var rows = s.options.keys.help(for: page.id, in: s.helpFrom).map { ($0.label, $0.help) }
        rows.append(("", ""))
        if s.helpFrom == .filterEditing { rows.append(("", "其他按键输入到筛选行")) }
        rows.append(("鼠标", s.options.mouse ? "单击选择，再次单击打开；滚轮滚动（--no-mouse 关闭）" : "已关闭（--no-mouse）"))
        rows.append(("", "Esc、q 或 ? 关闭本帮助"))
        self.rows = rows
    }

    /// Rows inside the frame.
    var visible: Int { box.height - 2 }
    var maxScroll: Int { max(0, rows.count - visible) }

    /// The box with its margin of one blank row above and below, two blank columns each side
    /// (so a wide glyph beside it is cleared whole).
    var margin: Rect { Rect(x: box.x - 2, y: box.y - 1, width: box.width + 4, height: box.height + 2) }

    func draw(into screen: inout Screen, scroll: Int, _ glyphs: Glyphs) {
        screen.fill(margin, style: Style(.normal))
        screen.fill(box, style: Style(.overlay))
        screen.focus = (box.x, box.y)
        screen.fill(Rect(x: box.x, y: box.y, width: box.width, height: 1), style: Style(.title))
        screen.put(" 帮助 \(glyphs.separator) \(title) ", x: box.x + 1, y: box.y, maxWidth: box.width - 2, style: Style(.title))
        let list = List(count: rows.count, marker: nil, fillRows: true)
        let area = Rect(x: box.x, y: box.y + 1, width: box.width, height: visible)
        list.draw(into: &screen, area, state: ListState(selected: scroll, offset: scroll),
                  style: { _, _ in Style(.overlay) }) { screen, i, rect, _ in
            let (key, text) = rows[i]
            screen.putPadded(" " + key, x: rect.x, y: rect.y, columns: 12, style: Style(.footerKey, bold: true))
            screen.putPadded(" " + text, x: rect.x + 12, y: rect.y, columns: rect.width - 12, style: Style(.overlay))
            if key.isEmpty { screen.restyle(x: rect.x, y: rect.y, columns: 12, style: Style(.overlay)) }
        }
        screen.fill(Rect(x: box.x, y: box.maxY - 1, width: box.width, height: 1), style: Style(.title))
        if rows.count > visible {
            screen.put(" \(scroll + 1)/\(rows.count) ", x: box.x + 1, y: box.maxY - 1, style: Style(.title))
        }
    }
}
