import Foundation

/// How far long work has got (rows read, figures written, articles read), for a progress
/// line. One counter for the process: the loader, export and ingest add to it from any thread
/// and the command line reads it; nothing here writes anywhere.
public final class WorkProgress: @unchecked Sendable {
    public static let shared = WorkProgress()

    private let lock = NSLock()
    private var done = 0

    public func add(_ n: Int) {
        lock.lock()
        done += n
        lock.unlock()
    }

    public var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return done
    }

    public func reset() {
        lock.lock()
        done = 0
        lock.unlock()
    }
}
