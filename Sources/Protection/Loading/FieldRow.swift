/// A row of fields as the loader checks it (`CSVChunk.decode`): a CSV row, or a row of a
/// workbook's sheet. Both go through the same per-field checks and say the same things.
protocol FieldRow {
    var count: Int { get }
    /// Field `k` as the record holds it.
    func text(_ k: Int) -> String
    /// Per field, the id of its distinct value in its column, or -1: for caching work per value.
    var valueIDs: [Int32] { get }
    func position(ofField k: Int) -> TextPosition
    /// Where the row starts, for problems with the row as a whole.
    var start: TextPosition { get }
    /// The line (or sheet row) it starts on, and its byte offset (-1 for a sheet row).
    var line: Int { get }
    var offset: Int { get }
}

extension CSVRow: FieldRow {
    /// The export's formula guard (a leading apostrophe) undone, so exports load back as they were.
    func text(_ k: Int) -> String { CSVWriter.unguardedCell(fields[k]) }
}

/// A row of a workbook's sheet: field `k` is column `k + 1`, its position the cell's row and
/// column. Text cells need no unguarding: a workbook keeps text as text.
struct SheetRow: FieldRow {
    var fields: [String]
    var valueIDs: [Int32]
    var line: Int

    var count: Int { fields.count }
    func text(_ k: Int) -> String { fields[k] }
    func position(ofField k: Int) -> TextPosition { TextPosition(line: line, column: k + 1) }
    var start: TextPosition { TextPosition(line: line, column: 1) }
    var offset: Int { -1 }
}
