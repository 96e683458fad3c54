import Testing
@testable import Protection

@Suite struct CSVTests {
    func rows(_ text: String) throws -> [[String]] { try CSVReader(Array(text.utf8)).readAll() }

    func error(_ text: String) -> SyntaxError? {
        do { _ = try rows(text); return nil } catch { return error as? SyntaxError }
    }

    @Test func quotedFieldsCommasQuotesAndLineBreaks() throws {
        let text = "a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n,,\n"
        #expect(try rows(text) == [["a", "b", "c"], ["x, y", "say \"hi\"", "two\nlines"], ["", "", ""]])
    }

    @Test func blankLinesBOMAndMissingFinalLineBreak() throws {
        #expect(try rows("\u{FEFF}a,b\n\n1,2") == [["a", "b"], ["1", "2"]])
        #expect(try rows("a,b\n1,") == [["a", "b"], ["1", ""]])
        #expect(try rows("") == [])
    }

    @Test func fieldPositionsCountCharactersAndFollowLineBreaksInQuotes() throws {
        let text = "省份,值\n内蒙古,\"多\n行\",末\n"
        var positions: [[TextPosition]] = []
        try CSVReader(Array(text.utf8)).read { row in
            positions.append((0..<row.count).map { row.position(ofField: $0) })
        }
        #expect(positions[0] == [TextPosition(line: 1, column: 1), TextPosition(line: 1, column: 4)])
        #expect(positions[1] == [TextPosition(line: 2, column: 1), TextPosition(line: 2, column: 5), TextPosition(line: 3, column: 4)])
        let later = CSVReader.position(ofField: 2, inRowAt: Array("省份,值\n".utf8).count, line: 2, in: Array(text.utf8))
        #expect(later == TextPosition(line: 3, column: 4))
    }

    @Test func syntaxErrorsHavePositions() {
        #expect(error("a,b\n\"x\"y,1\n")?.description == "2:4: expected ',' or a line end after the closing '\"', found 'y' (a quote inside a field is written \"\")")
        #expect(error("a,b\nx\"y,1\n")?.description == "2:2: '\"' inside an unquoted field, expected the whole field in quotes with \"\" for each quote")
        #expect(error("a,b\n\"open,1\n")?.description == "3:1: expected '\"' to close the field opened at 2:1, found end of file")
        #expect(error("a\rb\n")?.position == TextPosition(line: 1, column: 2))
        #expect(throws: SyntaxError(line: 1, column: 3, "invalid UTF-8 byte 0xFF, expected UTF-8 text")) {
            try CSVReader(Array("a,".utf8) + [0xFF]).readAll()
        }
        // Inside a quoted field that spans lines, after a repeated (interned) value.
        #expect(throws: SyntaxError(line: 4, column: 2, "incomplete UTF-8 sequence at byte 0xE5, expected UTF-8 text")) {
            try CSVReader(Array("a,b\n内,1\n内,\"x\n内".utf8) + [0xE5, 0x86] + Array("\"\n".utf8)).readAll()
        }
    }

    @Test func repeatedValuesShareOneStringAndOneID() throws {
        var ids: [[Int32]] = []
        try CSVReader(Array("id,p\n1,内蒙古\n2,河南\n3,内蒙古\n".utf8)).read(skipInterning: { _ in [0] }) { row in
            if row.index > 0 { ids.append(row.valueIDs) }
        }
        #expect(ids == [[-1, 0], [-1, 1], [-1, 0]])
    }

    @Test func writerQuotesOnlyWhenNeededAndRoundTrips() throws {
        let table = [["id", "text"], ["a", "plain"], ["b", "x, \"y\"\nz"], ["c", ""], ["d", " 内蒙古 "]]
        let text = CSVWriter.text(table)
        #expect(text.hasPrefix("id,text\r\na,plain\r\nb,\"x, \"\"y\"\"\nz\"\r\n"))
        #expect(try rows(text) == table)
    }
}
