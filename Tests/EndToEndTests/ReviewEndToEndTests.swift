import Foundation
import Testing

/// `weibao review` in a real terminal: ingest a report, accept three candidates, save, and
/// find them in `weibao export`; a fourth decision left unsaved is asked about and dropped.
@Suite(.serialized, .enabled(if: Tmux.available, "needs tmux and the built weibao binary"))
struct ReviewEndToEndTests {
    let bin = Tmux.binary ?? "weibao"

    /// A short report written for this test.
    static let report = """
        四川省召开未成年人保护工作新闻发布会
        2025年3月10日
        全省已建成儿童之家3200个，配备儿童主任1.8万名。
        省检察院去年发出督促监护令560份。
        全省中小学家长学校开办率达到95.5%。

        """

    @Test func reviewThreeCandidatesAndExportThem() throws {
        let t = try Tmux(width: 100, height: 30)
        try Self.report.write(toFile: t.folder + "/report.txt", atomically: true, encoding: .utf8)
        try t.type("\(bin) ingest report.txt --format json -o c.json 2>/dev/null; echo INGEST=$?")
        try t.waitFor { $0.contains("INGEST=0") }
        try t.type("clear; \(bin) review c.json -o out.json; echo EXIT=$?")
        try t.waitFor { $0.contains("候选 4 项") && $0.contains("待审 4") }
        try t.send("a", "a", "a")
        try t.waitFor { $0.contains("采用 3") && $0.contains("未保存 3") }
        try t.send("s")
        try t.waitFor { $0.contains("已保存到 out.json：新增 3 项") && $0.contains("未保存 0") }
        // The fourth accepted but not saved: q asks, y leaves without it.
        try t.send("a", "q")
        try t.waitFor { $0.contains("有 1 项决定未保存") }
        try t.send("y")
        try t.waitFor { $0.contains("EXIT=0") }
        try t.type("clear; \(bin) export --data out.json --format csv; echo EXPORT=$?")
        let exported = try t.waitFor { $0.contains("EXPORT=0") }
        #expect(exported.contains("3200") && exported.contains("18000") && exported.contains("560"), "\(exported)")
        #expect(!exported.contains("95.5"), "the unsaved fourth is not in the file")
        let validated = try Tmux.run([bin, "validate", t.folder + "/out.json"])
        #expect(validated.status == 0, "\(validated.output)")
    }
}
