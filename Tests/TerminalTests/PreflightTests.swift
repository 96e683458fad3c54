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
        let locale = TerminalError.notUTF8(codeset: "ANSI_X3.4-1968", variables: [LocaleVariable(name: "LANG", value: "C")],
                                           installed: true).description
        #expect(locale.contains("export LANG=C.UTF-8"))
        #expect(locale.contains("weibao snapshot"))
        #expect(TerminalError.termDumb("dumb").description.contains("export TERM="))
        #expect(TerminalError.notATerminal(stream: "output").description.contains("weibao snapshot"))
    }

    /// The CLI writes "weibao: " before the message; the message must not bring its own.
    @Test func messagesCarryNoProgramName() {
        let all: [TerminalError] = [.notATerminal(stream: "input"), .notUTF8(codeset: "UTF-8", variables: [], installed: true),
                                    .termUnset, .termDumb("dumb"), .termUnknown("x"), .noTerminfo("x"), .termTooLimited("x"),
                                    .startFailed("x"), .alreadyActive]
        for error in all { #expect(!error.description.hasPrefix("weibao:"), "\(error)") }
    }

    static func variables(_ env: [String: String]) -> [LocaleVariable] {
        Preflight.localeVariables { env[$0].flatMap { $0.isEmpty ? nil : $0 } }
    }

    static func advice(_ env: [String: String], installed: Bool = true) -> String {
        TerminalError.notUTF8(codeset: "ANSI_X3.4-1968", variables: variables(env), installed: installed).description
    }

    @Test func theStrongestLocaleVariableDecides() {
        #expect(Self.variables(["LANG": "C.UTF-8", "LC_ALL": "C"]).map(\.name) == ["LC_ALL", "LANG"])
        #expect(Self.variables(["LANG": "C.UTF-8", "LC_CTYPE": "C", "LC_ALL": ""]).map(\.name) == ["LC_CTYPE", "LANG"])
        #expect(Self.variables(["LC_MESSAGES": "C"]).isEmpty)
    }

    @Test func localeAdviceNamesTheVariableThatDecided() {
        let all = Self.advice(["LC_ALL": "C", "LANG": "C.UTF-8"])
        #expect(all.hasPrefix("LC_ALL=C sets the character set ANSI_X3.4-1968 and overrides LANG=C.UTF-8; Chinese text needs UTF-8.\n"))
        #expect(all.contains("unset LC_ALL"))
        #expect(!all.contains("export LANG="), "exporting LANG is no use while LC_ALL=C")

        let ctype = Self.advice(["LC_CTYPE": "C"])
        #expect(ctype.hasPrefix("LC_CTYPE=C sets the character set ANSI_X3.4-1968; Chinese text needs UTF-8.\n"))
        #expect(ctype.contains("export LC_CTYPE=C.UTF-8"))

        let hidden = Self.advice(["LC_CTYPE": "C", "LANG": "zh_CN.UTF-8"])
        #expect(hidden.contains("overrides LANG=zh_CN.UTF-8"))
        #expect(hidden.contains("Unset it, so that LANG=zh_CN.UTF-8 applies:  unset LC_CTYPE"))

        let lang = Self.advice(["LANG": "C"])
        #expect(lang.hasPrefix("LANG=C sets the character set ANSI_X3.4-1968"))
        #expect(lang.contains("export LANG=C.UTF-8"))

        #expect(Self.advice(["LC_ALL": "zh_CN.GBK"], installed: false)
            .hasPrefix("LC_ALL=zh_CN.GBK names a locale this machine does not have (see locale -a)"))
        #expect(Self.advice([:]).contains("no locale is set"))
    }

    @Test func terminfoPaddingIsNotSent() {
        #expect(CrashGuard.withoutPadding("\u{1B}[m$<2>\u{1B}[?25h") == Array("\u{1B}[m\u{1B}[?25h".utf8))
        #expect(CrashGuard.withoutPadding("$x") == Array("$x".utf8))
    }
}
