/// Reads RFC 4180 CSV (UTF-8, comma-separated, `"` quoting with `""` inside, CRLF or LF line
/// ends, a header row) one row at a time.
///
/// Built for a million rows: it scans bytes, never Characters; values of each column are
/// interned so repeated provinces, systems and sources share storage; positions are worked out
/// only when someone asks for one. Blank lines are skipped; a byte order mark is ignored.
public struct CSVReader {
    public let bytes: [UInt8]
    /// `,`, or a tab for TSV (the same rules with tabs between fields).
    public let separator: UInt8

    public init(_ bytes: [UInt8], separator: UInt8 = UInt8(ascii: ",")) {
        self.bytes = bytes
        self.separator = separator
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
            var scanner = CSVScanner(bytes: buffer)
            scanner.separator = separator
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
            var scanner = CSVScanner(bytes: buffer)
            scanner.separator = separator
            var row = CSVRow(bytes: buffer)
            var tables: [InternTable] = []
            var interned: [Bool] = []
            do throws(SyntaxError) {
                guard try scanner.nextRow(into: &row, tables: &tables, interned: &interned) else { return .success(nil) }
                let positions = (0..<row.count).map { row.position(ofField: $0) }
                return .success(CSVHeader(fields: row.fields, positions: positions,
                                          body: CSVSegment(range: scanner.i..<buffer.count, line: scanner.line)))
            } catch {
                return .failure(error)
            }
        }
        return try outcome.get()
    }

    /// Reads the rows of one stretch (fields are checked as UTF-8 as they are read). `columns` is the header's
    /// width; `skipInterning` names columns not to intern (see `read(skipInterning:_:)`).
    /// Row indexes start at 1.
    public func read(_ segment: CSVSegment, columns: Int, skipInterning: Set<Int>, _ body: (CSVRow) -> Void) throws(SyntaxError) {
        let outcome: SyntaxError? = bytes.withUnsafeBufferPointer { buffer -> SyntaxError? in
            var scanner = CSVScanner(bytes: buffer, range: segment.range, line: segment.line)
            scanner.separator = separator
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
                let counted = ByteCount.quotesAndLineFeeds(p + pos, target - pos)
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
    public static func position(ofField k: Int, inRowAt offset: Int, line: Int, in bytes: [UInt8],
                                separator: UInt8 = UInt8(ascii: ",")) -> TextPosition {
        bytes.withUnsafeBufferPointer { buffer in
            var scanner = CSVScanner(bytes: buffer, range: offset..<buffer.count, line: line)
            scanner.separator = separator
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
