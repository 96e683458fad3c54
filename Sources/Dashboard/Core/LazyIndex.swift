import Foundation
import Protection

/// The filter index, built the first time something filters. Most runs never do (a snapshot of
/// Home, a page of figures), and building it reads the pinyin table and every figure's text:
/// at start-up that was a third of a snapshot's time. The dashboard warms it in the background.
final class LazyIndex: @unchecked Sendable {
    private let lock = NSLock()
    private var built: FilterIndex?
    private let make: @Sendable () -> FilterIndex

    init(_ make: @escaping @Sendable () -> FilterIndex) { self.make = make }

    init(built index: FilterIndex) {
        built = index
        make = { index }
    }

    /// Callers from several threads wait for one build.
    var index: FilterIndex {
        lock.lock()
        defer { lock.unlock() }
        if let built { return built }
        let index = make()
        built = index
        return index
    }
}
