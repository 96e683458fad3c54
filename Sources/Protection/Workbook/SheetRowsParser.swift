import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A worksheet part read row by row: each row's non-empty cells go to `row` as they are
/// parsed, so a million-row sheet is never held whole. Values are what the cell shows as
/// text: a shared or inline string, a number's decimal text, a formula's saved result.
/// A cell that holds no usable value (an error, a dangling shared string) goes to `problem`.
final class SheetRowsParser: PartDelegate {
    typealias Cell = (column: Int, value: String)

    private let shared: [String]
    private let onRow: (_ row: Int, _ cells: [Cell]) -> Void
    private let onProblem: (_ row: Int, _ column: Int, _ message: String) -> Void

    private var rowNumber = 0
    private var cells: [Cell] = []
    private var column = 0
    private var type = "n"
    private var formula = false
    private var value = ""
    private var inline = ""
    /// Which text is being collected: a `<v>`, or an inline string's `<t>` (not in `<rPh>`).
    private var capture: Capture = .none
    private var phonetic = 0

    private enum Capture { case none, value, inline }

    init(shared: [String], row: @escaping (Int, [Cell]) -> Void, problem: @escaping (Int, Int, String) -> Void) {
        self.shared = shared
        onRow = row
        onProblem = problem
    }

    override func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        switch localName(elementName) {
        case "row":
            rowNumber = attributeDict["r"].flatMap { Int($0) } ?? rowNumber + 1
            cells.removeAll(keepingCapacity: true)
            column = 0
        case "c":
            let ref = attributeDict["r"].flatMap { CellReference.parse(Array($0.utf8)) }
            column = ref?.column ?? column + 1
            type = attributeDict["t"] ?? "n"
            formula = false
            value = ""
            inline = ""
        case "v": capture = .value
        case "f": formula = true
        case "rPh": phonetic += 1
        case "t" where phonetic == 0 && type == "inlineStr": capture = .inline
        default: break
        }
    }

    override func parser(_ parser: XMLParser, foundCharacters string: String) {
        switch capture {
        case .value: value += string
        case .inline: inline += string
        case .none: break
        }
    }

    override func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        switch localName(elementName) {
        case "v", "t": capture = .none
        case "rPh": phonetic -= 1
        case "c": if let v = cellValue(), !v.isEmpty { cells.append((column, v)) }
        case "row": if !cells.isEmpty { onRow(rowNumber, cells) }
        default: break
        }
    }

    private func cellValue() -> String? {
        func problem(_ message: String) -> String? {
            onProblem(rowNumber, column, message)
            return nil
        }
        if formula && value.isEmpty && type != "inlineStr" {
            return problem("a formula with no saved result, expected a value (open and save the workbook in a spreadsheet, or paste values)")
        }
        switch type {
        case "s":
            guard let k = Int(value.trimmingCharacters(in: .whitespaces)), shared.indices.contains(k) else {
                return problem("shared string \"\(value)\" is not in the workbook's table of \(shared.count) strings, expected a saved workbook")
            }
            return shared[k]
        case "inlineStr": return XMLText.unescaped(inline)
        case "str": return XMLText.unescaped(value)
        case "b": return value == "1" ? "TRUE" : value == "0" ? "FALSE" : value
        case "e": return problem("the cell holds the error \(value), expected a value")
        case "d": return value
        default: return NumberText.plain(value.trimmingCharacters(in: .whitespaces))
        }
    }
}

/// A number cell's text as the loader reads numbers. A spreadsheet may write 1.2E+7 or 5E-3:
/// that is turned into plain decimal digits exactly, by moving the point. It may also write a
/// binary double's noise, 91.900000000000006 for 91.9: spreadsheets keep 15 significant digits,
/// so text longer than that which rounds to 15 digits ending in zeros (to 12 or fewer) is read
/// as the rounded value. Other text is kept exactly as it stands.
enum NumberText {
    static func plain(_ s: String) -> String {
        var mantissa = s, exponent = 0
        if let e = s.firstIndex(where: { $0 == "E" || $0 == "e" }) {
            guard let x = Int(s[s.index(after: e)...]), abs(x) < 64 else { return s }
            mantissa = String(s[..<e])
            exponent = x
        }
        let negative = mantissa.hasPrefix("-")
        if negative || mantissa.hasPrefix("+") { mantissa.removeFirst() }
        let parts = mantissa.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, parts.allSatisfy({ $0.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }) else { return s }
        var digits = Array(parts.joined().utf8)
        guard !digits.isEmpty else { return s }
        var point = parts[0].count + exponent  // digits before the point
        // Leading zeros off, so the first digit is significant.
        while digits.count > 1, digits[0] == 0x30 { digits.removeFirst(); point -= 1 }
        if digits.count > 15, let rounded = roundedTo15(digits), rounded.count - rounded.reversed().prefix(while: { $0 == 0x30 }).count <= 12 {
            if rounded.count > 15 { point += 1 }  // 9.99… rounded up to 10.0…
            digits = rounded
        } else if exponent == 0 {
            return s
        }
        if point <= 0 { digits = Array(repeating: 0x30, count: -point) + digits; point = 0 }
        if point > digits.count { digits += Array(repeating: 0x30, count: point - digits.count) }
        var whole = Array(digits.prefix(point)), fraction = Array(digits.dropFirst(point))
        while whole.count > 1, whole[0] == 0x30 { whole.removeFirst() }
        if whole.isEmpty { whole = [0x30] }
        while fraction.last == 0x30 { fraction.removeLast() }
        return (negative ? "-" : "") + String(decoding: whole, as: UTF8.self)
            + (fraction.isEmpty ? "" : "." + String(decoding: fraction, as: UTF8.self))
    }

    /// The first 15 digits rounded half up at the 16th: 16 digits when that carries out (999… → 1000…).
    private static func roundedTo15(_ digits: [UInt8]) -> [UInt8]? {
        var head = Array(digits.prefix(15))
        guard digits[15] >= 0x35 else { return head }
        var k = 14
        while k >= 0 {
            if head[k] == 0x39 { head[k] = 0x30; k -= 1 } else { head[k] += 1; return head }
        }
        return [0x31] + head
    }
}

extension WorkbookArchive {
    /// The shared strings table; empty when the workbook has none.
    func sharedStrings() throws(Problem) -> [String] {
        guard let part = sharedStringsPart, let data = try data(of: part) else { return [] }
        return try SharedStringsParser.read(data, part: part)
    }

    /// Every non-empty row of `sheet`, in order, to `row`; cells without a value to `problem`.
    func rows(of sheet: Sheet, shared: [String], row: @escaping (Int, [SheetRowsParser.Cell]) -> Void,
              problem: @escaping (Int, Int, String) -> Void) throws(Problem) {
        guard let (parser, temporary) = try parser(for: sheet.part) else {
            throw Problem("damaged .xlsx workbook: sheet \(sheet.name) is named as part \(sheet.part), which is not in the zip, \(Self.expected) saved whole")
        }
        defer { if !temporary.isEmpty { unlink(temporary) } }
        try SheetRowsParser(shared: shared, row: row, problem: problem).run(parser, part: sheet.part)
    }
}
