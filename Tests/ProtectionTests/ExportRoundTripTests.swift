import Foundation
import Testing
@testable import Protection

@Suite struct ExportRoundTripTests {
    /// Records compare without spans: spans are derived from the report text, which a CSV
    /// file does not carry.
    func records(_ d: Dataset) -> [Figure] {
        d.figures.map { var f = $0; f.span = nil; return f }
    }

    /// A dataset touching every field: change, qualifiers, rates, quotes with commas and quotes.
    func sample() throws -> Dataset {
        let figures = [
            TestSupport.figure(),
            TestSupport.figure(id: "nm-dropouts", ["system": "\"学校\"", "indicator": "\"失学辍学学生\"", "text": "\"104 人\"",
                                                   "change": #"{ "from": "201 人", "date": "2021-06" }"#,
                                                   "quote": #""适龄儿童少年失学辍学学生由2021年6月的201人降至104人""#]),
            TestSupport.figure(id: "nm-orphans", ["system": "\"政府\"", "indicator": "\"集中供养孤儿保障标准\"", "text": "\"每人每月 2004 元\"",
                                                  "value": "\"2004\"", "unit": "\"元/人/月\"",
                                                  "quote": #""分别达到每人每月2004元、1712元""#]),
            TestSupport.figure(id: "nm-orders", ["system": "\"司法\"", "indicator": "\"家庭教育令\"", "text": "\"680 余份\"", "qualifier": "\"over\"",
                                                 "quote": #""680余份家庭教育令""#]),
            TestSupport.figure(id: "nm-students", ["system": "\"学校\"", "indicator": "\"资助学生\"", "text": "\"329.55 万人\"",
                                                   "value": "3295500", "quote": #""329.55万人""#]),
            TestSupport.figure(id: "nm-money", ["system": "\"学校\"", "indicator": "\"资助金额\"", "text": "\"25.68 亿元\"",
                                                "qualifier": "\"target\"", "quote": #""资助金额25.68亿元""#]),
        ]
        let path = TestSupport.write(TestSupport.dataset(figures: figures), named: "sample.json")
        return try TestSupport.loader.load(path: path)
    }

    @Test func csvExportLoadsBackToEqualRecords() throws {
        let dataset = try sample()
        #expect(dataset.figures.count == 6)
        let csv = FigureExport.csv(dataset)
        let path = TestSupport.writeBytes(csv, named: "export.csv")
        let back = try TestSupport.loader.load(path: path)
        #expect(records(back) == records(dataset))
        #expect(back.source(id: "nm")?.outlet == "《呼和浩特日报》")
        #expect(FigureExport.csv(back) == csv)
    }

    @Test func jsonExportLoadsBackToEqualRecords() throws {
        let dataset = try sample()
        let json = FigureExport.json(dataset)
        let path = TestSupport.writeBytes(json, named: "export.json")
        let back = try TestSupport.loader.load(path: path)
        #expect(records(back) == records(dataset))
        #expect(FigureExport.json(back) == json)
    }

    @Test func jsonExportHasExactNumbersAndAllFields() throws {
        let dataset = try sample()
        let root = try JSONParser.parse(FigureExport.json(dataset))
        let objects = try #require(root.elements)
        #expect(objects.count == 6)
        let students = try #require(objects.first { $0["id"]?.string == "nm-students" })
        #expect(students["value"]?.value == .number("3295500"))
        #expect(students["province"]?.string == "内蒙古自治区")
        #expect(students["province_code"]?.value == .number("150000"))
        #expect(students["system"]?.string == "学校保护")
        #expect(students["outlet"]?.string == "《呼和浩特日报》")
        #expect(students["change"]?.value == .null)
        let dropouts = try #require(objects.first { $0["id"]?.string == "nm-dropouts" })
        #expect(dropouts["change"]?["from"]?.value == .number("201"))
        #expect(dropouts["change"]?["from_text"]?.string == "201 人")
        #expect(dropouts["change"]?["date"]?.string == "2021-06")
        let rate = try #require(objects.first { $0["id"]?.string == "nm-rate" })
        #expect(rate["value"]?.value == .number("91.9"))
        #expect(students.members?.map(\.key) == ["id", "province", "province_code", "system", "indicator", "value", "unit",
                                                 "text", "qualifier", "change", "date", "source", "outlet", "quote"])
    }

    @Test func filtersByProvinceAndSystemNames() throws {
        let dataset = try sample()
        let school = try FigureFilter(province: "Inner Mongolia", system: "school")
        #expect(school.provinceIndex == Province.index(code: 150000))
        let rows = try CSVReader(FigureExport.csv(dataset, filter: school)).readAll()
        #expect(rows.count == 1 + 3)
        #expect(rows.dropFirst().allSatisfy { $0[3] == "学校保护" })
        let none = try FigureFilter(province: "河南", system: nil)
        #expect(FigureExport.json(dataset, filter: none) == Array("[]\n".utf8))
        #expect(throws: ProblemMessage.self) { try FigureFilter(province: "Atlantis", system: nil) }
        do {
            _ = try FigureFilter(province: nil, system: "家教")
            Issue.record("accepted")
        } catch {
            #expect(error.message.contains("家庭, 学校, 社会, 网络, 政府, 司法 or 综合"))
        }
    }

    @Test func csvWithSourcesDefinedInAJSONFileOfTheSameFolderChecksQuotes() throws {
        let dataset = try sample()
        let folder = TestSupport.temporaryFolder()
        let sourcesOnly = TestSupport.dataset(figures: [])
        TestSupport.write(sourcesOnly, named: "a-sources.json", in: folder)
        var csv = String(decoding: FigureExport.csv(dataset), as: UTF8.self)
        let loaded = try TestSupport.loader.load(path: { TestSupport.write(csv, named: "b.csv", in: folder); return folder }())
        #expect(loaded.figures.allSatisfy { $0.span != nil })
        csv = csv.replacingOccurrences(of: "680余份家庭教育令", with: "690余份家庭教育令")
        TestSupport.write(csv, named: "b.csv", in: folder)
        let out = TestSupport.loader.check(path: folder).diagnostics
        #expect(out.count == 1)
        #expect(out.first?.message.hasPrefix("quote not found") == true)
        // The quote is the row's last field.
        let row = try #require(csv.components(separatedBy: "\r\n").first { $0.contains("690余份") })
        #expect(out.first?.column == row.count - "690余份家庭教育令".count + 1)
    }
}
