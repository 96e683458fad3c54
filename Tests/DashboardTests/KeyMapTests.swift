import Testing
@testable import Dashboard
import Protection

/// Remapped keys do what they say, and the footer and help say what they do.
@Suite struct KeyMapTests {
    func options(_ remaps: [(Action, [Key])]) -> DashboardOptions {
        DashboardOptions(keys: KeyMap.standard.remapped(remaps))
    }

    @Test func standardMapIsTheGlobalTableAndEveryPagesOwn() {
        let map = KeyMap.standard
        #expect(map.bindings.map(\.rank) == map.bindings.map(\.rank).sorted(), "listed by rank")
        for b in KeyTable.global { #expect(map.bindings.contains(b), "\(b.action) kept as it is") }
        for page in Pages.all {
            for b in page.bindings {
                #expect(map.bindings.contains { $0.same(as: b) && $0.pages?.contains(page.id) == true },
                        "\(b.action) scoped to \(page.id)")
            }
        }
        // A binding several pages list is one binding with all their ids.
        #expect(map.bindings.filter { $0.action == .open }.count == 1)
        #expect(map.bindings.first { $0.action == .open }?.pages == [HomePage.id, MatrixPage.id, FiguresPage.id, IndicatorsPage.id,
                                                                     ComparisonPage.id, TrendPage.id, SourcesPage.id, ReaderPage.id,
                                                                     ReviewPage.id])
        #expect(map.action(for: .char("s"), on: FiguresPage.id) == .sort)
        #expect(map.action(for: .char("s"), on: HomePage.id) == nil, "sort is the table's own key")
    }

    @Test func everyActionHasAConfigName() {
        let named = Set(KeyMap.actionNames.map(\.1))
        for b in KeyMap.standard.bindings { #expect(named.contains(b.action), "\(b.action) needs a name for config files") }
        #expect(Set(KeyMap.actionNames.map(\.0)).count == KeyMap.actionNames.count)
        #expect(KeyMap.action(named: "filter_clear_line") == .filterClearLine)
        #expect(KeyMap.action(named: "save_svg") == .save(.svg))
    }

    @Test func filterLineKeysAreRemappableAndTheFooterShowsThem() {
        let opts = options([(.filterClearLine, [.ctrl("k")])])
        var s = Root.initialState(width: 100, height: 30, catalog: seedCatalog, options: opts)
        for k in try! KeyScript.parse("/学校") { _ = Root.update(&s, .key(k), seedCatalog) }
        _ = Root.update(&s, .key(.ctrl("u")), seedCatalog)
        #expect(s.filter.text == "学校", "C-u no longer clears the line")
        let footer = Root.render(s, seedCatalog).lines.last ?? ""
        #expect(footer.contains(" C-k 清空") && !footer.contains("C-u"))
        _ = Root.update(&s, .key(.ctrl("k")), seedCatalog)
        #expect(s.filter.text.isEmpty)
    }

    @Test func printableKeysStayTypedOnTheFilterLine() {
        let map = KeyMap.standard.remapped([(.up, [.char("j"), .up]), (.filterClearLine, [.char("x"), .ctrl("k")])])
        let browse = map.help(for: HomePage.id, in: .filterEditing).first { $0.action == .up }
        #expect(browse?.keys == [.up] && browse?.label == "Up/Down", "j types there, so the footer still says Up/Down")
        #expect(map.action(for: .ctrl("k"), on: HomePage.id, in: .filterEditing) == .filterClearLine)
        var s = Root.initialState(width: 100, height: 30, catalog: seedCatalog, options: options([(.filterClearLine, [.char("x"), .ctrl("k")])]))
        for k in try! KeyScript.parse("/ax") { _ = Root.update(&s, .key(k), seedCatalog) }
        #expect(s.filter.text == "ax")
    }

    @Test func remappingInOneModeLeavesTheOthers() {
        // C-u quits now; on the filter line it still clears.
        let map = KeyMap.standard.remapped([(.quit, [.ctrl("u")])])
        #expect(map.action(for: .ctrl("u"), on: HomePage.id) == .quit)
        #expect(map.action(for: .ctrl("u"), on: HomePage.id, in: .filterEditing) == .filterClearLine)
        #expect(map.action(for: .char("q"), on: HomePage.id) == nil)
    }

    @Test func theFormatChoiceIsRemappableAndThePromptSaysSo() {
        let opts = options([(.save(.html), [.char("w")])])
        var s = Root.initialState(width: 100, height: 30, catalog: seedCatalog, options: opts)
        _ = Root.update(&s, .key(.char("P")), seedCatalog)
        let prompt = Root.render(s, seedCatalog).lines[28]
        #expect(prompt.contains("w html") && !prompt.contains("h html"))
        guard case .saveSnapshot(.html, _) = Root.update(&s, .key(.char("w")), seedCatalog) else {
            Issue.record("w saves HTML")
            return
        }
    }

    @Test func f1OnTheFilterLineListsItsKeys() {
        var s = run("/家长")
        _ = Root.update(&s, .key(.function(1)), seedCatalog)
        #expect(s.mode == .help)
        let text = SnapshotEncoder.text(Root.render(s, seedCatalog))
        for b in KeyMap.standard.help(for: HomePage.id, in: .filterEditing) { #expect(text.contains(b.help), "\(b.help) listed") }
        #expect(text.contains("筛选行"))
        _ = Root.update(&s, .key(.escape), seedCatalog)
        #expect(s.mode == .filterEditing, "closing goes back to the line")
        #expect(s.filter.text == "家长")
    }

    @Test func remappedQuitQuitsAndTheFooterShowsIt() {
        let opts = options([(.quit, [.char("x")])])
        var s = Root.initialState(width: 100, height: 30, catalog: seedCatalog, options: opts)
        #expect(Root.update(&s, .key(.char("q")), seedCatalog) == .none, "q no longer quits")
        #expect(Root.update(&s, .key(.char("x")), seedCatalog) == .quit)
        let footer = Root.render(s, seedCatalog).lines.last ?? ""
        #expect(footer.contains(" x 退出"))
        #expect(!footer.contains(" q 退出"))
    }

    @Test func helpListsTheRemappedKeys() {
        let opts = options([(.matrix, [.char("M"), .function(2)])])
        var s = Root.initialState(width: 100, height: 30, catalog: seedCatalog, options: opts)
        _ = Root.update(&s, .key(.char("?")), seedCatalog)
        let text = SnapshotEncoder.text(Root.render(s, seedCatalog))
        #expect(text.contains("M F2"))
        _ = Root.update(&s, .key(.escape), seedCatalog)
        _ = Root.update(&s, .key(.function(2)), seedCatalog)
        #expect(s.pageID == MatrixPage.id)
    }

    @Test func swappingKeysTakesThemFromTheOtherAction() {
        let map = KeyMap.standard.remapped([(.up, [.char("j"), .up]), (.down, [.char("k"), .down])])
        #expect(map.action(for: .char("j"), on: HomePage.id) == .up)
        #expect(map.action(for: .char("k"), on: HomePage.id) == .down)
        #expect(map.action(for: .up, on: HomePage.id) == .up)
    }

    @Test func anActionLeftWithoutKeysLeavesTheFooterAndHelp() {
        let map = KeyMap.standard.remapped([(.sort, [.char("m")])])
        #expect(map.action(for: .char("m"), on: FiguresPage.id) == .sort)
        #expect(!map.footer(for: FiguresPage.id).contains { $0.action == .matrix })
        #expect(!map.help(for: FiguresPage.id).contains { $0.action == .matrix })
    }

    @Test func keyNamesRoundTripThroughTheScriptSyntax() throws {
        for key: Key in [.char("x"), .ctrl("q"), .function(5), .pageDown, .backTab, .enter, .escape] {
            let name = KeyMap.name(key)
            let parsed = try KeyMap.keys(name.count == 1 ? name : "<\(name)>")
            #expect(parsed == [key], "\(name)")
        }
    }
}
