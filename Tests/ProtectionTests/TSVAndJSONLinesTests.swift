import Testing
@testable import Protection

/// TSV is CSV with tabs; JSON Lines is one exported object a line. Both round-trip the export.
@Suite struct TSVAndJSONLinesTests {
    @Test func tabSeparatedFieldsWithQuotedTabsAndLineBreaks() throws {
        let text = "a\tb\tc\n1\t\"x\ty\"\t\"two\nlines\"\n"
        let rows = try CSVReader(Array(text.utf8), separator: 0x09).readAll()
        #expect(rows == [["a", "b", "c"], ["1", "x\ty", "two\nlines"]])
        // A comma is only text in TSV.
        #expect(try CSVReader(Array("a,b\tc\n".utf8), separator: 0x09).readAll() == [["a,b", "c"]])
    }

    @Test func tsvSyntaxErrorNamesTheTab() {
        #expect(throws: SyntaxError.self) { try CSVReader(Array("a\tb\n\"x\"y\tz\n".utf8), separator: 0x09).readAll() }
        do {
            _ = try CSVReader(Array("a\tb\n\"x\"y\tz\n".utf8), separator: 0x09).readAll()
        } catch {
            #expect(error.message.hasPrefix("expected a tab or a line end after the closing '\"'"))
            #expect(error.position == TextPosition(line: 2, column: 4))
        }
    }

    @Test func jsonLinesReadsEveryGoodLineAndReportsTheBadOnes() {
        let text = "{\"a\": 1}\n\n  [2]  \nnope\n{\"b\": \"c\"} {\"d\": 1}\n\"last\""
        let (values, errors) = JSONParser.parseLines(Array(text.utf8))
        #expect(values.count == 3)
        #expect(values.map(\.position.line) == [1, 3, 6])
        #expect(errors.map(\.position.line) == [4, 5])
    }

    /// Lines are split first and parsed alone: nothing runs on into the next line.
    @Test func aRecordSplitOverTwoLinesIsTwoBadLines() {
        let (values, errors) = JSONParser.parseLines(Array("{\"a\": 1,\n\"b\": 2}\n{\"c\": 3}\n".utf8))
        #expect(values.count == 1 && values[0].position.line == 3)
        #expect(errors.map(\.position.line) == [1, 2])
        #expect(errors.first?.message.contains("end of line") == true, "\(errors)")
    }

    @Test func aLineMissingItsBraceIsReportedAtItsOwnLine() {
        let (values, errors) = JSONParser.parseLines(Array("{\"a\": 1\n{\"b\": 2}\r\n".utf8))
        #expect(errors.map(\.position.line) == [1])
        #expect(errors.first?.message == "expected ',' or '}', found end of line")
        #expect(values.map(\.position.line) == [2], "the next line is still read")
    }

    @Test func anOpenArrayDoesNotSwallowTheLinesAfterIt() throws {
        let good = String(decoding: FigureExport.jsonLines(try DatasetLoader().loadSeed()), as: UTF8.self)
            .split(separator: "\n").prefix(2).map(String.init)
        let bad = good[1].replacingOccurrences(of: "\"province\": \"", with: "\"province\": \"火星", options: [], range: nil)
        let report = DatasetLoader().check(bytes: Array(("[1,\n" + good[0] + "\n" + bad + "\n").utf8), name: "x.jsonl", format: .jsonl)
        let lines = report.diagnostics.map(\.line)
        #expect(lines.contains(1) && lines.contains(3), "\(report.diagnostics.map(\.description))")
        #expect(report.diagnostics.contains { $0.line == 3 && $0.message.contains("火星") })
    }

    @Test(arguments: [DataFormat.tsv, .jsonl])
    func exportRoundTrips(format: DataFormat) throws {
        let dataset = try DatasetLoader().loadEmbedded()
        let bytes = format == .tsv ? FigureExport.tsv(dataset) : FigureExport.jsonLines(dataset)
        let back = try DatasetLoader().load(bytes: bytes, name: "export.\(format.rawValue)", format: format)
        #expect(FigureExport.csv(back) == FigureExport.csv(dataset))
    }

    @Test func formatsByExtension() {
        #expect(DataFormat(path: "a.TSV", bytes: []) == .tsv)
        #expect(DataFormat(path: "a.jsonl", bytes: []) == .jsonl)
        #expect(DataFormat(path: "a.ndjson", bytes: []) == .jsonl)
        #expect(DataFormat(path: "a.json", bytes: []) == .json)
    }

    @Test func emptySelectionCountsZero() throws {
        let dataset = try DatasetLoader().loadEmbedded()
        let beijing = try FigureFilter(province: "天津", system: nil)  // a division without data
        #expect(FigureExport.count(dataset, filter: beijing) == 0)
        #expect(FigureExport.jsonLines(dataset, filter: beijing).isEmpty)
        #expect(String(decoding: FigureExport.markdown(dataset, filter: beijing), as: UTF8.self).split(separator: "\n").count == 2)
    }
}
