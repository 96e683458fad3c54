import Foundation
import Testing

/// 0 success, 1 nothing matched (as grep), 2 usage or data errors. 130 after Ctrl-C is
/// checked in a real terminal by the end-to-end signal tests.
@Suite(.enabled(if: CLI.available, "needs the built weibao binary"))
struct ExitCodeTests {
    @Test(arguments: [
        ["--help"], ["--version"], ["help", "export"], ["summary"], ["info"], ["validate"],
        ["export", "--format", "csv"], ["export", "--format", "markdown", "--province", "内蒙古"],
        ["snapshot", "--filter", "学校"], ["--generate-completion-script", "bash"],
    ])
    func success(arguments: [String]) throws {
        let r = try CLI.run(arguments)
        #expect(r.status == 0, "\(arguments): \(r.stderr)")
    }

    @Test(arguments: [
        ["export", "--format", "csv", "--province", "天津"],
        ["export", "--format", "jsonl", "--filter", "没有这样的词语"],
        ["export", "--format", "tsv", "--province", "内蒙古", "--system", "网络", "--filter", "法庭"],
        ["snapshot", "--filter", "没有这样的词语"],
    ])
    func nothingMatched(arguments: [String]) throws {
        let r = try CLI.run(arguments)
        #expect(r.status == 1, "\(arguments): \(r.stderr)")
        #expect(r.stderr.isEmpty, "no match is not an error message")
    }

    @Test func anEmptyExportStillWritesItsHeader() throws {
        let r = try CLI.run(["export", "--format", "csv", "--province", "天津"])
        #expect(r.stdout.hasPrefix("id,province,"))
    }

    @Test(arguments: [
        ["--bogus"], ["export"], ["export", "--format", "xml"], ["snapshot", "--size", "0x0"],
        ["export", "--format", "csv", "--province", "火星"], ["snapshot", "--keys", "<Nope>"],
        ["snapshot", "--theme", "neon"], ["snapshot", "--key", "fly=x"], ["snapshot", "--key", "quit=<Nope>"],
        ["export", "--format", "csv", "--filter", "\"unclosed"], ["summary", "--data", "/nonexistent/data.json"],
        ["validate", "/nonexistent"], ["nosuchcommand"],
    ])
    func usageOrDataError(arguments: [String]) throws {
        let r = try CLI.run(arguments)
        #expect(r.status == 2, "\(arguments) exited \(r.status): \(r.stderr)")
        #expect(!r.stderr.isEmpty, "\(arguments) says why")
    }

    @Test func usageErrorsSayWhatIsValid() throws {
        let r = try CLI.run(["snapshot", "--theme", "neon"])
        #expect(r.stderr.contains("dark") && r.stderr.contains("colorblind"))
        let k = try CLI.run(["snapshot", "--key", "fly=x"])
        #expect(k.stderr.contains("unknown action \"fly\"") && k.stderr.contains("snapshot_ask"))
    }

    /// A 40,000-character query is not printed back whole: the message shows the part
    /// around the error, and its column counts in the whole query.
    @Test func aHugeFilterIsCutInItsMessage() throws {
        let query = String(repeating: "a ", count: 20_000) + ">x"
        let r = try CLI.run(["export", "--format", "csv", "--filter", query])
        #expect(r.status == 2)
        #expect(r.stderr.count < 200, "\(r.stderr.count) characters")
        #expect(r.stderr.hasPrefix("weibao export: --filter \"…a a a"))
        #expect(r.stderr.contains(">x\": column 40002: expected a number after >"))
    }

    @Test func aHugeKeyRemapIsCutInItsMessage() throws {
        let action = String(repeating: "x", count: 5_000)
        let r = try CLI.run(["snapshot", "--key", action + "=q"])
        #expect(r.status == 2)
        // The message lists every valid action (about 900 characters), never the 5,000 x's.
        #expect(r.stderr.count < 1200, "\(r.stderr.count) characters")
        #expect(!r.stderr.contains(String(repeating: "x", count: 41)))
        #expect(r.stderr.contains("--key " + String(repeating: "x", count: 39) + "…: unknown action"))
    }

    @Test func aBadConfigIsReportedButDoesNotFailTheRun() throws {
        let folder = CLI.folder()
        try "theme = \"neon\"\n".write(toFile: folder + "/c.toml", atomically: true, encoding: .utf8)
        let r = try CLI.run(["summary"], env: ["WEIBAO_CONFIG": folder + "/c.toml"])
        #expect(r.status == 0)
        #expect(r.stderr.contains("c.toml:1: theme: \"neon\" is not a theme"))
    }
}
