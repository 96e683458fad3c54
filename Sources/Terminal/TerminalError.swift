/// Why the dashboard cannot take over this terminal. The CLI prints `description` after its
/// own "weibao: " and exits 2; nothing has been drawn yet, so the terminal is untouched.
public enum TerminalError: Error, CustomStringConvertible, Sendable {
    /// Standard input or output is a pipe or a file.
    case notATerminal(stream: String)
    /// The locale's character set is not UTF-8. `variables`: LC_ALL, LC_CTYPE and LANG as
    /// set, strongest first (the first decided); `installed`: whether its locale exists.
    case notUTF8(codeset: String, variables: [LocaleVariable], installed: Bool)
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
        case .notUTF8(let codeset, let variables, let installed):
            (problem, fix) = Self.localeAdvice(codeset: codeset, variables: variables, installed: installed)
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
        return "\(problem)\n\(fix)\n\(Self.batchHint)"
    }

    /// Names the variable that decided (LC_ALL beats LC_CTYPE beats LANG) and what it hides,
    /// and advises the change that takes effect: `export LANG=…` is no use under LC_ALL=C.
    static func localeAdvice(codeset: String, variables: [LocaleVariable], installed: Bool) -> (String, String) {
        guard let deciding = variables.first else {
            return ("no locale is set (LC_ALL, LC_CTYPE and LANG are empty), so the character set is \(codeset); Chinese text needs UTF-8.",
                    "Set a UTF-8 locale:  export LANG=C.UTF-8")
        }
        let hidden = variables.dropFirst()
        let overrides = hidden.isEmpty ? "" : " and overrides " + hidden.map(\.assignment).joined(separator: " and ")
        let problem = installed
            ? "\(deciding.assignment) sets the character set \(codeset)\(overrides); Chinese text needs UTF-8."
            : "\(deciding.assignment) names a locale this machine does not have (see locale -a)\(overrides); Chinese text needs UTF-8."
        if deciding.name == "LANG" { return (problem, "Set a UTF-8 locale:  export LANG=C.UTF-8") }
        // Unsetting is enough when the variable it hides would give UTF-8.
        if let next = hidden.first, Preflight.isUTF8Name(next.value) {
            return (problem, "Unset it, so that \(next.assignment) applies:  unset \(deciding.name)  (or make it UTF-8:  export \(deciding.name)=C.UTF-8)")
        }
        return (problem, "Make it UTF-8:  export \(deciding.name)=C.UTF-8  (or unset \(deciding.name) and export LANG=C.UTF-8)")
    }
}

/// One of LC_ALL, LC_CTYPE and LANG, as the environment sets it.
public struct LocaleVariable: Sendable, Equatable {
    public var name: String
    public var value: String

    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }

    /// `LC_ALL=C`, as the user would type it.
    public var assignment: String { "\(name)=\(value)" }
}
