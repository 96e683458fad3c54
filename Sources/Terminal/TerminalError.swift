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

    private static let batchHint = "For batch or scripted use, `weibao snapshot` writes the screen to a file."

    public var description: String {
        let problem: String
        let fix: String
        switch self {
        case .notATerminal(let stream):
            problem = "the dashboard needs a terminal, but standard \(stream) is a pipe or a file."
            fix = "Run it in a terminal (over SSH: ssh -t host weibao)."
        case .notUTF8(let codeset, let requested, let installed):
            if let name = requested {
                problem = installed
                    ? "the locale \"\(name)\" uses \(codeset); Chinese text needs UTF-8."
                    : "the locale \"\(name)\" is not installed (see locale -a); Chinese text needs UTF-8."
            } else {
                problem = "no locale is set, so the character set is \(codeset); Chinese text needs UTF-8."
            }
            fix = "Set a UTF-8 locale:  export LANG=C.UTF-8  (and unset LC_ALL, or make it UTF-8 too)"
        case .termUnset:
            problem = "TERM is not set, so the terminal's capabilities are unknown."
            fix = "Set it to your terminal's type:  export TERM=xterm-256color"
        case .termDumb(let name):
            problem = "TERM=\(name) cannot run a full-screen program."
            fix = "Run weibao in a terminal emulator, or:  export TERM=xterm-256color"
        case .termUnknown(let name):
            problem = "TERM=\(name) is not in the terminfo database."
            fix = "Install its entry (Debian: apt install ncurses-term), or:  export TERM=xterm-256color"
        case .noTerminfo(let name):
            problem = "no terminfo database was found to look up TERM=\(name)."
            fix = "Install one (Debian: apt install ncurses-base) or point TERMINFO at it."
        case .termTooLimited(let name):
            problem = "TERM=\(name) cannot position the cursor."
            fix = "Set TERM to your terminal emulator's type:  export TERM=xterm-256color"
        case .startFailed(let why):
            problem = "the terminal could not be set up (\(why))."
            fix = "Check TERM and that the terminal is still connected."
        case .alreadyActive:
            problem = "the terminal is already in use by another session."
            fix = "Close the other session first."
        }
        return "weibao: \(problem)\n\(fix)\n\(Self.batchHint)"
    }
}
