import Foundation
import Testing
@testable import Protection

/// Sources that name a report file with its hash, figures that give a span into it: the
/// loader checks both when the reports folder is at hand. The reports here are our own
/// invented texts about an invented county.
@Suite struct ReportChecksTests {
    static let report = """
        source: https://example.org/reports/river-county-2023
        title: 河川县未成年人保护工作情况（示例）
        date: 2024-03-01
        河川县去年新建儿童之家128个，全县配备儿童主任2450名。

        各校家长学校开办率为96.5%，集中养育的孤儿每人每月1800元。
        另有 ９０ 所学校开设了法治课。
        """

    /// The same kind of text in traditional characters, as two of the real reports are.
    static let traditional = """
        source: https://example.org/reports/river-county-2022
        title: 河川縣未成年人保護工作情況（示例）
        date: 2023
        全縣共有兒童之家1.2萬個，兒童主任320餘名。
        """

    /// 1-based line and column (in scalars) of the first `needle` in `text`.
    static func place(of needle: String, in text: String) -> (line: Int, column: Int) {
        let lines = text.components(separatedBy: "\n")
        for (k, line) in lines.enumerated() {
            let s = Array(line.unicodeScalars), n = Array(needle.unicodeScalars)
            if s.count >= n.count, let c = (0...(s.count - n.count)).first(where: { Array(s[$0..<($0 + n.count)]) == n }) {
                return (k + 1, c + 1)
            }
        }
        Issue.record("\(needle) is not in the fixture")
        return (0, 0)
    }

    /// `"span": [line, column, length]` of `written` in `text`.
    static func span(_ written: String, in text: String, shift: Int = 0) -> String {
        let p = place(of: written, in: text)
        return "[\(p.line), \(p.column + shift), \(written.unicodeScalars.count)]"
    }

    struct Fixture {
        var folder: String
        var datasetPath: String
        var reportPath: String
    }

    /// A reports folder holding `text` as river.txt and a dataset beside it with `figures`.
    static func fixture(text: String = report, figures: [String], sha256: String? = nil, measures: [String] = [],
                        source: String? = nil) -> Fixture {
        let folder = TestSupport.temporaryFolder()
        let reports = (folder as NSString).appendingPathComponent("reports")
        try! FileManager.default.createDirectory(atPath: reports, withIntermediateDirectories: true)
        let reportPath = TestSupport.write(text, named: "river.txt", in: reports)
        let hash = sha256 ?? ReportHash.hex(Array(text.utf8))!
        let src = source ?? #"{ "id": "rc", "outlet": "示例网", "headline": "河川县未成年人保护工作情况（示例）", "date": "2024-03-01", "url": "https://example.org/reports/river-county-2023", "publisher": "河川县民政局", "kind": "civil-affairs", "report": "river.txt", "sha256": "\#(hash)" }"#
        let json = """
            {
              "sources": [
                \(src)
              ],
              "figures": [
                \(figures.joined(separator: ",\n    "))
              ],
              "measures": [\(measures.joined(separator: ", "))]
            }
            """
        return Fixture(folder: folder, datasetPath: TestSupport.write(json, named: "data.json", in: folder), reportPath: reportPath)
    }

    static func figure(_ id: String, text: String, span: String?, canonical: String? = nil, indicator: String = "儿童之家数") -> String {
        var fields = [#""id": "\#(id)""#, #""province": "浙江""#, #""system": "社会""#, #""indicator": "\#(indicator)""#,
                      #""text": "\#(text)""#, #""date": "2023""#, #""source": "rc""#]
        if let span { fields.append(#""span": \#(span)"#) }
        if let canonical { fields.append(#""canonical": "\#(canonical)""#) }
        return "{ " + fields.joined(separator: ", ") + " }"
    }

    static func load(_ f: Fixture, reports: Bool = true) -> LoadReport {
        DatasetLoader(currentDirectory: f.folder, reportsDirectory: reports ? (f.folder as NSString).appendingPathComponent("reports") : nil)
            .check(path: f.datasetPath)
    }

    @Test func aKnownSHA256() {
        #expect(ReportHash.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test func aSpanThatHoldsTheNumberLocatesItAsAQuoteWould() throws {
        let f = Self.fixture(figures: [
            Self.figure("homes", text: "128 个", span: Self.span("128个", in: Self.report), canonical: "children-homes"),
            Self.figure("directors", text: "2450 名", span: Self.span("2450名", in: Self.report), canonical: "child-directors",
                        indicator: "儿童主任数"),
            // Full-width digits and a space inside the span compare equal to the plain text.
            Self.figure("law-schools", text: "90 所", span: Self.span("９０ 所", in: Self.report), indicator: "开设法治课的学校"),
        ])
        let report = Self.load(f)
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        let dataset = try report.get()
        let homes = try #require(dataset.figures.first { $0.id == "homes" })
        let span = try #require(homes.span)
        let at = Self.place(of: "128个", in: Self.report)
        #expect(span.startLine == at.line && span.startColumn == at.column)
        #expect(span.endLine == at.line && span.endColumn == at.column + 3)
        // What the Detail page reads: the source's text under its file name, and the paragraph
        // around the span with the number marked.
        let source = try #require(dataset.source(id: "rc"))
        #expect(source.file == "river.txt" && source.report == "river.txt" && source.kind == .civilAffairs)
        #expect(source.url == "https://example.org/reports/river-county-2023" && source.publisher == "河川县民政局")
        let text = try #require(dataset.sourceTexts[source.file])
        let paragraph = text.paragraph(around: span, within: 1...text.lineCount)
        let marked = try #require(paragraph.highlight)
        let scalars = Array(paragraph.text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[marked])) == "128个")
        #expect(paragraph.text.contains("儿童主任") && !paragraph.text.contains("法治课"), "the paragraph ends at the blank line")
        #expect(report.figureChecks.checked == 3 && report.figureChecks.notChecked == 0)
        #expect(homes.canonical == "children-homes")
    }

    @Test func aSpanThatMissesTheNumberSaysWhatTheReportHasThere() {
        let f = Self.fixture(figures: [Self.figure("homes", text: "128 个", span: Self.span("128个", in: Self.report, shift: 2))])
        let report = Self.load(f)
        #expect(report.dataset == nil)
        let at = Self.place(of: "128个", in: Self.report)
        #expect(report.diagnostics.count == 1)
        let d = report.diagnostics[0]
        #expect(d.file == f.reportPath && d.line == at.line && d.column == at.column + 2)
        #expect(d.message.contains(#"the report has "8个，全""#), "\(d.message)")
        #expect(d.message.contains(#"expected the figure's text "128 个""#))
        #expect(d.message.contains("(it stands at column \(at.column) of this line)"))
        #expect(d.message.contains("\(f.datasetPath):"), "names the figure's place in the dataset")
    }

    @Test func aSpanOutsideTheReportIsReportedAtTheSpan() {
        let f = Self.fixture(figures: [Self.figure("homes", text: "128 个", span: "[40, 1, 4]")])
        let report = Self.load(f)
        let d = report.diagnostics.first
        #expect(d?.file == f.datasetPath)
        #expect(d?.message.hasPrefix("span [40, 1, 4] runs outside") == true, "\(String(describing: d))")
        #expect(d?.message.contains("it has 7 lines") == true)
    }

    @Test func aReportThatChangedIsReportedAtItsHash() {
        let stale = String(repeating: "0", count: 64)
        let f = Self.fixture(figures: [Self.figure("homes", text: "128 个", span: Self.span("128个", in: Self.report))], sha256: stale)
        let report = Self.load(f)
        #expect(report.diagnostics.count == 1, "only the hash: the spans of a changed file are not checked")
        let d = report.diagnostics.first
        let json = (try? String(contentsOfFile: f.datasetPath, encoding: .utf8)) ?? ""
        let at = Self.place(of: "\"\(stale)\"", in: json)
        #expect(d?.file == f.datasetPath && d?.line == at.line && d?.column == at.column)
        #expect(d?.message.contains("has changed since the source was recorded") == true)
        #expect(d?.message.contains(ReportHash.hex(Array(Self.report.utf8))!) == true, "says the file's hash")
    }

    @Test func traditionalCharactersFoldToTheSimplifiedText() throws {
        let f = Self.fixture(text: Self.traditional, figures: [
            Self.figure("homes", text: "1.2 万个", span: Self.span("1.2萬個", in: Self.traditional), canonical: "children-homes"),
            Self.figure("directors", text: "320 余名", span: Self.span("320餘名", in: Self.traditional), indicator: "儿童主任数"),
        ])
        let report = Self.load(f)
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        let dataset = try report.get()
        #expect(dataset.figures.map(\.value.description) == ["12000", "320"])
        #expect(dataset.figures.allSatisfy { $0.span != nil })
    }

    @Test func withoutTheReportsFolderSpansAreCountedAsNotChecked() throws {
        let f = Self.fixture(figures: [Self.figure("homes", text: "128 个", span: Self.span("128个", in: Self.report))])
        let report = Self.load(f, reports: false)
        let dataset = try report.get()
        let at = Self.place(of: "128个", in: Self.report)
        #expect(dataset.figures[0].span == nil && dataset.figures[0].reportSpan == ReportSpan(line: at.line, column: at.column, length: 4))
        #expect(report.figureChecks.checked == 0 && report.figureChecks.notChecked == 1)
        #expect(report.figureChecks.missingReports == ["river.txt"])
        #expect(report.uncheckedSources == [UncheckedSource(id: "rc", file: "river.txt", report: "river.txt")])
        #expect(dataset.source(id: "rc")?.file == "river.txt", "the citation names the report file")
    }

    @Test func aCanonicalIdMustExistAndItsUnitFit() {
        let f = Self.fixture(figures: [
            Self.figure("homes", text: "128 个", span: nil, canonical: "children-home"),
            Self.figure("directors", text: "2450 户", span: nil, canonical: "child-directors", indicator: "儿童主任数"),
            Self.figure("rate", text: "96.5%", span: nil, canonical: "parent-school-rate", indicator: "家长学校开办率"),
        ])
        let report = Self.load(f)
        let messages = report.diagnostics.map(\.message)
        #expect(report.diagnostics.count == 2, "\(messages)")
        #expect(messages.first?.hasPrefix(#"unknown canonical indicator "children-home", expected an id of docs/indicators.md (closest: children-homes"#) == true,
                "\(messages)")
        #expect(messages.last?.contains(#"canonical indicator "child-directors" (儿童主任数) is counted in 人, the figure's unit is 户, expected a figure in 人, 名"#) == true,
                "\(messages)")
        let json = (try? String(contentsOfFile: f.datasetPath, encoding: .utf8)) ?? ""
        let at = Self.place(of: "\"children-home\"", in: json)
        #expect(report.diagnostics.first?.line == at.line && report.diagnostics.first?.column == at.column)
    }

    @Test func unitFamilies() {
        #expect(UnitFamily.fits("名", indicatorUnit: "人") && UnitFamily.fits("所", indicatorUnit: "个"))
        #expect(UnitFamily.fits("件", indicatorUnit: "份") && UnitFamily.fits("元/人/月", indicatorUnit: "元/人/月"))
        #expect(!UnitFamily.fits("人次", indicatorUnit: "人") && !UnitFamily.fits("%", indicatorUnit: "个"))
        #expect(!UnitFamily.fits("人", indicatorUnit: "个"))
    }

    @Test func aFigureWithOnlyACitationOrOnlyAnOutletLoads() throws {
        let cited = Self.fixture(figures: [Self.figure("homes", text: "128 个", span: nil)])
        let report = Self.load(cited, reports: false)
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        #expect(report.figureChecks.citationOnly == 1 && report.figureChecks.checked == 0 && report.figureChecks.notChecked == 0)

        let uncited = Self.fixture(figures: [Self.figure("homes", text: "128 个", span: nil)],
                                   source: #"{ "id": "rc", "outlet": "示例网" }"#)
        // Only an outlet to go by: it loads, cited by that alone (a JSON source always has one;
        // CSV rows with neither source nor outlet are the 无出处 case, in FriendlyDataTests).
        let loaded = Self.load(uncited)
        #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics)")
        #expect(loaded.figureChecks.uncited == 0 && loaded.figureChecks.citationOnly == 1)
        #expect(loaded.dataset.map { $0.isUncited($0.figures[0]) } == false)
    }

    @Test func aMeasureLineMustLieInTheReportAndStandsForItsPlace() throws {
        let measure = { (line: Int) in #"{ "id": "m", "province": "浙江", "system": "社会", "text": "新建儿童之家", "source": "rc", "line": \#(line) }"# }
        let good = try Self.load(Self.fixture(figures: [], measures: [measure(4)])).get()
        #expect(good.measures[0].span?.startLine == 4 && good.measures[0].span?.startColumn == 1)
        let f = Self.fixture(figures: [], measures: [measure(9)])
        let bad = Self.load(f)
        #expect(bad.diagnostics.first?.message == "line 9 is past the end of \(f.reportPath) (7 lines), expected the line where the record stands")
        #expect(bad.diagnostics.first?.file == f.datasetPath)
    }

    @Test func sourceFieldsAreChecked() {
        let bad = [
            (#"{ "id": "rc", "outlet": "o", "report": "a/river.txt", "sha256": "\#(String(repeating: "a", count: 64))" }"#, "is a path"),
            (#"{ "id": "rc", "outlet": "o", "report": "river.txt" }"#, #"missing "sha256""#),
            (#"{ "id": "rc", "outlet": "o", "sha256": "\#(String(repeating: "a", count: 64))" }"#, #""sha256" without "report""#),
            (#"{ "id": "rc", "outlet": "o", "report": "river.txt", "sha256": "xyz" }"#, "is not a SHA-256"),
            (#"{ "id": "rc", "outlet": "o", "kind": "ministry" }"#, #"unknown kind "ministry", expected one of: procuratorate, court, civil-affairs, government, other"#),
            (#"{ "id": "rc", "outlet": "o", "publisher": "" }"#, #"empty "publisher""#),
        ]
        for (source, expected) in bad {
            let messages = Self.load(Self.fixture(figures: [], source: source)).diagnostics.map(\.message)
            #expect(messages.contains { $0.contains(expected) }, "\(source): \(messages)")
        }
    }
}
