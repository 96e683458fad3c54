import Testing
@testable import Dashboard
import Protection

/// Remapped keys do what they say, and the footer and help say what they do.
@Suite struct KeyMapTests {
    func options(_ remaps: [(Action, [Key])]) -> DashboardOptions {
        DashboardOptions(keys: KeyMap.standard.remapped(remaps))
    }

    @Test func standardMapIsTheKeyTable() {
        #expect(KeyMap.standard.bindings.map(\.label) == KeyTable.bindings.map(\.label))
        for page in [Page.home, .matrix, .figures, .detail] {
            #expect(KeyMap.standard.footer(for: page).map(\.label) == KeyTable.footer(for: page).map(\.label))
        }
    }

    @Test func everyActionHasAConfigName() {
        let named = Set(KeyMap.actionNames.map(\.1))
        for b in KeyTable.bindings { #expect(named.contains(b.action), "\(b.action) needs a name for config files") }
        #expect(Set(KeyMap.actionNames.map(\.0)).count == KeyMap.actionNames.count)
    }

    @Test func remappedQuitQuitsAndTheFooterShowsIt() {
        let opts = options([(.quit, [.char("x")])])
        var s = Dashboard.initialState(width: 100, height: 30, catalog: seedCatalog, options: opts)
        #expect(Dashboard.update(&s, .key(.char("q")), seedCatalog) == .none, "q no longer quits")
        #expect(Dashboard.update(&s, .key(.char("x")), seedCatalog) == .quit)
        let footer = Dashboard.render(s, seedCatalog).lines.last ?? ""
        #expect(footer.contains(" x 退出"))
        #expect(!footer.contains(" q 退出"))
    }

    @Test func helpListsTheRemappedKeys() {
        let opts = options([(.matrix, [.char("M"), .function(2)])])
        var s = Dashboard.initialState(width: 100, height: 30, catalog: seedCatalog, options: opts)
        _ = Dashboard.update(&s, .key(.char("?")), seedCatalog)
        let text = SnapshotEncoder.text(Dashboard.render(s, seedCatalog))
        #expect(text.contains("M F2"))
        _ = Dashboard.update(&s, .key(.escape), seedCatalog)
        _ = Dashboard.update(&s, .key(.function(2)), seedCatalog)
        #expect(s.page == .matrix)
    }

    @Test func swappingKeysTakesThemFromTheOtherAction() {
        let map = KeyMap.standard.remapped([(.up, [.char("j"), .up]), (.down, [.char("k"), .down])])
        #expect(map.action(for: .char("j"), on: .home) == .up)
        #expect(map.action(for: .char("k"), on: .home) == .down)
        #expect(map.action(for: .up, on: .home) == .up)
    }

    @Test func anActionLeftWithoutKeysLeavesTheFooterAndHelp() {
        let map = KeyMap.standard.remapped([(.sort, [.char("m")])])
        #expect(map.action(for: .char("m"), on: .figures) == .sort)
        #expect(!map.footer(for: .figures).contains { $0.action == .matrix })
        #expect(!map.help(for: .figures).contains { $0.action == .matrix })
    }

    @Test func keyNamesRoundTripThroughTheScriptSyntax() throws {
        for key: Key in [.char("x"), .ctrl("q"), .function(5), .pageDown, .backTab, .enter, .escape] {
            let name = KeyMap.name(key)
            let parsed = try KeyMap.keys(name.count == 1 ? name : "<\(name)>")
            #expect(parsed == [key], "\(name)")
        }
    }
}
