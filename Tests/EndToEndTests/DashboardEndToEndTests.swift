import Foundation
import Testing

/// The real binary in a real terminal (tmux): keys in, screen out.
@Suite(.serialized, .enabled(if: Tmux.available, "needs tmux and the built weibao binary"))
struct DashboardEndToEndTests {
    let bin = Tmux.binary ?? "weibao"

    @Test func browseSaveSnapshotQuitAndTheShellIsUsable() throws {
        let t = try Tmux(width: 100, height: 30)
        try t.type("stty -g > before; \(bin); echo EXIT=$?; stty -g > after; echo FIN\"\"ISHED")
        try t.waitFor { $0.contains("省级行政区 34") && $0.contains("家庭保护") }
        try t.send("Tab", "Right", "Enter")
        try t.waitFor { $0.contains("学校保护（第三章") }
        try t.send("p")
        let screen = try t.waitFor { $0.contains("已保存 weibao-") }
        #expect(screen.contains("学校保护（第三章"))
        try t.send("q")
        try t.waitFor { $0.contains("EXIT=0") && $0.contains("FINISHED") }
        let files = try FileManager.default.contentsOfDirectory(atPath: t.folder).filter { $0.hasPrefix("weibao-") }
        #expect(files.count == 1)
        let saved = try String(contentsOfFile: t.folder + "/" + files[0], encoding: .utf8)
        let headless = try Tmux.run([bin, "snapshot", "--size", "100x30", "--keys", "<Tab><Right><Enter>"])
        #expect(headless.status == 0)
        #expect(saved == headless.output, "the p file is exactly what weibao snapshot renders")
        let before = try String(contentsOfFile: t.folder + "/before", encoding: .utf8)
        let after = try String(contentsOfFile: t.folder + "/after", encoding: .utf8)
        #expect(before == after, "terminal modes restored")
        try t.type("echo shell-ok")
        try t.waitFor { $0.contains("shell-ok\n") || $0.hasSuffix("shell-ok") || $0.contains("shell-ok\n$") }
    }

    @Test func liveScreenMatchesTheHeadlessRenderer() throws {
        let t = try Tmux(width: 80, height: 24)
        try t.type("\(bin)")
        try t.waitFor { $0.contains("省级行政区 34") }
        let headless = try Tmux.run([bin, "snapshot", "--size", "80x24", "--keys", "m"])
        try t.send("m")
        // Poll until the frame is complete: a capture can fall between two rows' updates.
        try t.waitFor { Tmux.trimmed($0) == Tmux.trimmed(headless.output) }
        try t.send("q")
    }

    @Test func typingAChineseFilterNarrowsTheScreen() throws {
        let t = try Tmux(width: 100, height: 30)
        try t.type("\(bin)")
        try t.waitFor { $0.contains("省级行政区 34") }
        try t.send("/")
        try t.send("学校", literal: true)
        let live = try t.waitFor { $0.contains("/学校") && $0.contains("匹配 ") }
        #expect(!live.contains("省级行政区 34"), "the province list counts matches, not all divisions")
        try t.send("Enter", "Enter")
        let headless = try Tmux.run([bin, "snapshot", "--size", "100x30", "--keys", "/学校<Enter><Enter>"])
        try t.waitFor { Tmux.trimmed($0) == Tmux.trimmed(headless.output) }
        try t.send("q")
    }

    /// `c` on a figure in a real terminal: the ranking on screen is the one `weibao compare`
    /// prints for the same indicator, row by row.
    @Test func compareOnAFigureEqualsTheCommandLine() throws {
        let t = try Tmux(width: 80, height: 24)
        try t.type("\(bin)")
        try t.waitFor { $0.contains("省级行政区 34") }
        try t.send("/")
        try t.send("督促监护令", literal: true)
        try t.send("Enter", "Enter")
        try t.waitFor { $0.contains("督促监护令") && $0.contains("排序") }
        try t.send("c")
        let live = try t.waitFor { $0.contains("省份比较") && $0.contains("名次") }
        let cli = try Tmux.run([bin, "compare", "督促监护令数", "--format", "csv"])
        #expect(cli.status == 0)
        let ranked = cli.output.split(whereSeparator: \.isNewline).dropFirst()  // CSV lines end in CRLF
           .map { $0.split(separator: ",", omittingEmptySubsequences: false) }
            .filter { !$0[0].isEmpty }
        #expect(ranked.count >= 3)
        let lines = live.split(separator: "\n").map(String.init)
        guard let first = lines.firstIndex(where: { $0.contains("名次") }) else { Issue.record("no table"); return }
        for (i, row) in ranked.enumerated() {
            let line = lines[first + 1 + i]
            let words = line.split(separator: " ").map(String.init).filter { $0 != "›" }
            #expect(words.first == String(row[0]) && words.dropFirst().first == String(row[1]), "row \(i + 1): \(line)")
            #expect(line.contains(String(row[4])), "row \(i + 1) shows \(row[4]): \(line)")
        }
        let headless = try Tmux.run([bin, "snapshot", "--size", "80x24", "--keys", "/督促监护令<Enter><Enter>c"])
        try t.waitFor { Tmux.trimmed($0) == Tmux.trimmed(headless.output) }
        try t.send("Escape")
        try t.waitFor { $0.contains("排序：") && !$0.contains("省份比较") }
        try t.send("q")
    }

    @Test func tooSmallThenRecovers() throws {
        let t = try Tmux(width: 100, height: 30)
        try t.type("\(bin)")
        try t.waitFor { $0.contains("省级行政区 34") }
        try t.resize(width: 60, height: 20)
        try t.waitFor { $0.contains("窗口至少需要 80×24，现在是 60×20") }
        try t.send("j", "j", "m", "p")  // unseen, so none of them may act
        try t.resize(width: 100, height: 30)
        let back = try t.waitFor { $0.contains("省级行政区 34") }
        #expect(back.contains("›北京"), "the selection did not move")
        #expect(!back.contains("已保存"), "no snapshot was taken")
        try t.send("q")
    }

    @Test(arguments: ["TERM", "HUP", "INT"])
    func signalsRestoreTheTerminal(signal: String) throws {
        let t = try Tmux(width: 100, height: 30)
        try t.type("stty -g > before; \(bin); echo EXIT=$?; stty -g > after; echo FIN\"\"ISHED")
        try t.waitFor { $0.contains("省级行政区 34") }
        // The pane's own child: other tests run the same binary at the same time.
        let pid = try t.pid(of: bin)
        try Tmux.run(["kill", "-\(signal)", pid])
        let expected = ["TERM": 143, "HUP": 129, "INT": 130][signal]!
        try t.waitFor { $0.contains("EXIT=\(expected)") && $0.contains("FINISHED") }
        let before = try String(contentsOfFile: t.folder + "/before", encoding: .utf8)
        let after = try String(contentsOfFile: t.folder + "/after", encoding: .utf8)
        #expect(before == after)
    }

    @Test func dumbTerminalIsRefusedWithAPointerToSnapshot() throws {
        let r = try Tmux.run(["env", "TERM=dumb", "LANG=C.UTF-8", "script", "-qec", bin, "/dev/null"])
        #expect(r.output.contains("weibao snapshot"))
        #expect(r.status != 0)
    }
}
