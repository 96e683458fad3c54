import Foundation

/// Splits `0..<count` into contiguous chunks and runs them on every core, results in chunk
/// order. Small inputs stay on the calling thread: dispatching costs more than it saves.
/// Shared within the package (Ingest reads a page's articles with it).
package enum Parallel {
    /// Below this many items of work, run on the calling thread.
    static let threshold = 32_768

    static var cores: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    package static func map<T>(_ count: Int, minChunk: Int = threshold, _ body: (Range<Int>) -> T) -> [T] {
        // A few chunks per core, so a core slowed by a neighbour does not hold the rest up.
        let chunks = count < 2 * minChunk ? 1 : min(cores * 4, count / minChunk)
        if chunks <= 1 { return [body(0..<count)] }
        let results = UnsafeMutableBufferPointer<T?>.allocate(capacity: chunks)
        results.initialize(repeating: nil)
        defer { results.deallocate() }
        let slots = UncheckedBox(results)
        // concurrentPerform returns only when every chunk is done, so `body` does not escape;
        // the chunks read shared immutable data and each writes its own slot.
        withoutActuallyEscaping(body) { body in
            let work = UncheckedBox(body)
            DispatchQueue.concurrentPerform(iterations: chunks) { c in
                let lo = count * c / chunks, hi = count * (c + 1) / chunks
                slots.value[c] = work.value(lo..<hi)
            }
        }
        return results.map { $0! }
    }
}

/// Lets per-chunk slots be written from worker threads; each chunk writes only its own slot.
struct UncheckedBox<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}
