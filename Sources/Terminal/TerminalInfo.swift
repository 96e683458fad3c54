import CNcursesw
import Dashboard
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What `weibao info` reports about the terminal, found without taking it over: works with
/// no TTY at all (a pipe, CI).
public struct TerminalInfo: Sendable {
    public var term: String?
    /// terminfo's `colors` for TERM; nil when TERM is unset or unknown to terminfo.
    public var colors: Int?
    public var codeset: String
    public var utf8: Bool
    public var stdinIsTTY: Bool
    public var stdoutIsTTY: Bool
    /// Columns and rows, from standard output, input or /dev/tty, whichever is a terminal.
    public var size: (width: Int, height: Int)?

    public static func detect() -> TerminalInfo {
        _ = setlocale(LC_ALL, "")
        let term = Preflight.env("TERM")
        var info = TerminalInfo(term: term, colors: nil, codeset: Preflight.codeset(), utf8: false,
                                stdinIsTTY: isatty(STDIN_FILENO) != 0, stdoutIsTTY: isatty(STDOUT_FILENO) != 0, size: nil)
        info.utf8 = Preflight.isUTF8(info.codeset)
        if let term { info.colors = colors(term) }
        info.size = size()
        return info
    }

    /// The entry's `colors` (0 when it has none), loaded and released without printing.
    static func colors(_ term: String) -> Int? {
        var err: Int32 = 0
        guard setupterm(term, -1, &err) == OK else { return nil }
        let n = tigetnum("colors")
        del_curterm(set_curterm(nil))
        return n < 0 ? 0 : Int(n)
    }

    static func size() -> (width: Int, height: Int)? {
        var rows: Int32 = 0, cols: Int32 = 0
        for fd in [STDOUT_FILENO, STDIN_FILENO, STDERR_FILENO] where weibao_window_size(fd, &rows, &cols) == 0 {
            return (Int(cols), Int(rows))
        }
        let tty = open("/dev/tty", O_RDONLY | O_NOCTTY)
        guard tty >= 0 else { return nil }
        defer { close(tty) }
        return weibao_window_size(tty, &rows, &cols) == 0 ? (Int(cols), Int(rows)) : nil
    }
}
