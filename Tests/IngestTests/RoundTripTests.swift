import Foundation
import Testing
@testable import Ingest
import Protection

/// The dataset ingest writes loads cleanly, every quote located in the report.
@Suite struct RoundTripTests {
    func check(_ result: IngestResult, name: String) -> LoadReport {
        let bytes = IngestOutput.render(result, format: .dataset)
        let loader = DatasetLoader(currentDirectory: Support.repository.path)
        return loader.check(bytes: bytes, name: Support.repository.appendingPathComponent(name).path, format: .json)
    }

    @Test func seedDatasetValidates() throws {
        let result = Support.ingest(try Support.seedText(), file: Support.seedPath)
        let report = check(result, name: "ingested-seed.json")
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics.prefix(5).map(\.description))")
        let d = try #require(report.dataset)
        #expect(d.figures.count == result.figures.count && d.measures.count == result.measures.count && d.events.count == result.events.count)
        #expect(d.figures.allSatisfy { $0.span != nil } && d.measures.allSatisfy { $0.span != nil } && d.events.allSatisfy { $0.span != nil })
        #expect(report.uncheckedSources.isEmpty)
        // The sources are the three articles with their lines, headlines and outlets.
        #expect(d.sources.map(\.lines) == [1...39, 41...207, 209...286])
        #expect(d.sources.map(\.outlet) == ["《河南日报》", "《呼和浩特日报》", "人民网"])
        #expect(d.sources.map(\.headline) == ["河南省政府未成年人保护工作领导小组第二次全体会议召开",
                                             "内蒙古自治区召开未成年人保护工作新闻发布会", "海南召开全省未成年人保护工作推进会"])
        #expect(d.sources.map(\.date) == ["", "2022-06-15", "2022"])
    }

    @Test(arguments: ["zhejiang-annual-review", "sichuan-guizhou-page", "guangdong-traditional"])
    func fixtureDatasetValidates(_ name: String) throws {
        let file = "Tests/IngestTests/Fixtures/\(name).txt"
        let text = try String(contentsOf: Support.repository.appendingPathComponent(file), encoding: .utf8)
        let result = Support.ingest(text, file: file)
        let report = check(result, name: "ingested-\(name).json")
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics.prefix(5).map(\.description))")
        #expect(report.dataset?.figures.allSatisfy { $0.span != nil } == true)
    }

    @Test func csvAndReviewJSONLoadOrParse() throws {
        let result = Support.ingest(try Support.seedText(), file: Support.seedPath)
        let csv = IngestOutput.render(result, format: .csv)
        let report = DatasetLoader().check(bytes: csv, name: "ingested.csv", format: .csv)
        #expect(report.diagnostics.isEmpty)
        #expect(report.dataset?.figures.count == result.figures.count)
        let review = IngestOutput.render(result, format: .json)
        let object = try JSONSerialization.jsonObject(with: Data(review)) as? [String: Any]
        #expect((object?["figures"] as? [Any])?.count == result.figures.count)
        #expect((object?["skipped"] as? [Any])?.isEmpty == false)
    }

    @Test func traditionalQuotesStayAsPrinted() throws {
        let file = "Tests/IngestTests/Fixtures/guangdong-traditional.txt"
        let text = try String(contentsOf: Support.repository.appendingPathComponent(file), encoding: .utf8)
        let result = Support.ingest(text, file: file)
        let f = try #require(result.figures.first { $0.record.unit == "元/人/月" })
        #expect(f.record.quote.contains("標準"), "the quote is the report's own text: \(f.record.quote)")
        #expect(f.record.text == "每人每月 2130 元")
        #expect(f.record.province.shortName == "广东")
    }
}

@Suite struct OutputTests {
    @Test func jsonStringsAreEscaped() {
        #expect(IngestOutput.str("普通") == "\"普通\"")
        #expect(IngestOutput.str("a\"b\\c\nd\u{1}") == "\"a\\\"b\\\\c\\nd\\u0001\"")
    }
}

/// The review JSON reads back as candidates: the same figures, each with ingest's confidence
/// and rule, for the review page.
@Suite struct CandidateFileTests {
    static func write(_ text: String) -> String {
        let folder = NSTemporaryDirectory() + "weibao-candidates-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/candidates.json"
        FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
        return path
    }

    @Test(arguments: ["seed", "sichuan-guizhou-page", "zhejiang-annual-review"])
    func reviewOutputReadsBackAsCandidates(_ name: String) throws {
        let result: IngestResult
        if name == "seed" {
            result = Support.ingest(try Support.seedText(), file: Support.seedPath)
        } else {
            let file = "Tests/IngestTests/Fixtures/\(name).txt"
            result = Support.ingest(try String(contentsOf: Support.repository.appendingPathComponent(file), encoding: .utf8), file: file)
        }
        let path = Self.write(IngestOutput.review(result))
        let (report, set) = DatasetLoader(currentDirectory: Support.repository.path).checkCandidates(path: path)
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics.prefix(3).map(\.description))")
        let candidates = try #require(set)
        #expect(candidates.dataset.figures.map(\.id) == result.figures.map(\.record.id))
        #expect(candidates.candidates.map(\.confidence) == result.figures.map(\.confidence))
        #expect(candidates.candidates.map(\.rule) == result.figures.map(\.rule))
        #expect(candidates.candidates.map(\.canonicalConfidence) == result.figures.map(\.canonicalConfidence))
        #expect(candidates.candidates.map(\.line) == result.figures.map(\.line))
        #expect(candidates.dataset.figures.map(\.canonical) == result.figures.map(\.record.canonical))
    }

    @Test func aDamagedCandidatesFileNamesThePlace() {
        let text = """
        { "report": "r.txt", "encoding": "utf-8", "articles": [],
          "figures": [
            { "record": { "id": "x-1", "province": "火星", "system": "家庭", "indicator": "家长学校数", "text": "12所", "source": "x" },
              "confidence": 1.5, "rule": "r", "line": 1, "column": 1 }
          ] }
        """
        let path = Self.write(text)
        let (report, set) = DatasetLoader().checkCandidates(path: path)
        #expect(set == nil)
        let messages = report.diagnostics.map(\.description)
        #expect(messages.contains { $0.hasPrefix(path + ":3:44:") && $0.contains("火星") }, "\(messages)")
        #expect(messages.contains { $0.hasPrefix(path + ":4:") && $0.contains("confidence from 0 to 1") }, "\(messages)")
        let notJSON = Self.write("省份,体系\n")
        #expect(DatasetLoader().checkCandidates(path: notJSON).0.diagnostics.first?.description.hasPrefix(notJSON + ":1:1") == true)
    }
}
