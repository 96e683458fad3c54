import Foundation

/// A big CSV file read from disk in stretches instead of whole: each stretch of whole rows is
/// decoded (a stretch a core at a time) and let go, so the file's bytes are never all in memory
/// beside its rows. Only the clean case streams: on a syntax error (an invalid byte is one) or a
/// header problem nothing is recorded and the caller reads the file whole, where every problem
/// is reported as before. Positions for later problems read the file again (`csvPath`).
extension LoadSession {
    /// False when the file was not streamed and nothing of it was recorded.
    func decodeCSVStreaming(path: String, file: Int32, separator: UInt8) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let stretch = max(1024, options.streamStretch)
        func more() -> [UInt8] { (try? handle.read(upToCount: stretch)).map { Array($0 ?? Data()) } ?? [] }
        var carry = more()
        guard let header = try? CSVReader(carry, separator: separator).header(),
              header.body.range.lowerBound < carry.count else { return false }
        let name = files[Int(file)].name
        let logMark = log.items.count
        var col = [Int](repeating: -1, count: Column.allCases.count)
        guard readHeader(header, name: name, into: &col) else {
            log.items.removeSubrange(logMark...)
            return false
        }
        var base = header.body.range.lowerBound
        var line = header.body.line
        carry.removeFirst(base)
        var eof = false
        var chunks: [CSVChunk] = []
        let idsBefore = ids
        let cores = min(ProcessInfo.processInfo.activeProcessorCount, 8)
        while !carry.isEmpty || !eof {
            var batch: [CSVChunk] = []
            while batch.count < cores, !carry.isEmpty || !eof {
                if !eof, carry.count < stretch {
                    let next = more()
                    if next.isEmpty { eof = true } else { carry += next }
                    continue
                }
                let cut = eof ? carry.count : Self.lastRowEnd(carry)
                if cut == 0 {
                    // A row longer than a stretch is no table a stream is for: read it whole.
                    ids = idsBefore
                    return false
                }
                let piece = Array(carry[0..<cut])
                carry.removeFirst(cut)
                batch.append(CSVChunk(name: name, file: file, reader: CSVReader(piece, separator: separator),
                                      segment: CSVSegment(range: 0..<piece.count, line: line), columns: col,
                                      width: header.fields.count, base: base))
                base += cut
                line += piece.withUnsafeBufferPointer { ByteCount.occurrences(of: 0x0A, in: $0.baseAddress!, $0.count) }
            }
            guard !batch.isEmpty else { break }
            // The first stretch of the file checks against every id before it, as when read whole.
            if chunks.isEmpty { swap(&batch[0].seen, &ids) }
            let running = batch
            DispatchQueue.concurrentPerform(iterations: running.count) { running[$0].run() }
            if chunks.isEmpty { swap(&batch[0].seen, &ids) }
            if batch.contains(where: { $0.syntaxError != nil }) {
                ids = idsBefore  // read whole instead, from the ids as they were
                return false
            }
            chunks += batch
        }
        files[Int(file)].csvSeparator = separator
        files[Int(file)].csvPath = path
        noteColumns(col, file: file)
        merge(chunks, file: file)
        return true
    }

    /// Where the last whole row of `bytes` ends: after its last line feed outside quotes; 0
    /// when there is none.
    static func lastRowEnd(_ bytes: [UInt8]) -> Int {
        bytes.withUnsafeBufferPointer { b in
            guard let p = b.baseAddress else { return 0 }
            var end = b.count
            // The parity of quotes before a line feed says whether it ends a row.
            while end > 0 {
                var lf = end - 1
                while lf >= 0, p[lf] != 0x0A { lf -= 1 }
                guard lf >= 0 else { return 0 }
                if ByteCount.occurrences(of: 0x22, in: p, lf) & 1 == 0 { return lf + 1 }
                end = lf
            }
            return 0
        }
    }
}
