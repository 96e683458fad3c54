/// A stretch of whole rows of a CSV file: bytes from a row start to a row end (or the file's
/// end), and the line it starts on.
public struct CSVSegment: Sendable, Hashable {
    public var range: Range<Int>
    public var line: Int

    public init(range: Range<Int>, line: Int) {
        self.range = range
        self.line = line
    }
}

/// The first row of a CSV file.
public struct CSVHeader: Sendable {
    public var fields: [String]
    public var positions: [TextPosition]
    /// The rows after the header.
    public var body: CSVSegment
}

/// Counting bytes eight at a time, for finding where to cut a file.
enum SWARCount {
    static func quotesAndLineFeeds(_ p: UnsafePointer<UInt8>, _ n: Int) -> (quotes: Int, lineFeeds: Int) {
        var quotes = 0, lineFeeds = 0, i = 0
        let raw = UnsafeRawPointer(p)
        while i + 8 <= n {
            let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            quotes += zeroBytes(w ^ 0x2222_2222_2222_2222)
            lineFeeds += zeroBytes(w ^ 0x0A0A_0A0A_0A0A_0A0A)
            i += 8
        }
        while i < n {
            if p[i] == 0x22 { quotes += 1 } else if p[i] == 0x0A { lineFeeds += 1 }
            i += 1
        }
        return (quotes, lineFeeds)
    }

    /// Exact count of zero bytes in a word.
    @inline(__always)
    static func zeroBytes(_ x: UInt64) -> Int {
        let low7 = UInt64(0x7F7F_7F7F_7F7F_7F7F)
        let nonzero = ((x & low7) &+ low7) | x
        return (~nonzero & 0x8080_8080_8080_8080).nonzeroBitCount
    }
}
