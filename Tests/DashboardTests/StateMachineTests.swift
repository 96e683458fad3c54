import Testing
@testable import Dashboard
import Protection

/// Key sequences through `update`: what a user does, checked on the state.
@Suite struct StateMachineTests {
    @Test func drillDownAndBackKeepsTheSelection() {
        var s = Dashboard.initialState(width: 100, height: 30, catalog: seedCatalog)
        let keys = try! KeyScript.parse("<Tab><Right><Enter>jj<Enter>")
        for k in keys { _ = Dashboard.update(&s, .key(k), seedCatalog) }
        #expect(s.page == .detail)
        #expect(s.figuresContext.system == .school)
        let shown = s.detailFigure
        #expect(seedCatalog.dataset.figures[shown].system == .school)
        _ = Dashboard.update(&s, .key(.escape), seedCatalog)
        #expect(s.page == .figures)
        #expect(s.figures.selected == 2)
        #expect(s.figureRows[s.figures.selected] == shown)
        _ = Dashboard.update(&s, .key(.backspace), seedCatalog)
        #expect(s.page == .home)
        #expect(s.focus == .tiles && s.tile == 1)
        _ = Dashboard.update(&s, .key(.escape), seedCatalog)
        #expect(s.page == .home, "Esc on Home stays")
    }

    @Test func selectionStaysInRangeAndVisibleAtEverySize() {
        for (w, h) in [(80, 24), (100, 30), (120, 40), (200, 60)] {
            var s = Dashboard.initialState(width: w, height: h, catalog: seedCatalog)
            for _ in 0..<50 { _ = Dashboard.update(&s, .key(.down), seedCatalog) }
            #expect(s.provinces.selected == Province.all.count - 1)
            let rows = Layout(width: w, height: h).provinceRows.height
            #expect(s.provinces.selected >= s.provinces.offset && s.provinces.selected < s.provinces.offset + rows)
            let text = SnapshotEncoder.text(Dashboard.render(s, seedCatalog))
            #expect(text.contains("›澳门"), "the last division is visible and marked at \(w)x\(h)")
            _ = Dashboard.update(&s, .key(.char("g")), seedCatalog)
            #expect(s.provinces.selected == 0 && s.provinces.offset == 0)
            _ = Dashboard.update(&s, .key(.char("G")), seedCatalog)
            _ = Dashboard.update(&s, .resize(width: 80, height: 24), seedCatalog)
            let small = Layout(width: 80, height: 24).provinceRows.height
            #expect(s.provinces.selected < s.provinces.offset + small, "shrinking keeps the selection visible")
        }
    }

    @Test func pagingClampsAtBothEnds() {
        let s = run("<PgDn><PgDn><PgDn><PgDn><PgUp>", width: 80, height: 24)
        let rows = Layout(width: 80, height: 24).provinceRows.height
        #expect(s.provinces.selected == Province.all.count - 1 - rows)
        let top = run("<PgUp><Up><Up>", width: 80, height: 24)
        #expect(top.provinces.selected == 0)
    }

    @Test func sortingCyclesAndKeepsTheSelectedFigure() {
        var s = run("<Enter>jjj")
        let before = s.figureRows[s.figures.selected]
        _ = Dashboard.update(&s, .key(.char("s")), seedCatalog)
        #expect(s.sort == .valueDescending)
        #expect(s.figureRows[s.figures.selected] == before)
        let values = s.figureRows.map { seedCatalog.dataset.figures[$0].value }
        #expect(zip(values, values.dropFirst()).allSatisfy { $0 >= $1 })
        _ = Dashboard.update(&s, .key(.char("s")), seedCatalog)
        #expect(s.sort == .indicator)
        _ = Dashboard.update(&s, .key(.char("s")), seedCatalog)
        #expect(s.sort == .system)
        let text = SnapshotEncoder.text(Dashboard.render(s, seedCatalog))
        #expect(text.contains("排序：系统"))
    }

    @Test func matrixOpensTheCellUnderTheCursor() {
        let s = run("m<Right><Right><Right><Right><Enter>")
        #expect(s.page == .figures)
        #expect(s.figuresContext.system == .government)
        #expect(s.figuresContext.province == Province.index(named: "内蒙古"))
        #expect(s.figureRows.allSatisfy { seedCatalog.dataset.figures[$0].system == .government })
        #expect(s.figureRows.count == seedCatalog.dataset.figureCount(province: s.figuresContext.province, system: .government))
    }

    @Test func helpOverlaysAndAnyKeyCloses() {
        var s = run("?")
        #expect(s.showHelp)
        let text = SnapshotEncoder.text(Dashboard.render(s, seedCatalog))
        for binding in KeyTable.help(for: .home) { #expect(text.contains(binding.help), "\(binding.help) listed") }
        _ = Dashboard.update(&s, .key(.char("q")), seedCatalog)
        #expect(!s.showHelp, "q closes help rather than quitting")
        #expect(Dashboard.update(&s, .key(.char("q")), seedCatalog) == .quit)
    }

    @Test func footerComesFromTheKeyTable() {
        let text = SnapshotEncoder.text(screen("<Enter>", width: 120, height: 40))
        let footer = text.split(separator: "\n").last.map(String.init) ?? ""
        for b in KeyTable.footer(for: .figures) { #expect(footer.contains(b.help)) }
        #expect(!footer.contains("切换窗格"), "Tab does nothing on the figures page, so it is not offered")
    }

    @Test func effectsForTheOutsideWorld() {
        var s = run("")
        #expect(Dashboard.update(&s, .key(.ctrl("l")), seedCatalog) == .redraw)
        #expect(Dashboard.update(&s, .key(.ctrl("z")), seedCatalog) == .suspend)
        #expect(Dashboard.update(&s, .resize(width: 90, height: 30), seedCatalog) == .redraw)
        #expect(s.width == 90)
    }

    @Test func mouseSelectsThenOpens() {
        var s = run("")
        let layout = Layout(width: 100, height: 30)
        let row = layout.provinceRows
        _ = Dashboard.update(&s, .mouse(MouseEvent(x: row.x + 2, y: row.y + 2, button: .left)), seedCatalog)
        #expect(s.provinces.selected == 2)
        _ = Dashboard.update(&s, .mouse(MouseEvent(x: row.x + 2, y: row.y + 2, button: .left)), seedCatalog)
        #expect(s.page == .figures)
        _ = Dashboard.update(&s, .key(.escape), seedCatalog)
        let tile = layout.tiles[3]
        _ = Dashboard.update(&s, .mouse(MouseEvent(x: tile.x + 1, y: tile.y, button: .left)), seedCatalog)
        #expect(s.focus == .tiles && s.tile == 3)
        _ = Dashboard.update(&s, .mouse(MouseEvent(x: 1, y: row.y, button: .wheelDown)), seedCatalog)
        #expect(s.tile == 6, "the wheel moves within the focused pane")
        var off = run("", width: 100, height: 30)
        off.options.mouse = false
        _ = Dashboard.update(&off, .mouse(MouseEvent(x: row.x + 2, y: row.y + 2, button: .left)), seedCatalog)
        #expect(off.provinces.selected == 0, "--no-mouse ignores clicks")
    }

    @Test func detailScrollsAndClamps() {
        var s = run("<Enter><Enter>", width: 80, height: 24)
        #expect(s.page == .detail)
        for _ in 0..<500 { _ = Dashboard.update(&s, .key(.down), seedCatalog) }
        let total = DetailView.lines(s, seedCatalog, width: Layout(width: 80, height: 24).detailRows.width - 2).count
        #expect(s.detailScroll == max(0, total - Layout(width: 80, height: 24).detailRows.height))
        _ = Dashboard.update(&s, .key(.char("g")), seedCatalog)
        #expect(s.detailScroll == 0)
    }

    @Test func emptyProvinceOpensAnEmptyTableThatSaysSo() {
        let s = run("G<Enter>")
        #expect(s.page == .figures)
        #expect(s.figureRows.isEmpty)
        let text = SnapshotEncoder.text(Dashboard.render(s, seedCatalog))
        #expect(text.contains("这里没有数据"))
        var t = s
        _ = Dashboard.update(&t, .key(.enter), seedCatalog)
        #expect(t.page == .figures, "Enter on an empty table stays")
    }
}
