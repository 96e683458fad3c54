/// Decoding a workbook (`--data figures.xlsx`): its 数据 sheet, or its first, in the columns
/// of `weibao export --format xlsx`. The first non-empty row is the header; every row after
/// it goes through the same checks as a CSV row (`CSVChunk.decode`), and each problem is
/// reported at its cell, `figures.xlsx:数据!C12`.
extension LoadSession {
    func decodeWorkbook(_ bytes: [UInt8], file: Int32) {
        let name = files[Int(file)].name
        var reading: SheetRecords?
        do throws(WorkbookArchive.Problem) {
            let book = try WorkbookArchive(bytes)
            let sheet = book.sheet(preferring: FigureWorkbook.dataSheet)
            let shared = try book.sharedStrings()
            files[Int(file)].sheet = sheet.name
            let rows = SheetRecords(session: self, file: file)
            reading = rows
            try book.rows(of: sheet, shared: shared, row: rows.take, problem: rows.cellProblem)
            rows.finish(sheet: sheet.name)
        } catch {
            reading?.abandon()
            files[Int(file)].sheet = nil
            log.items.append(Diagnostic(file: name, line: 0, column: 0, message: error.message))
        }
    }
}

/// The rows of one sheet as they are parsed: the header read, then rows decoded one by one.
final class SheetRecords {
    typealias Column = LoadSession.Column

    private let session: LoadSession
    private let file: Int32
    private let name: String
    private var col = [Int](repeating: -1, count: Column.allCases.count)
    private var width = 0
    private var chunk: CSVChunk?
    private var sawHeader = false
    private var values = SheetValueIDs()
    /// Cells that held no usable value: told of once, not again as empty fields.
    private var badCells: Set<TextPosition> = []

    init(session: LoadSession, file: Int32) {
        self.session = session
        self.file = file
        name = session.files[Int(file)].name
    }

    func take(_ row: Int, _ cells: [SheetRowsParser.Cell]) {
        guard sawHeader else { return header(row, cells) }
        guard let chunk else { return }  // the header was unusable, as already reported
        var fields = [String](repeating: "", count: width)
        for (column, value) in cells {
            if column <= width {
                fields[column - 1] = value
            } else {
                session.log.add(name, TextPosition(line: row, column: column),
                                "a value past the header's last column \(CellReference.letters(width)), expected values only under a column title")
            }
        }
        chunk.decode(SheetRow(fields: fields, valueIDs: values.ids(fields, skipping: col[Column.id.rawValue]), line: row))
    }

    func cellProblem(_ row: Int, _ column: Int, _ message: String) {
        badCells.insert(TextPosition(line: row, column: column))
        session.log.add(name, TextPosition(line: row, column: column), message)
    }

    private func header(_ row: Int, _ cells: [SheetRowsParser.Cell]) {
        sawHeader = true
        width = cells.map(\.column).max() ?? 0
        var titles = [String](repeating: "", count: width)
        for (column, value) in cells { titles[column - 1] = value }
        let positions = (0..<width).map { TextPosition(line: row, column: $0 + 1) }
        let header = CSVHeader(fields: titles, positions: positions, body: CSVSegment(range: 0..<0, line: row + 1))
        guard session.readHeader(header, name: name, into: &col, format: "xlsx") else { return }
        session.noteColumns(col, file: file)
        // The chunk reads no CSV of its own: it is handed the sheet's rows.
        let chunk = CSVChunk(name: name, file: file, reader: CSVReader([]), segment: header.body, columns: col, width: width)
        swap(&chunk.seen, &session.ids)
        self.chunk = chunk
    }

    /// A sheet that could not be read to its end: the ids seen so far go back to the session.
    func abandon() {
        if let chunk { swap(&chunk.seen, &session.ids) }
    }

    func finish(sheet: String) {
        guard sawHeader else {
            session.log.add(name, TextPosition(line: 0, column: 0),
                            "sheet \(sheet) is empty, expected the header row of weibao export --format xlsx: " + Column.allCases.map(\.name).joined(separator: ","))
            return
        }
        guard let chunk else { return }
        if !badCells.isEmpty { chunk.diagnostics.removeAll { badCells.contains(TextPosition(line: $0.line, column: $0.column)) } }
        swap(&chunk.seen, &session.ids)
        session.merge([chunk], file: file)
    }
}

/// Ids of distinct values per column, as the CSV reader gives them, so work per value (a
/// province resolved, a quantity read) is done once. A column that turns out mostly unique
/// stops being tracked, as in the CSV reader.
struct SheetValueIDs {
    private var tables: [[String: Int32]?] = []
    private var rows = 0

    mutating func ids(_ fields: [String], skipping unique: Int) -> [Int32] {
        if tables.count < fields.count { tables += Array(repeating: [:], count: fields.count - tables.count) }
        rows += 1
        var out = [Int32](repeating: -1, count: fields.count)
        for (k, value) in fields.enumerated() where k != unique {
            guard var table = tables[k] else { continue }
            tables[k] = nil  // not copied on write
            if let id = table[value] {
                out[k] = id
            } else {
                out[k] = Int32(table.count)
                table[value] = out[k]
            }
            tables[k] = rows == 8192 && table.count > rows / 2 ? nil : table
            if tables[k] == nil { out[k] = -1 }
        }
        return out
    }
}
