import Foundation
import Testing

/// What the dashboard says when it cannot take the terminal, run in a real pseudo-terminal
/// (script(1)) so that the terminal checks are the ones that refuse.
@Suite(.enabled(if: Tmux.binary != nil && (try? Tmux.run(["script", "-V"]).status) == 0,
                "needs the built weibao binary and script(1)"))
struct RefusalEndToEndTests {
    let bin = Tmux.binary ?? "weibao"

    func refusal(_ environment: [String]) throws -> Tmux.Output {
        try Tmux.run(["env", "-i", "PATH=/usr/bin:/bin"] + environment + ["script", "-qec", bin, "/dev/null"])
    }

    /// One "weibao: " and exit status 2, as docs/terminal.md and docs/config.md say.
    @Test(arguments: [["TERM=dumb", "LANG=C.UTF-8"], ["TERM=no-such-term", "LANG=C.UTF-8"], ["LANG=C.UTF-8"],
                      ["TERM=xterm", "LANG=C"]])
    func oneProgramNameAndExitStatus2(environment: [String]) throws {
        let r = try refusal(environment)
        #expect(r.status == 2, "\(r.output)")
        #expect(r.output.hasPrefix("weibao: "), "\(r.output)")
        #expect(!r.output.contains("weibao: weibao:"), "\(r.output)")
        #expect(r.output.contains("weibao snapshot"))
    }

    @Test func localeAdviceNamesLCALLOverLANG() throws {
        let r = try refusal(["TERM=xterm", "LC_ALL=C", "LANG=C.UTF-8"])
        #expect(r.status == 2)
        #expect(r.output.hasPrefix("weibao: LC_ALL=C sets the character set ANSI_X3.4-1968 and overrides LANG=C.UTF-8"), "\(r.output)")
        #expect(r.output.contains("unset LC_ALL"))
    }

    @Test func localeAdviceNamesLCCTYPE() throws {
        let r = try refusal(["TERM=xterm", "LC_CTYPE=C"])
        #expect(r.status == 2)
        #expect(r.output.hasPrefix("weibao: LC_CTYPE=C sets the character set"), "\(r.output)")
        #expect(r.output.contains("export LC_CTYPE=C.UTF-8"))
    }
}
