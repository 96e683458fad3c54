import Foundation
import Testing
@testable import Protection

/// Each kind of bad input yields its message at file:line:column, and nothing is loaded.
@Suite struct LoaderDiagnosticsTests {
    /// Loads `text` from a temporary `name` and returns the diagnostics as printed.
    func problems(_ text: String, named name: String = "data.json") -> [String] {
        let path = TestSupport.write(text, named: name)
        let report = TestSupport.loader.check(path: path)
        if !report.diagnostics.isEmpty { #expect(report.dataset == nil) }
        return report.diagnostics.map { $0.description.replacingOccurrences(of: path, with: name) }
    }

    func problems(figure: String) -> [String] {
        problems(TestSupport.dataset(figures: [figure]))
    }

    @Test func aGoodFigureLoadsWithItsQuoteLocated() throws {
        let path = TestSupport.write(TestSupport.dataset(figures: [TestSupport.figure()]), named: "data.json")
        let dataset = try TestSupport.loader.load(path: path)
        let f = try #require(dataset.figures.first)
        #expect(f.value == ExactNumber(significand: 919, scale: 1))
        #expect(f.unit == "%")
        #expect(f.province.code == 150000)
        #expect(f.system == .family)
        #expect(f.span?.startLine == 91)
    }

    @Test func unknownProvince() {
        // The figure is on line 8 of the generated file; "province" value at column 36.
        let out = problems(figure: TestSupport.figure(["province": "\"内蒙\""]))
        #expect(out.count == 1)
        #expect(out.first?.hasPrefix("data.json:8:36: unknown province \"内蒙\" (did you mean 内蒙古?), expected a full or short name") == true)
    }

    @Test func unknownSystem() {
        let out = problems(figure: TestSupport.figure(["system": "\"家教\""]))
        #expect(out == ["data.json:8:53: unknown system \"家教\", expected \(ReferenceNames.acceptedSystems)"])
    }

    @Test func badNumber() {
        let out = problems(figure: TestSupport.figure(["value": "1e5"]))
        #expect(out.count == 1)
        #expect(out.first?.contains("bad number \"1e5\" for value, expected plain decimal digits such as 3295500 or 91.9 (no exponent)") == true)
        #expect(out.first?.hasPrefix("data.json:8:") == true)
    }

    @Test func unitMismatchShowsWhatTheTextMeans() {
        let figure = TestSupport.figure(["text": "\"174 万人\"", "value": "174", "unit": "\"万人\"",
                                         "quote": "\"参加家长学校学习的家长人数达到174万人\""])
        let out = problems(figure: figure)
        #expect(out.count == 2)
        #expect(out.contains { $0.hasSuffix("value 174 does not match text \"174 万人\" (1740000 人), expected 1740000 or no value") })
        #expect(out.contains { $0.hasSuffix("unit \"万人\" does not match text \"174 万人\" (1740000 人), expected \"人\" or no unit") })
    }

    @Test func qualifierMustAgreeWithTheText() {
        let figure = TestSupport.figure(["text": "\"680 余份\"", "qualifier": "\"exact\"", "quote": "\"680余份家庭教育令\""])
        let out = problems(figure: figure)
        #expect(out.count == 1)
        #expect(out.first?.hasSuffix("qualifier exact does not match text \"680 余份\" (over), expected over, target or no qualifier") == true)
    }

    @Test func duplicateIdPointsAtTheFirstUse() {
        let text = TestSupport.dataset(figures: [TestSupport.figure(), TestSupport.figure()])
        let out = problems(text)
        #expect(out == ["data.json:9:13: duplicate id \"nm-rate\", first used at data.json:8:13, expected ids unique across the whole dataset"])
    }

    @Test func quoteMissingFromTheReport() {
        let out = problems(figure: TestSupport.figure(["quote": "\"全区家长学校开办率达到91.8%\""]))
        #expect(out.count == 1)
        let message = out.first ?? ""
        #expect(message.hasPrefix("data.json:8:"))
        #expect(message.contains("quote not found in seeds/000_179b4bc40b91436d.txt (lines 41–207): its first 14 characters match at 91:8, then the report has \"9%,参加家长学\" where the quote has \"8%\""))
    }

    @Test func unknownKeySuggestsTheNearestAndListsAll() {
        let out = problems(figure: TestSupport.figure(["valeu": "91.9"]))
        #expect(out.count == 1)
        #expect(out.first?.contains("unknown key \"valeu\" in figure (did you mean \"value\"?), expected one of: id, province, system") == true)
    }

    @Test func missingFieldAndWrongType() {
        let out = problems(figure: TestSupport.figure(["indicator": "<none>", "quote": "12"]))
        #expect(out.count == 2)
        #expect(out.contains { $0.hasPrefix("data.json:8:5: missing \"indicator\" in figure, expected what is measured") })
        #expect(out.contains { $0.contains("\"quote\" is a number, expected a string") })
    }

    @Test func truncatedJSON() {
        let text = TestSupport.dataset(figures: [TestSupport.figure()])
        let out = problems(String(text.dropLast(40)))
        #expect(out.count == 1)
        #expect(out.first?.hasPrefix("data.json:8:") == true)
        #expect(out.first?.hasSuffix("found end of file") == true)
    }

    @Test func invalidUTF8() {
        var bytes = Array(TestSupport.dataset(figures: [TestSupport.figure()]).utf8)
        let marker = Array("家长学校开办率\"".utf8)
        let start = (0...(bytes.count - marker.count)).first { Array(bytes[$0..<$0 + marker.count]) == marker }!
        bytes[start + 3] = 0xC0  // second character's lead byte
        let path = TestSupport.writeBytes(bytes, named: "data.json")
        // A few bad bytes in UTF-8 text load as U+FFFD, noted where the first stands.
        let report = TestSupport.loader.check(path: path)
        #expect(report.diagnostics.isEmpty)
        #expect(report.dataset?.figures.first?.indicator == "家\u{FFFD}\u{FFFD}\u{FFFD}学校开办率")
        let notes = report.replacedInvalidUTF8.map(\.description)
        #expect(notes.count == 1)
        #expect(notes.first?.hasSuffix("data.json:8:74: 1 invalid UTF-8 sequence, the first here (invalid UTF-8 byte 0xC0, expected UTF-8 text); shown as U+FFFD") == true)
    }

    /// JSON allows `\uD800` alone, but it is half of a UTF-16 pair and no character: it
    /// loads as U+FFFD, noted as invalid UTF-8 bytes are. A pair, and an escaped backslash
    /// before "uD800", are not lone surrogates.
    @Test func loneSurrogateEscapesAreNotedLikeInvalidUTF8() throws {
        let indicator = #""a\uD800b\udc00c\uD83D\uDE00d\\uD800""#
        let path = TestSupport.write(TestSupport.dataset(figures: [TestSupport.figure(["indicator": indicator])]), named: "data.json")
        let report = TestSupport.loader.check(path: path)
        #expect(report.diagnostics.isEmpty)
        #expect(report.dataset?.figures.first?.indicator == "a\u{FFFD}b\u{FFFD}c😀d\\uD800")
        let notes = report.replacedInvalidUTF8.map { $0.description.replacingOccurrences(of: path, with: "data.json") }
        #expect(notes == [#"data.json:8:74: 2 lone surrogate escapes, the first here (\uD800 without its other half, expected a \uD800–\uDBFF \uDC00–\uDFFF pair); shown as U+FFFD"#])
        // JSON Lines the same; CSV has no escapes, so its "\uD800" is six characters.
        let line = TestSupport.writeBytes(Array(#"{"a": "\uDBFF"}"#.utf8) + [0x0A], named: "x.jsonl")
        #expect(LoneSurrogates.find(Array(try String(contentsOfFile: line, encoding: .utf8).utf8))?.count == 1)
        #expect(LoneSurrogates.find(Array(#"{"a": "\uDBFF\uDFFF \u12"}"#.utf8)) == nil)
    }

    /// A NUL byte in UTF-8 text is named where it stands, even past the first 4 KB; only a
    /// file whose start is full of NULs or not UTF-8 is called UTF-16 or binary.
    @Test func aStrayNULIsNamedAsOne() {
        let text = Array(TestSupport.dataset(figures: (0..<60).map { TestSupport.figure(id: "f\($0)") }).utf8)
        for at in [200, text.count - 40] {
            var bytes = text
            bytes.insert(0, at: at)
            let message = TextEncoding.plainlyNotUTF8(bytes)?.message
            #expect(message == "NUL byte at byte offset \(at), expected UTF-8 text without NUL bytes")
        }
        var utf16: [UInt8] = []
        for u in String(decoding: text, as: UTF8.self).utf16 { utf16 += [UInt8(u & 0xFF), UInt8(u >> 8)] }
        #expect(TextEncoding.plainlyNotUTF8(utf16)?.message == "NUL byte: the file looks like UTF-16 or binary data, expected UTF-8 text")
        #expect(TextEncoding.plainlyNotUTF8([0x80, 0xFD, 0x41, 0x00, 0x41])?.message.hasPrefix("NUL byte: the file looks like UTF-16 or binary") == true)
        #expect(TextEncoding.plainlyNotUTF8(text) == nil)
    }

    @Test func badDatesAndIds() {
        let out = problems(figure: TestSupport.figure(id: "nm rate", ["date": "\"2022-02-30\""]))
        #expect(out.count == 2)
        #expect(out.contains { $0.contains("bad id \"nm rate\"") })
        #expect(out.contains { $0.contains("bad date \"2022-02-30\", expected a partial ISO date") })
    }

    @Test func unknownSourceListsKnownOnes() {
        let out = problems(figure: TestSupport.figure(["source": "\"nowhere\""]))
        #expect(out.count == 1)
        #expect(out.first?.contains("unknown source \"nowhere\", expected the id of a source record (known: nm)") == true)
    }

    @Test func allProblemsAreCollectedNotJustTheFirst() {
        let figures = [
            TestSupport.figure(id: "a", ["province": "\"Atlantis\""]),
            TestSupport.figure(id: "b", ["system": "\"x\""]),
            TestSupport.figure(id: "c", ["quote": "\"no such words\""]),
            TestSupport.figure(id: "a"),
        ]
        let out = problems(TestSupport.dataset(figures: figures))
        #expect(out.count == 4)
        #expect(out.map { $0.split(separator: ":")[1] } == ["8", "9", "10", "11"])
    }

    @Test func linesPastTheEndOfTheReport() {
        let source = #"{ "id": "far", "outlet": "x", "file": "seeds/000_179b4bc40b91436d.txt", "lines": [280, 400] }"#
        let out = problems(TestSupport.dataset(figures: [], extraSources: [source]))
        #expect(out.count == 1)
        #expect(out.first?.contains("lines 280–400 run past the end of seeds/000_179b4bc40b91436d.txt (289 lines)") == true)
    }

    @Test func sourceTextNotAtHandMeansQuotesUnchecked() throws {
        let source = #"{ "id": "away", "outlet": "x", "file": "reports/missing.txt" }"#
        let text = TestSupport.dataset(figures: [TestSupport.figure(["source": "\"away\"", "quote": "\"anything\""])],
                                       extraSources: [source])
        let path = TestSupport.write(text, named: "data.json")
        let report = TestSupport.loader.check(path: path)
        #expect(report.diagnostics.isEmpty)
        #expect(report.uncheckedSources.contains(UncheckedSource(id: "away", file: "reports/missing.txt")))
        #expect(report.dataset?.figures.first?.span == nil)
    }

    @Test func sourceTextNextToTheDatasetIsRead() throws {
        let folder = TestSupport.temporaryFolder()
        TestSupport.write("第一行\n全区共有 12 个站点。\n", named: "report.txt", in: folder)
        let source = #"{ "id": "local", "outlet": "x", "file": "report.txt" }"#
        let text = TestSupport.dataset(figures: [TestSupport.figure(["source": "\"local\"", "text": "\"12 个\"", "quote": "\"全区共有12个站点\""])],
                                       extraSources: [source])
        let path = TestSupport.write(text, named: "data.json", in: folder)
        let dataset = try DatasetLoader(currentDirectory: "/").load(path: path)
        #expect(dataset.figures.first?.span?.startLine == 2)
        let bad = text.replacingOccurrences(of: "全区共有12个站点", with: "全区共有13个站点")
        let badPath = TestSupport.write(bad, named: "data.json", in: TestSupport.temporaryFolder())
        _ = FileManager.default.createFile(atPath: (badPath as NSString).deletingLastPathComponent + "/report.txt",
                                       contents: Data("第一行\n全区共有 12 个站点。\n".utf8))
        #expect(DatasetLoader(currentDirectory: "/").check(path: badPath).diagnostics.count == 1)
    }

    @Test func csvProblemsCarryLineAndColumn() {
        let header = FigureExport.columns.joined(separator: ",")
        let rows = [
            "a,内蒙古自治区,150000,家庭保护,家长学校开办率,91.9,%,91.9%,exact,,,,2022-06,nm,《呼和浩特日报》,全区家长学校开办率达到91.9%",
            "b,内蒙,,家庭保护,x,,,12 人,,,,,,nm,,q",
            "c,内蒙古,150001,家庭,x,13,,12 人,,,,,2022-13,nm,,q",
            "a,内蒙古,,family,x,,,12 人,,,,,,nm,,q",
            "d,内蒙古,,family,x",
        ]
        let out = problems(([header] + rows).joined(separator: "\n") + "\n", named: "data.csv")
        #expect(out.contains("data.csv:3:3: unknown province \"内蒙\" (did you mean 内蒙古?), expected a full or short name, abbreviation, romanization, English name or GB/T 2260 code, such as 内蒙古自治区, 内蒙古, 蒙, Nei Mongol, Inner Mongolia or 150000"))
        #expect(out.contains("data.csv:4:7: province_code 150001 does not match province 内蒙古自治区, expected 150000"))
        #expect(out.contains("data.csv:4:19: value 13 does not match text \"12 人\" (12 人), expected 12 or no value"))
        #expect(out.contains { $0.hasPrefix("data.csv:4:32: bad date \"2022-13\"") })
        #expect(out.contains("data.csv:5:1: duplicate id \"a\", first used at data.csv:2:1, expected ids unique across the whole dataset"))
        #expect(out.contains { $0.hasPrefix("data.csv:6:1: row has 5 fields, expected 16 as in the header") })
        #expect(out.count == 6)
    }

    @Test func csvSyntaxAndHeaderProblems() {
        let unterminated = problems(FigureExport.columns.joined(separator: ",") + "\n\"a,b\n", named: "x.csv")
        #expect(unterminated == ["x.csv:3:1: expected '\"' to close the field opened at 2:1, found end of file"])
        let out = problems("id,provinse,system\n", named: "h.csv")
        #expect(out.contains { $0.hasPrefix("h.csv:1:4: unknown column \"provinse\"") })
        #expect(out.contains { $0.hasPrefix("h.csv:1:1: missing columns \"province\", \"indicator\", \"value\", \"unit\", expected at least province, system, indicator, value and unit (or text)") })
        #expect(out.count == 2)
    }

    @Test func folderMergesFilesInNameOrderAndCatchesDuplicatesAcrossThem() {
        let folder = TestSupport.temporaryFolder()
        TestSupport.write(TestSupport.dataset(figures: [TestSupport.figure()]), named: "a.json", in: folder)
        TestSupport.write(TestSupport.dataset(figures: []).replacingOccurrences(of: "\"id\": \"nm\"", with: "\"id\": \"nm2\""), named: "b.json", in: folder)
        TestSupport.write("ignored", named: "notes.txt", in: folder)
        let ok = TestSupport.loader.check(path: folder)
        #expect(ok.diagnostics.isEmpty)
        #expect(ok.files.map { ($0 as NSString).lastPathComponent } == ["a.json", "b.json"])
        TestSupport.write(TestSupport.dataset(figures: [TestSupport.figure()]).replacingOccurrences(of: "\"id\": \"nm\"", with: "\"id\": \"nm3\""), named: "c.json", in: folder)
        let bad = TestSupport.loader.check(path: folder).diagnostics.map(\.description)
        #expect(bad.count == 1)
        #expect(bad.first?.contains("c.json:8:13: duplicate id \"nm-rate\", first used at \(folder)/a.json:8:13") == true)
    }

    @Test func missingPathIsADiagnosticToo() {
        let out = TestSupport.loader.check(path: "/nonexistent/weibao.json").diagnostics.map(\.description)
        #expect(out == ["/nonexistent/weibao.json: no such file or folder, expected a .json or .csv file or a folder of them"])
    }
}
