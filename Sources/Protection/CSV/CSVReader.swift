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
    /// `skipInterning` gets the header and names the columns whose values are unique (ids):
    /// interning those would only cost memory. A column found to be mostly unique after
    /// 8192 rows stops being interned too; its later values have id -1.
    /// Stops at the first syntax error, since later rows cannot be told apart reliably.
    public func read(skipInterning: ([String]) -> Set<Int> = { _ in [] },
                     _ body: (CSVRow) -> Void) throws(SyntaxError) {
        guard let header = try header() else { return }
        let outcome: SyntaxError? = bytes.withUnsafeBufferPointer { buffer -> SyntaxError? in
            var scanner = Scanner(bytes: buffer)
            var row = CSVRow(bytes: buffer)
            var tables: [InternTable] = []
            var interned: [Bool] = []
            do throws(SyntaxError) {
                _ = try scanner.nextRow(into: &row, tables: &tables, interned: &interned)
                body(row)
                return nil
            } catch {
                return error
            }
        }
        if let outcome { throw outcome }
        try read(header.body, columns: header.fields.count, skipInterning: skipInterning(header.fields), body)
    }

    /// The header row's fields and positions, and the stretch of rows after it; nil for a file
    /// with no rows at all.
    public func header() throws(SyntaxError) -> CSVHeader? {
        let outcome: Result<CSVHeader?, SyntaxError> = bytes.withUnsafeBufferPointer { buffer in
            var scanner = Scanner(bytes: buffer)
            var row = CSVRow(bytes: buffer)
            var tables: [InternTable] = []
            var interned: [Bool] = []
            do throws(SyntaxError) {
                guard try scanner.nextRow(into: &row, tables: &tables, interned: &interned) else { return .success(nil) }
                // The header's own bytes must be UTF-8; the body is checked as it is read.
                let start = UTF8Validation.bomLength(buffer)
                if let bad = UTF8Validation.check(buffer, in: start..<scanner.i, line: 1) { throw bad }
                let positions = (0..<row.count).map { row.position(ofField: $0) }
                return .success(CSVHeader(fields: row.fields, positions: positions,
                                          body: CSVSegment(range: scanner.i..<buffer.count, line: scanner.line)))
            } catch {
                // A bad byte in the header is the better message than what it broke.
                let end = min(buffer.count, scanner.i + 1)
                if let bad = UTF8Validation.check(buffer, in: UTF8Validation.bomLength(buffer)..<max(end, UTF8Validation.bomLength(buffer)), line: 1) {
                    return .failure(bad)
                }
                return .failure(error)
            }
        }
        return try outcome.get()
    }

    /// Reads the rows of one stretch, checking its UTF-8 first. `columns` is the header's
    /// width; `skipInterning` names columns not to intern (see `read(skipInterning:_:)`).
    /// Row indexes start at 1.
    public func read(_ segment: CSVSegment, columns: Int, skipInterning: Set<Int>, _ body: (CSVRow) -> Void) throws(SyntaxError) {
        let outcome: SyntaxError? = bytes.withUnsafeBufferPointer { buffer -> SyntaxError? in
            if let bad = UTF8Validation.check(buffer, in: segment.range, line: segment.line) { return bad }
            var scanner = Scanner(bytes: buffer, range: segment.range, line: segment.line)
            var row = CSVRow(bytes: buffer)
            row.index = 1
            var tables = Array(repeating: InternTable(), count: columns)
            var interned = (0..<columns).map { !skipInterning.contains($0) }
            do throws(SyntaxError) {
                while try scanner.nextRow(into: &row, tables: &tables, interned: &interned) {
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

    /// Cuts `segment` into up to `count` stretches of whole rows, at line breaks outside quotes,
    /// so a big file can be read on several threads. Quote parity is exact for well-formed CSV;
    /// for a malformed file the pieces may be wrong, and a reader that meets a syntax error in
    /// any piece should read the whole again in one piece for the right message.
    public func split(_ segment: CSVSegment, into count: Int) -> [CSVSegment] {
        guard count > 1, segment.range.count >= 1 << 20 else { return [segment] }
        return bytes.withUnsafeBufferPointer { buffer in
            let p = buffer.baseAddress!
            var pieces: [CSVSegment] = []
            var start = segment.range.lowerBound
            var line = segment.line
            var pos = start
            var quotes = 0
            var lines = 0
            let end = segment.range.upperBound
            for k in 1..<count {
                let target = segment.range.lowerBound + segment.range.count * k / count
                guard target > pos else { continue }
                let counted = SWARCount.quotesAndLineFeeds(p + pos, target - pos)
                quotes += counted.quotes
                lines += counted.lineFeeds
                pos = target
                while pos < end {
                    let b = p[pos]
                    pos += 1
                    if b == 0x22 { quotes += 1 } else if b == 0x0A {
                        lines += 1
                        if quotes & 1 == 0 { break }
                    }
                }
                guard pos < end else { break }
                pieces.append(CSVSegment(range: start..<pos, line: line))
                start = pos
                line = segment.line + lines
            }
            pieces.append(CSVSegment(range: start..<end, line: line))
            return pieces
        }
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
            var scanner = Scanner(bytes: buffer, range: offset..<buffer.count, line: line)
            var row = CSVRow(bytes: buffer)
            var tables: [InternTable] = []
            var interned: [Bool] = []
            guard (try? scanner.nextRow(into: &row, tables: &tables, interned: &interned)) == true, k < row.count else {
                return TextPosition(line: line, column: 1)
            }
            return row.position(ofField: k)
        }
    }
}

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
        self.init(bytes: bytes, range: UTF8Validation.bomLength(bytes)..<bytes.count, line: 1)
    }

    /// Reads rows in `range` only, which starts at a line start on `line`.
    init(bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, line: Int) {
        self.bytes = bytes
        // A valid pointer even for empty input, so reads below need no special case.
        p = bytes.baseAddress ?? UnsafePointer(bitPattern: 1)!
        n = range.upperBound
        i = range.lowerBound
        self.line = line
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
    mutating func nextRow(into row: inout CSVRow, tables: inout [InternTable], interned: inout [Bool]) throws(SyntaxError) -> Bool {
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
            try readField(into: &row, tables: &tables, interned: &interned)
            if i >= n { return true }
            let b = p[i]
            if b == Self.comma {
                i += 1
                if i >= n {  // "a,b," at end of file: one more empty field
                    append(start: i, length: 0, from: p + i, into: &row, tables: &tables, interned: &interned)
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

    mutating func readField(into row: inout CSVRow, tables: inout [InternTable], interned: inout [Bool]) throws(SyntaxError) {
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
                let unescaped = scratch  // a local, so `append` may mutate self meanwhile
                unescaped.withUnsafeBufferPointer { s in
                    append(start: start, length: s.count, from: s.baseAddress ?? p, into: &row, tables: &tables, interned: &interned,
                           line: startLine, lineStart: startLineStart)
                }
            } else {
                append(start: start, length: end - content, from: p + content, into: &row, tables: &tables, interned: &interned,
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
        append(start: start, length: i - start, from: p + start, into: &row, tables: &tables, interned: &interned)
    }

    @inline(__always)
    mutating func append(start: Int, length: Int, from bytes: UnsafePointer<UInt8>, into row: inout CSVRow,
                         tables: inout [InternTable], interned: inout [Bool], line: Int? = nil, lineStart: Int? = nil) {
        let k = row.fields.count
        if k < interned.count, interned[k] {
            let (s, id) = tables[k].intern(bytes, length)
            row.fields.append(s)
            row.valueIDs.append(id)
            if tables[k].isMostlyUnique {
                interned[k] = false
                tables[k] = InternTable()
            }
        } else {
            row.fields.append(String(decoding: UnsafeBufferPointer(start: bytes, count: length), as: UTF8.self))
            row.valueIDs.append(-1)
        }
        row.fieldStarts.append(start)
        row.fieldLines.append(line ?? self.line)
        row.fieldLineStarts.append(lineStart ?? self.lineStart)
    }
}
