import Testing
@testable import Dashboard
import Protection

/// The comparison, trend, indicators, sources and reader pages: bars, marks, years, absence,
/// and keys in and out of each page.
@Suite struct NationalPagesTests {
    static func figure(_ id: String, _ province: String, _ text: String, _ date: String,
                       change: Change? = nil) -> Figure {
        guard case .success(let q) = Quantity.parse(text) else { fatalError(text) }
        return Figure(id: id, provinceIndex: Province.index(named: province)!, system: .society, indicator: "儿童之家",
                      value: q.value, unit: q.unit, text: text, qualifier: q.qualifier, change: change, date: date,
                      sourceID: "s1", quote: "", canonical: "children-homes")
    }

    /// Invented figures: 浙江 holds the largest value, 江苏 exactly half of it, 安徽 a value
    /// written with 余, and 浙江 an earlier value carried as a change.
    static let catalog = Catalog(Dataset(
        sources: [Source(id: "s1", outlet: "示例报", headline: "示例", date: "2024-01", file: "a.txt")],
        figures: [
            figure("zj-2022", "浙江", "800 个", "2022"),
            figure("zj-2023", "浙江", "1000 个", "2023", change: Change(from: ExactNumber(800), fromText: "800 个", fromDate: "2022")),
            figure("js-2023", "江苏", "500 个", "2023"),
            figure("ah-2021", "安徽", "300 余个", "2021"),
        ], measures: [], events: []))

    static func state(_ keys: String, width: Int = 80, height: Int = 24, catalog: Catalog = catalog) -> DashboardState {
        run(keys, width: width, height: height, catalog: catalog)
    }

    @Test func halfTheMaximumFillsHalfTheBar() throws {
        let s = Self.state("c<Enter>")
        let page = try #require(s.page(ComparisonPage.self))
        let table = ComparisonPage.table(page, width: 80, s.context(Self.catalog))
        let widths = table.widths(80)
        let bar = widths[2]
        let cells = page.lines.map { table.columns[2].value($0) }
        #expect(cells[0] == String(repeating: "█", count: bar), "the largest fills the bar")
        #expect(cells[1] == String(repeating: "█", count: bar / 2) + (bar % 2 == 1 ? "▌" : ""), "half the maximum, half the cells")
        // 300 of 1000 in eighths: 0.3 × 8 × bar, rounded.
        let eighths = Int((0.3 * Double(bar * 8)).rounded())
        #expect(cells[2] == String(repeating: "█", count: eighths / 8) + (eighths % 8 > 0 ? Glyphs.unicode.partialBars[eighths % 8 - 1] : ""))
        let asciiState = run(try! KeyScript.parse("c<Enter>"), width: 80, height: 24, catalog: Self.catalog,
                             options: DashboardOptions(ascii: true))
        let ascii = ComparisonPage.table(page, width: 80, PageContext(asciiState, Self.catalog))
        #expect(ascii.columns[2].value(page.lines[1]) == String(repeating: "#", count: Int((Double(bar) / 2).rounded())))
    }

    @Test func rowsKeepTheirQualifiersAndAbsenceIsListed() {
        let text = SnapshotEncoder.text(screen("c<Enter>", width: 80, height: 24, catalog: Self.catalog))
        #expect(text.contains("300 余个") && text.contains("余"), "the 余 of 安徽 is shown, not an exact 300")
        #expect(text.contains("数据年份 2021–2023"))
        let s = Self.state("c<Enter>")
        let page = s.page(ComparisonPage.self)!
        #expect(page.lines.count == Province.all.count)
        #expect(page.lines.prefix(3).map(\.provinceIndex) == ["浙江", "江苏", "安徽"].map { Province.index(named: $0)! })
        if case .missing = page.lines[3] {} else { Issue.record("the fourth row is a division without data") }
        #expect(text.contains("无数据"))
    }

    @Test func theYearNarrowsToOneYearAndBack() {
        var s = Self.state("c<Enter>]")
        #expect(s.page(ComparisonPage.self)!.comparison.year == "2021")
        #expect(s.page(ComparisonPage.self)!.comparison.rows.map(\.figure.id) == ["ah-2021"])
        for k in try! KeyScript.parse("]") { _ = Root.update(&s, .key(k), Self.catalog) }
        #expect(s.page(ComparisonPage.self)!.comparison.rows.map(\.figure.id) == ["zj-2022"])
        for k in try! KeyScript.parse("[[[") { _ = Root.update(&s, .key(k), Self.catalog) }
        #expect(s.page(ComparisonPage.self)!.comparison.year == nil, "[ stops at each division's latest")
        #expect(s.page(ComparisonPage.self)!.comparison.rows.first?.figure.id == "zj-2023")
    }

    @Test func sortingKeepsTheRankAndTheCursor() {
        let s = Self.state("c<Enter>jjs")
        let page = s.page(ComparisonPage.self)!
        #expect(page.sort == .division)
        guard case .ranked(let r) = page.selectedLine! else { Issue.record("cursor on a ranked row"); return }
        #expect(r.province.shortName == "安徽" && r.rank == 3)
    }

    @Test func theFilterNarrowsTheRows() {
        let s = Self.state("c<Enter>/江苏")
        let page = s.page(ComparisonPage.self)!
        #expect(page.lines.map(\.provinceIndex) == [Province.index(named: "江苏")!])
    }

    @Test func cOnAFigureAndBackReturnsToTheSameSelection() {
        // Home → 浙江's figures (the first division with data) → second row → c → Enter (Detail) → Esc Esc.
        var s = Self.state("<Enter>j")
        let selected = s.table.rows[s.table.list.selected]
        for k in try! KeyScript.parse("c") { _ = Root.update(&s, .key(k), Self.catalog) }
        #expect(s.pageID == ComparisonPage.id)
        let page = s.page(ComparisonPage.self)!
        #expect(page.selectedLine?.provinceIndex == Self.catalog.dataset.figures[selected].provinceIndex)
        for k in try! KeyScript.parse("<Enter>") { _ = Root.update(&s, .key(k), Self.catalog) }
        #expect(s.pageID == DetailPage.id)
        for k in try! KeyScript.parse("<Esc><Esc>") { _ = Root.update(&s, .key(k), Self.catalog) }
        #expect(s.pageID == FiguresPage.id)
        #expect(s.table.rows[s.table.list.selected] == selected)
    }

    @Test func theTrendHasTheEarlierValueAndTheChanges() {
        let s = Self.state("c<Enter>t")
        #expect(s.pageID == TrendPage.id)
        let trend = s.page(TrendPage.self)!.trend
        #expect(trend.points.map(\.written) == ["800 个", "800 个", "1000 个"])
        #expect(trend.points.map(\.isEarlier) == [false, true, false])
        let text = SnapshotEncoder.text(Root.render(s, Self.catalog))
        #expect(text.contains("▲ +200 (+25.0%)"))
        #expect(text.contains("此前值"))
        #expect(text.contains("2022–2023"))
        // The largest column reaches the chart's top row; 800 of 1000 does not.
        let page = s.page(TrendPage.self)!
        let layout = TrendPage.Layout(area: Layout(width: 80, height: 24).body)
        let columns = TrendPage.columns(page, layout)
        let screen = Root.render(s, Self.catalog)
        #expect(screen[columns[2].lowerBound, layout.chart.y].char == "█")
        #expect(screen[columns[0].lowerBound, layout.chart.y].char == " ")
        #expect(screen[columns[0].lowerBound, layout.chart.maxY - 1].char == "█")
    }

    @Test func oneFigureIsOnePoint() {
        let s = Self.state("c<Enter>jt")
        let trend = s.page(TrendPage.self)!.trend
        #expect(trend.points.count == 1 && trend.steps.isEmpty)
    }

    @Test func enterOnAPointOpensItsFigureAndEscReturns() {
        var s = Self.state("c<Enter>tk<Enter>")
        #expect(s.pageID == DetailPage.id)
        #expect(Self.catalog.dataset.figures[s.detail.figure].id == "zj-2023", "the earlier value is read from zj-2023")
        for k in try! KeyScript.parse("<Esc>") { _ = Root.update(&s, .key(k), Self.catalog) }
        #expect(s.pageID == TrendPage.id && s.page(TrendPage.self)!.list.selected == 1)
    }

    @Test func aFigureWithoutACanonicalIndicatorOpensTheList() throws {
        let table = run("<Enter>", width: 80, height: 24, catalog: seedCatalog).table
        let figures = seedCatalog.dataset.figures
        let plain = try #require(table.rows.firstIndex { figures[$0].canonical.isEmpty })
        let canonical = try #require(table.rows.firstIndex { !figures[$0].canonical.isEmpty })
        let s = run("<Enter>" + String(repeating: "j", count: plain) + "c", width: 80, height: 24, catalog: seedCatalog)
        #expect(s.pageID == IndicatorsPage.id)
        #expect(s.status?.text.contains("未归入统一指标") == true)
        let t = run("<Enter>" + String(repeating: "j", count: plain) + "t", width: 80, height: 24, catalog: seedCatalog)
        #expect(t.pageID == FiguresPage.id, "no trend without an indicator")
        let c = run("<Enter>" + String(repeating: "j", count: canonical) + "c", width: 80, height: 24, catalog: seedCatalog)
        #expect(c.pageID == ComparisonPage.id)
        #expect(c.page(ComparisonPage.self)!.indicator.id == figures[table.rows[canonical]].canonical)
    }

    @Test func cOnAHomeTileComparesItsFirstFigureWithAnIndicator() {
        // 江苏, the first division with data in code order; its 社会保护 tile holds its figure.
        let s = Self.state("<Tab><Right><Right>c")
        #expect(s.home.focus == .tiles && s.home.tile == Int(ProtectionSystem.society.rawValue))
        #expect(s.pageID == ComparisonPage.id)
        #expect(s.page(ComparisonPage.self)!.selectedLine?.provinceIndex == Province.index(named: "江苏"))
        let list = Self.state("c")
        #expect(list.pageID == IndicatorsPage.id, "from the division list, c opens the indicators")
        #expect(list.status == nil)
    }

    @Test func aClickSelectsAComparisonRowAndASecondOpensIt() {
        var s = Self.state("c<Enter>")
        let area = ComparisonPage.rowsArea(Layout(width: 80, height: 24).body)
        _ = Root.update(&s, .mouse(MouseEvent(x: 10, y: area.y + 1, button: .left)), Self.catalog)
        #expect(s.page(ComparisonPage.self)!.list.selected == 1)
        _ = Root.update(&s, .mouse(MouseEvent(x: 10, y: area.y + 1, button: .left)), Self.catalog)
        #expect(s.pageID == DetailPage.id)
        #expect(Self.catalog.dataset.figures[s.detail.figure].id == "js-2023")
    }

    @Test func theIndicatorsListCountsDivisionsAndYears() {
        let s = run("c", width: 80, height: 24, catalog: builtInCatalog)
        let rows = s.page(IndicatorsPage.self)!.rows
        let coverage = IndicatorCoverage.of(builtInCatalog.dataset).filter { $0.figures > 0 }
        #expect(rows.count == coverage.count)
        for r in rows {
            let c = coverage.first { $0.indicator.id == r.indicator.id }!
            #expect(r.provinces == c.provinces.count && r.years == c.years && r.figures == c.figures)
        }
        #expect(zip(rows, rows.dropFirst()).allSatisfy { $0.provinces >= $1.provinces }, "the most widely reported first")
    }

    @Test func sourcesCountTheirRecordsAndReadTheSeed() {
        let s = run("r", width: 80, height: 24, catalog: seedCatalog)
        let rows = s.page(SourcesPage.self)!.rows
        let d = seedCatalog.dataset
        #expect(rows.count == d.sources.count)
        #expect(rows.map(\.figures).reduce(0, +) == d.figures.count)
        #expect(rows.map(\.measures).reduce(0, +) == d.measures.count)
        #expect(rows.map(\.events).reduce(0, +) == d.events.count)
        let text = SnapshotEncoder.text(Root.render(s, seedCatalog))
        #expect(text.contains("在手边"))
    }

    @Test func theReaderWalksTheFiguresOfItsSource() {
        // 内蒙古's source: its text is the seed, at hand.
        let row = run("r", catalog: seedCatalog).page(SourcesPage.self)!.rows.firstIndex {
            seedCatalog.dataset.sources[$0.source].id.hasPrefix("nm-")
        }!
        var s = run("r" + String(repeating: "j", count: row) + "<Enter>", width: 80, height: 24, catalog: seedCatalog)
        #expect(s.pageID == ReaderPage.id)
        let reader = s.page(ReaderPage.self)!
        #expect(reader.marks.count > 5)
        let starts = reader.marks.map { seedCatalog.dataset.figures[$0].span!.range.lowerBound }
        #expect(starts == starts.sorted(), "marks in the order they stand")
        for k in try! KeyScript.parse("nnn") { _ = Root.update(&s, .key(k), seedCatalog) }
        let at = s.page(ReaderPage.self)!
        #expect(at.current == 3)
        // The current mark is on screen, drawn as the selection.
        let screen = Root.render(s, seedCatalog)
        let selected = (0..<screen.height).contains { y in (0..<screen.width).contains { screen[$0, y].style.role == .selected } }
        #expect(selected)
        for k in try! KeyScript.parse("<Enter>") { _ = Root.update(&s, .key(k), seedCatalog) }
        #expect(s.pageID == DetailPage.id && s.detail.figure == at.marks[3])
        for k in try! KeyScript.parse("N") { _ = Root.update(&s, .key(k), seedCatalog) }
        for k in try! KeyScript.parse("<Esc>N") { _ = Root.update(&s, .key(k), seedCatalog) }
        #expect(s.page(ReaderPage.self)!.current == 2)
    }

    @Test func rOnAFigureOpensItsSourceAtItsNumber() {
        var s = run("<Enter>jj", width: 80, height: 24, catalog: seedCatalog)
        let figure = s.table.rows[s.table.list.selected]
        for k in try! KeyScript.parse("r") { _ = Root.update(&s, .key(k), seedCatalog) }
        #expect(s.pageID == ReaderPage.id)
        let reader = s.page(ReaderPage.self)!
        #expect(reader.marks[reader.current] == figure)
        for k in try! KeyScript.parse("<Esc>") { _ = Root.update(&s, .key(k), seedCatalog) }
        #expect(s.pageID == SourcesPage.id)
        for k in try! KeyScript.parse("<Esc>") { _ = Root.update(&s, .key(k), seedCatalog) }
        #expect(s.pageID == FiguresPage.id && s.table.rows[s.table.list.selected] == figure)
    }

    @Test func withoutTheTextTheReaderShowsTheCitation() {
        let s = run("r<Enter>", width: 80, height: 24, catalog: builtInCatalog)
        let text = SnapshotEncoder.text(Root.render(s, builtInCatalog))
        #expect(text.contains("报告原文不在手边"))
        #expect(text.contains("weibao --reports 目录"))
        #expect(s.page(ReaderPage.self)!.marks.isEmpty == false)
    }

    @Test(arguments: [(80, 24), (200, 60)])
    func aThirtyFourRowComparisonReads(width: Int, height: Int) {
        var s = run("c<Enter>", width: width, height: height, catalog: builtInCatalog)
        let screen = Root.render(s, builtInCatalog)
        #expect(rowsAreExactWidth(screen))
        for _ in 0..<40 { _ = Root.update(&s, .key(.down), builtInCatalog) }
        let page = s.page(ComparisonPage.self)!
        #expect(page.list.selected == Province.all.count - 1)
        let text = SnapshotEncoder.text(Root.render(s, builtInCatalog))
        #expect(text.contains(width >= 120 ? "澳门特别行政区" : "澳门"), "the last row scrolls into view")
    }
}
