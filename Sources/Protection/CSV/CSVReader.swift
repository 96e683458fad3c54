/// Reads RFC 4180 CSV (UTF-8, comma-separated, `"` quoting with `""` inside, CRLF or LF line
/// ends, a header row) one row at a time.
///
/// Built for a million rows: it scans bytes, never Characters; values of each column are
/// interned so repeated provinces, systems and sources share storage; positions are worked out
/// only when someone asks for one. Blank lines are skipped; a byte order mark is ignored.
public struct CSVReader {
    public let bytes: [UInt8]

    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Calls `body` with the header (index 0) and then every row.
    /// `skipInterning` gets the header and names the columns whose values are mostly unique
    /// (ids): interning those would only cost memory.
    /// Stops at the first syntax error, since later rows cannot be told apart reliably.
    public func read(skipInterning: ([String]) -> Set<Int> = { _ in [] },
                     _ body: (CSVRow) -> Void) throws(SyntaxError) {
        let outcome: SyntaxError? = bytes.withUnsafeBufferPointer { buffer -> SyntaxError? in
            if let bad = UTF8Validation.check(buffer) { return bad }
            var scanner = Scanner(bytes: buffer)
            var row = CSVRow(bytes: buffer)
            var tables: [InternTable] = []
            var interned: [Bool] = []
            do throws(SyntaxError) {
                while try scanner.nextRow(into: &row, tables: &tables, interned: interned) {
                    if row.index == 0 {
                        let skip = skipInterning(row.fields)
                        interned = (0..<row.count).map { !skip.contains($0) }
                        tables = Array(repeating: InternTable(), count: row.count)
                    }
                    body(row)
                    row.index += 1
                }
                return nil
            } catch {
                return error
            }
        }
        if let outcome { throw outcome }
    }

    /// Every row as plain strings, header first: for small files and tests.
    public func readAll() throws(SyntaxError) -> [[String]] {
        var rows: [[String]] = []
        try read { rows.append($0.fields) }
        return rows
    }

    /// The position of field `k` of the row that starts at byte `offset` on `line`, worked out
    /// again from the bytes: so a loader need not keep positions for a million rows to report one.
    public static func position(ofField k: Int, inRowAt offset: Int, line: Int, in bytes: [UInt8]) -> TextPosition {
        bytes.withUnsafeBufferPointer { buffer in
            var scanner = Scanner(bytes: buffer)
            scanner.i = offset
            scanner.line = line
            scanner.lineStart = offset
            var row = CSVRow(bytes: buffer)
            var tables: [InternTable] = []
            guard (try? scanner.nextRow(into: &row, tables: &tables, interned: [])) == true, k < row.count else {
                return TextPosition(line: line, column: 1)
            }
            return row.position(ofField: k)
        }
    }
}

private struct Scanner {
    let bytes: UnsafeBufferPointer<UInt8>
    let p: UnsafePointer<UInt8>
    let n: Int
    var i: Int
    var line = 1
    var lineStart: Int
    var scratch: [UInt8] = []

    static let comma = UInt8(ascii: ","), quote = UInt8(ascii: "\""), lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        // A valid pointer even for empty input, so reads below need no special case.
        p = bytes.baseAddress ?? UnsafePointer(bitPattern: 1)!
        n = bytes.count
        i = UTF8Validation.bomLength(bytes)
        lineStart = i
    }

    func position(_ offset: Int, line: Int, lineStart: Int) -> TextPosition {
        var counter = ColumnCounter()
        return TextPosition(line: line, column: counter.column(at: offset, lineStart: lineStart, in: bytes))
    }

    func found(_ offset: Int) -> String {
        guard offset < n else { return "end of file" }
        switch p[offset] {
        case Self.lf: return "line break"
        case Self.cr: return "carriage return"
        case 0x20: return "space"
        case 0x21..<0x7F: return "'\(Character(Unicode.Scalar(p[offset])))'"
        default:
            var end = offset + 1
            while end < n, p[end] & 0xC0 == 0x80 { end += 1 }
            return "'\(String(decoding: UnsafeBufferPointer(start: p + offset, count: end - offset), as: UTF8.self))'"
        }
    }

    /// Reads the next non-blank row; false at end of input.
    mutating func nextRow(into row: inout CSVRow, tables: inout [InternTable], interned: [Bool]) throws(SyntaxError) -> Bool {
        // Skip blank lines.
        while i < n {
            if p[i] == Self.lf {
                i += 1; line += 1; lineStart = i
            } else if p[i] == Self.cr, i + 1 < n, p[i + 1] == Self.lf {
                i += 2; line += 1; lineStart = i
            } else {
                break
            }
        }
        guard i < n else { return false }
        row.reset(line: line, offset: i)
        while true {
            try readField(into: &row, tables: &tables, interned: interned)
            if i >= n { return true }
            let b = p[i]
            if b == Self.comma {
                i += 1
                if i >= n {  // "a,b," at end of file: one more empty field
                    append(start: i, length: 0, from: p + i, into: &row, tables: &tables, interned: interned)
                    return true
                }
                continue
            }
            if b == Self.lf {
                i += 1; line += 1; lineStart = i
                return true
            }
            // readField stops only at ',', LF, CRLF or the end.
            i += 2; line += 1; lineStart = i
            return true
        }
    }

    mutating func readField(into row: inout CSVRow, tables: inout [InternTable], interned: [Bool]) throws(SyntaxError) {
        let start = i
        let startLine = line, startLineStart = lineStart
        if i < n, p[i] == Self.quote {
            i += 1
            let content = i
            var escaped = false
            while true {
                // Find the next quote, counting line breaks inside the field.
                while i < n, p[i] != Self.quote {
                    if p[i] == Self.lf { line += 1; lineStart = i + 1 }
                    i += 1
                }
                guard i < n else {
                    let open = position(start, line: startLine, lineStart: startLineStart)
                    throw SyntaxError(position(n, line: line, lineStart: lineStart),
                                      "expected '\"' to close the field opened at \(open), found end of file")
                }
                if i + 1 < n, p[i + 1] == Self.quote {
                    escaped = true
                    i += 2
                    continue
                }
                break
            }
            let end = i
            i += 1
            if i < n, p[i] != Self.comma, p[i] != Self.lf, !(p[i] == Self.cr && i + 1 < n && p[i + 1] == Self.lf) {
                throw SyntaxError(position(i, line: line, lineStart: lineStart),
                                  "expected ',' or a line end after the closing '\"', found \(found(i)) (a quote inside a field is written \"\")")
            }
            if escaped {
                scratch.removeAll(keepingCapacity: true)
                var k = content
                while k < end {
                    scratch.append(p[k])
                    k += p[k] == Self.quote ? 2 : 1
                }
                scratch.withUnsafeBufferPointer { s in
                    append(start: start, length: s.count, from: s.baseAddress ?? p, into: &row, tables: &tables, interned: interned,
                           line: startLine, lineStart: startLineStart)
                }
            } else {
                append(start: start, length: end - content, from: p + content, into: &row, tables: &tables, interned: interned,
                       line: startLine, lineStart: startLineStart)
            }
            return
        }
        while i < n {
            let b = p[i]
            if b == Self.comma || b == Self.lf { break }
            if b == Self.cr {
                if i + 1 < n, p[i + 1] == Self.lf { break }
                throw SyntaxError(position(i, line: line, lineStart: lineStart),
                                  "carriage return without a line feed, expected \\r\\n or \\n to end the line (or the field in quotes)")
            }
            if b == Self.quote {
                throw SyntaxError(position(i, line: line, lineStart: lineStart),
                                  "'\"' inside an unquoted field, expected the whole field in quotes with \"\" for each quote")
            }
            i += 1
        }
        append(start: start, length: i - start, from: p + start, into: &row, tables: &tables, interned: interned)
    }

    @inline(__always)
    mutating func append(start: Int, length: Int, from bytes: UnsafePointer<UInt8>, into row: inout CSVRow,
                         tables: inout [InternTable], interned: [Bool], line: Int? = nil, lineStart: Int? = nil) {
        let k = row.fields.count
        if k < interned.count, interned[k] {
            let (s, id) = tables[k].intern(bytes, length)
            row.fields.append(s)
            row.valueIDs.append(id)
        } else {
            row.fields.append(String(decoding: UnsafeBufferPointer(start: bytes, count: length), as: UTF8.self))
            row.valueIDs.append(-1)
        }
        row.fieldStarts.append(start)
        row.fieldLines.append(line ?? self.line)
        row.fieldLineStarts.append(lineStart ?? self.lineStart)
    }
}
