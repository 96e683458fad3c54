import Foundation
import Testing

/// `weibao compare` and `weibao trend` over an invented dataset, as a user would run them.
@Suite(.enabled(if: CLI.available, "needs the built weibao binary"))
struct CompareAndTrendTests {
    /// Three divisions on children-homes (one over two years, with an earlier value and a qualifier).
    static func fixture() throws -> String {
        let folder = CLI.folder()
        let data = """
            { "sources": [ { "id": "ex", "outlet": "示例网", "headline": "儿童之家建设情况（示例）", "date": "2024-05" } ],
              "figures": [
                { "id": "zj-2022", "province": "浙江", "system": "社会", "indicator": "儿童之家数", "text": "300 个",
                  "date": "2022", "source": "ex", "canonical": "children-homes" },
                { "id": "zj-2023", "province": "浙江", "system": "社会", "indicator": "儿童之家数", "text": "400 余个",
                  "date": "2023", "source": "ex", "canonical": "children-homes", "change": { "from": "350 个", "date": "2022-06" } },
                { "id": "js-2022", "province": "江苏", "system": "社会", "indicator": "儿童之家数", "text": "800 个",
                  "date": "2022", "source": "ex", "canonical": "children-homes" },
                { "id": "ah-2021", "province": "安徽", "system": "社会", "indicator": "儿童之家数", "text": "100 个",
                  "date": "2021", "source": "ex", "canonical": "children-homes" }
              ] }
            """
        try data.write(toFile: folder + "/data.json", atomically: true, encoding: .utf8)
        return folder
    }

    @Test func compareRanksTheLatestFiguresThenTheDivisionsWithout() throws {
        let folder = try Self.fixture()
        let csv = try CLI.run(["compare", "children-homes", "--format", "csv", "--data", "data.json"], directory: folder)
        #expect(csv.status == 0, "\(csv.stderr)")
        let lines = csv.stdout.split(whereSeparator: \.isNewline).map(String.init)
        #expect(lines[0] == "rank,division,value,qualifier,written,unit,date,outlet,figure")
        #expect(lines[1] == "1,江苏,800,,800 个,个,2022,示例网,js-2022")
        #expect(lines[2] == "2,浙江,400,余,400 余个,个,2023,示例网,zj-2023", "the qualifier stays beside the exact value")
        #expect(lines[3] == "3,安徽,100,,100 个,个,2021,示例网,ah-2021")
        #expect(lines.count == 1 + 34 && lines[4].hasSuffix(",无数据,,,,"), "\(lines[4])")

        let text = try CLI.run(["compare", "children-homes", "--data", "data.json"], directory: folder)
        #expect(text.stdout.hasPrefix("儿童之家数") || text.stdout.contains("数据年份 2021–2023"), "\(text.stdout)")
        #expect(text.stdout.contains("数据年份 2021–2023"))
    }

    @Test func aYearNarrowsTheRanking() throws {
        let folder = try Self.fixture()
        let json = try CLI.run(["compare", "children-homes", "--year", "2022", "--format", "json", "--data", "data.json"], directory: folder)
        #expect(json.status == 0, "\(json.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: String]])
        #expect(rows.prefix(2).map { $0["figure"] } == ["js-2022", "zj-2022"])
        #expect(rows.count == 34 && rows[2]["written"] == "无数据")
        let bad = try CLI.run(["compare", "children-homes", "--year", "22", "--data", "data.json"], directory: folder)
        #expect(bad.status == 2 && bad.stderr.contains("four-digit year"), "\(bad.stderr)")
    }

    @Test func anIndicatorIsNamedByIdChineseNameOrInitials() throws {
        let folder = try Self.fixture()
        let byID = try CLI.run(["compare", "children-homes", "--format", "csv", "--data", "data.json"], directory: folder)
        let indicators = try CLI.run(["indicators", "--format", "csv"], directory: folder)
        let name = try #require(indicators.stdout.split(whereSeparator: \.isNewline).first { $0.hasPrefix("children-homes,") })
            .split(separator: ",")[1]
        let byName = try CLI.run(["compare", String(name), "--format", "csv", "--data", "data.json"], directory: folder)
        #expect(byName.status == 0 && byName.stdout == byID.stdout, "\(byName.stderr)")
        let unknown = try CLI.run(["compare", "children-home", "--data", "data.json"], directory: folder)
        #expect(unknown.status == 2)
        #expect(unknown.stderr.hasPrefix("weibao compare: unknown indicator \"children-home\"; the closest: children-homes ("),
                "\(unknown.stderr)")
        #expect(unknown.stdout.isEmpty)
    }

    @Test func trendListsThePointsWithTheirChanges() throws {
        let folder = try Self.fixture()
        let csv = try CLI.run(["trend", "浙江", "children-homes", "--format", "csv", "--data", "data.json"], directory: folder)
        #expect(csv.status == 0, "\(csv.stderr)")
        #expect(csv.stdout.split(whereSeparator: \.isNewline).map(String.init) == [
            "date,value,qualifier,written,change,kind,outlet,figure",
            "2022,300,,300 个,,figure,示例网,zj-2022",  // a cell opening with + is guarded against spreadsheet formulas
            "2022-06,350,,350 个,'+50 (+16.7%),earlier,示例网,zj-2023",
            "2023,400,余,400 余个,'+50 (+14.3%),figure,示例网,zj-2023",
        ])
        let markdown = try CLI.run(["trend", "Zhejiang", "children-homes", "--format", "markdown", "--data", "data.json"], directory: folder)
        #expect(markdown.stdout.contains("| 2023 | 400 | 余 | 400 余个 | +50 (+14.3%) |"), "\(markdown.stdout)")
        let none = try CLI.run(["trend", "北京", "children-homes", "--data", "data.json"], directory: folder)
        #expect(none.status == 1, "no points")
        let badPlace = try CLI.run(["trend", "Atlantis", "children-homes", "--data", "data.json"], directory: folder)
        #expect(badPlace.status == 2 && badPlace.stderr.hasPrefix("weibao trend: unknown province \"Atlantis\""), "\(badPlace.stderr)")
    }

    @Test func theBuiltInDatasetComparesEveryDivision() throws {
        let result = try CLI.run(["compare", "prosecutions-crimes-against-minors", "--format", "csv"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.split(whereSeparator: \.isNewline).count == 1 + 34)
    }
}
