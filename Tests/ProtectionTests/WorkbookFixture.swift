import Foundation
import ZIPFoundation
@testable import Protection

/// Workbooks built by hand for the reader's tests: any parts, any cells, damaged on purpose.
enum WorkbookFixture {
    /// A zip of these parts, as bytes.
    static func zip(_ parts: [(String, [UInt8])]) throws -> [UInt8] {
        let path = TestSupport.temporaryFolder() + "/w.zip"
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .create)
        for (name, bytes) in parts {
            try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate) { p, n in
                Data(bytes[Int(p)..<Int(p) + n])
            }
        }
        return Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    /// A workbook of these sheets (name and worksheet XML), in order.
    static func workbook(_ sheets: [(String, [UInt8])], sharedStrings: String? = nil) throws -> [UInt8] {
        var parts: [(String, [UInt8])] = [
            ("[Content_Types].xml", Array(WorkbookParts.contentTypes(sheets: sheets.count).utf8)),
            ("_rels/.rels", Array(WorkbookParts.rootRelationships.utf8)),
            ("xl/workbook.xml", WorkbookParts.workbook(sheetNames: sheets.map(\.0))),
            ("xl/_rels/workbook.xml.rels", Array(WorkbookParts.workbookRelationships(sheets: sheets.count).utf8)),
        ]
        for (k, sheet) in sheets.enumerated() { parts.append(("xl/worksheets/sheet\(k + 1).xml", sheet.1)) }
        if let sharedStrings { parts.append(("xl/sharedStrings.xml", Array(sharedStrings.utf8))) }
        return try zip(parts)
    }

    /// A sheet of text cells, the columns in `numeric` as number cells.
    static func sheet(_ rows: [[String]], numeric: Set<Int> = [2, 5, 9]) -> [UInt8] {
        SheetXML.table(header: rows[0], rows: Array(rows.dropFirst()), numeric: numeric, width: { _ in 8 })
    }

    /// A sheet from raw `<row>` XML.
    static func rawSheet(_ rows: String) -> [UInt8] {
        Array((#"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#
            + rows + "</sheetData></worksheet>").utf8)
    }

    /// The export's header and `count` valid rows of distinct figures, as the CSV export has them.
    static func rows(_ count: Int) throws -> [[String]] {
        let figures = (1...count).map { TestSupport.figure(id: "nm-rate-\($0)") }
        let source = #"{ "id": "nm2", "outlet": "《呼和浩特日报》", "headline": "h" }"#
        let dataset = try TestSupport.loader.load(path: TestSupport.write(
            TestSupport.dataset(figures: figures.map { $0.replacingOccurrences(of: "\"nm\"", with: "\"nm2\"") }, extraSources: [source]),
            named: "d.json"))
        return try CSVReader(FigureExport.csv(dataset)).readAll()
    }

    static func check(_ bytes: [UInt8], name: String = "book.xlsx") -> LoadReport {
        TestSupport.loader.check(bytes: bytes, name: name, format: .xlsx)
    }

    /// The diagnostics as printed.
    static func problems(_ bytes: [UInt8], name: String = "book.xlsx") -> [String] {
        check(bytes, name: name).diagnostics.map(\.description)
    }
}
