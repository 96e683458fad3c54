import Testing
@testable import Terminal

@Suite struct PreflightTests {
    @Test func utf8Names() {
        #expect(Preflight.isUTF8("UTF-8"))
        #expect(Preflight.isUTF8("utf8"))
        #expect(!Preflight.isUTF8("ANSI_X3.4-1968"))
        #expect(!Preflight.isUTF8("GB18030"))
        #expect(Preflight.isUTF8Name("zh_CN.UTF-8"))
        #expect(Preflight.isUTF8Name("en_US.utf8"))
        #expect(!Preflight.isUTF8Name("zh_CN.GBK"))
        #expect(!Preflight.isUTF8Name("C"))
    }

    @Test func refusalsSayWhatToSet() {
        let locale = TerminalError.notUTF8(codeset: "ANSI_X3.4-1968", requested: "C", installed: true).description
        #expect(locale.contains("export LANG=C.UTF-8"))
        #expect(locale.contains("weibao snapshot"))
        #expect(TerminalError.termDumb("dumb").description.contains("export TERM="))
        #expect(TerminalError.notATerminal(stream: "output").description.contains("weibao snapshot"))
    }

    @Test func terminfoPaddingIsNotSent() {
        #expect(CrashGuard.withoutPadding("\u{1B}[m$<2>\u{1B}[?25h") == Array("\u{1B}[m\u{1B}[?25h".utf8))
        #expect(CrashGuard.withoutPadding("$x") == Array("$x".utf8))
    }
}
