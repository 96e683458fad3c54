import Protection

/// Everything about one figure, as one scrollable document: value, change bars or gauge,
/// source, law, the quote with its number marked, the report's passage around it, and the
/// measures and events of the same province and system.
public struct DetailPage: Page {
    public static let id: PageID = "detail"
    public static let title = "数据详情"
    public static let bindings: [Binding] = [KeyTable.back, KeyTable.matrix, KeyTable.compare, KeyTable.trend, KeyTable.sources]

    /// Index into `dataset.figures`.
    public let figure: Int
    /// The table it was opened from, for the breadcrumb and `m`.
    public let context: FiguresContext
    public var scroll = 0
    /// The document wrapped to `documentWidth` columns: wrapped once per size, not per key.
    var document: [StyledLine] = []
    var documentWidth = -1

    public init(figure: Int, context: FiguresContext) {
        self.figure = figure
        self.context = context
    }

    public static func == (a: DetailPage, b: DetailPage) -> Bool {
        a.figure == b.figure && a.context == b.context && a.scroll == b.scroll && a.documentWidth == b.documentWidth
    }

    /// Text width inside the one-column margins.
    static func contentWidth(_ area: Rect) -> Int { area.width - 2 }

    /// The document at this size: the one `fit` wrapped, or wrapped now.
    func lines(_ ctx: PageContext) -> [StyledLine] {
        let width = Self.contentWidth(ctx.area)
        return width == documentWidth ? document : Self.lines(figure, ctx, width: width)
    }

    public func breadcrumb(_ ctx: PageContext) -> [String] {
        var parts = [Province.all[context.province].shortName, context.system?.name ?? "全部系统"]
        if figure < ctx.dataset.figures.count { parts.append(ctx.dataset.figures[figure].indicator) }
        return parts
    }

    public func summary(_ ctx: PageContext) -> String {
        let f = ctx.dataset.figures[figure]
        return "\(f.id) \(ctx.glyphs.separator) \(Format.location(f, ctx.dataset))"
    }

    public mutating func perform(_ action: Action, _ ctx: PageContext) -> [Command] {
        let page = max(1, ctx.area.height - 1)
        switch action {
        case .back: return [.pop]
        case .compare: return Openers.compare(figure: figure, ctx)
        case .trend: return Openers.trend(figure: figure, ctx)
        case .sources: return Openers.sources(figure: figure, ctx)
        case .matrix:
            return [.push(MatrixPage.open(province: context.province, column: context.system.map { Int($0.rawValue) } ?? 0, ctx))]
        default: scroll = TextBlock.scrolled(scroll, by: action, page: page) ?? scroll
        }
        return []
    }

    public func offers(_ action: Action, _ ctx: PageContext) -> Bool {
        action != .trend || Openers.hasTrend(figure, ctx)
    }

    /// Only on screen: a page under another keeps its scroll until it is shown again.
    public mutating func fit(_ ctx: PageContext) {
        guard ctx.isTop else { return }
        let width = Self.contentWidth(ctx.area)
        if width != documentWidth {
            document = Self.lines(figure, ctx, width: width)
            documentWidth = width
        }
        scroll = min(max(0, scroll), TextBlock(document).maxScroll(height: ctx.area.height))
    }

    public func draw(into screen: inout Screen, _ ctx: PageContext) {
        TextBlock(lines(ctx)).draw(into: &screen, ctx.area, scroll: scroll, margin: 1, mark: .position)
    }

    static func lines(_ figure: Int, _ ctx: PageContext, width: Int) -> [StyledLine] {
        let catalog = ctx.catalog
        let d = catalog.dataset
        guard figure < d.figures.count, width > 10 else { return [] }
        let f = d.figures[figure]
        let g = ctx.glyphs
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
        if let canonical = Indicators.named(f.canonical) {
            field("指标", [Span(canonical.name), Span("  " + canonical.id, Style(.dim))])
        } else {
            field("指标", [Span("报告自有的指标，未归入统一指标", Style(.dim))])
        }
        let source = d.source(id: f.sourceID)
        if d.isUncited(f) {
            // A user's figure given without quote or citation: said plainly, not left blank.
            field("来源", [Span("无出处", Style(.error)), Span("  数据未给出引文、报告位置或来源的报道信息", Style(.dim))])
        } else if let source { citation(source, f, field) }
        if f.span != nil || source?.report.isEmpty ?? true {
            field("位置", [Span(Format.location(f, d), Style(.dim))])
        }
        let barWidth = max(10, min(40, width - 30))
        if let c = f.change {
            out.append([])
            add([Span("变化", label)])
            let fromDate = c.fromDate.isEmpty ? "此前" : c.fromDate
            let toDate = f.date.isEmpty ? "现在" : f.date
            let dateWidth = max(DisplayWidth.of(fromDate), DisplayWidth.of(toDate))
            let chart = BarChart([BarChart.Bar(fromDate, value: c.from.approximate, text: c.fromText, role: .barFrom),
                                  BarChart.Bar(toDate, value: f.value.approximate, text: f.text, role: .barTo)],
                                 maximum: max(c.from.approximate, f.value.approximate, 1), glyphs: g, eighths: false)
            let direction = ExactNumber.compare(f.value, c.from)
            let sign = direction > 0 ? g.up + " 增加" : (direction < 0 ? g.down + " 减少" : "持平")
            out.append(chart.spans(chart.bars[0], labelWidth: dateWidth, barWidth: barWidth, indent: "  "))
            out.append(chart.spans(chart.bars[1], labelWidth: dateWidth, barWidth: barWidth, indent: "  ")
                       + [Span("  " + sign + " " + difference(c.from, f.value), Style(.number))])
        }
        if f.unit == "%" {
            out.append([])
            out.append([Span("占比", label), Span("  ")] + BarChart.gauge(f.value.approximate / 100, width: barWidth, glyphs: g)
                       + [Span(" " + f.value.description + "%", Style(.number))])
        }
        if !f.quote.isEmpty {
            out.append([])
            add([Span("引文", label)])
            add([Span("  ")] + quoteSpans(f), indent: 2)
        }
        if let source, let text = d.sourceTexts[source.file] {
            out.append([])
            add([Span("原文段落", label), Span("  " + source.file, Style(.dim))])
            let lines = source.lines ?? bodyLines(text)
            let passage = f.span.map { text.paragraph(around: $0, within: lines) }
                ?? text.passage(lines: lines, highlighting: nil)
            add([Span("  ")] + highlighted(passage.text, passage.highlight), indent: 2)
        } else if let source, !source.report.isEmpty {
            out.append([])
            add([Span("原文段落", label), Span("  " + source.report, Style(.dim))])
            // The two ways to give the folder on lines of their own, so neither is broken by wrapping.
            let dim = Style(.dim)
            add([Span("  报告原文不在手边：数据集只记下数字在这份报告中的位置和报告文件的 SHA-256。"
                      + "给出存放报告文件的文件夹，这里就显示数字所在的段落并标出数字：", dim)], indent: 2)
            add([Span("    weibao --reports 目录", dim)], indent: 4)
            add([Span("    或在 config.toml 中写  reports = \"目录\"", dim)], indent: 4)
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

    /// Where the figure comes from, enough to find the report without the dataset: the
    /// original publisher of a mirrored page, the publication date, the address, and the
    /// report file with the number's line and column.
    static func citation(_ source: Source, _ f: Figure, _ field: (String, [Span]) -> Void) {
        field("来源", [Span(source.outlet), Span("  " + source.headline, Style(.dim))])
        if !source.publisher.isEmpty { field("原载", [Span(source.publisher)]) }
        if !source.report.isEmpty || !source.url.isEmpty {
            field("发布", [Span(source.date.isEmpty ? "报告未注明" : source.date)])
        }
        if !source.url.isEmpty { field("网址", [Span(source.url, Style(.dim))]) }
        if !source.report.isEmpty {
            let place = f.reportSpan.map { "  第 \($0.line) 行第 \($0.column) 列" } ?? ""
            field("报告", [Span(source.report), Span(place, Style(.dim))])
        }
    }

    /// The lines a report file's body stands in: after the `source:`, `title:`, `date:` lines a
    /// stored report opens with (ASCII lower-case key, a colon), so a paragraph never runs into them.
    static func bodyLines(_ text: SourceText) -> ClosedRange<Int> {
        var line = 1
        while line < text.lineCount, var i = text.offset(line: line, column: 1) {
            let start = i
            while i < text.scalars.count, ("a"..."z").contains(text.scalars[i]) { i += 1 }
            guard i > start, i < text.scalars.count, text.scalars[i] == ":" else { break }
            line += 1
        }
        return line...max(line, text.lineCount)
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
