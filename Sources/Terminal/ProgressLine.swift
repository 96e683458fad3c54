import Dashboard
import Foundation
import Protection

/// A line on standard error that says how far long work has got — `weibao: reading
/// nation.csv: 412,000 figures, 1.3 s` — redrawn in place, only when standard error is a
/// terminal and only once the work has taken longer than `delay`; erased when it ends, so
/// nothing of it stays in the terminal or reaches a file or pipe.
public final class ProgressLine: @unchecked Sendable {
    private let label: String
    private let unit: String
    private let fd: Int32
    private let delay: Double
    private let lock = NSLock()
    private var running = true
    private var drawn = false
    private let finished = DispatchSemaphore(value: 0)

    /// `delay`: seconds before the first line; `WEIBAO_PROGRESS_DELAY` overrides the default.
    public init(_ label: String, unit: String, fd: Int32 = STDERR_FILENO, delay: Double? = nil) {
        self.label = String(String.UnicodeScalarView(label.unicodeScalars.map(ControlCharacters.visible)))
        self.unit = unit
        self.fd = fd
        self.delay = delay ?? ProcessInfo.processInfo.environment["WEIBAO_PROGRESS_DELAY"].flatMap(Double.init) ?? 1
    }

    /// Runs `work` with the line shown while it lasts.
    public static func during<T>(_ label: String, unit: String, _ work: () throws -> T) rethrows -> T {
        let line = ProgressLine(label, unit: unit)
        line.start()
        defer { line.stop() }
        return try work()
    }

    public func start() {
        guard isatty(fd) == 1 else {
            finished.signal()
            return
        }
        WorkProgress.shared.reset()
        let began = Date()
        Thread.detachNewThread { [self] in
            defer { finished.signal() }
            while true {
                Thread.sleep(forTimeInterval: 0.1)
                lock.lock()
                defer { lock.unlock() }
                guard running else { return }
                let elapsed = Date().timeIntervalSince(began)
                guard elapsed >= delay else { continue }
                let n = WorkProgress.shared.count
                let seconds = String(format: "%.1f", elapsed)
                // Within the terminal's width: a line that wrapped could not be redrawn in place.
                let text = DisplayWidth.truncate("\(label): \(ExactNumber(n).grouped) \(unit), \(seconds) s", to: max(10, columns() - 1))
                write("\r" + text + "\u{1B}[K")
                drawn = true
            }
        }
    }

    /// Ends the line and erases it if it was drawn.
    public func stop() {
        lock.lock()
        running = false
        if drawn { write("\r\u{1B}[K") }
        lock.unlock()
        finished.wait()
    }

    private func columns() -> Int {
        var size = winsize()
        return ioctl(fd, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0 ? Int(size.ws_col) : 80
    }

    private func write(_ s: String) {
        _ = WriteAll.write(fd, Array(s.utf8))
    }
}
