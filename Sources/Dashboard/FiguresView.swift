import Protection

/// The figures of one province (and one system, or all): a table sorted by `s`.
enum FiguresView {
    struct Column {
        var title: String
        var width: Int
        var alignRight: Bool
        /// The figure's text this column shows, for highlighting filter matches.
        var field: QueryField? = nil
        var value: (Figure, Dataset, Glyphs) -> String
    }

    /// Columns that fit `width`; the indicator column takes what the others leave.
    static func columns(width: Int, showSystem: Bool) -> [Column] {
        // Narrow screens keep what a reader scans first; the as-written text and the outlet
        // join when there is room (Detail always shows both).
        var fixed: [Column] = []
        if showSystem { fixed.append(Column(title: "系统", width: 4, alignRight: false, field: .system) { f, _, _ in f.system.shortName }) }
        fixed.append(Column(title: "数值", width: 13, alignRight: true) { f, _, _ in Format.value(f) })
        fixed.append(Column(title: "单位", width: 6, alignRight: false, field: .unit) { f, _, _ in f.unit })
        fixed.append(Column(title: "限定", width: 4, alignRight: false) { f, _, _ in Format.qualifier(f) })
        fixed.append(Column(title: "变化", width: 11, alignRight: false) { f, _, g in Format.change(f, g) })
        fixed.append(Column(title: "日期", width: 10, alignRight: false) { f, _, _ in f.date })
        if width >= 110 {
            fixed.insert(Column(title: "原文", width: 12, alignRight: false, field: .value) { f, _, _ in f.text }, at: fixed.count - 3)
        }
        if width >= 130 {
            fixed.append(Column(title: "来源", width: width >= 160 ? 18 : 14, alignRight: false, field: .source) { f, d, _ in Format.outlet(f, d) })
        }
        let used = fixed.reduce(0) { $0 + $1.width + 1 } + 1
        let indicator = Column(title: "指标", width: max(8, width - used - 1), alignRight: false, field: .indicator) { f, _, _ in f.indicator }
        var all = fixed
        all.insert(indicator, at: showSystem ? 1 : 0)
        return all
    }

    static func draw(_ s: DashboardState, _ catalog: Catalog, into screen: inout Screen, _ layout: Layout) {
        let body = layout.body
        let d = catalog.dataset
        let context = s.figuresContext
        let province = Province.all[context.province]
        let sep = " \(s.glyphs.separator) "
        var heading = province.fullName + sep + (context.system?.name ?? "全部系统")
        if let system = context.system { heading += "（\(system.lawReference)）" }
        let total = catalog.figures(province: context.province, system: context.system).count
        heading += sep + (s.filter.isActive ? "匹配 \(s.figureRows.count)/\(total) 项" : "\(s.figureRows.count) 项数据")
        heading += sep + "排序：\(s.sort.label)"
        screen.putPadded(" " + heading, x: 0, y: body.y, columns: body.width, style: Style(.tileTitle))
        let cols = columns(width: body.width, showSystem: context.system == nil)
        var x = 1
        for c in cols {
            screen.putPadded(c.title, x: x, y: body.y + 1, columns: c.width, style: Style(.heading), alignRight: c.alignRight)
            x += c.width + 1
        }
        let rows = layout.tableRows
        if s.figureRows.isEmpty {
            let why = s.filter.isActive ? " 没有匹配筛选的数据。按 / 修改筛选，或在首页按 Esc 清除。" : " 这里没有数据。按 Esc 返回。"
            screen.putPadded(why, x: 0, y: rows.y, columns: rows.width, style: Style(.dim))
            return
        }
        for r in 0..<rows.height {
            let i = s.figures.offset + r
            guard i < s.figureRows.count else { break }
            let f = d.figures[s.figureRows[i]]
            let y = rows.y + r
            let selected = i == s.figures.selected
            let rowStyle = Style(selected ? .selected : .normal)
            screen.fill(Rect(x: 0, y: y, width: rows.width, height: 1), style: rowStyle)
            screen.put(selected ? s.glyphs.marker : " ", x: 0, y: y, style: rowStyle)
            var x = 1
            for c in cols {
                let style = (!selected && c.title == "数值") ? Style(.number) : rowStyle
                let text = c.value(f, d, s.glyphs)
                screen.putPadded(text, x: x, y: y, columns: c.width, style: style, alignRight: c.alignRight)
                if let field = c.field, !c.alignRight {
                    Highlight.apply(s.filter.query, field: field, text: text, into: &screen, x: x, y: y,
                                    columns: c.width, selected: selected)
                }
                x += c.width + 1
            }
        }
    }
}
