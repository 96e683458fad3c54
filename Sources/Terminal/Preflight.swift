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
        let codeset = nl_langinfo(nl_item(CODESET)).map { String(cString: $0) } ?? "unknown"
        if isUTF8(codeset) { return }
        let requested = ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap(env).first
        throw TerminalError.notUTF8(codeset: codeset, requested: requested, installed: applied)
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
