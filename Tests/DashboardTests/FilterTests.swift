import Testing
@testable import Dashboard
import Protection

/// The live filter in the dashboard: keys in, narrowed panes and highlights out.
@Suite struct FilterTests {
    func type(_ text: String, into s: inout DashboardState) {
        for c in text { _ = Root.update(&s, .key(.char(c)), seedCatalog) }
    }

    @Test func everyKeystrokeNarrowsEveryPane() {
        var s = run("/")
        #expect(s.mode == .filterEditing)
        type("jzxx", into: &s)
        let visible = HomePage.visibleProvinces(s.filter, seedCatalog)
        #expect(visible == [Province.index(named: "内蒙古")!])
        let text = SnapshotEncoder.text(Root.render(s, seedCatalog))
        #expect(text.contains("匹配 1/34"))
        #expect(text.contains("/jzxx"))
        #expect(text.contains("2/32 项数据"))
        #expect(text.contains("匹配 2/4"), "the 家庭保护 tile shows its match count")
    }

    @Test func typingCharacterByCharacterEqualsFilteringFromScratch() {
        for query in ["学校保护", "jzxx", "p:nmg s:sf >10", "家长|少年 !网络"] {
            var s = run("/")
            var typed = ""
            for c in query {
                _ = Root.update(&s, .key(.char(c)), seedCatalog)
                typed.append(c)
                var fresh = Root.initialState(width: 100, height: 30, catalog: seedCatalog)
                let error = Root.applyFilter(typed, to: &fresh, seedCatalog)
                if error == nil {
                    #expect(Array(s.filter.result ?? FilterIndex(seedCatalog.dataset).filter(.everything))
                            == Array(fresh.filter.result ?? FilterIndex(seedCatalog.dataset).filter(.everything)), "\(typed)")
                }
            }
            // And deleting back to empty shows everything again.
            for _ in query { _ = Root.update(&s, .key(.backspace), seedCatalog) }
            #expect(s.filter.text.isEmpty && s.filter.result == nil)
        }
    }

    @Test func enterKeepsEscClearsAndTheSelectionSurvives() {
        var s = run("jj")  // 海南
        #expect(s.selectedProvince(seedCatalog) == Province.index(named: "海南"))
        _ = Root.update(&s, .key(.char("/")), seedCatalog)
        type("p:琼|蒙", into: &s)
        #expect(s.selectedProvince(seedCatalog) == Province.index(named: "海南"), "still matches, still selected")
        _ = Root.update(&s, .key(.enter), seedCatalog)
        #expect(s.mode == .normal && s.filter.isActive)
        let kept = SnapshotEncoder.text(Root.render(s, seedCatalog))
        #expect(kept.contains("筛选 /p:琼|蒙"), "the kept filter stays visible")
        _ = Root.update(&s, .key(.escape), seedCatalog)
        #expect(!s.filter.isActive)
        #expect(s.selectedProvince(seedCatalog) == Province.index(named: "海南"), "clearing keeps the selection")
    }

    @Test func aMalformedQueryShowsWhereAndKeepsTheLastResult() {
        var s = run("/")
        type("家长 >", into: &s)
        let before = s.filter.result.map(Array.init)
        type("abc", into: &s)
        #expect(s.filter.error != nil)
        #expect(s.filter.result.map(Array.init) == before)
        let text = SnapshotEncoder.text(Root.render(s, seedCatalog))
        #expect(text.contains("5: expected a number after >"), "the column of abc")
        #expect(text.contains("匹配 1/34"), "the last valid result is still on screen")
    }

    @Test func editingMovesByCharacterAndPutsTheCursorAtTheCaret() {
        var s = run("/")
        type("家长学校", into: &s)
        #expect(Root.render(s, seedCatalog).cursor! == (2 + 8, 28), "caret after four wide characters")
        _ = Root.update(&s, .key(.left), seedCatalog)
        _ = Root.update(&s, .key(.backspace), seedCatalog)
        #expect(s.filter.text == "家长校")
        #expect(Root.render(s, seedCatalog).cursor! == (2 + 4, 28))
        _ = Root.update(&s, .key(.ctrl("a")), seedCatalog)
        _ = Root.update(&s, .key(.delete), seedCatalog)
        #expect(s.filter.text == "长校")
        _ = Root.update(&s, .key(.ctrl("e")), seedCatalog)
        type(" 网络", into: &s)
        _ = Root.update(&s, .key(.ctrl("w")), seedCatalog)
        #expect(s.filter.text == "长校 ")
        _ = Root.update(&s, .key(.ctrl("u")), seedCatalog)
        #expect(s.filter.text.isEmpty && s.filter.caret == 0)
        #expect(Root.render(run(""), seedCatalog).cursor == nil, "no cursor when not typing")
    }

    @Test func matchedTextIsHighlightedInTheTable() {
        let s = run("/学校<Enter><Enter>")
        let screen = Root.render(s, seedCatalog)
        // Find 学校 inside 家长学校开办率 on the table's rows and check its cells' role.
        var found = false
        for y in 0..<screen.height {
            let line = screen.lines[y]
            guard let r = line.range(of: "家长学校开办率") else { continue }
            let before = DisplayWidth.of(line[line.startIndex..<r.lowerBound])
            let x = before + 4  // 家长 is four columns
            #expect(screen[x, y].style.underline && screen[x + 2, y].style.underline)
            #expect(!screen[before, y].style.underline, "家 is not part of the match")
            found = true
        }
        #expect(found)
    }

    @Test func theMatrixCountsMatches() {
        let s = run("/s:sf<Enter>m")
        let text = SnapshotEncoder.text(Root.render(s, seedCatalog))
        #expect(text.contains("匹配的数据项数"))
        let row = text.split(separator: "\n").first { $0.contains("内蒙古") }.map(String.init) ?? ""
        #expect(row.split(separator: " ").filter { $0 == "1" }.count == 2, "司法 1 and the total 1: \(row)")
    }

    @Test func arrowsBrowseWhileTyping() {
        var s = run("/")
        _ = Root.update(&s, .key(.down), seedCatalog)
        #expect(s.home.provinces.selected == 1)
        #expect(s.mode == .filterEditing)
        _ = Root.update(&s, .key(.char("j")), seedCatalog)
        #expect(s.filter.text == "j", "letters are typed, not navigation")
    }

    @Test func aFilterThatMatchesNothingSaysSo() {
        let s = run("/zzzzzz")
        let text = SnapshotEncoder.text(Root.render(s, seedCatalog))
        #expect(text.contains("没有匹配"))
        #expect(text.contains("0/32 项数据"))
    }

    /// The index is built once, on first use, whether the background warm-up or a filter asks
    /// first; both see the same one.
    @Test func theIndexIsBuiltOnceWhoeverAsksFirst() throws {
        let catalog = Catalog(try DatasetLoader().loadSeed())
        catalog.prepareIndexInBackground()
        let typed = catalog.index
        #expect(typed === catalog.index)
        #expect(try typed.filter(Query.parse("家长学校")).count == seedCatalog.index.filter(Query.parse("家长学校")).count)
        #expect(typed.filter(Query.everything).count == catalog.dataset.figures.count)
    }
}
