import Foundation
import Testing

/// Terminal types whose terminfo entries differ from what tmux really does: keys sent in
/// sequences the entry does not list, and entries with no alternate screen.
@Suite(.serialized, .enabled(if: Tmux.available, "needs tmux and the built weibao binary"))
struct TerminalTypesEndToEndTests {
    let bin = Tmux.binary ?? "weibao"

    func headless(_ keys: String) throws -> String {
        Tmux.trimmed(try Tmux.run([bin, "snapshot", "--size", "100x30", "--keys", keys]).output)
    }

    /// tmux sends Home and End as ESC[1~ and ESC[4~, and Ctrl-Home as ESC[1;5H; xterm-256color's
    /// entry lists ESC OH, ESC OF and its own modified forms. Each must be Home or End, never an
    /// Esc that leaves the page or clears the filter.
    @Test func homeAndEndAreNotEscUnderXtermInsideTmux() throws {
        let t = try Tmux(width: 100, height: 30)
        try t.type(Tmux.bracketed("TERM=xterm-256color \(bin)"))
        try t.waitFor { $0.contains("省级行政区 34") }
        try t.send("Enter")
        try t.waitFor { $0.contains("排序：") }
        try t.send("Down", "Down", "End", "Home", "Down", "End", "C-Home", "IC", "F12")
        let page = try headless("<Enter><Down><Down><End><Home><Down><End><Home>")
        #expect(page != (try headless("<Enter><Esc>")))
        try t.waitFor { Tmux.trimmed($0) == page }

        try t.press(["Escape"])
        try t.waitFor { $0.contains("省级行政区 34") }
        try t.send("/")
        try t.send("学校", literal: true)
        try t.send("Enter", "Down", "End", "Home")
        let filtered = try headless("/学校<Enter><Down><End><Home>")
        #expect(filtered.contains("/学校"))
        try t.waitFor { Tmux.trimmed($0) == filtered }

        try t.send("q")
        try t.waitFor { $0.contains("EXIT=0") && $0.contains("FINISHED") }
        #expect(try t.sttyUnchanged())
    }

    /// linux and vt220 have no alternate screen (no smcup): after q the dashboard is cleared,
    /// not left under the shell's prompt, and the shell takes commands as usual.
    @Test(arguments: ["vt220", "linux"])
    func noDashboardLeftBehindWithoutAnAlternateScreen(term: String) throws {
        let t = try Tmux(width: 100, height: 30)
        try t.type(Tmux.bracketed("TERM=\(term) \(bin)"))
        try t.waitFor { $0.contains("省级行政区 34") && $0.contains("q 退出") }
        try t.send("q")
        let screen = try t.waitFor { $0.contains("EXIT=0") && $0.contains("FINISHED") }
        for residue in ["省级行政区", "内蒙古", "q 退出", "weibao 未成年人保护"] {
            #expect(!screen.contains(residue), "\(residue) left on the screen:\n\(screen)")
        }
        #expect(try t.sttyUnchanged())
        try t.type("echo shell-$((6*7))")
        let after = try t.waitFor { $0.contains("shell-42") }
        #expect(Tmux.trimmed(after).hasSuffix("shell-42\n$"), "\(after)")
    }

    /// vt100 and xterm-mono cannot hide the cursor (no civis): it stands on the selected
    /// row's marker, and follows the selection, instead of wherever the last write ended.
    @Test(arguments: ["vt100", "xterm-mono"])
    func visibleCursorStandsOnTheSelection(term: String) throws {
        let t = try Tmux(width: 100, height: 30)
        try t.type(Tmux.bracketed("TERM=\(term) \(bin)"))
        try t.waitFor { $0.contains("省级行政区 34") && $0.contains("q 退出") }
        func cursor() throws -> String { try t.display("#{cursor_x},#{cursor_y}") }
        func settled(at expected: String) throws -> String {
            for _ in 0..<50 where try cursor() != expected { Thread.sleep(forTimeInterval: 0.1) }
            return try cursor()
        }
        #expect(try settled(at: "0,2") == "0,2", "on 北京's marker")
        try t.send("j", "j")
        #expect(try settled(at: "0,4") == "0,4", "followed the selection to the third row")
        try t.send("q")
        try t.waitFor { $0.contains("EXIT=0") && $0.contains("FINISHED") }
        #expect(try t.sttyUnchanged())
    }
}
