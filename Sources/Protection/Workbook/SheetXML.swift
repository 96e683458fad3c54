/// The pieces of a worksheet part, written straight to bytes: the head with the frozen
/// header row and column widths, and cells of each kind. No cell is ever a formula: there is
/// no `<f>` here at all, and text is always a string cell, whatever it starts with.
enum SheetXML {
    static let namespaces = #"xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships""#

    /// Cell styles, in styles.xml's order.
    enum Style: Int {
        case plain = 0
        /// The header row.
        case bold = 1
        /// Text that starts like a formula: the spreadsheet keeps it text when it is edited too.
        case quoted = 2
    }

    /// Everything before the first row: `columns` cells wide, `rows` rows tall (the header
    /// included), the header frozen, each column `widths[k]` characters wide.
    static func head(columns: Int, rows: Int, widths: [Double]) -> [UInt8] {
        var s = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n<worksheet \(namespaces)>"
        s += #"<dimension ref="A1:\#(CellReference.letters(max(columns, 1)))\#(max(rows, 1))"/>"#
        s += #"<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#
        s += #"<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>"#
        s += #"<sheetFormatPr defaultRowHeight="15"/><cols>"#
        for (k, w) in widths.enumerated() {
            s += #"<col min="\#(k + 1)" max="\#(k + 1)" width="\#(w)" customWidth="1"/>"#
        }
        return Array((s + "</cols><sheetData>").utf8)
    }

    static let tail = Array("</sheetData></worksheet>".utf8)

    /// Widths in a spreadsheet's character units from the widest cell in display columns
    /// (a Chinese character takes two), with room for the filter button, within reason.
    static func widths(_ displayColumns: [Int]) -> [Double] {
        displayColumns.map { Double(min(max($0, 4), 60)) + 2 }
    }

    /// `<row r="12">`; `reference` is then "12" for the cells' references.
    static func openRow(_ row: Int, _ out: inout [UInt8]) -> [UInt8] {
        let number = Array(String(row).utf8)
        out.append(contentsOf: #"<row r=""#.utf8)
        out.append(contentsOf: number)
        out.append(contentsOf: #"">"#.utf8)
        return number
    }

    static let closeRow = Array("</row>".utf8)

    /// Column letters of the first columns, made once.
    static let columnLetters: [[UInt8]] = (1...64).map { Array(CellReference.letters($0).utf8) }

    private static func open(_ column: Int, _ row: [UInt8], type: String?, style: Style, _ out: inout [UInt8]) {
        out.append(contentsOf: #"<c r=""#.utf8)
        out.append(contentsOf: column < columnLetters.count ? columnLetters[column] : Array(CellReference.letters(column + 1).utf8))
        out.append(contentsOf: row)
        out.append(0x22)
        if let type {
            out.append(contentsOf: #" t=""#.utf8)
            out.append(contentsOf: type.utf8)
            out.append(0x22)
        }
        if style != .plain {
            out.append(contentsOf: #" s=""#.utf8)
            out.append(contentsOf: String(style.rawValue).utf8)
            out.append(0x22)
        }
        out.append(UInt8(ascii: ">"))
    }

    /// A number cell holding `decimal`'s text exactly (never a rounded binary value).
    static func number(_ decimal: String, column: Int, row: [UInt8], _ out: inout [UInt8]) {
        open(column, row, type: nil, style: .plain, &out)
        out.append(contentsOf: "<v>".utf8)
        out.append(contentsOf: decimal.utf8)
        out.append(contentsOf: "</v></c>".utf8)
    }

    /// A string cell with its text inline; nothing for empty text (an empty cell reads as "").
    static func text(_ s: String, column: Int, row: [UInt8], bold: Bool = false, _ out: inout [UInt8]) {
        guard !s.isEmpty else { return }
        open(column, row, type: "inlineStr", style: bold ? .bold : style(of: s), &out)
        out.append(contentsOf: XMLText.hasEdgeSpace(s) ? #"<is><t xml:space="preserve">"#.utf8 : "<is><t>".utf8)
        XMLText.append(s, to: &out)
        out.append(contentsOf: "</t></is></c>".utf8)
    }

    /// A string cell holding entry `index` of the shared strings.
    static func shared(_ index: Int32, of s: String, column: Int, row: [UInt8], _ out: inout [UInt8]) {
        open(column, row, type: "s", style: style(of: s), &out)
        out.append(contentsOf: "<v>".utf8)
        out.append(contentsOf: String(index).utf8)
        out.append(contentsOf: "</v></c>".utf8)
    }

    private static func style(of s: String) -> Style {
        CSVWriter.startsLikeFormula(s.utf8) ? .quoted : .plain
    }

    /// A whole sheet of a few rows, for the small sheets: a bold header, then text cells and
    /// (where `numeric` says) number cells.
    static func table(header: [String], rows: [[String]], numeric: Set<Int> = [], width: (String) -> Int) -> [UInt8] {
        let widest = header.indices.map { k in ([header[k]] + rows.map { $0[k] }).map(width).max() ?? 0 }
        var out = head(columns: header.count, rows: rows.count + 1, widths: widths(widest))
        let r = openRow(1, &out)
        for (k, title) in header.enumerated() { text(title, column: k, row: r, bold: true, &out) }
        out.append(contentsOf: closeRow)
        for (i, cells) in rows.enumerated() {
            let r = openRow(i + 2, &out)
            for (k, cell) in cells.enumerated() where !cell.isEmpty {
                if numeric.contains(k) { number(cell, column: k, row: r, &out) } else { text(cell, column: k, row: r, &out) }
            }
            out.append(contentsOf: closeRow)
        }
        return out + tail
    }
}
