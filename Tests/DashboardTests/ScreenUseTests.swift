import Testing
@testable import Dashboard
import Protection

/// Rough edges found by using the dashboard in real terminals: text that could not be
/// reached, columns that hid what they hold, footers offering keys that do nothing, help that
/// ran into the page, a caption describing shading that is not there, room left unused.
@Suite struct ScreenUseTests {
    let national = builtInCatalog
    func province(_ name: String) -> Int { Province.all.firstIndex { $0.shortName == name }! }
    func lines(_ s: DashboardState) -> [String] {
        SnapshotEncoder.text(Root.render(s, national)).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }
    /// Home with one division selected (by filtering to it and keeping the filter).
    func home(on name: String, width: Int, height: Int, then keys: String = "") -> DashboardState {
        run("/p:\(name)<Enter>" + keys, width: width, height: height, catalog: national)
    }

    /// Every event line is reachable: Tab to the events pane, then scroll to the end.
    @Test func eventsPaneScrollsToItsLastLine() {
        var s = home(on: "河南", width: 80, height: 24)
        let width = HomePage.Layout(area: Layout(width: 80, height: 24).body).eventRows.width
        let text = s.home.eventText(province("河南"), s.context(national), width: width)
        let last = text.lines.last!.map(\.text).joined().trimmingCharacters(in: .whitespaces)
        #expect(lines(s).joined().contains("还有"), "the pane is cut at 80×24")
        #expect(!lines(s).joined().contains(last))
        for k in try! KeyScript.parse("<Tab><Tab>") { _ = Root.update(&s, .key(k), national) }
        #expect(s.home.focus == .events)
        _ = Root.update(&s, .key(.char("G")), national)
        let shown = lines(s).joined()
        #expect(shown.contains(last), "the last line is on screen")
        #expect(shown.contains("/\(text.lines.count)"), "the pane says where it stands")
        let footer = lines(s)[23]
        #expect(!footer.contains("Enter"), "Enter does nothing on the events pane, so the footer does not offer it")
        _ = Root.update(&s, .key(.char("g")), national)
        #expect(s.home.eventScroll == 0)
        _ = Root.update(&s, .key(.tab), national)
        #expect(s.home.focus == .provinces)
    }

    /// Value, unit and as-written text get their natural widths at every width; the indicator
    /// takes the rest and no more.
    @Test(arguments: [120, 130, 250])
    func figureColumnsShowUnitsAndTextWhole(width: Int) {
        let s = run("/p:内蒙古<Enter><Enter>", width: width, height: 60, catalog: national)
        #expect(s.pageID == FiguresPage.id)
        let rows = lines(s).filter { $0.contains("孤儿平均基本生活保") }
        #expect(!rows.isEmpty)
        for row in rows {
            #expect(row.contains("元/人/月"), "\(width): \(row)")
            #expect(row.contains("每人每月 2004 元") || row.contains("每人每月 1712 元"), "\(width): \(row)")
        }
        let heading = lines(s).first { $0.contains("指标") && $0.contains("数值") }!
        let indicatorStart = DisplayWidth.of(String(heading.prefix(upTo: heading.range(of: "指标")!.lowerBound)))
        let valueEnd = DisplayWidth.of(String(heading.prefix(upTo: heading.range(of: "数值")!.upperBound)))
        let longest = s.table.rows.map { DisplayWidth.of(national.dataset.figures[$0].indicator) }.max()!
        #expect(valueEnd - indicatorStart <= longest + 1 + 16, "\(width): no padding past the longest name")
    }

    @Test func footerOffersOnlyKeysThatAct() {
        var s = Root.initialState(width: 80, height: 24, catalog: national)
        s.push(FiguresPage.open(province: province("天津"), system: nil, s.context(national)))
        #expect(s.table.rows.isEmpty)
        let footer = lines(s)[23]
        #expect(!footer.contains("Enter") && !footer.contains("排序"), "\(footer)")
        #expect(footer.contains("Esc 返回"))
        let full = run("<Enter>", width: 80, height: 24, catalog: national)
        #expect(lines(full)[23].contains("Enter 打开") && lines(full)[23].contains("s 排序"))
        let prompt = run("P", width: 80, height: 24, catalog: national)
        let promptFooter = lines(prompt)[23]
        #expect(promptFooter.contains("t text") && promptFooter.contains("Esc 取消"), "\(promptFooter)")
        #expect(!promptFooter.contains("Tab"), "Home's keys do not act at the prompt")
        let help = run("?", width: 80, height: 24, catalog: national)
        #expect(lines(help)[23].contains("PgDn 下一页") && lines(help)[23].contains("其他键 关闭帮助"))
    }

    /// A blank margin around the help box, and the box shaded, in every theme's terms.
    @Test(arguments: [(80, 24), (120, 40)])
    func helpStandsApartFromThePage(size: (Int, Int)) {
        let s = run("<Tab><Down><Down><Down>?", width: size.0, height: size.1, catalog: national)
        let screen = Root.render(s, national)
        let help = HelpOverlay(s)
        let box = help.box, margin = help.margin
        for y in margin.y..<margin.maxY {
            for x in margin.x..<margin.maxX where !box.contains(x: x, y: y) {
                #expect(screen[x, y].char == " " && screen[x, y].style == .normal, "margin at \(x),\(y)")
            }
        }
        let inner = (box.y + 1..<box.maxY - 1).flatMap { y in (box.x + 12..<box.maxX).map { screen[$0, y] } }
        #expect(inner.allSatisfy { $0.style.role == .overlay })
        for theme in Theme.all where theme.name != "monochrome" {
            #expect(theme.look(.overlay).bg != .default, "\(theme.name)")
            #expect(theme.forColors(8).look(.overlay).bg != .default, "\(theme.name)")
        }
    }

    /// The legend is drawn in the same roles as the cells, so it says what each shade means
    /// whatever the terminal shows; the caption no longer promises a background.
    @Test func matrixLegendUsesTheCellsOwnShades() {
        let s = run("m", width: 80, height: 24, catalog: national)
        let screen = Root.render(s, national)
        let caption = lines(s)[1]
        #expect(!caption.contains("底色"))
        #expect(caption.contains("色阶"))
        let max = national.maxCellCount
        let y = 1
        var roles: [Role] = []
        for x in 0..<80 where screen[x, y].style.role != .heading && (screen[x, y].char.isNumber || screen[x, y].char == "-") {
            roles.append(screen[x, y].style.role)
        }
        #expect(Set(roles) == [.heat0, .heat1, .heat2, .heat3, .heat4])
        #expect(caption.contains("\(3 * max / 4 + 1)~\(max)"), "\(caption)")
        #expect(MatrixPage.heat(max, max: max) == .heat4 && MatrixPage.heat(max / 4, max: max) == .heat1)
    }

    /// Where a terminal cannot hide its cursor, the screen says where the focus is.
    @Test func focusIsTheSelectedMarker() {
        var s = Root.initialState(width: 80, height: 24, catalog: national)
        var screen = Root.render(s, national)
        #expect(screen.focus.map { screen[$0.x, $0.y].char } == "›")
        _ = Root.update(&s, .key(.tab), national)
        screen = Root.render(s, national)
        let tile = HomePage.Layout(area: Layout(width: 80, height: 24).body).tiles[0]
        #expect(screen.focus.map { [$0.x, $0.y] } == [tile.x, tile.y])
        for k in try! KeyScript.parse("<Tab><Tab><Enter>jj") { _ = Root.update(&s, .key(k), national) }
        screen = Root.render(s, national)
        #expect(screen.focus.map { screen[$0.x, $0.y].char } == "›")
    }

    /// Big windows give the tiles room for more headline figures and the events the rest.
    @Test func tilesGrowWithTheWindow() {
        let big = home(on: "内蒙古", width: 250, height: 80)
        let rows = lines(big)
        #expect(rows.filter { $0.contains("孤儿平均基本生活保障标准") }.count >= 2, "a 政府 tile lists more than two figures")
        let layout = HomePage.Layout(area: Layout(width: 250, height: 80).body)
        #expect(layout.tileHeight > 5)
        #expect(layout.eventsArea.height >= 10)
        #expect(HomePage.Layout(area: Layout(width: 120, height: 40).body).tileHeight == 5, "sizes up to 40 rows keep their layout")
    }
}
