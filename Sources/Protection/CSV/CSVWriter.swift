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

    /// A text cell made safe to open: control characters as visible stand-ins, and a leading
    /// apostrophe before `=`, `+`, `-` or `@`, which a spreadsheet would otherwise run as a
    /// formula. Cells already starting with apostrophes before one of those get one more, so
    /// `unguardedCell` gives back exactly the original.
    public static func guardedCell(_ text: String) -> String {
        let clean = ControlCharacters.cleanKeepingLines(text)
        return startsLikeFormula(clean) ? "'" + clean : clean
    }

    /// What `guardedCell` wrote, read back: one apostrophe before apostrophes and a formula
    /// character is dropped.
    public static func unguardedCell(_ text: String) -> String {
        guard text.utf8.first == UInt8(ascii: "'"), startsLikeFormula(text) else { return text }
        return String(text.dropFirst())
    }

    /// Apostrophes (any number, none included) then `=`, `+`, `-` or `@`.
    static func startsLikeFormula(_ text: String) -> Bool {
        startsLikeFormula(text.utf8)
    }

    static func startsLikeFormula<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> Bool {
        for b in bytes where b != UInt8(ascii: "'") {
            return b == UInt8(ascii: "=") || b == UInt8(ascii: "+") || b == UInt8(ascii: "-") || b == UInt8(ascii: "@")
        }
        return false
    }

    /// The rows as one CSV text.
    public static func text(_ rows: [[String]]) -> String {
        var writer = CSVWriter()
        for row in rows { writer.write(row: row) }
        return String(decoding: writer.bytes, as: UTF8.self)
    }
}
