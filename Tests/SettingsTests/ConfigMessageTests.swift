import Dashboard
import Testing
@testable import Settings

/// Each kind of bad setting: file:line, the key and value, the valid values; the good
/// settings of the same file still apply.
@Suite struct ConfigMessageTests {
    func parse(_ text: String) -> (layer: Layer, messages: [String]) {
        let r = ConfigFile.parse(text, name: "c.toml", directory: "/cfg", home: "/home/u")
        return (r.layer, r.problems.map(\.description))
    }

    static let actions = "up, down, left, right, page_up, page_down, top, bottom, open, filter, back, accept, reject, undecide, edit_indicator, next_unsure, save_review, system_family, system_school, system_society, system_online, system_government, system_judicial, system_general, next_pane, previous_pane, input_confirm, input_cancel, input_next, input_previous, year_previous, input_delete_back, input_clear, year_next, next_mark, previous_mark, sort, matrix, compare, trend, sources, snapshot, snapshot_ask, help, redraw, suspend, quit, filter_keep, filter_clear, filter_clear_line, filter_delete_word, filter_delete_back, filter_delete_forward, filter_caret_left, filter_caret_right, filter_caret_start, filter_caret_end, save_text, save_ansi, save_html, save_svg, save_cancel, quit_save, quit_discard, quit_cancel"

    /// A value or key hundreds of characters long is cut in the message, as a query is.
    @Test func longValuesAreCutInMessages() {
        let long = String(repeating: "y", count: 500)
        let cut = String(repeating: "y", count: 39) + "…"
        let (_, messages) = parse("theme = \"\(long)\"\n\(long) = 1\nmouse = \"\(long)\"\n[keys]\n\(long) = \"x\"\n")
        #expect(messages == [
            "c.toml:1: theme: \"\(cut)\" is not a theme, expected one of: dark, light, monochrome, colorblind",
            "c.toml:2: unknown setting \"\(cut)\", expected one of: theme, data, reports, snapshot_dir, snapshot_format, mouse, ascii, [keys]",
            "c.toml:3: mouse = \"\(cut)\" is not true or false, expected mouse = true or mouse = false",
            "c.toml:5: keys.\(cut): unknown action \"\(cut)\", expected one of: \(Self.actions)",
        ])
    }

    @Test func everyBadSettingNamedWithItsLineAndTheValidValues() {
        let (layer, messages) = parse("""
            theme = "blue"
            mouse = "no"
            colour = "red"
            snapshot_format = "pdf"
            ascii = true
            data = 3
            [keys]
            quitt = "x"
            matrix = "<Foo>"
            sort = 5
            help = "<F2>"
            """)
        #expect(messages.count == 8)
        #expect(messages[0] == "c.toml:1: theme: \"blue\" is not a theme, expected one of: dark, light, monochrome, colorblind")
        #expect(messages[1] == "c.toml:2: mouse = \"no\" is not true or false, expected mouse = true or mouse = false")
        #expect(messages[2] == "c.toml:3: unknown setting \"colour\", expected one of: theme, data, reports, snapshot_dir, snapshot_format, mouse, ascii, [keys]")
        #expect(messages[3] == "c.toml:4: snapshot_format: \"pdf\" is not a snapshot format, expected one of: text, ansi, html, svg")
        #expect(messages[4] == "c.toml:6: data = 3 is not a string, expected a file or folder path")
        #expect(messages[5] == "c.toml:8: keys.quitt: unknown action \"quitt\" (did you mean quit?), expected one of: \(Self.actions)")
        #expect(messages[6].hasPrefix("c.toml:9: keys.matrix: \"<Foo>\" for matrix: unknown key <Foo>; valid names: <Enter>"))
        #expect(messages[6].contains("<C-a … C-z> <F1 … F12>"))
        #expect(messages[7] == "c.toml:10: keys.sort = 5 is not a key or a list of keys, expected such as sort = \"x\" or sort = [\"x\", \"<C-q>\"]")
        // The good settings of the same file apply.
        #expect(layer.theme == nil && layer.mouse == nil && layer.snapshotFormat == nil && layer.data == nil)
        #expect(layer.ascii == true)
        #expect(layer.keys == [KeyRemap(name: "help", action: .help, keys: [.function(2)])])
    }

    @Test func wrongTypeOfKeyEntry() {
        let (_, messages) = parse("[keys]\nsort = 5\n")
        #expect(messages == ["c.toml:2: keys.sort = 5 is not a key or a list of keys, expected such as sort = \"x\" or sort = [\"x\", \"<C-q>\"]"])
    }

    @Test func typoGetsASuggestion() {
        let (_, messages) = parse("snapshot_fromat = \"svg\"\n")
        #expect(messages == ["c.toml:1: unknown setting \"snapshot_fromat\" (did you mean snapshot_format?), expected one of: theme, data, reports, snapshot_dir, snapshot_format, mouse, ascii, [keys]"])
    }

    @Test func keysMustBeATable() {
        let (_, messages) = parse("keys = \"x\"\n")
        #expect(messages == ["c.toml:1: keys = \"x\" is not a table, expected a [keys] table of action = \"key\" lines"])
    }

    @Test func emptyKeyListAndEmptyPath() {
        let (_, messages) = parse("snapshot_dir = \"\"\n[keys]\nquit = []\n")
        #expect(messages == ["c.toml:1: snapshot_dir: an empty path, expected a file or folder", "c.toml:3: keys.quit: no keys for quit, expected at least one, such as \"x\" or \"<C-q>\""])
    }

    @Test func aSyntaxErrorCostsOnlyItsLine() {
        let (layer, messages) = parse("theme = \"light\"\nmouse = \nascii = true\n")
        #expect(messages.count == 1)
        #expect(messages[0].hasPrefix("c.toml:2:"))
        #expect(messages[0].contains("TOML syntax:") && messages[0].hasSuffix("; this line is ignored"))
        #expect(layer.theme == "light" && layer.ascii == true && layer.mouse == nil)
    }

    @Test func aDuplicateKeyIsASyntaxErrorAndTheFirstValueStays() {
        let (layer, messages) = parse("theme = \"light\"\ntheme = \"dark\"\n")
        #expect(messages.count == 1 && messages[0].hasPrefix("c.toml:2:"))
        #expect(layer.theme == "light")
    }

    @Test func keysInEveryTomlSpellingAreLocated() {
        let (layer, messages) = parse("""
            # comment = "not a key"
            text = '''
            theme = "inside a string"
            '''
            keys.quit = "Q"
            keys = { }
            """)
        // `keys.quit` and an inline `keys = {}` define the table twice: a syntax error.
        #expect(messages.contains { $0.hasPrefix("c.toml:2: unknown setting \"text\"") })
        _ = layer
    }

    @Test func pathsExpandHomeAndAreRelativeToTheConfigFolder() {
        #expect(parse("data = \"~/d\"").layer.data == "/home/u/d")
        #expect(parse("data = \"d.tsv\"").layer.data == "/cfg/d.tsv")
        #expect(parse("data = \"/abs\"").layer.data == "/abs")
    }

    @Test func keyListsAndScripts() {
        let layer = parse("[keys]\nquit = [\"x\", \"<C-q>\"]\nmatrix = \"M<F3>\"\n").layer
        #expect(layer.keys.map(\.keys) == [[.char("x"), .ctrl("q")], [.char("M"), .function(3)]])
    }

    @Test func environmentProblems() {
        let r = EnvironmentSettings.layer(["WEIBAO_THEME": "neon", "WEIBAO_MOUSE": "maybe", "WEIBAO_KEYS": "quit", "WEIBAO_SNAPSHOT_FORMAT": "png"])
        #expect(r.problems.map(\.description) == [
            "WEIBAO_THEME: \"neon\" is not a theme, expected one of: dark, light, monochrome, colorblind",
            "WEIBAO_SNAPSHOT_FORMAT: \"png\" is not a snapshot format, expected one of: text, ansi, html, svg",
            "WEIBAO_MOUSE: \"maybe\" is not a switch, expected one of: 1, 0, true, false, yes, no, on, off",
            "WEIBAO_KEYS: \"quit\" is not action=keys, expected such as quit=x or matrix=<F2>",
        ])
        #expect(r.layer == Layer())
    }
}
