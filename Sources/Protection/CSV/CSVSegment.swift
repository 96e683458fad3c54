import Foundation

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

/// Counting quotes and line feeds, for finding where to cut a file. glibc's memchr scans
/// for one byte many times faster than a byte or word loop, and in CSV both bytes are sparse
/// (a line feed per row of a few hundred bytes, quotes often none).
enum ByteCount {
    static func quotesAndLineFeeds(_ p: UnsafePointer<UInt8>, _ n: Int) -> (quotes: Int, lineFeeds: Int) {
        (occurrences(of: 0x22, in: p, n), occurrences(of: 0x0A, in: p, n))
    }

    static func occurrences(of byte: UInt8, in p: UnsafePointer<UInt8>, _ n: Int) -> Int {
        var count = 0
        var at = UnsafeRawPointer(p)
        let end = at + n
        while at < end, let hit = memchr(at, Int32(byte), end - at) {
            count += 1
            at = UnsafeRawPointer(hit) + 1
        }
        return count
    }
}
