import Testing
@testable import Dashboard
import Protection

/// The widgets on their own: cells of a small Screen, wide glyphs at the edges, empty data,
/// one-row areas, clamped offsets. Each draws into a Rect and leaves every other cell alone.
@Suite struct WidgetTests {
    /// A screen full of "x", so anything drawn outside the area shows.
    func canvas(_ width: Int, _ height: Int) -> Screen {
        var s = Screen(width: width, height: height)
        s.fill(Rect(x: 0, y: 0, width: width, height: height), "x")
        return s
    }

    func untouchedOutside(_ screen: Screen, _ area: Rect) -> Bool {
        (0..<screen.height).allSatisfy { y in
            (0..<screen.width).allSatisfy { x in area.contains(x: x, y: y) || screen[x, y].char == "x" && screen[x, y].width == 1 }
        }
    }

    /// No wide glyph has lost its half.
    func pairsIntact(_ screen: Screen) -> Bool {
        (0..<screen.height).allSatisfy { y in
            var previousWide = false
            for cell in screen.row(y) {
                if (cell.width == 0) != previousWide { return false }
                previousWide = cell.width == 2
            }
            return !previousWide
        }
    }

    // MARK: ListState

    @Test func listStateClampsItsOffsetToKeepTheSelectionVisible() {
        var l = ListState(selected: 40, offset: 0)
        l.keepVisible(count: 34, viewport: 10)
        #expect(l.selected == 33 && l.offset == 24)
        l.selected = 2
        l.keepVisible(count: 34, viewport: 10)
        #expect(l.offset == 2)
        l.keepVisible(count: 34, viewport: 50)
        #expect(l.offset == 0, "a window larger than the list starts at the top")
        l.keepVisible(count: 0, viewport: 5)
        #expect(l == ListState())
        var one = ListState(selected: 5, offset: 0)
        one.keepVisible(count: 10, viewport: 0)
        #expect(one.offset == 5, "a zero-row window still shows the selection")
    }

    @Test func stepMovesWithoutClamping() {
        var l = ListState(selected: 3)
        l.step(.pageDown, page: 10, count: 20)
        #expect(l.selected == 13)
        l.step(.bottom, page: 10, count: 20)
        #expect(l.selected == 19)
        l.step(.top, page: 10, count: 20)
        l.step(.up, page: 10, count: 20)
        #expect(l.selected == -1, "keepVisible clamps afterwards")
    }

    // MARK: List

    @Test func listDrawsItsWindowWithAMarker() {
        var screen = canvas(12, 5)
        let area = Rect(x: 1, y: 1, width: 10, height: 3)
        let names = ["北京", "天津", "河北", "山西", "内蒙古"]
        List(count: names.count, marker: ">").draw(into: &screen, area, state: ListState(selected: 4, offset: 0)) { screen, i, rect, _ in
            screen.putPadded(names[i], x: rect.x, y: rect.y, columns: rect.width)
        }
        #expect(screen.lines[1] == "x 河北     x")
        #expect(screen.lines[2] == "x 山西     x")
        #expect(screen.lines[3] == "x>内蒙古   x", "the window moved so the selection shows")
        #expect(untouchedOutside(screen, area))
    }

    @Test func listSaysWhenEmptyAndFitsOneRow() {
        var screen = canvas(10, 3)
        let area = Rect(x: 0, y: 1, width: 10, height: 1)
        List(count: 0, marker: ">", emptyMessage: " 没有匹配的").draw(into: &screen, area, state: ListState()) { _, _, _, _ in
            Issue.record("no rows to draw")
        }
        #expect(screen.lines[1] == " 没有匹配…", "cut with the ellipsis counted, inside the area")
        #expect(untouchedOutside(screen, area) && pairsIntact(screen))
        var rows = 0
        List(count: 9, marker: ">").draw(into: &screen, area, state: ListState(selected: 7)) { _, i, _, selected in
            rows += 1
            #expect(i == 7 && selected)
        }
        #expect(rows == 1)
    }

    @Test func listWithoutAMarkerOnlyScrolls() {
        var screen = canvas(6, 2)
        let area = Rect(x: 0, y: 0, width: 6, height: 2)
        var drawn: [Int] = []
        List(count: 10, marker: nil).draw(into: &screen, area, state: ListState(selected: 4, offset: 4)) { screen, i, rect, _ in
            drawn.append(i)
            #expect(rect.x == 0 && rect.width == 6)
            screen.putPadded("行\(i)", x: rect.x, y: rect.y, columns: rect.width)
        }
        #expect(drawn == [4, 5])
        #expect(screen.lines == ["行4   ", "行5   "])
    }

    // MARK: Table

    struct Row { var name: String; var value: String }

    func table(_ rows: [Row], sortColumn: Int? = nil, query: Query? = nil) -> Table<Row> {
        Table(columns: [Table<Row>.Column("名称", .fill(min: 4), field: .indicator) { $0.name },
                        Table<Row>.Column("数值", .fixed(6), alignRight: true, role: .number) { $0.value }],
              count: rows.count, row: { rows[$0] }, marker: ">", emptyMessage: " 空", sortColumn: sortColumn, sortMark: "↓",
              query: query)
    }

    @Test func tableColumnsFillTheWidthAndNumbersAlignRight() {
        let t = table([Row(name: "家长学校", value: "91.9"), Row(name: "学校", value: "1,200")])
        #expect(t.widths(20) == [11, 6], "marker, fill, gap, six, gap")
        var screen = canvas(22, 4)
        t.drawHeading(into: &screen, Rect(x: 1, y: 0, width: 20, height: 1))
        t.drawRows(into: &screen, Rect(x: 1, y: 1, width: 20, height: 2), state: ListState(selected: 1))
        #expect(screen.lines[0] == "x 名称          数值 x")
        #expect(screen.lines[1] == "x 家长学校      91.9 x")
        #expect(screen.lines[2] == "x>学校         1,200 x")
        #expect(screen[15, 1].style.role == .number, "numbers styled on unselected rows")
        #expect(screen[15, 2].style.role == .selected && screen[20, 2].style.role == .selected, "the selected row is a bar")
        #expect(untouchedOutside(screen, Rect(x: 1, y: 0, width: 20, height: 3)))
    }

    @Test func tableMarksTheSortColumnAndTheMatches() throws {
        let t = table([Row(name: "家长学校", value: "1")], sortColumn: 1, query: try Query.parse("学校"))
        var screen = Screen(width: 20, height: 2)
        t.drawHeading(into: &screen, Rect(x: 0, y: 0, width: 20, height: 1))
        t.drawRows(into: &screen, Rect(x: 0, y: 1, width: 20, height: 1), state: ListState(selected: 5))
        #expect(screen.lines[0].contains("数值↓"))
        #expect(!screen[1, 1].style.underline && screen[5, 1].style.underline && screen[7, 1].style.underline,
                "学校 inside 家长学校 is underlined, 家长 is not")
    }

    @Test func tableNeverSplitsAWideGlyphAtItsRightEdge() {
        let t = table([Row(name: "家长学校开办率", value: "9")])
        var screen = canvas(15, 1)
        // Fill gets 15 - 1 - 7 - 1 = 6 columns: 家长学 would be six, with the ellipsis only 家长….
        t.drawRows(into: &screen, Rect(x: 0, y: 0, width: 15, height: 1), state: ListState())
        #expect(screen.lines[0] == ">家长…  " + "     9 ")
        #expect(pairsIntact(screen))
    }

    @Test func anEmptyTableSaysSo() {
        var screen = canvas(10, 2)
        table([]).drawRows(into: &screen, Rect(x: 0, y: 0, width: 10, height: 2), state: ListState(selected: 3, offset: 2))
        #expect(screen.lines == [" 空       ", "          "], "the message, and the rest of the area blank")
    }

    // MARK: TextBlock

    @Test func textBlockScrollsAndMarksWhereItIs() {
        let block = TextBlock(wrapping: [Span("家长学校开办率达到百分之九十一点九。")], width: 8)
        #expect(block.lines.map { $0.map(\.text).joined() } == ["家长学校", "开办率达", "到百分之", "九十一点", "九。"])
        #expect(block.maxScroll(height: 2) == 3)
        var screen = canvas(12, 3)
        let area = Rect(x: 1, y: 0, width: 10, height: 2)
        block.draw(into: &screen, area, scroll: 3, margin: 1, mark: .position)
        #expect(screen.lines[0] == "x 九十4-5/5x", "the mark at the area's right edge")
        #expect(screen.lines[1] == "x 九。     x")
        #expect(untouchedOutside(screen, area) && pairsIntact(screen))
    }

    @Test func textBlockSaysHowMuchIsLeftBelow() {
        let lines: [StyledLine] = (1...5).map { [Span("第\($0)行内容很长很长")] }
        var screen = canvas(16, 3)
        let area = Rect(x: 0, y: 0, width: 15, height: 3)
        TextBlock(lines).draw(into: &screen, area, mark: .more(ellipsis: "…"))
        #expect(screen.lines[2] == "第 … 还有 2 行 x", "the mark over the last row, a half glyph blanked")
        #expect(untouchedOutside(screen, area) && pairsIntact(screen))
    }

    @Test func textBlockInOneRowAndWithNothing() {
        var screen = canvas(6, 2)
        TextBlock([]).draw(into: &screen, Rect(x: 0, y: 0, width: 6, height: 2), mark: .position)
        #expect(screen.lines == ["      ", "      "], "nothing to draw: the area blank, no mark")
        // A wide glyph that would straddle the edge is not half-drawn.
        screen = canvas(6, 2)
        TextBlock([[Span("a学校")]]).draw(into: &screen, Rect(x: 0, y: 1, width: 4, height: 1))
        #expect(screen.lines[1] == "a学 xx")
        #expect(pairsIntact(screen))
    }

    // MARK: BarChart

    @Test func barsFillInEighthsOrWholeCells() {
        #expect(BarChart.cells(0.5, of: 4, glyphs: .unicode, eighths: true) == "██")
        #expect(BarChart.cells(0.55, of: 4, glyphs: .unicode, eighths: true) == "██▎")
        #expect(BarChart.cells(1 / 32, of: 4, glyphs: .unicode, eighths: true) == "▏")
        #expect(BarChart.cells(0.55, of: 4, glyphs: .unicode, eighths: false) == "██")
        #expect(BarChart.cells(0.55, of: 4, glyphs: .ascii, eighths: true) == "##", "--ascii: whole cells")
        #expect(BarChart.cells(3, of: 4, glyphs: .unicode, eighths: true) == "████", "never past the width")
        #expect(BarChart.cells(-1, of: 4, glyphs: .unicode, eighths: true) == "")
        #expect(BarChart.cells(.nan, of: 4, glyphs: .unicode, eighths: true) == "")
    }

    @Test func aChartDrawsLabelBarAndTheValueAsWritten() {
        let chart = BarChart([BarChart.Bar("学校", value: 201, text: "201所"), BarChart.Bar("家庭", value: 104, text: "104所")],
                             glyphs: .unicode)
        var screen = canvas(22, 3)
        let area = Rect(x: 1, y: 0, width: 20, height: 2)
        chart.draw(into: &screen, area)
        // Label 4 columns, value 5, bar 20 - 4 - 5 - 2 = 9 cells.
        #expect(screen.lines[0] == "x学校 █████████ 201所x")
        #expect(screen.lines[1] == "x家庭 ████▋     104所x")
        #expect(screen[6, 0].style.role == .barTo && screen[17, 0].style.role == .number)
        #expect(untouchedOutside(screen, area) && pairsIntact(screen))
    }

    @Test func aChartInATinyAreaOrWithoutBars() {
        var screen = canvas(7, 2)
        BarChart([], glyphs: .unicode).draw(into: &screen, Rect(x: 0, y: 0, width: 7, height: 2))
        #expect(screen.lines == ["xxxxxxx", "xxxxxxx"])
        let wide = BarChart([BarChart.Bar("内蒙古自治区", value: 1, text: "1万人"), BarChart.Bar("b", value: 2, text: "2")],
                            glyphs: .ascii)
        let area = Rect(x: 0, y: 1, width: 7, height: 1)
        wide.draw(into: &screen, area)
        #expect(screen.lines[1] == "…  # 1…", "labels and values cut to a third each, the bar between")
        #expect(untouchedOutside(screen, area) && pairsIntact(screen))
    }

    @Test func gaugeAndTextBarsKeepTheirWidth() {
        let g = BarChart.gauge(0.919, width: 10, glyphs: .unicode)
        #expect(g.map(\.text) == ["█████████", "░"])
        let chart = BarChart([BarChart.Bar("2021", value: 201, text: "201"), BarChart.Bar("2023", value: 104, text: "104")],
                             maximum: 201, glyphs: .unicode, eighths: false)
        let line = chart.spans(chart.bars[1], labelWidth: 4, barWidth: 10, indent: "  ")
        #expect(line.map(\.text).joined() == "  2023  █████      104")
        #expect(DisplayWidth.of(line.map(\.text).joined()) == 2 + 4 + 2 + 10 + 1 + 3)
    }
}
