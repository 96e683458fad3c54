import Foundation

/// Runs `body` over contiguous chunks of `0..<count` on every core, results in chunk order.
/// Articles are independent, so a page of thousands of them is read on all cores; a report of
/// a few articles stays on the calling thread.
enum Parallel {
    static func map<T>(_ count: Int, minChunk: Int, _ body: (Range<Int>) -> T) -> [T] {
        let cores = max(1, ProcessInfo.processInfo.activeProcessorCount)
        // A few chunks per core, so a core slowed by a neighbour does not hold the rest up.
        let chunks = count < 2 * minChunk ? 1 : min(cores * 4, count / minChunk)
        if chunks <= 1 { return [body(0..<count)] }
        let results = UnsafeMutableBufferPointer<T?>.allocate(capacity: chunks)
        results.initialize(repeating: nil)
        defer { results.deallocate() }
        let slots = UncheckedBox(results)
        // concurrentPerform returns when every chunk is done, so `body` does not escape; chunks
        // read shared immutable data and each writes only its own slot.
        withoutActuallyEscaping(body) { body in
            let work = UncheckedBox(body)
            DispatchQueue.concurrentPerform(iterations: chunks) { c in
                slots.value[c] = work.value(count * c / chunks..<count * (c + 1) / chunks)
            }
        }
        return results.map { $0! }
    }
}

struct UncheckedBox<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}
