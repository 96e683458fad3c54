import CNcursesw
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The write end of the self-pipe, read by the handler. A `let` pointer rather than a
/// `var`: a signal can land in the middle of any access, and pointer loads are not
/// subject to exclusivity tracking.
private nonisolated(unsafe) let signalWriteFD: UnsafeMutablePointer<Int32> = {
    let p = UnsafeMutablePointer<Int32>.allocate(capacity: 1)
    p.pointee = -1
    return p
}()

/// Only write(2) here: endwin and the rest of curses are not async-signal-safe, so the
/// handler just queues the signal number for the run loop.
private func queueSignal(_ signo: Int32) {
    let savedErrno = errno
    let fd = signalWriteFD.pointee
    if fd >= 0 {
        var byte = UInt8(truncatingIfNeeded: signo)
        _ = write(fd, &byte, 1)
    }
    errno = savedErrno
}

/// Turns asynchronous signals into bytes on a pipe the run loop polls next to the keyboard,
/// so a signal wakes a blocked read at once and is acted on outside the handler.
final class SignalPipe {
    /// Installed before curses starts, so ncurses keeps its own handlers off these:
    /// it only installs where the disposition is still the default.
    static let handled: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP, SIGCONT, SIGWINCH]
    static let terminating: Set<Int32> = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]

    let readFD: Int32
    private let writeFD: Int32
    private var previous: [Int32: sigaction] = [:]

    init() throws {
        var fds: [Int32] = [-1, -1]
        guard pipe(&fds) == 0 else { throw TerminalError.startFailed("pipe: \(String(cString: strerror(errno)))") }
        for fd in fds {
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
            _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        }
        readFD = fds[0]
        writeFD = fds[1]
        signalWriteFD.pointee = writeFD
        for sig in Self.handled { install(sig) }
        // A parent can hand these down blocked (a worker thread's mask, through posix_spawn
        // and tmux); then Ctrl-C, kill and resizes would never reach the loop.
        var set = sigset_t()
        sigemptyset(&set)
        for sig in Self.handled { sigaddset(&set, sig) }
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
    }

    func install(_ sig: Int32) {
        var old = sigaction()
        // SA_RESTART keeps curses' own reads and writes from failing with EINTR;
        // poll(2) is never restarted, so the loop still wakes.
        if weibao_sigaction(sig, queueSignal, SA_RESTART, &old) == 0, previous[sig] == nil {
            previous[sig] = old
        }
    }

    /// Every signal queued since the last call, oldest first.
    func drain() -> [Int32] {
        var out: [Int32] = []
        var buf = [UInt8](repeating: 0, count: 64)
        while true {
            let n = read(readFD, &buf, buf.count)
            if n <= 0 { break }
            out += buf[0..<n].map { Int32($0) }
        }
        return out
    }

    /// Puts back the dispositions found at start and closes the pipe.
    func uninstall() {
        for (sig, old) in previous {
            var o = old
            _ = weibao_sigaction_restore(sig, &o)
        }
        previous = [:]
        signalWriteFD.pointee = -1
        close(readFD)
        close(writeFD)
    }
}
