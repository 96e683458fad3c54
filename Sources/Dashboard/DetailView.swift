import Protection

/// Everything about one figure, as one scrollable document: value, change bars or gauge,
/// source, law, the quote with its number marked, the report's passage around it, and the
/// measures and events of the same province and system.
enum DetailView {
    /// Text width inside the one-column margins; `normalize` clamps the scroll with the same.
    static func contentWidth(_ layout: Layout) -> Int { layout.detailRows.width - 2 }

    static func draw(_ s: DashboardState, _ catalog: Catalog, into screen: inout Screen, _ layout: Layout) {
        let area = layout.detailRows
        let all = lines(s, catalog, width: contentWidth(layout))
        for r in 0..<area.height {
            let i = s.detailScroll + r
            guard i < all.count else { break }
            TextLayout.draw(all[i], into: &screen, x: area.x + 1, y: area.y + r, width: area.width - 2)
        }
        if all.count > area.height {
            let mark = "\(s.detailScroll + 1)-\(min(all.count, s.detailScroll + area.height))/\(all.count)"
            let w = DisplayWidth.of(mark)
            screen.put(mark, x: area.maxX - w, y: area.y, style: Style(.dim))
        }
    }

    static func lines(_ s: DashboardState, _ catalog: Catalog, width: Int) -> [StyledLine] {
        let d = catalog.dataset
        guard s.detailFigure < d.figures.count, width > 10 else { return [] }
        let f = d.figures[s.detailFigure]
        let g = s.glyphs
        let label = Style(.heading)
        var out: [StyledLine] = []
        func add(_ spans: [Span], indent: Int = 0) { out += TextLayout.wrap(spans, width: width, indent: indent) }
        func field(_ name: String, _ value: [Span]) {
            let gap = String(repeating: " ", count: max(0, 6 - DisplayWidth.of(name)))
            add([Span(name, label), Span(gap)] + value, indent: 6)
        }

        add([Span(f.indicator, Style(.tileTitle))])
        add([Span(f.province.fullName + g.crumb + f.system.name + "（" + f.system.lawReference + "）", Style(.dim))])
        out.append([])
        var value = [Span(Format.valueWithUnit(f), Style(.number))]
        if f.qualifier != .exact { value.append(Span("  " + f.qualifier.mark + "（" + qualifierMeaning(f.qualifier) + "）")) }
        field("数值", value)
        field("原文", [Span(f.text)])
        field("日期", [Span(f.date.isEmpty ? "报道未注明" : f.date)])
        if let source = d.source(id: f.sourceID) {
            field("来源", [Span(source.outlet), Span("  " + source.headline, Style(.dim))])
        }
        field("位置", [Span(Format.location(f, d), Style(.dim))])
        let barWidth = max(10, min(40, width - 30))
        if let c = f.change {
            out.append([])
            add([Span("变化", label)])
            let top = max(c.from.approximate, f.value.approximate, 1)
            let fromCells = Int((c.from.approximate / top * Double(barWidth)).rounded())
            let toCells = Int((f.value.approximate / top * Double(barWidth)).rounded())
            let fromDate = c.fromDate.isEmpty ? "此前" : c.fromDate
            let toDate = f.date.isEmpty ? "现在" : f.date
            let dateWidth = max(DisplayWidth.of(fromDate), DisplayWidth.of(toDate))
            let direction = ExactNumber.compare(f.value, c.from)
            let sign = direction > 0 ? g.up + " 增加" : (direction < 0 ? g.down + " 减少" : "持平")
            out.append([Span("  " + DisplayWidth.pad(fromDate, to: dateWidth) + "  "), bar(fromCells, .barFrom, g),
                        Span(String(repeating: " ", count: barWidth - fromCells + 1) + c.fromText)])
            out.append([Span("  " + DisplayWidth.pad(toDate, to: dateWidth) + "  "), bar(toCells, .barTo, g),
                        Span(String(repeating: " ", count: barWidth - toCells + 1) + f.text),
                        Span("  " + sign + " " + difference(c.from, f.value), Style(.number))])
        }
        if f.unit == "%" {
            out.append([])
            let fraction = min(1, max(0, f.value.approximate / 100))
            let filled = Int((fraction * Double(barWidth)).rounded())
            out.append([Span("占比", label), Span("  "), bar(filled, .gauge, g),
                        Span(String(repeating: g.gaugeEmpty, count: barWidth - filled), Style(.gaugeEmpty)),
                        Span(" " + f.value.description + "%", Style(.number))])
        }
        out.append([])
        add([Span("引文", label)])
        add([Span("  ")] + quoteSpans(f), indent: 2)
        if let source = d.source(id: f.sourceID), let text = d.sourceTexts[source.file] {
            out.append([])
            add([Span("原文段落", label), Span("  " + source.file, Style(.dim))])
            let lines = source.lines ?? 1...text.lineCount
            let passage = f.span.map { text.paragraph(around: $0, within: lines) }
                ?? text.passage(lines: lines, highlighting: nil)
            add([Span("  ")] + highlighted(passage.text, passage.highlight), indent: 2)
        }
        let p = f.provinceIndex
        let measures = catalog.measures(province: p, system: f.system)
        out.append([])
        add([Span("同省同系统的措施 \(measures.count)", label)])
        for m in measures { add([Span("  " + g.separator + " " + d.measures[m].text)], indent: 4) }
        if measures.isEmpty { add([Span("  无", Style(.dim))]) }
        let events = catalog.events(province: p, system: f.system) + (f.system == .general ? [] : catalog.events(province: p, system: .general))
        out.append([])
        add([Span("同省的会议与发布会 \(events.count)", label)])
        for i in events {
            let e = d.events[i]
            add([Span("  " + (e.date.isEmpty ? "日期不详" : e.date) + " ", Style(.number)), Span(e.kind + " " + e.title)], indent: 4)
            for decision in e.decisions { add([Span("    " + g.separator + " " + decision, Style(.dim))], indent: 6) }
        }
        if events.isEmpty { add([Span("  无", Style(.dim))]) }
        return out
    }

    static func bar(_ cells: Int, _ role: Role, _ g: Glyphs) -> Span {
        Span(String(repeating: g.bar, count: max(0, cells)), Style(role))
    }

    static func difference(_ a: ExactNumber, _ b: ExactNumber) -> String {
        b.subtracting(a).map { $0.magnitude.grouped } ?? ""
    }

    static func qualifierMeaning(_ q: Qualifier) -> String {
        switch q {
        case .exact: "精确"
        case .over: "多于此数"
        case .atLeast: "不少于此数"
        case .about: "约数"
        case .atMost: "不多于此数"
        case .target: "目标值"
        }
    }

    /// The quote with the figure's number marked.
    static func quoteSpans(_ f: Figure) -> [Span] {
        let quote = SourceText.joinLines(f.quote)
        return highlighted(quote, numberRange(in: quote, for: f))
    }

    /// Where the figure's as-written text (or its longest leading part) stands in `text`,
    /// in scalar offsets.
    static func numberRange(in text: String, for f: Figure) -> Range<Int>? {
        let hay = SourceText.normalize(text)
        var needle = SourceText.normalize(f.text)
        while needle.count >= 1 {
            if let i = find(needle, in: hay) { return i..<(i + needle.count) }
            needle.removeLast()
        }
        return nil
    }

    static func find(_ needle: [Unicode.Scalar], in hay: [Unicode.Scalar]) -> Int? {
        guard !needle.isEmpty, needle.count <= hay.count else { return nil }
        for i in 0...(hay.count - needle.count) where hay[i] == needle[0] {
            if Array(hay[i..<(i + needle.count)]) == needle { return i }
        }
        return nil
    }

    /// Spans of `text` with the scalar range `range` marked.
    static func highlighted(_ text: String, _ range: Range<Int>?) -> [Span] {
        guard let range else { return [Span(text)] }
        let scalars = Array(text.unicodeScalars)
        func slice(_ r: Range<Int>) -> String { String(String.UnicodeScalarView(scalars[r])) }
        let lo = min(max(0, range.lowerBound), scalars.count), hi = min(max(lo, range.upperBound), scalars.count)
        return [Span(slice(0..<lo)), Span(slice(lo..<hi), Style(.quoteMark)), Span(slice(hi..<scalars.count))]
    }
}
