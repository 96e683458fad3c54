import Protection

/// Home: the 34 divisions on the left, the selected one's seven tiles and events on the right.
enum HomeView {
    static func draw(_ s: DashboardState, _ catalog: Catalog, into screen: inout Screen, _ layout: Layout) {
        drawProvinces(s, catalog, into: &screen, layout)
        drawProvinceHeading(s, catalog, into: &screen, layout)
        for (i, rect) in layout.tiles.enumerated() {
            drawTile(ProtectionSystem(rawValue: UInt8(i))!, selected: s.focus == .tiles && s.tile == i,
                     s, catalog, into: &screen, rect)
        }
        drawEvents(s, catalog, into: &screen, layout.eventsArea)
    }

    static func drawProvinces(_ s: DashboardState, _ catalog: Catalog, into screen: inout Screen, _ layout: Layout) {
        let pane = layout.provincePane
        let heading = Style(.heading)
        let visible = Dashboard.visibleProvinces(s, catalog)
        let result = s.filter.result
        let title = result == nil ? " 省级行政区 \(Province.all.count)" : " 匹配 \(visible.count)/\(Province.all.count)"
        screen.putPadded(title, x: pane.x, y: pane.y, columns: pane.width - 5, style: heading)
        screen.putPadded(result == nil ? "数据 " : "匹配 ", x: pane.maxX - 5, y: pane.y, columns: 5, style: heading, alignRight: true)
        let rows = layout.provinceRows
        if visible.isEmpty {
            screen.putPadded(" 没有匹配", x: pane.x, y: rows.y, columns: pane.width, style: Style(.dim))
            return
        }
        let wide = pane.width >= 26
        for r in 0..<rows.height {
            let i = s.provinces.offset + r
            guard i < visible.count else { break }
            let p = visible[i]
            let province = Province.all[p]
            let selected = i == s.provinces.selected
            let style: Style
            if selected {
                style = Style(s.focus == .provinces ? .selected : .selectedInactive)
            } else {
                style = Style(catalog.hasData[p] ? .normal : .dim)
            }
            let count = result?.count(province: p) ?? catalog.dataset.figureCount(province: p)
            let y = rows.y + r
            screen.put(selected ? s.glyphs.marker : " ", x: pane.x, y: y, style: style)
            let name = wide ? province.fullName : province.shortName
            screen.putPadded(name, x: pane.x + 1, y: y, columns: pane.width - 6, style: style)
            Highlight.apply(s.filter.query, field: .province, text: name, into: &screen, x: pane.x + 1, y: y,
                            columns: pane.width - 6, selected: selected)
            screen.putPadded(catalog.hasData[p] ? "\(count) " : "- ", x: pane.maxX - 5, y: y, columns: 5,
                             style: style, alignRight: true)
        }
    }

    static func drawProvinceHeading(_ s: DashboardState, _ catalog: Catalog, into screen: inout Screen, _ layout: Layout) {
        let area = layout.detailPane
        let p = s.selectedProvince(catalog)
        let province = Province.all[p]
        let d = catalog.dataset
        let sep = " \(s.glyphs.separator) "
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

    static func drawTile(_ system: ProtectionSystem, selected: Bool, _ s: DashboardState, _ catalog: Catalog,
                         into screen: inout Screen, _ rect: Rect) {
        guard rect.height > 0, rect.width > 4 else { return }
        let p = s.selectedProvince(catalog)
        let d = catalog.dataset
        let all = catalog.figures(province: p, system: system)
        let matched = s.filter.result?.count(province: p, system: system) ?? all.count
        // Headlines: the first figures that pass the filter, found without scanning them all.
        let headlines = all.lazy.filter { s.filter.contains($0) }.prefix(2)
        let measures = d.measureCount(province: p, system: system)
        let titleStyle = Style(selected ? .selected : .tileTitle)
        screen.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), style: titleStyle)
        let chapter = system.chapter.map { "第\(["", "一", "二", "三", "四", "五", "六", "七"][$0])章" } ?? "跨系统"
        let counts = s.filter.result == nil
            ? "数据 \(matched) \(s.glyphs.separator) 措施 \(measures)"
            : "匹配 \(matched)/\(all.count) \(s.glyphs.separator) 措施 \(measures)"
        let compact = rect.height < 4
        let right = compact ? counts : chapter
        let rightWidth = DisplayWidth.of(right) + 1
        screen.put((selected ? s.glyphs.marker : " ") + system.name, x: rect.x, y: rect.y,
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
        for index in headlines.prefix(rect.maxY - y) {
            let f = d.figures[index]
            let value = f.text.replacingOccurrences(of: " ", with: "")
            let valueWidth = min(DisplayWidth.of(value), rect.width / 2)
            screen.putPadded(" " + f.indicator, x: rect.x, y: y, columns: rect.width - valueWidth - 2, style: .normal)
            Highlight.apply(s.filter.query, field: .indicator, text: f.indicator, into: &screen, x: rect.x + 1, y: y,
                            columns: rect.width - valueWidth - 3, selected: false)
            screen.putPadded(value, x: rect.maxX - valueWidth - 1, y: y, columns: valueWidth,
                             style: Style(.number), alignRight: true)
            y += 1
        }
    }

    static func drawEvents(_ s: DashboardState, _ catalog: Catalog, into screen: inout Screen, _ area: Rect) {
        guard area.height > 0 else { return }
        let p = s.selectedProvince(catalog)
        let d = catalog.dataset
        let events = catalog.events(province: p)
        screen.putPadded("会议与发布会 \(events.count)", x: area.x, y: area.y, columns: area.width, style: Style(.heading))
        var lines: [StyledLine] = []
        for i in events {
            let e = d.events[i]
            let date = e.date.isEmpty ? "日期不详" : e.date
            lines += TextLayout.wrap([Span(date + " ", Style(.number)), Span(e.kind + " ", Style(.heading)), Span(e.title)],
                                     width: area.width, indent: 2)
            if !e.decisions.isEmpty {
                lines += TextLayout.wrap([Span("  " + e.decisions.joined(separator: "；"), Style(.dim))],
                                         width: area.width, indent: 2)
            }
        }
        for (r, line) in lines.prefix(area.height - 1).enumerated() {
            TextLayout.draw(line, into: &screen, x: area.x, y: area.y + 1 + r, width: area.width)
        }
        if lines.count > area.height - 1, area.height > 1 {
            let more = " \(s.glyphs.ellipsis) 还有 \(lines.count - area.height + 1) 行 "
            let w = DisplayWidth.of(more)
            screen.put(more, x: area.maxX - w, y: area.maxY - 1, style: Style(.dim))
        }
    }
}
