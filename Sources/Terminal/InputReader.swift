import CNcursesw
import Dashboard
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the run loop can be woken by.
enum TerminalEvent {
    case message(Msg)
    /// SIGINT, SIGTERM, SIGHUP or SIGQUIT: restore and exit with 128 + signal.
    case terminate(Int32)
}

extension TerminalSession {
    /// The next key, click or resize, waiting at most `timeout` milliseconds (-1: until
    /// one comes). Nil on timeout, or when a terminating signal arrived (then
    /// `terminationSignal` is set and the caller should restore and exit).
    public func read(timeout: Int32) -> Msg? {
        if case .message(let m)? = next(timeout: timeout) { return m }
        return nil
    }

    func next(timeout: Int32) -> TerminalEvent? {
        guard active else { return nil }
        let start = monotonicMilliseconds()
        while true {
            if let e = handleSignals() { return e }
            if !queuedMessages.isEmpty { return .message(queuedMessages.removeFirst()) }
            if let m = readInput() { return .message(m) }
            var wait = timeout
            if timeout >= 0 {
                wait = max(0, timeout - Int32(clamping: monotonicMilliseconds() - start))
                if wait == 0 { return nil }
            }
            // Wait on the keyboard and the signal pipe together, so a signal wakes us at once.
            var fds = [pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: signals.readFD, events: Int16(POLLIN), revents: 0)]
            let n = poll(&fds, 2, wait)
            if n == 0 { return nil }
            if n < 0 && errno == EINTR { continue }
            let gone = Int16(POLLHUP | POLLERR | POLLNVAL)
            if n < 0 || (fds[0].revents & gone != 0 && fds[1].revents == 0) {
                // The terminal went away without a SIGHUP (we are not its foreground job, say):
                // end as if one came, rather than spin on a dead descriptor.
                if let m = readInput() { return .message(m) }
                terminationSignal = SIGHUP
                return .terminate(SIGHUP)
            }
        }
    }

    /// Acts on queued signals: terminating ones end the loop, the others are handled here.
    private func handleSignals() -> TerminalEvent? {
        queuedSignals += signals.drain()
        while !queuedSignals.isEmpty {
            let sig = queuedSignals.removeFirst()
            switch sig {
            case SIGWINCH:
                if let m = syncSize() { return .message(m) }
            case SIGTSTP:
                suspend()  // sent by Ctrl-Z or kill(1): same path as the key
            case SIGCONT:
                // Stopped by SIGSTOP: the shell may have reset the tty meanwhile.
                _ = reset_prog_mode()
                forceRedraw()
            default:
                if SignalPipe.terminating.contains(sig) {
                    terminationSignal = sig
                    return .terminate(sig)
                }
            }
        }
        return nil
    }

    /// Reads what curses has without blocking; skips keys the dashboard has no name for.
    private func readInput() -> Msg? {
        while true {
            switch decoder.next(rawInput) {
            case .key(let key)?:
                return .key(key)
            case .session(KEY_RESIZE)?:
                if let m = noteSize() { return m }
            case .session(_)?:
                if let m = readMouse() { return m }
            case nil:
                return nil
            }
        }
    }

    /// One get_wch result without blocking. With `wait` (inside an escape sequence), waits
    /// up to ESCDELAY for it: over a slow link a sequence can arrive in pieces.
    private func rawInput(wait: Bool) -> RawInput? {
        for attempt in 0..<2 {
            var wch: wint_t = 0
            switch wget_wch(window, &wch) {
            case OK: return .character(UInt32(wch))
            case KEY_CODE_YES: return .code(Int32(bitPattern: UInt32(wch)))
            default: break
            }
            guard wait, attempt == 0 else { return nil }
            var fd = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
            guard poll(&fd, 1, get_escdelay()) > 0 else { return nil }
        }
        return nil
    }

    private func readMouse() -> Msg? {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return nil }
        let buttons: [(Int32, MouseButton)] = [(1, .left), (2, .middle), (3, .right), (4, .wheelUp), (5, .wheelDown)]
        for (n, button) in buttons where event.bstate & weibao_button_pressed(n) != 0 {
            return .mouse(MouseEvent(x: Int(event.x), y: Int(event.y), button: button))
        }
        return nil
    }
}

func monotonicMilliseconds() -> Int {
    var ts = timespec()
    _ = clock_gettime(CLOCK_MONOTONIC, &ts)
    return Int(ts.tv_sec) * 1000 + Int(ts.tv_nsec) / 1_000_000
}
