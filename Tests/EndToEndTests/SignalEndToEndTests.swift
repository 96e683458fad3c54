import Foundation
import Testing

/// Signals, job control and a crash, each in a real terminal: the shell's terminal modes
/// (`stty -g`) are the same before and after, and the screen comes back whole.
@Suite(.serialized, .enabled(if: Tmux.available, "needs tmux and the built weibao binary"))
struct SignalEndToEndTests {
    let bin = Tmux.binary ?? "weibao"

    /// SIGQUIT from outside; SIGINT and SIGQUIT from the keyboard, through the tty driver.
    @Test(arguments: [("kill -QUIT", 131), ("C-c", 130), ("C-\\", 131), ("kill -INT", 130), ("kill -TERM", 143), ("kill -HUP", 129)])
    func signalRestoresTheTerminal(how: String, status: Int) throws {
        let t = try Tmux(width: 100, height: 30)
        try t.type(Tmux.bracketed(bin))
        try t.waitFor { $0.contains("省级行政区 34") }
        if how.hasPrefix("kill") {
            let pid = try t.pid(of: bin)
            try Tmux.run(how.split(separator: " ").map(String.init) + [pid])
        } else {
            try t.send(how)
        }
        let screen = try t.waitFor { $0.contains("EXIT=\(status)") && $0.contains("FINISHED") }
        #expect(!screen.contains("省级行政区"), "back on the normal screen")
        #expect(try t.display("#{alternate_on} #{cursor_flag} #{keypad_flag} #{mouse_any_flag}") == "0 1 0 0")
        #expect(try t.sttyUnchanged())
    }

    /// A parent that hands signals down blocked (as a test worker thread did, through tmux):
    /// the dashboard unblocks the ones it handles, so kill and Ctrl-C still end it cleanly.
    @Test(.enabled(if: (try? Tmux.run(["python3", "-V"]).status) == 0, "needs python3 to block signals"))
    func signalsBlockedByTheParentStillArrive() throws {
        let t = try Tmux(width: 100, height: 30)
        let block = "import os, signal; signal.pthread_sigmask(signal.SIG_BLOCK, {1, 2, 3, 15, 20, 28}); os.execv('\(bin)', ['weibao'])"
        try t.type(Tmux.bracketed("python3 -c \"\(block)\""))
        try t.waitFor { $0.contains("省级行政区 34") }
        try t.resize(width: 90, height: 28)
        try t.waitFor { $0.split(separator: "\n").first.map { $0.count < 95 } ?? false }
        try Tmux.run(["kill", "-TERM", try t.pid(of: bin)])
        try t.waitFor { $0.contains("EXIT=143") && $0.contains("FINISHED") }
        #expect(try t.sttyUnchanged())
    }

    @Test func ctrlZThenFgRepaintsFully() throws {
        let t = try Tmux(width: 100, height: 30)
        // Separate lines: in a list, bash would run the rest of it while the job is stopped.
        try t.type("stty -g > before")
        try t.type(bin)
        try t.waitFor { $0.contains("省级行政区 34") }
        try t.send("Down", "Down")
        let two = try Tmux.run([bin, "snapshot", "--size", "100x30", "--keys", "<Down><Down>"])
        try t.waitFor { Tmux.trimmed($0) == Tmux.trimmed(two.output) }
        try t.send("C-z")
        try t.waitFor { $0.contains("Stopped") }
        #expect(try t.display("#{alternate_on}") == "0", "the shell has its normal screen while stopped")
        try t.type("stty -g > during; fg")
        // tmux drops the alternate screen on rmcup, so what shows after fg is a full repaint.
        try t.waitFor { Tmux.trimmed($0) == Tmux.trimmed(two.output) }
        let during = try String(contentsOfFile: t.folder + "/during", encoding: .utf8)
        let before = try String(contentsOfFile: t.folder + "/before", encoding: .utf8)
        #expect(during == before, "the shell's modes were restored while stopped")
        try t.send("Down")
        let three = try Tmux.run([bin, "snapshot", "--size", "100x30", "--keys", "<Down><Down><Down>"])
        try t.waitFor { Tmux.trimmed($0) == Tmux.trimmed(three.output) }
        try t.send("q")
        try t.type("echo EXIT=$?; stty -g > after; echo FIN\"\"ISHED")
        try t.waitFor { $0.contains("EXIT=0") && $0.contains("FINISHED") }
        #expect(try t.sttyUnchanged())
    }

    /// WEIBAO_TEST_CRASH=1 makes the first message a fatalError inside the run loop.
    @Test func crashRestoresTheTerminalBeforeTheMessage() throws {
        let t = try Tmux(width: 100, height: 30)
        try t.type(Tmux.bracketed("SWIFT_BACKTRACE=interactive=no WEIBAO_TEST_CRASH=1 \(bin)"))
        try t.waitFor { $0.contains("省级行政区 34") }
        try t.send("j")
        try t.waitFor(seconds: 60) { $0.contains("FINISHED") }
        // The message is on the normal screen (its history, the backtrace follows): it was held
        // until the terminal was back. Written on the alternate screen, it would have vanished.
        let screen = try t.history()
        #expect(screen.contains("Fatal error: WEIBAO_TEST_CRASH=1: crashing inside the run loop"))
        #expect(!screen.contains("省级行政区"))
        #expect(screen.contains("EXIT=132") || screen.contains("EXIT=133") || screen.contains("EXIT=134"), "\(screen)")
        #expect(try t.display("#{alternate_on} #{cursor_flag} #{keypad_flag}") == "0 1 0")
        #expect(try t.sttyUnchanged())
    }
}
