import Dashboard
import Testing
@testable import Settings

/// default < NO_COLOR < config < environment < flag, setting by setting.
@Suite struct PrecedenceTests {
    static let config = """
        theme = "light"
        data = "/srv/weibao/data"
        reports = "texts"
        snapshot_dir = "shots"
        snapshot_format = "html"
        mouse = false
        ascii = true

        [keys]
        quit = "x"
        """

    func loader(_ env: [String: String], config: String? = Self.config) -> SettingsLoader {
        var env = env
        env["WEIBAO_CONFIG"] = "/etc/test/config.toml"
        var l = SettingsLoader(environment: env, fileExists: { _ in false })
        l.problems = []
        if let config {
            let parsed = ConfigFile.parse(config, name: "/etc/test/config.toml", directory: "/etc/test", home: "/home/u")
            l.config = parsed.layer
            l.problems = parsed.problems
        }
        return l
    }

    @Test func defaultsWithNothingSet() {
        let s = loader([:], config: nil).resolve(flags: Layer())
        #expect(s == Settings())
        #expect(s.theme == "dark" && s.data == nil && s.reports == nil && s.snapshotDir == "." && s.snapshotFormat == .text)
        #expect(s.mouse && !s.ascii && s.keys.isEmpty)
        #expect(Settings.names.allSatisfy { s.origin($0) == .default })
    }

    @Test func configOverridesDefaults() {
        let l = loader([:])
        #expect(l.problems.isEmpty)
        let s = l.resolve(flags: Layer())
        #expect(s.theme == "light")
        #expect(s.data == "/srv/weibao/data")
        #expect(s.reports == "/etc/test/texts", "relative to the config file's folder")
        #expect(s.snapshotDir == "/etc/test/shots", "relative to the config file's folder")
        #expect(s.snapshotFormat == .html && !s.mouse && s.ascii)
        #expect(s.keys.map(\.keys) == [[.char("x")]])
        #expect(s.origin("theme") == .config && s.origin("keys.quit") == .config)
    }

    @Test func environmentOverridesConfig() {
        let env = ["WEIBAO_THEME": "colorblind", "WEIBAO_DATA": "~/d.tsv", "WEIBAO_REPORTS": "~/reports", "WEIBAO_SNAPSHOT_DIR": "/tmp/s",
                   "WEIBAO_SNAPSHOT_FORMAT": "svg", "WEIBAO_MOUSE": "1", "WEIBAO_ASCII": "off",
                   "WEIBAO_KEYS": "quit=Q matrix=<F2>", "HOME": "/home/u"]
        let l = loader(env)
        #expect(l.problems.isEmpty)
        let s = l.resolve(flags: Layer())
        #expect(s.theme == "colorblind" && s.data == "/home/u/d.tsv" && s.snapshotDir == "/tmp/s")
        #expect(s.reports == "/home/u/reports")
        #expect(s.snapshotFormat == .svg && s.mouse && !s.ascii)
        #expect(s.keys.map(\.name) == ["quit", "matrix"])
        #expect(s.keys.first?.keys == [.char("Q")])
        #expect(Settings.names.dropLast().allSatisfy { s.origin($0) == .environment })
    }

    @Test func flagsOverrideEverything() {
        let env = ["WEIBAO_THEME": "colorblind", "WEIBAO_MOUSE": "1", "WEIBAO_KEYS": "quit=Q", "NO_COLOR": "1"]
        let flags = Layer(theme: "dark", data: "mine.json", reports: "texts", snapshotDir: "out", snapshotFormat: .ansi, mouse: false, ascii: false,
                          keys: [KeyRemap(name: "quit", action: .quit, keys: [.ctrl("q")])])
        let s = loader(env).resolve(flags: flags)
        #expect(s.theme == "dark" && s.data == "mine.json" && s.snapshotDir == "out" && s.snapshotFormat == .ansi)
        #expect(s.reports == "texts")
        #expect(!s.mouse && !s.ascii)
        #expect(s.keys.map(\.keys) == [[.ctrl("q")]])
        #expect(Settings.names.dropLast().allSatisfy { s.origin($0) == .flag })
    }

    /// no-color.org: NO_COLOR is a default that a config file or a flag may override.
    @Test func noColorSelectsMonochromeUnlessConfiguredOtherwise() {
        #expect(loader(["NO_COLOR": "1"], config: nil).resolve(flags: Layer()).theme == "monochrome")
        #expect(loader(["NO_COLOR": "1"], config: nil).resolve(flags: Layer()).origin("theme") == .noColor)
        #expect(loader(["NO_COLOR": ""], config: nil).resolve(flags: Layer()).theme == "dark", "empty means unset")
        #expect(loader(["NO_COLOR": "1"]).resolve(flags: Layer()).theme == "light")
        #expect(loader(["NO_COLOR": "1"], config: nil).resolve(flags: Layer(theme: "light")).theme == "light")
    }

    @Test func remapsFromEveryLayerCombinePerAction() {
        let env = ["WEIBAO_KEYS": "matrix=M"]
        let s = loader(env).resolve(flags: Layer(keys: [KeyRemap(name: "sort", action: .sort, keys: [.char("o")])]))
        #expect(Set(s.keys.map(\.name)) == ["quit", "matrix", "sort"])
        let map = s.keyMap
        #expect(map.action(for: .char("x"), on: HomePage.id) == .quit)
        #expect(map.action(for: .char("q"), on: HomePage.id) == nil)
        #expect(map.action(for: .char("M"), on: HomePage.id) == .matrix)
        #expect(map.action(for: .char("o"), on: FiguresPage.id) == .sort)
    }

    @Test func configLocation() {
        #expect(ConfigLocation.resolve(["WEIBAO_CONFIG": "/a.toml", "XDG_CONFIG_HOME": "/x", "HOME": "/h"]).path == "/a.toml")
        #expect(ConfigLocation.resolve(["XDG_CONFIG_HOME": "/x", "HOME": "/h"]).path == "/x/weibao/config.toml")
        #expect(ConfigLocation.resolve(["XDG_CONFIG_HOME": "rel", "HOME": "/h"]).path == "/h/.config/weibao/config.toml")
        #expect(ConfigLocation.resolve(["HOME": "/h"]).path == "/h/.config/weibao/config.toml")
        #expect(ConfigLocation.resolve([:]).path == nil)
    }

    @Test func aMissingNamedConfigIsReportedAndTheDefaultOneIsNot() {
        let named = SettingsLoader(environment: ["WEIBAO_CONFIG": "/nope/c.toml"], fileExists: { _ in false })
        #expect(named.problems.map(\.description) == ["/nope/c.toml: no such file (named by WEIBAO_CONFIG); using the defaults"])
        #expect(SettingsLoader(environment: ["HOME": "/nope"], fileExists: { _ in false }).problems.isEmpty)
    }
}
