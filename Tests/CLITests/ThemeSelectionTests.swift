import Foundation
import Testing

/// NO_COLOR and an 8-colour terminal select what the golden ANSI screens in
/// Tests/DashboardTests/Golden show (ThemeTests writes them from the renderer).
@Suite(.enabled(if: CLI.available, "needs the built weibao binary"))
struct ThemeSelectionTests {
    func golden(_ name: String) throws -> String {
        try String(contentsOfFile: CLI.repository + "/Tests/DashboardTests/Golden/\(name)", encoding: .utf8)
    }

    func matrix(_ args: [String], env: [String: String] = [:]) throws -> String {
        // The goldens are drawn on the seed dataset (ThemeTests writes them).
        let seed = CLI.repository + "/Sources/Protection/Resources/dataset.json"
        let r = try CLI.run(["snapshot", "--data", seed, "--format", "ansi", "--size", "80x24", "--keys", "m"] + args, env: env)
        #expect(r.status == 0, "\(r.stderr)")
        return r.stdout
    }

    @Test func noColorSelectsMonochrome() throws {
        #expect(try matrix([], env: ["NO_COLOR": "1"]) == golden("theme-monochrome-matrix-80x24.ans"))
        #expect(try matrix(["--no-color"]) == golden("theme-monochrome-matrix-80x24.ans"))
        #expect(try matrix(["--colors", "0"]) == golden("theme-monochrome-matrix-80x24.ans"))
    }

    @Test func noColorGivesWayToAnExplicitTheme() throws {
        #expect(try matrix(["--theme", "light"], env: ["NO_COLOR": "1"]) == golden("theme-light-256-matrix-80x24.ans"))
    }

    @Test(arguments: ["dark", "light", "colorblind"])
    func eightColours(theme: String) throws {
        #expect(try matrix(["--theme", theme, "--colors", "8"]) == golden("theme-\(theme)-8-matrix-80x24.ans"))
        let sgr = try matrix(["--theme", theme, "--colors", "8"])
        #expect(!sgr.contains("38;5;") && !sgr.contains("48;5;") && !sgr.contains("[9") && !sgr.contains(";9"),
                "only the 8 basic colours")
    }

    @Test func defaultIsDarkWithAllItsColours() throws {
        #expect(try matrix([]) == golden("theme-dark-256-matrix-80x24.ans"))
    }
}
