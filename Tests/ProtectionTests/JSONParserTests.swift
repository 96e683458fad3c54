import Testing
@testable import Protection

@Suite struct JSONParserTests {
    func parse(_ text: String) throws -> JSONNode { try JSONParser.parse(text) }

    func error(_ text: String) -> SyntaxError? {
        do { _ = try JSONParser.parse(text); return nil } catch { return error }
    }

    func errorBytes(_ bytes: [UInt8]) -> SyntaxError? {
        do { _ = try JSONParser.parse(bytes); return nil } catch { return error }
    }

    @Test func keysAndValuesKeepLineAndColumnInCharacters() throws {
        let root = try parse("{\n  \"省份\": \"内蒙古\", \"n\": 1,\n  \"list\": [true, null]\n}")
        let members = try #require(root.members)
        #expect(root.position == TextPosition(line: 1, column: 1))
        #expect(members[0].key == "省份")
        #expect(members[0].keyPosition == TextPosition(line: 2, column: 3))
        // "省份" is four characters with its quotes, then ": ": the value starts at column 9.
        #expect(members[0].value.position == TextPosition(line: 2, column: 9))
        #expect(members[1].keyPosition == TextPosition(line: 2, column: 16))
        #expect(members[1].value.position == TextPosition(line: 2, column: 21))
        let list = try #require(members[2].value.elements)
        #expect(list[1].position == TextPosition(line: 3, column: 18))
        #expect(list[1].value == .null)
    }

    @Test func numbersStayAsTheirText() throws {
        let root = try parse(#"[329.55, 3295500, -0.5, 1e5, 2568000000123456789]"#)
        let values = try #require(root.elements).map(\.value)
        #expect(values == [.number("329.55"), .number("3295500"), .number("-0.5"), .number("1e5"), .number("2568000000123456789")])
    }

    @Test func escapesAndSurrogatePairs() throws {
        let root = try parse(#"["a\"b\\c\/\n\t", "\u5185\u8499\u53E4", "\uD83D\uDE00", "x\uD800y", "\uDC00", "\uD800\u0041"]"#)
        let strings = try #require(root.elements).map(\.string)
        #expect(strings[0] == "a\"b\\c/\n\t")
        #expect(strings[1] == "内蒙古")
        #expect(strings[2] == "😀")
        #expect(strings[3] == "x\u{FFFD}y")  // lone high surrogate
        #expect(strings[4] == "\u{FFFD}")  // lone low surrogate
        #expect(strings[5] == "\u{FFFD}A")  // high surrogate followed by a non-surrogate escape
    }

    @Test func truncatedInputSaysWhatWasExpected() {
        #expect(error("{\"a\": 1")?.description == "1:8: expected ',' or '}', found end of file")
        #expect(error("[1, 2")?.description == "1:6: expected ',' or ']', found end of file")
        #expect(error("")?.description == "1:1: expected a value, found end of file")
        #expect(error("{\"a\": \"内蒙")?.description == "1:10: expected '\"' to close the string opened at 1:7, found end of file")
    }

    @Test func unexpectedCharactersAreNamed() {
        #expect(error("{\"a\" 1}")?.description == "1:6: expected ':' after the key, found '1'")
        #expect(error("[tru]")?.description == "1:2: expected a value, found 'tru'")
        #expect(error("{\"a\": 1,}")?.description == "1:9: expected '\"' to open a key, found '}'")
        #expect(error("[1] x")?.description == "1:5: expected end of file after the top-level value, found 'x'")
        #expect(error("[01]")?.description == "1:2: number with a leading zero, expected 0 alone or a digit 1-9 first")
        #expect(error("[1.]")?.description == "1:4: expected a digit after '.', found ']'")
        #expect(error("[\"a\\x\"]")?.message.hasPrefix("unknown escape") == true)
        #expect(error("[\"a\nb\"]")?.description == "1:4: string opened at 1:2 runs into a line break, expected '\"' to close it or \\n inside it")
        #expect(error("[\"\u{1}\"]")?.description == "1:3: control character U+0001 inside a string, expected it escaped (\\n, \\t, \\u00XX)")
        #expect(error("[\"\\u12G4\"]")?.description == "1:7: expected four hex digits after \\u, found 'G4'")
    }

    @Test func invalidUTF8IsReportedWhereItStands() {
        // 内 is E5 86 85; the bad byte is the 4th character on line 2.
        let bytes: [UInt8] = Array("{\n\"内a".utf8) + [0xFF] + Array("\": 1}".utf8)
        #expect(errorBytes(bytes)?.description == "2:4: invalid UTF-8 byte 0xFF, expected UTF-8 text")
        let truncated: [UInt8] = Array("[\"".utf8) + [0xE5, 0x86]
        #expect(errorBytes(truncated)?.description == "1:3: incomplete UTF-8 sequence at byte 0xE5, expected UTF-8 text")
        let surrogate: [UInt8] = [0x5B, 0x22, 0xED, 0xA0, 0x80, 0x22, 0x5D]  // UTF-8 of U+D800 is not allowed
        #expect(errorBytes(surrogate)?.position == TextPosition(line: 1, column: 3))
    }

    @Test func byteOrderMarkIsSkippedAndNotCounted() throws {
        let root = try JSONParser.parse([0xEF, 0xBB, 0xBF] + Array("{\"a\": 1}".utf8))
        #expect(root.members?.first?.value.position == TextPosition(line: 1, column: 7))
    }

    @Test func deepNestingIsAnErrorNotACrash() {
        let deep = String(repeating: "[", count: 100_000)
        #expect(error(deep)?.message.hasPrefix("nesting deeper than") == true)
    }

    @Test func duplicateKeysAreKeptForTheChecker() throws {
        let root = try parse(#"{"a": 1, "a": 2}"#)
        #expect(root.members?.count == 2)
        #expect(root["a"]?.value == .number("1"))
    }
}
