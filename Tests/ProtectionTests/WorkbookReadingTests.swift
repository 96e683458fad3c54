import Foundation
import Testing
@testable import Protection

/// `--data figures.xlsx`: rows of the 数据 sheet go through the CSV rows' checks, problems are
/// told at their cells, and a file that is no workbook is one clear error.
@Suite struct WorkbookReadingTests {
    @Test func rowsLoadLikeTheirCSV() throws {
        let rows = try WorkbookFixture.rows(3)
        let report = WorkbookFixture.check(try WorkbookFixture.workbook([("数据", WorkbookFixture.sheet(rows))]))
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        let csv = TestSupport.loader.check(bytes: CSVWriter.text(rows).utf8.map { $0 }, name: "d.csv", format: .csv)
        #expect(report.dataset?.figures == csv.dataset?.figures)
        #expect(report.dataset?.figures.count == 3)
    }

    @Test func aBadValueIsToldAtItsCell() throws {
        var rows = try WorkbookFixture.rows(11)
        rows[11][2] = "150001"
        rows[3][12] = "2022-13"
        let problems = WorkbookFixture.problems(try WorkbookFixture.workbook([("数据", WorkbookFixture.sheet(rows))]))
        #expect(problems == [
            #"book.xlsx:数据!M4: bad date "2022-13", expected a partial ISO date: 2022, 2022-06 or 2022-06-15 ("" when the report gives none)"#,
            "book.xlsx:数据!C12: province_code 150001 does not match province 内蒙古自治区, expected 150000",
        ])
    }

    @Test func theDataSheetIsPreferredElseTheFirst() throws {
        var rows = try WorkbookFixture.rows(1)
        rows[1][1] = "火星"
        let other = WorkbookFixture.sheet([["note"], ["not figures"]], numeric: [])
        let named = WorkbookFixture.problems(try WorkbookFixture.workbook([("说明", other), ("数据", WorkbookFixture.sheet(rows))]))
        #expect(named.count == 1 && named[0].hasPrefix("book.xlsx:数据!B2: unknown province \"火星\""), "\(named)")
        let first = WorkbookFixture.problems(try WorkbookFixture.workbook([("My figures", WorkbookFixture.sheet(rows))]))
        #expect(first.count == 1 && first[0].hasPrefix("book.xlsx:'My figures'!B2: unknown province"), "\(first)")
    }

    @Test func missingColumnsStopTheSheet() throws {
        let problems = WorkbookFixture.problems(try WorkbookFixture.workbook([("数据", WorkbookFixture.sheet([["id", "province", "value"], ["a", "北京", "1"]], numeric: []))]))
        #expect(problems.count == 1)
        #expect(problems[0].hasPrefix(#"book.xlsx:数据!A1: missing columns "system", "indicator", "unit", expected at least province, system, indicator, value and unit (or text), or the header of weibao export --format xlsx: id,province,"#), "\(problems)")
        let empty = WorkbookFixture.problems(try WorkbookFixture.workbook([("数据", WorkbookFixture.rawSheet(""))]))
        #expect(empty == ["book.xlsx: sheet 数据 is empty, expected the header row of weibao export --format xlsx: " + FigureExport.columns.joined(separator: ",")])
    }

    @Test func duplicatesNameTheCellOfTheFirstUse() throws {
        var rows = try WorkbookFixture.rows(2)
        rows[2][0] = rows[1][0]
        let problems = WorkbookFixture.problems(try WorkbookFixture.workbook([("数据", WorkbookFixture.sheet(rows))]))
        #expect(problems == [#"book.xlsx:数据!A3: duplicate id "nm-rate-1", first used at book.xlsx:数据!A2, expected ids unique across the whole dataset"#])
    }

    @Test func cellsWithoutAValueAndCellsPastTheHeader() throws {
        let rows = try WorkbookFixture.rows(1)
        var xml = String(decoding: WorkbookFixture.sheet(rows), as: UTF8.self)
        xml = xml.replacingOccurrences(of: "</row></sheetData>", with: #"<c r="R2" t="inlineStr"><is><t>extra</t></is></c></row><row r="3"><c r="A3" t="e"><v>#N/A</v></c><c r="B3" t="s"><v>7</v></c></row></sheetData>"#)
        let problems = WorkbookFixture.problems(try WorkbookFixture.workbook([("数据", Array(xml.utf8))]))
        #expect(problems.contains("book.xlsx:数据!R2: a value past the header's last column P, expected values only under a column title"), "\(problems)")
        #expect(problems.contains("book.xlsx:数据!A3: the cell holds the error #N/A, expected a value"))
        #expect(problems.contains(#"book.xlsx:数据!B3: shared string "7" is not in the workbook's table of 0 strings, expected a saved workbook"#))
        // The bad cells are told of once, not again as empty fields.
        #expect(!problems.contains { $0.hasPrefix("book.xlsx:数据!A3: empty id") })
    }

    @Test func sharedStringsRichTextAndPhoneticGuides() throws {
        let rows = try WorkbookFixture.rows(1)
        var xml = String(decoding: WorkbookFixture.sheet(rows), as: UTF8.self)
        // The indicator as shared string 0: two runs and a reading over them that is no part of it.
        xml = xml.replacingOccurrences(of: #"<c r="E2" t="inlineStr"><is><t>家长学校开办率</t></is></c>"#, with: #"<c r="E2" t="s"><v>0</v></c>"#)
        let sst = #"<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><r><t>家长学校</t></r><r><rPr><b/></rPr><t>开办率</t></r><rPh sb="0" eb="2"><t>かちょう</t></rPh></si></sst>"#
        let report = WorkbookFixture.check(try WorkbookFixture.workbook([("数据", Array(xml.utf8))], sharedStrings: sst))
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        #expect(report.dataset?.figures.first?.indicator == "家长学校开办率")
    }

    @Test func numbersASpreadsheetWroteReadAsTheirDecimals() {
        #expect(NumberText.plain("91.9") == "91.9")
        #expect(NumberText.plain("150000") == "150000")
        #expect(NumberText.plain("91.900000000000006") == "91.9")
        #expect(NumberText.plain("91.90000000000001") == "91.9")
        #expect(NumberText.plain("0.30000000000000004") == "0.3")
        #expect(NumberText.plain("9.9999999999999996") == "10")
        #expect(NumberText.plain("1.2E+7") == "12000000")
        #expect(NumberText.plain("-5E-3") == "-0.005")
        #expect(NumberText.plain("3.2955e6") == "3295500")
        // Exact text of many digits that is not binary noise stays as it is.
        #expect(NumberText.plain("1234567.890123456") == "1234567.890123456")
        #expect(NumberText.plain("12x") == "12x")
    }

    @Test func whatIsNotAWorkbookIsOneClearError() throws {
        let csv = Array("id,province\r\na,北京\r\n".utf8)
        #expect(WorkbookFixture.problems(csv) == ["book.xlsx: not an .xlsx workbook: the file is plain text (a CSV file renamed?), expected an Excel .xlsx workbook"])
        #expect(WorkbookFixture.problems([]) == ["book.xlsx: not an .xlsx workbook: the file is empty, expected an Excel .xlsx workbook"])
        let xls: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0, count: 504)
        #expect(WorkbookFixture.problems(xls) == ["book.xlsx: an old-style Excel .xls workbook (OLE2), not .xlsx, expected an Excel .xlsx workbook: save it as Excel Workbook (.xlsx) first"])
        let whole = try WorkbookFixture.workbook([("数据", WorkbookFixture.sheet(try WorkbookFixture.rows(40)))])
        let cut = Array(whole.prefix(whole.count / 2))
        #expect(WorkbookFixture.problems(cut) == ["book.xlsx: damaged .xlsx workbook: its zip directory cannot be read (the file may be cut short), expected an Excel .xlsx workbook saved whole"])
        let notABook = try WorkbookFixture.zip([("notes.txt", Array("hello".utf8))])
        #expect(WorkbookFixture.problems(notABook) == ["book.xlsx: a zip archive without a workbook in it (no xl/workbook.xml), expected an Excel .xlsx workbook"])
    }

    /// Damage anywhere in the zip gives an answer, never a crash: the in-memory zip reader
    /// trapped on some of these (the fuzz target found one), the file-backed one reports them.
    @Test func damageAnywhereInTheZipIsAnAnswer() throws {
        let whole = try WorkbookFixture.workbook([("数据", WorkbookFixture.sheet(try WorkbookFixture.rows(12)))])
        var answered = 0
        for i in stride(from: 0, to: whole.count, by: 29) {
            var bytes = whole
            bytes[i] ^= 0xA5
            let r = WorkbookFixture.check(bytes, name: "book.xlsx")
            if r.dataset != nil || !r.diagnostics.isEmpty { answered += 1 }
        }
        #expect(answered == (whole.count + 28) / 29)
        // The end-of-directory record pointing past the end of the file.
        var far = whole
        let end = far.count - 22
        for k in 0..<4 { far[end + 16 + k] = 0xFF }
        #expect(!WorkbookFixture.problems(far).isEmpty)
    }

    @Test func damagedPartsAreNamed() throws {
        let rows = try WorkbookFixture.rows(1)
        var whole = try WorkbookFixture.workbook([("数据", WorkbookFixture.sheet(rows))])
        // A byte of the sheet's compressed data flipped: the checksum or inflating catches it.
        let name = Array("xl/worksheets/sheet1.xml".utf8)
        let header = try #require((0..<whole.count - name.count).first { whole[$0..<$0 + name.count].elementsEqual(name) })
        whole[header + name.count + 40] ^= 0xFF
        let problems = WorkbookFixture.problems(whole)
        #expect(problems.count == 1)
        #expect(problems[0].hasPrefix("book.xlsx: damaged .xlsx workbook: part xl/worksheets/sheet1.xml "), "\(problems)")
        let malformed = WorkbookFixture.problems(try WorkbookFixture.workbook([("数据", WorkbookFixture.rawSheet("<row r=\"1\"><c r=\"A1\"></row>"))]))
        #expect(malformed.count == 1)
        #expect(malformed[0].hasPrefix("book.xlsx: damaged .xlsx workbook: part xl/worksheets/sheet1.xml is not well-formed XML (line 1, column "), "\(malformed)")
    }

    @Test func cellReferences() {
        #expect(CellReference.letters(1) == "A" && CellReference.letters(26) == "Z" && CellReference.letters(27) == "AA")
        #expect(CellReference.letters(16_384) == "XFD")
        #expect(CellReference.parse(Array("C12".utf8))! == (3, 12))
        #expect(CellReference.parse(Array("xfd1".utf8))! == (16_384, 1))
        #expect(CellReference.parse(Array("12".utf8)) == nil)
        #expect(CellReference.describe(sheet: "数据", column: 3, row: 12) == "数据!C12")
        #expect(CellReference.describe(sheet: "Bob's data", column: 1, row: 2) == "'Bob''s data'!A2")
    }
}
