/// Why the dashboard cannot take over this terminal. The CLI prints `description` and exits;
/// nothing has been drawn yet, so the terminal is untouched.
public enum TerminalError: Error, CustomStringConvertible, Sendable {
    /// Standard input or output is a pipe or a file.
    case notATerminal(stream: String)
    /// The locale's character set is not UTF-8 (`requested` is the LC_ALL/LC_CTYPE/LANG value).
    case notUTF8(codeset: String, requested: String?, installed: Bool)
    case termUnset
    case termDumb(String)
    case termUnknown(String)
    case noTerminfo(String)
    /// The terminfo entry cannot move the cursor, so no full-screen program can run.
    case termTooLimited(String)
    /// curses refused to start for a reason the checks above did not catch.
    case startFailed(String)
    /// Only one session can own the terminal at a time.
    case alreadyActive

    private static let batchHint = "For batch or scripted use, `weibao snapshot` writes the screen without a terminal."

    public var description: String {
        let problem: String
        switch self {
        case .notATerminal(let stream):
            problem = "the dashboard needs a terminal, but standard \(stream) is not one (a pipe or a file)."
        case .notUTF8(let codeset, let requested, let installed):
            let which = requested.map { installed ? "the locale \"\($0)\" uses \(codeset)" : "the locale \"\($0)\" is not installed (see `locale -a`)" }
                ?? "no locale is set, so the character set is \(codeset)"
            problem = "\(which); the dashboard needs UTF-8 to show Chinese text.\n"
                + "Set a UTF-8 locale, for example:  export LANG=C.UTF-8   (and unset LC_ALL, or set it to a UTF-8 locale too)"
        case .termUnset:
            problem = "TERM is not set, so the terminal's capabilities are unknown.\n"
                + "Set it to your terminal's type, for example:  export TERM=xterm-256color"
        case .termDumb(let name):
            problem = "TERM=\(name) cannot run a full-screen program.\n"
                + "Run weibao in a terminal emulator, or set TERM to its type, for example:  export TERM=xterm-256color"
        case .termUnknown(let name):
            problem = "TERM=\(name) is not in the terminfo database.\n"
                + "Install its entry (Debian: apt install ncurses-term) or use a common one:  export TERM=xterm-256color"
        case .noTerminfo(let name):
            problem = "no terminfo database was found to look up TERM=\(name).\n"
                + "Install one (Debian: apt install ncurses-base) or set TERMINFO to its directory."
        case .termTooLimited(let name):
            problem = "TERM=\(name) cannot position the cursor, so a full-screen program cannot run.\n"
                + "Set TERM to your terminal emulator's type, for example:  export TERM=xterm-256color"
        case .startFailed(let why):
            problem = "the terminal could not be set up (\(why))."
        case .alreadyActive:
            problem = "the terminal is already in use by another session."
        }
        return "weibao: " + problem + "\n" + Self.batchHint
    }
}
