/// Encoding a big export on every core while writing it in order: the selected figures are
/// taken in batches, each batch is encoded in parallel chunks, and the chunks go to the sink
/// in order as soon as the batch is done, so the whole output is never held in memory.
enum ExportBatches {
    /// Figures per batch: big enough to keep both cores busy, small enough to stream.
    static let batch = 65_536

    /// `head`, then `encode` for consecutive ranges of positions in `indices` (with the
    /// figure indices at those positions), then `tail`. Stops early, returning false, when
    /// the sink does (a write failed).
    static func write(_ indices: [Int], head: [UInt8], tail: [UInt8],
                      encode: (_ positions: Range<Int>, _ figures: UnsafeBufferPointer<Int>) -> [UInt8],
                      to sink: ([UInt8]) -> Bool) -> Bool {
        if !head.isEmpty { guard sink(head) else { return false } }
        var start = 0
        while start < indices.count {
            let end = min(start + batch, indices.count)
            let parts = indices.withUnsafeBufferPointer { all in
                Parallel.map(end - start, minChunk: 2048) { r in
                    let positions = (start + r.lowerBound)..<(start + r.upperBound)
                    return encode(positions, UnsafeBufferPointer(rebasing: all[positions]))
                }
            }
            for part in parts where !part.isEmpty {
                guard sink(part) else { return false }
            }
            WorkProgress.shared.add(end - start)
            start = end
        }
        return tail.isEmpty || sink(tail)
    }
}
