/// The byte loop under `CSVReader`: one row at a time from a range of the file, tracking
/// lines so fields know their positions.
struct CSVScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    let p: UnsafePointer<UInt8>
    let n: Int
    var i: Int
    var line = 1
    var lineStart: Int
    var scratch: [UInt8] = []
    /// `,` for CSV, a tab for TSV: the only difference between the two.
    var separator = Self.comma

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

    /// The error for the first bad byte of the field starting at `start`.
    func invalidUTF8(from start: Int, line: Int, lineStart: Int) -> SyntaxError {
        var end = i
        while end < n, p[end] & 0x80 != 0 { end += 1 }  // a sequence may run past the field's end
        return UTF8Validation.check(bytes, in: lineStart..<max(end, start), line: line)
            ?? SyntaxError(position(start, line: line, lineStart: lineStart), "invalid UTF-8, expected UTF-8 text")
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
            if b == separator {
                i += 1
                if i >= n {  // "a,b," at end of file: one more empty field
                    try append(start: i, length: 0, from: p + i, into: &row, tables: &tables, interned: &interned)
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
            if i < n, p[i] != separator, p[i] != Self.lf, !(p[i] == Self.cr && i + 1 < n && p[i + 1] == Self.lf) {
                throw SyntaxError(position(i, line: line, lineStart: lineStart),
                                  "expected \(separator == Self.comma ? "','" : "a tab") or a line end after the closing '\"', found \(found(i)) (a quote inside a field is written \"\")")
            }
            if escaped {
                scratch.removeAll(keepingCapacity: true)
                var k = content
                while k < end {
                    scratch.append(p[k])
                    k += p[k] == Self.quote ? 2 : 1
                }
                let unescaped = scratch  // a local, so `append` may mutate self meanwhile
                try unescaped.withUnsafeBufferPointer { s throws(SyntaxError) in
                    try append(start: start, length: s.count, from: s.baseAddress ?? p, into: &row, tables: &tables, interned: &interned,
                           line: startLine, lineStart: startLineStart)
                }
            } else {
                try append(start: start, length: end - content, from: p + content, into: &row, tables: &tables, interned: &interned,
                       line: startLine, lineStart: startLineStart)
            }
            return
        }
        // Eight bytes at a time past bytes that cannot end the field: indicators and quotes
        // run to dozens of bytes. The byte loop below then finds which byte stopped it.
        let raw = UnsafeRawPointer(p)
        let stops = (Self.repeated(separator), Self.repeated(Self.lf), Self.repeated(Self.cr), Self.repeated(Self.quote))
        while i + 8 <= n {
            let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            if Self.hasZeroByte(w ^ stops.0) | Self.hasZeroByte(w ^ stops.1) | Self.hasZeroByte(w ^ stops.2)
                | Self.hasZeroByte(w ^ stops.3) != 0 { break }
            i += 8
        }
        while i < n {
            let b = p[i]
            if b == separator || b == Self.lf { break }
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
        try append(start: start, length: i - start, from: p + start, into: &row, tables: &tables, interned: &interned)
    }

    @inline(__always)
    static func repeated(_ b: UInt8) -> UInt64 { UInt64(b) &* 0x0101_0101_0101_0101 }

    /// Non-zero when some byte of `x` is zero (exact for presence, not for which byte).
    @inline(__always)
    static func hasZeroByte(_ x: UInt64) -> UInt64 {
        (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080
    }

    /// Adds a field's value. Strings are validated as they are made (no separate pass over
    /// the file); a field that is not UTF-8 is reported at its first bad byte.
    @inline(__always)
    mutating func append(start: Int, length: Int, from bytes: UnsafePointer<UInt8>, into row: inout CSVRow,
                         tables: inout [InternTable], interned: inout [Bool], line: Int? = nil, lineStart: Int? = nil) throws(SyntaxError) {
        let k = row.fields.count
        if k < interned.count, interned[k] {
            guard let (s, id) = tables[k].intern(bytes, length) else {
                throw invalidUTF8(from: start, line: line ?? self.line, lineStart: lineStart ?? self.lineStart)
            }
            row.fields.append(s)
            row.valueIDs.append(id)
            if tables[k].isMostlyUnique {
                interned[k] = false
                tables[k] = InternTable()
            }
        } else {
            guard let s = UTF8Validation.string(bytes, length) else {
                throw invalidUTF8(from: start, line: line ?? self.line, lineStart: lineStart ?? self.lineStart)
            }
            row.fields.append(s)
            row.valueIDs.append(-1)
        }
        row.fieldStarts.append(start)
        row.fieldLines.append(line ?? self.line)
        row.fieldLineStarts.append(lineStart ?? self.lineStart)
    }
}
