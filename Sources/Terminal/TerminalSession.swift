import CNcursesw
import Dashboard
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Owns the terminal while the dashboard runs: the only code that talks to curses.
///
/// Creating a session checks the terminal and takes it over; `restore()` (also run by the
/// run loop on every way out, and by deinit) gives it back exactly once.
public final class TerminalSession {
    /// Colors and attributes per role. Changing it repaints.
    public var theme: Theme {
        didSet { styles = [:]; if active { forceRedraw() } }
    }
    /// Whether clicks and the wheel are reported as `Msg.mouse`.
    public let mouseEnabled: Bool
    public private(set) var width = 0
    public private(set) var height = 0
    /// Colors the terminal offers (8, 16, 256…), or 0 when it has none; the CLI can pick
    /// `Theme.monochrome` then.
    public private(set) var colorCount = 0
    /// The signal that ended the session (SIGINT, SIGTERM, SIGHUP, SIGQUIT), if one did.
    public internal(set) var terminationSignal: Int32?

    /// One session at a time: the signal pipe and curses' current screen are process-wide.
    private nonisolated(unsafe) static var exists = false

    let screenRef: OpaquePointer
    let window: UnsafeMutablePointer<WINDOW>
    let signals: SignalPipe
    let crashGuard: CrashGuard
    var active = true

    var mapper = ColorMapper(colors: 0, defaultColors: false)
    var styles: [Style: CellStyle] = [:]
    var pairs: [PairKey: Int16] = [:]
    var maxPair: Int16 = 0

    /// The frame on the terminal, which the next one is diffed against.
    var lastDrawn: Screen?
    var needsFullRedraw = true
    var cursorShown: Bool?
    /// Whether `curs_set(0)` works here.
    var cursorHides = true
    var reportedSize = (width: 0, height: 0)
    var queuedSignals: [Int32] = []
    var queuedMessages: [Msg] = []
    var decoder = InputDecoder()
    /// Sent after endwin: see `CrashGuard.clearWithoutAlternateScreen`.
    let clearOnLeaving: [UInt8]
    var glyph = [wchar_t](repeating: 0, count: 8)

    /// Checks the terminal (see `TerminalError`) and takes it over.
    public init(theme: Theme = .dark, mouse: Bool = false) throws {
        guard !Self.exists else { throw TerminalError.alreadyActive }
        try Preflight.run()
        self.theme = theme
        mouseEnabled = mouse

        var shellMode = termios()
        _ = tcgetattr(STDIN_FILENO, &shellMode)
        // Our handlers go in first; ncurses then leaves these signals alone.
        signals = try SignalPipe()
        // The kernel's idea of the size wins over stale LINES/COLUMNS in the environment.
        use_tioctl(true)
        guard let scr = newterm(nil, weibao_stdout(), weibao_stdin()), let win = weibao_stdscr() else {
            signals.uninstall()
            throw TerminalError.startFailed("newterm failed for TERM=\(Preflight.env("TERM") ?? "")")
        }
        screenRef = scr
        window = win
        Self.exists = true
        crashGuard = CrashGuard(shellMode: shellMode, mouse: mouse)
        clearOnLeaving = CrashGuard.clearWithoutAlternateScreen()
        StderrCapture.begin()

        configureInput()
        configureColors()
        // A terminal without `civis` (vt100, xterm-mono) cannot hide its cursor: the blitter
        // then parks it on the focus instead of leaving it where the last write ended.
        cursorHides = curs_set(0) != ERR
        cursorShown = false
        leaveok(window, true)
        _ = noteSize()
    }

    deinit { restore() }

    private func configureInput() {
        // 25 ms tells a lone Esc from an arrow key's sequence even over SSH, without the
        // default full second of lag; a user's own ESCDELAY wins.
        if Preflight.env("ESCDELAY") == nil { _ = set_escdelay(25) }
        // cbreak keeps ISIG: Ctrl-C, Ctrl-Z and Ctrl-\ stay signals, handled like kill(1)'s.
        _ = cbreak()
        _ = noecho()
        _ = nonl()
        _ = intrflush(window, false)
        _ = keypad(window, true)
        _ = nodelay(window, true)  // reads never block inside curses; the wait is our poll
        // Without IXON and IEXTEN, Ctrl-S, Ctrl-Q, Ctrl-V and Ctrl-O arrive as keys instead
        // of freezing output or being swallowed by the tty driver.
        var mode = termios()
        if tcgetattr(STDIN_FILENO, &mode) == 0 {
            mode.c_iflag &= ~tcflag_t(IXON)
            mode.c_lflag &= ~tcflag_t(IEXTEN)
            _ = tcsetattr(STDIN_FILENO, TCSANOW, &mode)
        }
        _ = def_prog_mode()  // what reset_prog_mode and resume come back to
        if mouseEnabled {
            var mask: mmask_t = 0
            for button in 1...5 { mask |= weibao_button_pressed(Int32(button)) }
            _ = mousemask(mask, nil)
            _ = mouseinterval(0)  // report presses at once; no click detection delay
        }
    }

    private func configureColors() {
        guard has_colors() else { return }
        _ = start_color()
        let defaults = use_default_colors() == OK
        colorCount = Int(weibao_colors())
        mapper = ColorMapper(colors: colorCount, defaultColors: defaults)
        maxPair = Int16(clamping: min(Int(weibao_color_pairs()) - 1, Int(Int16.max)))
    }

    /// Gives the terminal back: leaves the alternate screen, restores the tty modes, cursor,
    /// keypad and mouse, and the signal handlers found at start. Safe to call more than once.
    public func restore() {
        guard active else { return }
        active = false
        if mouseEnabled { _ = mousemask(0, nil) }
        leaveScreen()
        delscreen(screenRef)
        crashGuard.disarm()
        signals.uninstall()
        releaseCapturedStderr()
        Self.exists = false
    }

    /// endwin, then a clear where there is no alternate screen to leave. endwin has flushed
    /// curses' output, so the clear comes after the last frame.
    private func leaveScreen() {
        _ = endwin()
        if !clearOnLeaving.isEmpty { _ = clearOnLeaving.withUnsafeBufferPointer { write(STDOUT_FILENO, $0.baseAddress, $0.count) } }
    }

    /// Ctrl-Z: gives the terminal back to the shell, stops, and repaints fully on `fg`.
    public func suspend() {
        guard active else { return }
        leaveScreen()
        crashGuard.disarm()
        _ = weibao_sigaction_default(SIGTSTP)
        _ = raise(SIGTSTP)  // stops here; a process without job control just carries on
        signals.install(SIGTSTP)
        crashGuard.arm()
        // The SIGCONT that woke us needs no second repaint; anything else waits for the loop.
        queuedSignals += signals.drain().filter { $0 != SIGCONT && $0 != SIGTSTP }
        if let resized = syncSize() { queuedMessages.append(resized) }
        _ = refresh()
        forceRedraw()
    }

    /// Repaints every cell from scratch (Ctrl-L, after resume, after a resize).
    public func forceRedraw() {
        guard active else { return }
        _ = clearok(weibao_curscr(), true)
        needsFullRedraw = true
        if let screen = lastDrawn { draw(screen) } else { _ = doupdate() }
    }

    /// Re-reads the size from the kernel after SIGWINCH and resizes curses to match.
    func syncSize() -> Msg? {
        var rows: Int32 = 0, cols: Int32 = 0
        if weibao_window_size(STDOUT_FILENO, &rows, &cols) == 0, is_term_resized(rows, cols) {
            _ = resizeterm(rows, cols)
        }
        return noteSize()
    }

    /// The current size, and a `.resize` message when it differs from the last one reported.
    func noteSize() -> Msg? {
        var rows: Int32 = 0, cols: Int32 = 0
        weibao_getmaxyx(window, &rows, &cols)
        width = Int(cols)
        height = Int(rows)
        guard reportedSize != (width, height) else { return nil }
        let first = reportedSize == (0, 0)
        reportedSize = (width, height)
        needsFullRedraw = true
        return first ? nil : .resize(width: width, height: height)
    }
}
