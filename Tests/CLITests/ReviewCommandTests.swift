import Foundation
import Testing

/// `weibao review` without a terminal: `--accept-above` for scripts, `--keys` for the page's
/// keys with saves carried out, and a damaged candidates file refused.
@Suite(.enabled(if: CLI.available, "needs the built weibao binary"))
struct ReviewCommandTests {
    /// A report written for these tests, ingested into a candidates file in a fresh folder.
    static func candidates() throws -> String {
        let dir = CLI.folder()
        let text = """
            四川省召开未成年人保护工作新闻发布会
            2025年3月10日
            全省已建成儿童之家3200个，配备儿童主任1.8万名。
            省检察院去年发出督促监护令560份。

            """
        try text.write(toFile: dir + "/report.txt", atomically: true, encoding: .utf8)
        let r = try CLI.run(["ingest", "report.txt", "--format", "json", "-o", "c.json"], directory: dir)
        #expect(r.status == 0, "\(r.stderr)")
        return dir
    }

    @Test func acceptAboveWritesAValidDatasetAndMergesOnTheSecondRun() throws {
        let dir = try Self.candidates()
        let all = try CLI.run(["review", "c.json", "--accept-above", "0", "-o", "d.json"], directory: dir)
        #expect(all.status == 0, "\(all.stderr)")
        #expect(all.stdout.contains("accepted 3 of 3") && all.stdout.contains("3 added, 0 replaced, 3 figures in all"), "\(all.stdout)")
        let v = try CLI.run(["validate", "d.json"], directory: dir)
        #expect(v.status == 0, "\(v.stderr)")
        let again = try CLI.run(["review", "c.json", "--accept-above", "0.8", "-o", "d.json"], directory: dir)
        #expect(again.stdout.contains("0 added"), "the same ids replace, never duplicate: \(again.stdout)")
        #expect(again.stdout.contains("3 figures in all"))
        let none = try CLI.run(["review", "c.json", "--accept-above", "1", "-o", "e.json"], directory: dir)
        #expect(none.stdout.contains("accepted 0 of 3"))
    }

    @Test func keysDriveThePageAndSave() throws {
        let dir = try Self.candidates()
        let r = try CLI.run(["review", "c.json", "-o", "d.json", "--keys", "ax6s", "--size", "100x30"], directory: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("已保存到 d.json：新增 1 项"), "\(r.stdout)")
        let export = try CLI.run(["export", "--data", "d.json", "--format", "csv"], directory: dir)
        #expect(export.stdout.split(whereSeparator: \.isNewline).count == 2, "a header and the one accepted figure")
    }

    @Test func aSaveThatFailsExitsOneAndSaysWhy() throws {
        let dir = try Self.candidates()
        let r = try CLI.run(["review", "c.json", "-o", "/proc/d.json", "--keys", "as"], directory: dir)
        #expect(r.status == 1)
        #expect(r.stdout.contains("没有保存：cannot write /proc/d.json"), "\(r.stdout)")
    }

    @Test func damagedCandidatesAreRefusedWithTheirPlace() throws {
        let dir = CLI.folder()
        try "{ \"report\": \"r.txt\", \"figures\": [ { \"record\": 1 } ] }".write(toFile: dir + "/c.json", atomically: true, encoding: .utf8)
        let r = try CLI.run(["review", "c.json", "--accept-above", "0.9", "-o", "d.json"], directory: dir)
        #expect(r.status == 2)
        #expect(r.stderr.contains("c.json:1:"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir + "/d.json"))
        let bad = try CLI.run(["review", "c.json", "--accept-above", "2", "-o", "d.json"], directory: dir)
        #expect(bad.status == 2 && bad.stderr.contains("expected a confidence from 0 to 1"))
    }
}
