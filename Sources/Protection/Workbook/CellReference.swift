/// Cells named as a spreadsheet names them: column letters and a row number (`C12`), and a
/// sheet before them (`数据!C12`), so a problem points where the user looks.
public enum CellReference {
    /// 1 → A, 26 → Z, 27 → AA.
    public static func letters(_ column: Int) -> String {
        var n = column, out: [UInt8] = []
        while n > 0 {
            n -= 1
            out.append(UInt8(ascii: "A") + UInt8(n % 26))
            n /= 26
        }
        return String(decoding: out.reversed(), as: UTF8.self)
    }

    /// "数据!C12"; a sheet name that is not plain letters and digits is quoted as spreadsheets
    /// quote it ('My sheet'!C12).
    public static func describe(sheet: String, column: Int, row: Int) -> String {
        let plain = !sheet.isEmpty && sheet.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" }
        let name = plain ? sheet : "'" + sheet.replacingOccurrences(of: "'", with: "''") + "'"
        return "\(name)!\(letters(column))\(row)"
    }

    /// The 1-based column and row of `C12` (letters in either case); nil when it is not one.
    static func parse<Bytes: Collection<UInt8>>(_ ref: Bytes) -> (column: Int, row: Int)? {
        var column = 0, row = 0, i = ref.startIndex
        while i != ref.endIndex, case let b = ref[i] | 0x20, b >= UInt8(ascii: "a"), b <= UInt8(ascii: "z") {
            column = column * 26 + Int(b - UInt8(ascii: "a") + 1)
            guard column <= 16_384 else { return nil }
            i = ref.index(after: i)
        }
        while i != ref.endIndex, ref[i] == UInt8(ascii: "$") { i = ref.index(after: i) }
        while i != ref.endIndex, ref[i] >= 0x30, ref[i] <= 0x39 {
            row = row * 10 + Int(ref[i] - 0x30)
            guard row <= 1 << 21 else { return nil }
            i = ref.index(after: i)
        }
        return i == ref.endIndex && column > 0 ? (column, row) : nil
    }
}
