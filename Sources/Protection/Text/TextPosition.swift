/// A 1-based line and column in a text file. Columns count characters (Unicode scalars),
/// not bytes, so `内蒙古` advances three columns as an editor shows it.
public struct TextPosition: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (a: Self, b: Self) -> Bool {
        (a.line, a.column) < (b.line, b.column)
    }

    /// "12:7".
    public var description: String { "\(line):\(column)" }
}

/// Turns byte offsets of UTF-8 text into character columns without rescanning a line for
/// every value: offsets asked in increasing order cost one pass over the text in total.
struct ColumnCounter {
    private var lineStart = -1
    private var offset = 0
    private var column = 1

    /// Column of `target`, a byte offset on the line that starts at byte `lineStart`.
    @inline(__always)
    mutating func column(at target: Int, lineStart start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        if start != lineStart || target < offset {
            lineStart = start
            offset = start
            column = 1
        }
        var i = offset
        var c = column
        while i < target {
            if bytes[i] & 0xC0 != 0x80 { c += 1 }  // count lead bytes only
            i += 1
        }
        offset = target
        column = c
        return c
    }
}
