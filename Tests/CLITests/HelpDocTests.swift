import Foundation
import Testing

/// docs/user-guide.md's account of the help overlay, checked key by key against the screen
/// `weibao snapshot` renders after `?` and that key.
@Suite(.enabled(if: CLI.available, "needs the built weibao binary"))
struct HelpDocTests {
    /// The paragraph under "### Help".
    static func paragraph() throws -> String {
        let guide = try String(contentsOfFile: CLI.repository + "/docs/user-guide.md", encoding: .utf8)
        let start = try #require(guide.range(of: "### Help (`?`)\n"))
        let rest = guide[start.upperBound...]
        return String(rest[..<(rest.range(of: "\n## ")?.lowerBound ?? rest.endIndex)])
    }

    /// How the guide writes a key, as a key script names it.
    static let scriptNames = ["↑": "<Up>", "↓": "<Down>", "k": "k", "j": "j", "PgUp": "<PgUp>", "PgDn": "<PgDn>",
                              "Ctrl-B": "<C-b>", "Ctrl-F": "<C-f>", "Esc": "<Esc>", "q": "q", "?": "?", "Enter": "<Enter>"]

    /// The keys written in backquotes in `text`.
    static func keys(in text: Substring) -> [String] {
        text.split(separator: "`", omittingEmptySubsequences: false).enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element) }
    }

    func helpIsOpen(after key: String) throws -> Bool {
        let r = try CLI.run(["snapshot", "--size", "80x24", "--keys", "?" + key])
        #expect(r.status == 0)
        return r.stdout.contains(" 帮助 · ")  // the overlay's title, not the footer's "? 帮助"
    }

    @Test func theKeysItSaysScrollKeepTheHelpOpenAndTheOthersCloseIt() throws {
        let text = try Self.paragraph()
        #expect(!text.contains("Any key closes"), "j, ↓ and PgDn scroll the help; they do not close it")
        let parts = text.components(separatedBy: "Any other key closes it")
        try #require(parts.count == 2, "the paragraph says which keys close the help")
        let scrolling = Self.keys(in: Substring(parts[0].components(separatedBy: "when it is longer")[0]))
        let closing = Self.keys(in: Substring(parts[1]))
        #expect(Set(scrolling) == ["↑", "↓", "k", "j", "PgUp", "PgDn", "Ctrl-B", "Ctrl-F"])
        #expect(!closing.isEmpty)
        #expect(try !helpIsOpen(after: "x"), "an unbound key closes it")
        for key in scrolling {
            let name = try #require(Self.scriptNames[key])
            #expect(try helpIsOpen(after: name), "\(key) keeps the help open")
        }
        for key in closing {
            let name = try #require(Self.scriptNames[key])
            #expect(try !helpIsOpen(after: name), "\(key) closes the help")
        }
        // Scrolling shows: the position in the corner moves from 1/N.
        let moved = try CLI.run(["snapshot", "--size", "80x24", "--keys", "?<PgDn>"]).stdout
        #expect(!moved.contains(" 1/"), "PgDn scrolled the help")
    }
}
