import CNcursesw
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Checks made before curses touches the terminal, so that every refusal is a message the
/// CLI prints rather than a half-drawn screen or an exit from inside the library.
enum Preflight {
    static func run() throws {
        if isatty(STDIN_FILENO) == 0 { throw TerminalError.notATerminal(stream: "input") }
        if isatty(STDOUT_FILENO) == 0 { throw TerminalError.notATerminal(stream: "output") }
        try checkLocale()
        try checkTerm()
    }

    /// Sets the locale from the environment (curses needs it for wide characters) and
    /// insists on UTF-8: in any other codeset Chinese text would be mangled.
    static func checkLocale() throws {
        let applied = setlocale(LC_ALL, "") != nil
        if isUTF8(codeset()) { return }
        // LANG may name a missing locale while LC_CTYPE, which decides the characters, exists.
        let installed = applied || setlocale(LC_CTYPE, "") != nil
        if isUTF8(codeset()) { return }
        let variables = localeVariables()
        // Over SSH the client's LANG (zh_CN.UTF-8, say) often names a locale this machine
        // lacks. The terminal is still UTF-8, and curses only needs a UTF-8 LC_CTYPE.
        if !installed, let deciding = variables.first, isUTF8Name(deciding.value) {
            for fallback in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] where setlocale(LC_CTYPE, fallback) != nil {
                if isUTF8(codeset()) { return }
            }
        }
        throw TerminalError.notUTF8(codeset: codeset(), variables: variables, installed: installed)
    }

    /// LC_ALL, LC_CTYPE and LANG, those that are set, strongest first: POSIX lets the first
    /// decide the character set, so it is the one a refusal names.
    static func localeVariables(_ lookup: (String) -> String? = env) -> [LocaleVariable] {
        ["LC_ALL", "LC_CTYPE", "LANG"].compactMap { name in lookup(name).map { LocaleVariable(name: name, value: $0) } }
    }

    static func codeset() -> String { nl_langinfo(nl_item(CODESET)).map { String(cString: $0) } ?? "unknown" }

    static func isUTF8Name(_ locale: String) -> Bool {
        let l = locale.lowercased()
        return l.contains("utf-8") || l.contains("utf8")
    }

    static func isUTF8(_ codeset: String) -> Bool {
        let c = codeset.lowercased()
        return c == "utf-8" || c == "utf8"
    }

    static func checkTerm() throws {
        guard let term = env("TERM") else { throw TerminalError.termUnset }
        if term == "dumb" { throw TerminalError.termDumb(term) }
        var canAddress: Int32 = 0
        switch weibao_probe_term(term, STDOUT_FILENO, &canAddress) {
        case 1: break
        case -1: throw TerminalError.noTerminfo(term)
        default: throw TerminalError.termUnknown(term)
        }
        if canAddress == 0 { throw TerminalError.termTooLimited(term) }
    }

    /// An environment variable, treating the empty string as unset.
    static func env(_ name: String) -> String? {
        guard let v = getenv(name), v.pointee != 0 else { return nil }
        return String(cString: v)
    }
}
