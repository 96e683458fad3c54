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
