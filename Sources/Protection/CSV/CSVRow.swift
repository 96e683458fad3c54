/// One record of a CSV file as `CSVReader` hands it over: the header is row 0.
///
/// The value is only valid inside the reader's callback (it points into the file's bytes).
public struct CSVRow {
    /// Field values; repeated values of a column share one String.
    public internal(set) var fields: [String] = []
    /// Per field, the id of its distinct value within its column (0-based in order of first
    /// sight), or -1 for a column read without interning. Lets callers cache work per value.
    public internal(set) var valueIDs: [Int32] = []
    /// 0 for the header row.
    public internal(set) var index = 0
    /// The line the row starts on.
    public internal(set) var line = 1
    /// Byte offset where the row starts, for `CSVReader.position(ofField:inRowAt:line:in:)` later.
    public internal(set) var offset = 0

    var fieldStarts: [Int] = []
    var fieldLines: [Int] = []
    var fieldLineStarts: [Int] = []
    var bytes: UnsafeBufferPointer<UInt8>

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    public var count: Int { fields.count }

    public subscript(field: Int) -> String { fields[field] }

    /// Line and column (in characters) of a field's first character, its opening quote if quoted.
    public func position(ofField k: Int) -> TextPosition {
        var counter = ColumnCounter()
        let column = counter.column(at: fieldStarts[k], lineStart: fieldLineStarts[k], in: bytes)
        return TextPosition(line: fieldLines[k], column: column)
    }

    /// Where the row starts, for problems with the row as a whole ("row has 3 fields").
    public var start: TextPosition { TextPosition(line: line, column: 1) }

    mutating func reset(line: Int, offset: Int) {
        fields.removeAll(keepingCapacity: true)
        valueIDs.removeAll(keepingCapacity: true)
        fieldStarts.removeAll(keepingCapacity: true)
        fieldLines.removeAll(keepingCapacity: true)
        fieldLineStarts.removeAll(keepingCapacity: true)
        self.line = line
        self.offset = offset
    }
}
