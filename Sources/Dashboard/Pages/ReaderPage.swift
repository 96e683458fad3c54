import Protection

extension Action {
    public static let nextMark = Action("next_mark")
    public static let previousMark = Action("previous_mark")
}

/// One source's text with a line-number gutter and every figure's place in it marked; `n` and
/// `N` walk the figures, Enter opens the one under the cursor. Without the text: its citation,
/// how to provide it, and the figures with where the dataset says they stand.
public struct ReaderPage: Page {
    public static let id: PageID = "reader"
    public static let title = "原文"
    public static let bindings: [Binding] = [
        KeyTable.open, KeyTable.back,
        Binding([.char("n")], "n", "下一个数字", .nextMark, rank: 146, footer: true),
        Binding([.char("N")], "N", "上一个数字", .previousMark, rank: 147, footer: true),
    ]

    /// Index into `dataset.sources`.
    public let source: Int
    /// The source's figures in the order they stand (indexes into `dataset.figures`).
    public let marks: [Int]
    /// Which of `marks` the cursor is on.
    public var current = 0
    public var scroll = 0
    /// The document at `documentWidth`, with the line each mark starts on.
    var document: [StyledLine] = []
    var markLines: [Int] = []
    var documentWidth = -1
    var documentMark = -1

    public init(source: Int, figure: Int?, _ ctx: PageContext) {
        self.source = source
        let d = ctx.dataset
        let id = d.sources[source].id
        let text = d.sourceTexts[d.sources[source].file]
        var marks = d.figures.indices.filter { d.figures[$0].sourceID == id }
        if text != nil {
            marks = marks.filter { d.figures[$0].span != nil }
                .sorted { d.figures[$0].span!.range.lowerBound < d.figures[$1].span!.range.lowerBound }
        } else {
            marks.sort { a, b in
                let x = d.figures[a].reportSpan, y = d.figures[b].reportSpan
                return (x?.line ?? 0, x?.column ?? 0, a) < (y?.line ?? 0, y?.column ?? 0, b)
            }
        }
        self.marks = marks
        if let figure, let i = marks.firstIndex(of: figure) {
            current = i
            scroll = -1  // `fit` scrolls to it
        }
    }

    public static func == (a: ReaderPage, b: ReaderPage) -> Bool {
        a.source == b.source && a.current == b.current && a.scroll == b.scroll && a.documentWidth == b.documentWidth
    }

    static func contentWidth(_ area: Rect) -> Int { area.width - 2 }

    public func breadcrumb(_ ctx: PageContext) -> [String] {
        let s = ctx.dataset.sources[source]
        return ["来源", s.outlet.isEmpty ? s.id : s.outlet]
    }

    public func summary(_ ctx: PageContext) -> String {
        let s = ctx.dataset.sources[source]
        guard !marks.isEmpty else { return "\(s.id) \(ctx.glyphs.separator) 没有标出的数字" }
        let f = ctx.dataset.figures[marks[current]]
        return "第 \(current + 1)/\(marks.count) 个数字 \(ctx.glyphs.separator) \(f.indicator) \(f.text)"
    }

    public mutating func perform(_ action: Action, _ ctx: PageContext) -> [Command] {
        switch action {
        case .back: return [.pop]
        case .open:
            guard !marks.isEmpty else { return [.status(StatusMessage(text: "这份来源没有标出的数字", isError: false))] }
            let f = ctx.dataset.figures[marks[current]]
            return [.push(DetailPage(figure: marks[current], context: FiguresContext(province: f.provinceIndex, system: f.system)))]
        case .nextMark, .previousMark:
            guard !marks.isEmpty else { return [] }
            current = (current + (action == .nextMark ? 1 : marks.count - 1)) % marks.count
            scroll = -1  // `fit` scrolls to the mark
        default:
            scroll = TextBlock.scrolled(scroll, by: action, page: max(1, ctx.area.height - 1)) ?? scroll
        }
        return []
    }

    public func offers(_ action: Action, _ ctx: PageContext) -> Bool {
        switch action {
        case .open: !marks.isEmpty
        case .nextMark, .previousMark: marks.count > 1
        default: true
        }
    }

    /// Wraps the document when the width or the current mark changed; a scroll of -1 (a new
    /// page, or `n`) puts the current mark a third of the way down.
    public mutating func fit(_ ctx: PageContext) {
        guard ctx.isTop else { return }
        let width = Self.contentWidth(ctx.area)
        if width != documentWidth || current != documentMark {
            (document, markLines) = Self.document(self, ctx, width: width)
            documentWidth = width
            documentMark = current
        }
        if scroll < 0 {
            let line = markLines.indices.contains(current) ? markLines[current] : 0
            scroll = line - ctx.area.height / 3
        }
        scroll = min(max(0, scroll), TextBlock(document).maxScroll(height: ctx.area.height))
    }

    public func draw(into screen: inout Screen, _ ctx: PageContext) {
        let lines = documentWidth == Self.contentWidth(ctx.area) ? document : Self.document(self, ctx, width: Self.contentWidth(ctx.area)).0
        TextBlock(lines).draw(into: &screen, ctx.area, scroll: scroll, margin: 1, mark: .position)
    }

    /// The lines, and for each mark the line its number starts on.
    static func document(_ page: ReaderPage, _ ctx: PageContext, width: Int) -> ([StyledLine], [Int]) {
        let d = ctx.dataset
        let s = d.sources[page.source]
        guard width > 10 else { return ([], []) }
        var out: [StyledLine] = []
        var markLines = Array(repeating: 0, count: page.marks.count)
        func add(_ spans: [Span], indent: Int = 0) { out += TextLayout.wrap(spans, width: width, indent: indent) }
        add([Span(s.headline.isEmpty ? s.id : s.headline, Style(.tileTitle))])
        add([Span([s.outlet, s.date, s.file.isEmpty ? s.report : s.file].filter { !$0.isEmpty }.joined(separator: " \(ctx.glyphs.separator) "), Style(.dim))])
        out.append([])
        guard let text = d.sourceTexts[s.file] else {
            if !s.url.isEmpty { add([Span("网址  ", Style(.heading)), Span(s.url, Style(.dim))], indent: 6) }
            let dim = Style(.dim)
            add([Span(s.report.isEmpty
                      ? "这份来源只有引文，数据集里没有它的原文。"
                      : "报告原文不在手边：数据集只记下数字在报告 \(s.report) 中的行和列。给出存放报告文件的文件夹，这里就显示原文并标出每个数字：", dim)])
            if !s.report.isEmpty {
                add([Span("    weibao --reports 目录", dim)], indent: 4)
                add([Span("    或在 config.toml 中写  reports = \"目录\"", dim)], indent: 4)
            }
            out.append([])
            add([Span("这份来源的数据 \(page.marks.count) 项", Style(.heading))])
            for (n, i) in page.marks.enumerated() {
                let f = d.figures[i]
                let place = f.reportSpan.map { "第 \($0.line) 行第 \($0.column) 列  " } ?? ""
                markLines[n] = out.count
                let style = Style(n == page.current ? .selected : .normal)
                add([Span("  " + place, Style(.dim)), Span(f.indicator + "  " + f.text, style)], indent: 4)
            }
            return (out, markLines)
        }
        let lines = s.lines ?? DetailPage.bodyLines(text)
        let gutter = String(lines.upperBound).count
        let ranges = page.marks.map { d.figures[$0].span!.range }
        for line in lines {
            guard let start = text.offset(line: line, column: 1) else { continue }
            let end = text.offset(line: line + 1, column: 1).map { $0 - 1 } ?? text.scalars.count
            // Each character's style; overlapping marks (quotes may overlap) take the later
            // one, and the cursor's mark wins. A source has tens of marks, so every line
            // looks at all of them.
            var styles = Array(repeating: Style.normal, count: max(0, end - start))
            var current: Range<Int>?
            for (n, r) in ranges.enumerated() where r.lowerBound < end && r.upperBound > start {
                if r.lowerBound >= start { markLines[n] = out.count }
                if n == page.current { current = r; continue }
                for i in max(start, r.lowerBound)..<min(end, r.upperBound) { styles[i - start] = Style(.quoteMark) }
            }
            if let r = current {
                for i in max(start, r.lowerBound)..<min(end, r.upperBound) { styles[i - start] = Style(.selected) }
            }
            var spans = [Span(String(repeating: " ", count: gutter - String(line).count) + String(line) + "  ", Style(.dim))]
            var i = 0
            while i < styles.count {
                var j = i + 1
                while j < styles.count && styles[j] == styles[i] { j += 1 }
                spans.append(Span(String(String.UnicodeScalarView(text.scalars[(start + i)..<(start + j)])), styles[i]))
                i = j
            }
            add(spans, indent: gutter + 2)
        }
        return (out, markLines)
    }
}
