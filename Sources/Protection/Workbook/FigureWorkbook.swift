import Foundation
import ZIPFoundation

/// `weibao export --format xlsx`: the figures as an Excel workbook (docs/export.md). Sheet
/// 数据 holds the CSV export's columns and rows and loads back with `--data`; 来源 lists the
/// dataset's sources and 指标 the built-in canonical indicators, for reading alongside.
public enum FigureWorkbook {
    public static let dataSheet = "数据"
    public static let sheetNames = [dataSheet, "来源", "指标"]

    /// Why a workbook could not be written, in the system's or the zip library's words.
    public struct WriteError: Error, CustomStringConvertible {
        public var description: String
    }

    /// Writes the workbook as a new file at `path` (which must not exist). The 数据 sheet is
    /// first streamed to a scratch file beside it, since a zip entry's size is written before
    /// its data; the scratch file is always removed. `width` gives display columns (a Chinese
    /// character is two), for the column widths.
    public static func write(_ dataset: Dataset, filter: FigureFilter = FigureFilter(), only: FilterResult? = nil,
                             to path: String, width: (String) -> Int) throws(WriteError) {
        let sheet = DataSheet(dataset, FigureExport.selection(dataset, filter, only))
        let scratch = try ScratchFile(beside: path)
        defer { scratch.remove() }
        guard sheet.write(width: width, to: { scratch.write($0) }), scratch.error == nil else {
            throw WriteError(description: scratch.error ?? "write failed")
        }
        do {
            let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .create)
            let count = sheetNames.count
            try add("[Content_Types].xml", Array(WorkbookParts.contentTypes(sheets: count).utf8), to: archive)
            try add("_rels/.rels", Array(WorkbookParts.rootRelationships.utf8), to: archive)
            try add("xl/workbook.xml", WorkbookParts.workbook(sheetNames: sheetNames), to: archive)
            try add("xl/_rels/workbook.xml.rels", Array(WorkbookParts.workbookRelationships(sheets: count).utf8), to: archive)
            try add("xl/styles.xml", Array(WorkbookParts.styles.utf8), to: archive)
            try add("xl/sharedStrings.xml", sheet.strings.xml, to: archive)
            try archive.addEntry(with: "xl/worksheets/sheet1.xml", type: .file, uncompressedSize: scratch.size,
                                 modificationDate: stamp, compressionMethod: .deflate, bufferSize: 1 << 18) { position, size in
                try scratch.read(at: position, count: size)
            }
            try add("xl/worksheets/sheet2.xml", sourcesSheet(dataset, width: width), to: archive)
            try add("xl/worksheets/sheet3.xml", indicatorsSheet(width: width), to: archive)
        } catch {
            throw WriteError(description: describe(error))
        }
    }

    /// A fixed time for every entry, so the same figures give the same file.
    static let stamp = Date(timeIntervalSince1970: 946_684_800)

    private static func add(_ name: String, _ bytes: [UInt8], to archive: Archive) throws {
        let data = Data(bytes)
        try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count), modificationDate: stamp,
                             compressionMethod: .deflate) { position, size in
            data.subdata(in: Int(position)..<Int(position) + size)
        }
    }

    private static func describe(_ error: Error) -> String {
        if let posix = error as? POSIXError { return String(cString: strerror(posix.code.rawValue)) }
        if let scratch = error as? WriteError { return scratch.description }
        return "\(error)"
    }

    /// 来源: every source of the dataset, in its fields' JSON names.
    static func sourcesSheet(_ dataset: Dataset, width: (String) -> Int) -> [UInt8] {
        let header = ["id", "outlet", "headline", "date", "file", "first_line", "last_line", "url", "publisher", "kind",
                      "report", "sha256"]
        let rows = dataset.sources.map { s in
            [s.id, s.outlet, s.headline, s.date, s.file, s.lines.map { String($0.lowerBound) } ?? "",
             s.lines.map { String($0.upperBound) } ?? "", s.url, s.publisher, s.kind?.rawValue ?? "", s.report, s.sha256]
        }
        return SheetXML.table(header: header, rows: rows, numeric: [5, 6], width: width)
    }

    /// 指标: the canonical indicators built into weibao (docs/indicators.md).
    static func indicatorsSheet(width: (String) -> Int) -> [UInt8] {
        let header = ["id", "name", "unit", "system", "definition", "phrasings"]
        let rows = Indicators.all.map { c in [c.id, c.name, c.unit, c.system.name, c.definition, c.phrasings.joined(separator: "、")] }
        return SheetXML.table(header: header, rows: rows, width: width)
    }
}
