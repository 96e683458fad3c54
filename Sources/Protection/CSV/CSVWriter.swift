/// Writes RFC 4180 CSV: UTF-8, CRLF line ends, a field in quotes only when it holds a
/// comma, a quote or a line break (quotes doubled inside).
public struct CSVWriter {
    public private(set) var bytes: [UInt8] = []

    public init() {}

    public mutating func write(row fields: [String]) {
        for (k, field) in fields.enumerated() {
            if k > 0 { bytes.append(UInt8(ascii: ",")) }
            append(field)
        }
        bytes.append(0x0D)
        bytes.append(0x0A)
    }

    mutating func append(_ field: String) {
        var needsQuotes = false
        for b in field.utf8 where b == 0x2C || b == 0x22 || b == 0x0A || b == 0x0D {
            needsQuotes = true
            break
        }
        guard needsQuotes else {
            bytes.append(contentsOf: field.utf8)
            return
        }
        bytes.append(0x22)
        for b in field.utf8 {
            bytes.append(b)
            if b == 0x22 { bytes.append(0x22) }
        }
        bytes.append(0x22)
    }

    /// The rows as one CSV text.
    public static func text(_ rows: [[String]]) -> String {
        var writer = CSVWriter()
        for row in rows { writer.write(row: row) }
        return String(decoding: writer.bytes, as: UTF8.self)
    }
}
