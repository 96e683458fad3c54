#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// [saved terminal stderr, capture file], or -1 when not capturing; read by the crash handler.
private nonisolated(unsafe) let stderrFDs: UnsafeMutablePointer<Int32> = {
    let p = UnsafeMutablePointer<Int32>.allocate(capacity: 2)
    p[0] = -1
    p[1] = -1
    return p
}()
private nonisolated(unsafe) let replayBuffer = UnsafeMutableRawPointer.allocate(byteCount: 4096, alignment: 16)

/// Points stderr back at the terminal and copies out what was written meanwhile.
/// Only async-signal-safe calls, so the crash handler can use it too.
func releaseCapturedStderr() {
    let saved = stderrFDs[0], file = stderrFDs[1]
    guard saved >= 0, file >= 0 else { return }
    stderrFDs[0] = -1
    stderrFDs[1] = -1
    _ = dup2(saved, STDERR_FILENO)
    _ = lseek(file, 0, SEEK_SET)
    while true {
        let n = read(file, replayBuffer, 4096)
        if n <= 0 { break }
        _ = write(STDERR_FILENO, replayBuffer, n)
    }
    close(file)
    close(saved)
}

/// While the dashboard owns the screen, stderr goes to an unlinked temporary file: a stray
/// warning would scribble over the frame, and a crash message would vanish with the
/// alternate screen. Both are written out once the terminal is back.
enum StderrCapture {
    static func begin() {
        guard stderrFDs[0] < 0, isatty(STDERR_FILENO) != 0 else { return }
        let dir = Preflight.env("TMPDIR") ?? "/tmp"
        var template = Array("\(dir)/weibao-stderr-XXXXXX".utf8CString)
        let file = mkstemp(&template)
        guard file >= 0 else { return }
        unlink(template)
        let saved = dup(STDERR_FILENO)
        guard saved >= 0, dup2(file, STDERR_FILENO) >= 0 else {
            close(file)
            if saved >= 0 { close(saved) }
            return
        }
        stderrFDs[0] = saved
        stderrFDs[1] = file
    }
}
