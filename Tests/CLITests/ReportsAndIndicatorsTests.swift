import Foundation
import Testing

/// `--reports DIR` (and its setting) on validate, and `weibao indicators`, run as a user would.
/// The report is our own invented text.
@Suite(.enabled(if: CLI.available, "needs the built weibao binary"))
struct ReportsAndIndicatorsTests {
    static let report = "source: https://example.org/reports/hill-county\ntitle: 山岭县儿童工作简报（示例）\ndate: 2024-05\n山岭县建成儿童之家64个，少年法庭3个。\n"
    /// sha256sum of `report`.
    static let hash = "c1f7f120ef132aa9ba959e79f26fe4e282e57c54319330f2323f892cf7423ede"

    /// A folder with reports/hill.txt and data.json: two figures with spans, one with a citation only.
    static func fixture() throws -> String {
        let folder = CLI.folder()
        try FileManager.default.createDirectory(atPath: folder + "/reports", withIntermediateDirectories: true)
        try report.write(toFile: folder + "/reports/hill.txt", atomically: true, encoding: .utf8)
        let data = """
            { "sources": [ { "id": "hc", "outlet": "示例网", "headline": "山岭县儿童工作简报（示例）", "date": "2024-05",
                             "report": "hill.txt", "sha256": "\(hash)" } ],
              "figures": [
                { "id": "hc-homes", "province": "浙江", "system": "社会", "indicator": "儿童之家数", "text": "64 个",
                  "date": "2023", "source": "hc", "span": [4, 10, 3], "canonical": "children-homes" },
                { "id": "hc-courts", "province": "浙江", "system": "司法", "indicator": "少年法庭数", "text": "3 个",
                  "date": "2024-05", "source": "hc", "span": [4, 18, 2], "canonical": "juvenile-courts" },
                { "id": "hc-total", "province": "江苏", "system": "社会", "indicator": "儿童之家数", "text": "70 个",
                  "date": "2022", "source": "hc", "canonical": "children-homes" }
              ] }
            """
        try data.write(toFile: folder + "/data.json", atomically: true, encoding: .utf8)
        return folder
    }

    @Test func validateCountsTheFiguresCheckedAndNamesTheFolderToGive() throws {
        let folder = try Self.fixture()
        let without = try CLI.run(["validate", "data.json"], directory: folder)
        #expect(without.status == 0, "\(without.stderr)")
        #expect(without.stdout.contains("0 figures checked against report texts, 2 could not be (report texts not at hand: give the folder holding hill.txt with --reports DIR), 1 cite their source only"),
                "\(without.stdout)")
        for (args, env) in [(["--reports", "reports"], [:]), ([], ["WEIBAO_REPORTS": folder + "/reports"])] {
            let with = try CLI.run(["validate", "data.json"] + args, env: env, directory: folder)
            #expect(with.status == 0, "\(with.stderr)")
            #expect(with.stdout.contains("2 figures checked against report texts, 0 could not be, 1 cite their source only"), "\(with.stdout)")
        }
        // The config file's folder is where a relative `reports` path starts.
        try "reports = \"reports\"\n".write(toFile: folder + "/config.toml", atomically: true, encoding: .utf8)
        let configured = try CLI.run(["validate", "data.json"], env: ["WEIBAO_CONFIG": folder + "/config.toml"], directory: folder)
        #expect(configured.stdout.contains("2 figures checked"), "\(configured.stdout)\(configured.stderr)")
        let info = try CLI.run(["info"], env: ["WEIBAO_CONFIG": folder + "/config.toml"], directory: folder)
        #expect(info.stdout.contains("reports:   \(folder)/reports (config file)"), "\(info.stdout)")
    }

    @Test func aSpanThatMissesAndAChangedReportExitTwoWithTheirPlaces() throws {
        let folder = try Self.fixture()
        let data = try String(contentsOfFile: folder + "/data.json", encoding: .utf8)
        try data.replacingOccurrences(of: "[4, 18, 2]", with: "[4, 17, 2]").write(toFile: folder + "/data.json", atomically: true, encoding: .utf8)
        let missed = try CLI.run(["validate", "data.json", "--reports", "reports"], directory: folder)
        #expect(missed.status == 2)
        #expect(missed.stderr.hasPrefix("reports/hill.txt:4:17: figure \"hc-courts\" (data.json:7:50): "), "\(missed.stderr)")
        #expect(missed.stderr.contains("the report has \"庭3\" at its span, expected the figure's text \"3 个\" (it stands at column 18 of this line)"))

        try (Self.report + "补记。\n").write(toFile: folder + "/reports/hill.txt", atomically: true, encoding: .utf8)
        let changed = try CLI.run(["export", "--format", "csv", "--data", "data.json", "--reports", "reports"], directory: folder)
        #expect(changed.status == 2)
        #expect(changed.stderr.hasPrefix("data.json:2:50: report reports/hill.txt has changed since the source was recorded"), "\(changed.stderr)")
    }

    @Test func indicatorsListTheVocabularyWithCoverage() throws {
        let vocabulary = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: CLI.repository + "/Sources/Protection/Resources/indicators.json"))) as? [[String: Any]]
        let count = try #require(vocabulary).count

        let text = try CLI.run(["indicators"])
        #expect(text.status == 0, "\(text.stderr)")
        let lines = text.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("id ") == true)
        let courts = try #require(lines.first { $0.hasPrefix("juvenile-courts ") })
        #expect(courts.contains("少年法庭数") && courts.hasSuffix("1     1  内蒙古；2022"), "\(courts)")
        #expect(lines.last == "\(count) canonical indicators, \(count - lines.dropFirst().filter { $0.hasSuffix("  -") }.count) reported by at least one division")

        let folder = try Self.fixture()
        let json = try CLI.run(["indicators", "--format", "json", "--data", "data.json"], directory: folder)
        let items = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(items.count == count)
        let homes = try #require(items.first { $0["id"] as? String == "children-homes" })
        #expect(homes["figures"] as? Int == 2)
        #expect(homes["divisions"] as? [String] == ["江苏", "浙江"], "in code order")
        #expect(homes["years"] as? [String] == ["2022", "2023"])
        #expect(homes["unit"] as? String == "个" && homes["system"] as? String == "society")

        let csv = try CLI.run(["indicators", "--format", "csv", "--data", "data.json"], directory: folder)
        #expect(csv.stdout.hasPrefix("id,name,unit,system,figures,divisions,years,division_names,year_list,definition\r\n"))
        #expect(csv.stdout.contains("\r\njuvenile-courts,少年法庭数,个,judicial,1,1,1,浙江,2024,"))

        let markdown = try CLI.run(["indicators", "--format", "markdown"])
        #expect(markdown.stdout.hasPrefix("| id | 名称 | 单位 | 系统 | 定义 | 省份数 | 年数 | 省份 | 年份 |\n"))
        #expect(markdown.stdout.contains("| parent-school-rate | 家长学校开办率 | % | 家庭 |"))
        #expect(try CLI.run(["indicators", "--format", "yaml"]).status == 2)
    }

    /// docs/indicators.md's coverage table is the command's output, not written by hand.
    @Test func theIndicatorsDocShowsTheCurrentCoverage() throws {
        let doc = try String(contentsOfFile: CLI.repository + "/docs/indicators.md", encoding: .utf8)
        let begin = try #require(doc.range(of: "<!-- coverage: begin -->\n")), end = try #require(doc.range(of: "<!-- coverage: end -->"))
        let table = String(doc[begin.upperBound..<end.lowerBound])
        #expect(table == (try CLI.run(["indicators", "--format", "markdown"]).stdout),
                "docs/indicators.md is out of date: scripts/indicators-doc.sh")
    }
}
