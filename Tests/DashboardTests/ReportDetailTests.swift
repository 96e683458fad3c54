import Foundation
import Testing
@testable import Dashboard
@testable import Protection

/// Detail for a figure that gives a span into a report file instead of a quote: with the
/// report at hand (`--reports DIR`) it shows the paragraph with the number marked, without
/// it the citation and how to provide the text. The report is our own invented text.
@Suite struct ReportDetailTests {
    static let report = """
        source: https://example.org/reports/river-county-2023
        title: 河川县未成年人保护工作情况（示例）
        date: 2024-03-01
        河川县去年在各村新建儿童之家128个，覆盖全部行政村。

        全县配备儿童主任2450名，每季度轮训一次。
        """

    /// A reports folder holding `report` as river.txt, and a dataset beside it whose one
    /// figure points at 128个 on line 4.
    static let folder: String = {
        let folder = NSTemporaryDirectory() + "weibao-report-detail-\(getpid())"
        let reports = folder + "/reports"
        try! FileManager.default.createDirectory(atPath: reports, withIntermediateDirectories: true)
        try! report.write(toFile: reports + "/river.txt", atomically: true, encoding: .utf8)
        let hash = ReportHash.hex(Array(report.utf8))!
        let json = """
            {
              "sources": [
                { "id": "rc", "outlet": "示例网（转载）", "headline": "河川县未成年人保护工作情况（示例）", "date": "2024-03-01",
                  "url": "https://example.org/reports/river-county-2023", "publisher": "河川县民政局",
                  "kind": "civil-affairs", "report": "river.txt", "sha256": "\(hash)" }
              ],
              "figures": [
                { "id": "rc-homes", "province": "浙江", "system": "社会", "indicator": "儿童之家数", "text": "128个",
                  "date": "2023", "source": "rc", "span": [4, 15, 4], "canonical": "children-homes" }
              ]
            }
            """
        try! json.write(toFile: folder + "/data.json", atomically: true, encoding: .utf8)
        return folder
    }()

    static func catalog(reports: Bool) throws -> Catalog {
        let loader = DatasetLoader(currentDirectory: folder, reportsDirectory: reports ? folder + "/reports" : nil)
        return Catalog(try loader.load(path: folder + "/data.json"))
    }

    @Test func withoutTheReportItShowsTheCitationAndHowToProvideIt() throws {
        let catalog = try Self.catalog(reports: false)
        let s = screen("<Enter><Enter>", width: 80, height: 24, catalog: catalog)
        let text = SnapshotEncoder.text(s)
        #expect(rowsAreExactWidth(s))
        for part in ["河川县民政局", "2024-03-01", "https://example.org/reports/river-county-2023", "river.txt",
                     "第 4 行第 15 列", "儿童之家数", "children-homes", "报告原文不在手边", "--reports", "reports = "] {
            #expect(text.contains(part), "\(part)")
        }
        #expect(!text.contains("覆盖全部行政村"), "no paragraph without the text")
        expectGolden(text, "detail-report-absent-80x24.txt")
    }

    @Test func withTheReportItMarksTheNumberInItsParagraph() throws {
        let catalog = try Self.catalog(reports: true)
        let s = screen("<Enter><Enter>", width: 80, height: 24, catalog: catalog)
        let text = SnapshotEncoder.text(s)
        #expect(rowsAreExactWidth(s))
        #expect(text.contains("覆盖全部行政村"))
        #expect(!text.contains("报告原文不在手边"))
        let marked = (0..<s.height).flatMap { y in s.row(y).filter { $0.style.role == .quoteMark && $0.width > 0 }.map { String($0.char) } }.joined()
        #expect(marked == "128个")
        expectGolden(text, "detail-report-at-hand-80x24.txt")
    }

    /// A user's smallest table (province, system, indicator, value, unit): nothing says where
    /// the figure comes from, and Detail says so instead of leaving the source blank.
    @Test func aFigureWithoutQuoteOrCitationIsMarked无出处() throws {
        let csv = "province,system,indicator,value,unit\r\n浙江,家庭,家长学校数,120,所\r\n"
        let path = Self.folder + "/mine.csv"
        try csv.write(toFile: path, atomically: true, encoding: .utf8)
        let catalog = Catalog(try DatasetLoader(currentDirectory: Self.folder).load(path: path))
        let s = screen("<Enter><Enter>", width: 80, height: 24, catalog: catalog)
        let text = SnapshotEncoder.text(s)
        #expect(rowsAreExactWidth(s))
        #expect(text.contains("家长学校数") && text.contains("120 所"))
        #expect(text.contains("无出处"), "\(text)")
        let marked = (0..<s.height).flatMap { y in s.row(y).filter { $0.style.role == .error && $0.width > 0 }.map { String($0.char) } }.joined()
        #expect(marked == "无出处")
        // A figure with a quote or a report place is never marked.
        #expect(!SnapshotEncoder.text(screen("<Enter><Enter>", width: 80, height: 24, catalog: try Self.catalog(reports: false))).contains("无出处"))
    }
}
