import Testing
@testable import Dashboard
import Protection

/// Key sequences through `update`: what a user does, checked on the state.
@Suite struct StateMachineTests {
    @Test func drillDownAndBackKeepsTheSelection() {
        var s = Root.initialState(width: 100, height: 30, catalog: seedCatalog)
        let keys = try! KeyScript.parse("<Tab><Right><Enter>jj<Enter>")
        for k in keys { _ = Root.update(&s, .key(k), seedCatalog) }
        #expect(s.pageID == DetailPage.id)
        #expect(s.detail.context.system == .school)
        let shown = s.detail.figure
        #expect(seedCatalog.dataset.figures[shown].system == .school)
        _ = Root.update(&s, .key(.escape), seedCatalog)
        #expect(s.pageID == FiguresPage.id)
        #expect(s.table.list.selected == 2)
        #expect(s.table.rows[s.table.list.selected] == shown)
        _ = Root.update(&s, .key(.backspace), seedCatalog)
        #expect(s.pageID == HomePage.id)
        #expect(s.home.focus == .tiles && s.home.tile == 1)
        _ = Root.update(&s, .key(.escape), seedCatalog)
        #expect(s.pageIDs == [HomePage.id], "Esc on Home stays")
    }

    @Test func selectionStaysInRangeAndVisibleAtEverySize() {
        for (w, h) in [(80, 24), (100, 30), (120, 40), (200, 60)] {
            var s = Root.initialState(width: w, height: h, catalog: seedCatalog)
            for _ in 0..<50 { _ = Root.update(&s, .key(.down), seedCatalog) }
            #expect(s.home.provinces.selected == Province.all.count - 1)
            let rows = homeLayout(width: w, height: h).provinceRows.height
            #expect(s.home.provinces.selected >= s.home.provinces.offset && s.home.provinces.selected < s.home.provinces.offset + rows)
            let text = SnapshotEncoder.text(Root.render(s, seedCatalog))
            #expect(text.contains("›澳门"), "the last division is visible and marked at \(w)x\(h)")
            _ = Root.update(&s, .key(.char("g")), seedCatalog)
            #expect(s.home.provinces.selected == 0 && s.home.provinces.offset == 0)
            _ = Root.update(&s, .key(.char("G")), seedCatalog)
            _ = Root.update(&s, .resize(width: 80, height: 24), seedCatalog)
            let small = homeLayout(width: 80, height: 24).provinceRows.height
            #expect(s.home.provinces.selected < s.home.provinces.offset + small, "shrinking keeps the selection visible")
        }
    }

    @Test func pagingClampsAtBothEnds() {
        let s = run("<PgDn><PgDn><PgDn><PgDn><PgUp>", width: 80, height: 24)
        let rows = homeLayout(width: 80, height: 24).provinceRows.height
        #expect(s.home.provinces.selected == Province.all.count - 1 - rows)
        let top = run("<PgUp><Up><Up>", width: 80, height: 24)
        #expect(top.home.provinces.selected == 0)
    }

    @Test func sortingCyclesAndKeepsTheSelectedFigure() {
        var s = run("<Enter>jjj")
        let before = s.table.rows[s.table.list.selected]
        _ = Root.update(&s, .key(.char("s")), seedCatalog)
        #expect(s.table.sort == .valueDescending)
        #expect(s.table.rows[s.table.list.selected] == before)
        expectGroupedByUnitThenDescending(s.table.rows, seedCatalog)
        _ = Root.update(&s, .key(.char("s")), seedCatalog)
        #expect(s.table.sort == .indicator)
        let keys = s.table.rows.map { Pinyin.sortKey(for: seedCatalog.dataset.figures[$0].indicator) }
        #expect(keys == keys.sorted(), "by pinyin")
        _ = Root.update(&s, .key(.char("s")), seedCatalog)
        #expect(s.table.sort == .system)
        let text = SnapshotEncoder.text(Root.render(s, seedCatalog))
        #expect(text.contains("排序：系统"))
    }

    @Test func matrixOpensTheCellUnderTheCursor() {
        let s = run("m<Right><Right><Right><Right><Enter>")
        #expect(s.pageID == FiguresPage.id)
        #expect(s.table.context.system == .government)
        #expect(s.table.context.province == Province.index(named: "内蒙古"))
        #expect(s.table.rows.allSatisfy { seedCatalog.dataset.figures[$0].system == .government })
        #expect(s.table.rows.count == seedCatalog.dataset.figureCount(province: s.table.context.province, system: .government))
    }

    @Test func helpOverlaysAndAnyKeyCloses() {
        var s = run("?")
        #expect(s.mode == .help)
        let text = SnapshotEncoder.text(Root.render(s, seedCatalog))
        for binding in KeyMap.standard.help(for: HomePage.id) { #expect(text.contains(binding.help), "\(binding.help) listed") }
        _ = Root.update(&s, .key(.char("q")), seedCatalog)
        #expect(s.mode == .normal, "q closes help rather than quitting")
        #expect(Root.update(&s, .key(.char("q")), seedCatalog) == .quit)
    }

    @Test func footerComesFromTheKeyTable() {
        let text = SnapshotEncoder.text(screen("<Enter>", width: 120, height: 40))
        let footer = text.split(separator: "\n").last.map(String.init) ?? ""
        let s = run("<Enter>", width: 120, height: 40)
        for b in KeyMap.standard.footer(for: FiguresPage.id) where s.top.offers(b.action, s.context()) {
            #expect(footer.contains(b.help))
        }
        #expect(!footer.contains("趋势"), "the first figure has no canonical indicator, so t is not offered")
        #expect(!footer.contains("切换窗格"), "Tab does nothing on the figures page, so it is not offered")
    }

    @Test func effectsForTheOutsideWorld() {
        var s = run("")
        #expect(Root.update(&s, .key(.ctrl("l")), seedCatalog) == .redraw)
        #expect(Root.update(&s, .key(.ctrl("z")), seedCatalog) == .suspend)
        #expect(Root.update(&s, .resize(width: 90, height: 30), seedCatalog) == .redraw)
        #expect(s.width == 90)
    }

    @Test func mouseSelectsThenOpens() {
        var s = run("")
        let layout = homeLayout(width: 100, height: 30)
        let row = layout.provinceRows
        _ = Root.update(&s, .mouse(MouseEvent(x: row.x + 2, y: row.y + 2, button: .left)), seedCatalog)
        #expect(s.home.provinces.selected == 2)
        _ = Root.update(&s, .mouse(MouseEvent(x: row.x + 2, y: row.y + 2, button: .left)), seedCatalog)
        #expect(s.pageID == FiguresPage.id)
        _ = Root.update(&s, .key(.escape), seedCatalog)
        let tile = layout.tiles[3]
        _ = Root.update(&s, .mouse(MouseEvent(x: tile.x + 1, y: tile.y, button: .left)), seedCatalog)
        #expect(s.home.focus == .tiles && s.home.tile == 3)
        _ = Root.update(&s, .mouse(MouseEvent(x: 1, y: row.y, button: .wheelDown)), seedCatalog)
        #expect(s.home.tile == 6, "the wheel moves within the focused pane")
        var off = run("", width: 100, height: 30)
        off.options.mouse = false
        _ = Root.update(&off, .mouse(MouseEvent(x: row.x + 2, y: row.y + 2, button: .left)), seedCatalog)
        #expect(off.home.provinces.selected == 0, "--no-mouse ignores clicks")
    }

    @Test func detailScrollsAndClamps() {
        var s = run("<Enter><Enter>", width: 80, height: 24)
        #expect(s.pageID == DetailPage.id)
        for _ in 0..<500 { _ = Root.update(&s, .key(.down), seedCatalog) }
        let area = Layout(width: 80, height: 24).body
        let total = DetailPage.lines(s.detail.figure, s.context(), width: area.width - 2).count
        #expect(s.detail.scroll == max(0, total - area.height))
        _ = Root.update(&s, .key(.char("g")), seedCatalog)
        #expect(s.detail.scroll == 0)
    }

    @Test func emptyProvinceOpensAnEmptyTableThatSaysSo() {
        let s = run("G<Enter>")
        #expect(s.pageID == FiguresPage.id)
        #expect(s.table.rows.isEmpty)
        let text = SnapshotEncoder.text(Root.render(s, seedCatalog))
        #expect(text.contains("这里没有数据"))
        var t = s
        _ = Root.update(&t, .key(.enter), seedCatalog)
        #expect(t.pageID == FiguresPage.id, "Enter on an empty table stays")
    }

    @Test func aSnapshotIsTheScreenShownAndItsResultComesBackAsAMessage() {
        var s = run("<Tab>s")  // a status message on screen, the tiles focused
        let shown = Root.render(s, seedCatalog)
        guard case .saveSnapshot(.text, let screen) = Root.update(&s, .key(.char("p")), seedCatalog) else {
            Issue.record("p saves the configured format")
            return
        }
        #expect(screen == shown, "the screen before the key, status line included")
        _ = Root.update(&s, .snapshotSaved(path: "./weibao-20260615-093012.txt"), seedCatalog)
        #expect(s.status == StatusMessage(text: "已保存 weibao-20260615-093012.txt", isError: false))
        _ = Root.update(&s, .snapshotFailed(reason: "无法保存快照：目录 /x 不存在"), seedCatalog)
        #expect(s.status?.isError == true)
        // After P the prompt is not in the snapshot; any other key saves nothing.
        var t = run("P")
        var seen = t
        seen.mode = .normal
        guard case .saveSnapshot(.svg, let prompted) = Root.update(&t, .key(.char("s")), seedCatalog) else {
            Issue.record("P s saves SVG")
            return
        }
        #expect(prompted == Root.render(seen, seedCatalog))
        var u = run("P")
        #expect(Root.update(&u, .key(.char("x")), seedCatalog) == .none)
        #expect(u.status?.text == "没有保存快照" && u.mode == .normal)
    }

    @Test func backRestoresEachPageAsItWasLeft() {
        // Figures of 内蒙古, third row; the matrix from there; another table from the matrix.
        var s = run("<Enter>jj")
        let first = s.table
        for k in try! KeyScript.parse("m<Right><Enter>j") { _ = Root.update(&s, .key(k), seedCatalog) }
        #expect(s.pageIDs == [HomePage.id, FiguresPage.id, MatrixPage.id, FiguresPage.id])
        #expect(s.table.context.system == .school)
        _ = Root.update(&s, .key(.escape), seedCatalog)
        #expect(s.matrix.column == 1)
        _ = Root.update(&s, .key(.escape), seedCatalog)
        #expect(s.table == first, "the first table, its rows and selection as they were")
        let text = SnapshotEncoder.text(Root.render(s, seedCatalog))
        #expect(text.contains("内蒙古 › 全部系统"))
    }

    @Test func aTableOpenedAgainKeepsItsSortOrder() {
        var s = run("<Enter>s<Esc>")
        #expect(s.pageIDs == [HomePage.id])
        _ = Root.update(&s, .key(.enter), seedCatalog)
        #expect(s.table.sort == .valueDescending)
    }

    /// Below 80×24 nothing is visible to act on, so moving, paging, opening and snapshots do
    /// nothing; growing the window shows the state as it was before.
    @Test func keysUnderTheSizeMessageDoNothing() {
        var s = Root.initialState(width: 40, height: 10, catalog: seedCatalog)
        let before = s
        for k in try! KeyScript.parse("jjm<Tab><Enter>/Gg") {
            #expect(Root.update(&s, .key(k), seedCatalog) == .none, "\(k)")
        }
        #expect(Root.update(&s, .key(.char("p")), seedCatalog) == .none, "no snapshot of the size message")
        _ = Root.update(&s, .key(.char("P")), seedCatalog)
        #expect(s.mode == .normal)
        _ = Root.update(&s, .mouse(MouseEvent(x: 5, y: 5, button: .left)), seedCatalog)
        _ = Root.update(&s, .resize(width: 80, height: 24), seedCatalog)
        var fresh = before
        _ = Root.update(&fresh, .resize(width: 80, height: 24), seedCatalog)
        #expect(s.pageIDs == [HomePage.id])
        #expect(s.home.provinces.selected == 0 && s.home.focus == fresh.home.focus)
        #expect(Root.render(s, seedCatalog) == Root.render(fresh, seedCatalog))
        var small = before
        #expect(Root.update(&small, .key(.ctrl("l")), seedCatalog) == .redraw)
        #expect(Root.update(&small, .key(.ctrl("z")), seedCatalog) == .suspend)
        #expect(Root.update(&small, .key(.char("q")), seedCatalog) == .quit)
        _ = Root.update(&small, .resize(width: 100, height: 30), seedCatalog)
        _ = Root.update(&small, .key(.char("/")), seedCatalog)
        _ = Root.update(&small, .resize(width: 40, height: 10), seedCatalog)
        #expect(Root.update(&small, .key(.char("q")), seedCatalog) == .quit, "q quits from the filter line too, as the size screen says")
    }

    /// 数值 compares only within a unit: the units (人 with 名) are contiguous groups, the
    /// largest group first, each largest value first. 指标 is by pinyin: 临 (lin) before
    /// 三 (san), which code-point order reverses.
    @Test func sortsWithinUnitsAndByPinyin() {
        let national = builtInCatalog
        let mongolia = Province.all.firstIndex { $0.shortName == "内蒙古" }!
        var s = Root.initialState(width: 120, height: 40, catalog: national)
        var page = FiguresPage.open(province: mongolia, system: nil, s.context(national))
        page.sort = .valueDescending
        page.refresh(s.context(national), keepingSelection: false)
        expectGroupedByUnitThenDescending(page.rows, national)
        let units = page.rows.map { UnitFamily.family(of: national.dataset.figures[$0].unit) }
        #expect(Set(units).count > 3, "the province mixes units")
        page.sort = .indicator
        page.refresh(s.context(national), keepingSelection: false)
        let names = page.rows.map { national.dataset.figures[$0].indicator }
        let lin = names.firstIndex { $0.hasPrefix("临") }, san = names.firstIndex { $0.hasPrefix("三") }
        #expect(lin != nil && san != nil && lin! < san!, "临 (lin) before 三 (san)")
        #expect("三" < "临", "code-point order, which the table no longer uses, puts 三 first")
        s.push(page)
        let text = SnapshotEncoder.text(Root.render(s, national))
        #expect(text.contains("排序：指标"))
    }
}

/// Rows sorted by value: each unit family one contiguous run, values descending within it,
/// and the runs by size, largest first.
func expectGroupedByUnitThenDescending(_ rows: [Int], _ catalog: Catalog, sourceLocation: SourceLocation = #_sourceLocation) {
    let figures = rows.map { catalog.dataset.figures[$0] }
    var runs: [(String, [ExactNumber])] = []
    for f in figures {
        let family = UnitFamily.family(of: f.unit)
        if runs.last?.0 == family { runs[runs.count - 1].1.append(f.value) } else { runs.append((family, [f.value])) }
    }
    #expect(Set(runs.map(\.0)).count == runs.count, "each unit is one group", sourceLocation: sourceLocation)
    for (_, values) in runs {
        #expect(zip(values, values.dropFirst()).allSatisfy { ExactNumber.compare($0, $1) >= 0 }, sourceLocation: sourceLocation)
    }
    let sizes = runs.map { $0.1.count }
    #expect(sizes == sizes.sorted(by: >), "the largest group first", sourceLocation: sourceLocation)
}
