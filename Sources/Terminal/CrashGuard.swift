import CNcursesw
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a crash handler needs, prepared in advance because it may only call
/// async-signal-safe functions: the bytes that undo full-screen mode and the tty modes
/// from before start. `let` pointers, so reading them in a handler is never tracked.
private nonisolated(unsafe) let crashArmed = UnsafeMutablePointer<Int32>.allocate(capacity: 1)
private nonisolated(unsafe) let crashBytes = UnsafeMutablePointer<UInt8>.allocate(capacity: CrashGuard.capacity)
private nonisolated(unsafe) let crashByteCount = UnsafeMutablePointer<Int>.allocate(capacity: 1)
private nonisolated(unsafe) let crashTTY = UnsafeMutablePointer<termios>.allocate(capacity: 1)
private nonisolated(unsafe) let crashPrevious = UnsafeMutablePointer<sigaction>.allocate(capacity: 65)

/// Gives the terminal back, then puts back the handler that was there before and returns:
/// the faulting instruction runs again under it, so the crash is still reported (now on
/// the normal screen, where it can be read) and still ends the process.
private func restoreOnCrash(_ signo: Int32) {
    if crashArmed.pointee != 0 {
        crashArmed.pointee = 0
        _ = write(STDOUT_FILENO, crashBytes, crashByteCount.pointee)
        _ = tcsetattr(STDIN_FILENO, TCSANOW, crashTTY)
        releaseCapturedStderr()  // the runtime's "Fatal error: …" line, now readable
    }
    if signo > 0 && signo < 65 { _ = weibao_sigaction_restore(signo, crashPrevious + Int(signo)) }
}

/// A last resort for crashes (a trap, a bad access, abort) that bypass the normal restore,
/// so a crash never leaves the user's shell without echo inside the alternate screen.
final class CrashGuard {
    static let capacity = 512
    static let signals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGTRAP, SIGABRT]
    private var installed = false

    init(shellMode: termios, mouse: Bool) {
        crashTTY.pointee = shellMode
        // The same capabilities endwin sends: leave the alternate screen, show the cursor,
        // plain attributes, keypad off.
        var bytes: [UInt8] = []
        for cap in ["sgr0", "cnorm", "rmkx", "rmcup"] {
            if let s = weibao_tigetstr(cap) { bytes += Self.withoutPadding(String(cString: s)) }
        }
        if mouse, weibao_tigetstr("kmous") != nil { bytes += Array("\u{1B}[?1000l\u{1B}[?1006l".utf8) }
        bytes += Self.clearWithoutAlternateScreen()
        bytes = Array(bytes.prefix(Self.capacity))
        bytes.withUnsafeBufferPointer { crashBytes.update(from: $0.baseAddress!, count: $0.count) }
        crashByteCount.pointee = bytes.count
        arm()
    }

    /// `clear` for a terminal with no alternate screen (linux, vt100, vt220: no smcup), whose
    /// last frame would otherwise stay under the shell's prompt; nothing for the others,
    /// where leaving the alternate screen brings back what was there.
    static func clearWithoutAlternateScreen() -> [UInt8] {
        guard weibao_tigetstr("smcup") == nil, let clear = weibao_tigetstr("clear") else { return [] }
        return withoutPadding(String(cString: clear))
    }

    /// Terminfo strings may carry delays like `$<5>`, which are not for the terminal.
    static func withoutPadding(_ s: String) -> [UInt8] {
        var out: [UInt8] = []
        var skipping = false
        var previous: UInt8 = 0
        for b in s.utf8 {
            if skipping { if b == UInt8(ascii: ">") { skipping = false }; previous = b; continue }
            if b == UInt8(ascii: "<") && previous == UInt8(ascii: "$") { out.removeLast(); skipping = true; continue }
            out.append(b)
            previous = b
        }
        return out
    }

    func arm() {
        crashArmed.pointee = 1
        guard !installed else { return }
        installed = true
        for sig in Self.signals {
            _ = weibao_sigaction(sig, restoreOnCrash, SA_ONSTACK, crashPrevious + Int(sig))
        }
    }

    /// Called once the terminal is restored (or handed to the shell by Ctrl-Z).
    func disarm() {
        crashArmed.pointee = 0
        guard installed else { return }
        installed = false
        for sig in Self.signals { _ = weibao_sigaction_restore(sig, crashPrevious + Int(sig)) }
    }
}
