import Foundation
import Testing
@testable import Protection

/// `weibao export --format xlsx`: exact numbers, text that stays text, control characters that
/// XML cannot hold escaped, and the same figures back from the file.
@Suite struct WorkbookExportTests {
    func written(_ dataset: Dataset) throws -> (bytes: [UInt8], book: WorkbookArchive) {
        let path = TestSupport.temporaryFolder() + "/out.xlsx"
        try FigureWorkbook.write(dataset, to: path, width: { $0.unicodeScalars.count })
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        // Nothing but the workbook is left beside it.
        #expect(try FileManager.default.contentsOfDirectory(atPath: (path as NSString).deletingLastPathComponent) == ["out.xlsx"])
        return (bytes, try WorkbookArchive(bytes))
    }

    func part(_ book: WorkbookArchive, _ name: String) throws -> String {
        String(decoding: try #require(try book.data(of: name)), as: UTF8.self)
    }

    /// A source without report text, and figures whose text starts like formulas and holds
    /// control characters of every kind.
    func hostile() throws -> Dataset {
        let source = #"{ "id": "x", "outlet": "@Daily\u001b]0;t\u0007", "headline": "h" }"#
        let figures = [
            TestSupport.figure(id: "-minus", ["source": "\"x\"", "indicator": "\"=HYPERLINK(\\\"http://e.invalid\\\",\\\"x\\\")\"", "quote": "\"+1\""]),
            TestSupport.figure(id: "f2", ["source": "\"x\"", "indicator": "\"-2\"", "quote": "\"@x\\u202e\\u009b\\u0000_x0041_ \""]),
            TestSupport.figure(id: "f3", ["source": "\"x\"", "indicator": "\"a\\r\\nb\\u000bc\\uffff\"", "quote": "\" <tag> & \\\"q\\\"\""]),
        ]
        return try TestSupport.loader.load(path: TestSupport.write(TestSupport.dataset(figures: figures, extraSources: [source]), named: "h.json"))
    }

    @Test func hostileTextStaysInertStringCells() throws {
        let dataset = try hostile()
        let (bytes, book) = try written(dataset)
        let sheet = try part(book, "xl/worksheets/sheet1.xml")
        let strings = try part(book, "xl/sharedStrings.xml")
        for name in ["xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "xl/worksheets/sheet3.xml", "xl/sharedStrings.xml"] {
            let text = try part(book, name)
            #expect(!text.contains("<f>") && !text.contains("<f "), "\(name) has a formula")
            // No character XML 1.0 forbids.
            #expect(!text.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\t" && $0 != "\n") || $0.value == 0xFFFE || $0.value == 0xFFFF }, "\(name)")
        }
        // Formula-like text: string cells, marked to stay text when edited.
        #expect(sheet.contains(#"<c r="A2" t="inlineStr" s="2"><is><t>-minus</t></is></c>"#))
        #expect(sheet.contains(#"<c r="P2" t="inlineStr" s="2"><is><t>+1</t></is></c>"#))
        #expect(sheet.contains(#"<c r="E2" t="s" s="2"><v>"#))
        #expect(strings.contains("<si><t>=HYPERLINK(&quot;http://e.invalid&quot;,&quot;x&quot;)</t></si>"))
        #expect(strings.contains("<si><t>@Daily_x001B_]0;t_x0007_</t></si>"))
        // Bidi and C1 controls are plain text; NUL and an underscore that looks like an escape are escaped.
        #expect(sheet.contains("<t xml:space=\"preserve\">@x\u{202E}\u{9B}_x0000__x005F_x0041_ </t>"))
        #expect(strings.contains("<si><t>a&#13;\nb_x000B_c_xFFFF_</t></si>"))
        let back = TestSupport.loader.check(bytes: bytes, name: "out.xlsx", format: .xlsx)
        #expect(back.diagnostics.isEmpty, "\(back.diagnostics)")
        #expect(back.dataset?.figures.map(\.indicator) == dataset.figures.map(\.indicator))
        #expect(back.dataset?.figures.map(\.quote) == dataset.figures.map(\.quote))
        #expect(back.dataset?.source(id: "x")?.outlet == "@Daily\u{1B}]0;t\u{07}")
    }

    @Test func numbersAreTheExactDecimals() throws {
        let figures = [
            TestSupport.figure(id: "a", ["text": "\"329.55万人\"", "source": "\"x\""]),
            TestSupport.figure(id: "b", ["text": "\"0.1%\"", "source": "\"x\"", "change": #"{ "from": "0.3%", "date": "2021" }"#]),
        ]
        let source = #"{ "id": "x", "outlet": "o", "headline": "h" }"#
        let dataset = try TestSupport.loader.load(path: TestSupport.write(TestSupport.dataset(figures: figures, extraSources: [source]), named: "n.json"))
        let sheet = try part(try written(dataset).book, "xl/worksheets/sheet1.xml")
        #expect(sheet.contains(#"<c r="C2"><v>150000</v></c>"#))
        #expect(sheet.contains(#"<c r="F2"><v>3295500</v></c>"#))
        #expect(sheet.contains(#"<c r="F3"><v>0.1</v></c>"#))
        #expect(sheet.contains(#"<c r="J3"><v>0.3</v></c>"#))
        #expect(sheet.contains(#"<dimension ref="A1:P3"/>"#))
        #expect(sheet.contains(#"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#))
    }

    @Test func sheetsInOrderWithSourcesAndIndicators() throws {
        let dataset = try TestSupport.loader.loadEmbedded()
        let (_, book) = try written(dataset)
        #expect(book.sheets.map(\.name) == ["数据", "来源", "指标"])
        let sources = try part(book, "xl/worksheets/sheet2.xml")
        #expect(sources.components(separatedBy: "<row ").count - 1 == dataset.sources.count + 1)
        let indicators = try part(book, "xl/worksheets/sheet3.xml")
        #expect(indicators.components(separatedBy: "<row ").count - 1 == Indicators.all.count + 1)
        #expect(indicators.contains(Indicators.all[0].name))
    }

    /// Widths count display columns, given by the caller: a Chinese character is two.
    @Test func columnWidthsComeFromDisplayColumns() {
        var head = String(decoding: SheetXML.head(columns: 2, rows: 1, widths: SheetXML.widths([3, 200])), as: UTF8.self)
        #expect(head.contains(#"<col min="1" max="1" width="6.0" customWidth="1"/>"#))
        #expect(head.contains(#"<col min="2" max="2" width="62.0" customWidth="1"/>"#))
        let table = SheetXML.table(header: ["name"], rows: [["内蒙古自治区"]], width: { $0.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x3000 ? 2 : 1) } })
        head = String(decoding: table, as: UTF8.self)
        #expect(head.contains(#"<col min="1" max="1" width="14.0" customWidth="1"/>"#))
    }

    @Test func xmlTextRoundTrips() {
        var rng = SystemRandomNumberGenerator()
        let pieces = ["a", "学", "_x0041_", "_", "x", "\r", "\n", "\r\n", "\t", "&", "<", ">", "\"", "\u{0}", "\u{1B}", "\u{202E}", "\u{FFFE}", "\u{FFFF}", "_x00", "]]>"]
        for _ in 0..<500 {
            let s = (0..<Int.random(in: 0...12, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
            var out: [UInt8] = []
            XMLText.append(s, to: &out)
            // What an XML parser hands over: entities resolved, nothing else changed.
            let parsed = String(decoding: out, as: UTF8.self).replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
                .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#13;", with: "\r").replacingOccurrences(of: "&amp;", with: "&")
            #expect(XMLText.unescaped(parsed) == s, "\(s.debugDescription)")
        }
    }
}
