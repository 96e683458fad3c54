import Foundation
import Testing

/// The database export as SQL users meet it (the sqlite3 shell), reviews saved into it, and
/// the smallest table a user can load.
@Suite(.enabled(if: CLI.available, "needs the built weibao binary"))
struct SQLiteAndFriendlyDataTests {
    static var sqlite3: String? {
        ["/usr/bin/sqlite3", "/usr/local/bin/sqlite3"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    func query(_ db: String, _ sql: String) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: try #require(Self.sqlite3))
        p.arguments = ["-batch", "-noheader", db, sql]
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    @Test func theSQLiteShellQueriesTheExport() throws {
        guard Self.sqlite3 != nil else {
            print("skipped: no sqlite3 command-line tool (apt-get install sqlite3)")
            return
        }
        let db = CLI.folder() + "/figures.db"
        #expect(try CLI.run(["export", "--format", "sqlite", "-o", db]).status == 0)
        let counts = try CLI.run(["validate"]).stdout
        let figures = try query(db, "SELECT count(*) FROM figures").trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(counts.contains(", \(figures) figures,"), "\(counts) vs \(figures)")
        // Keys between the tables: every figure's source is a source, every canonical id an indicator.
        #expect(try query(db, "SELECT count(*) FROM figures f LEFT JOIN sources s ON s.id = f.source WHERE s.id IS NULL") == "0\n")
        #expect(try query(db, "SELECT count(*) FROM figures WHERE canonical IS NOT NULL AND canonical NOT IN (SELECT id FROM indicators)") == "0\n")
        #expect(try query(db, "PRAGMA foreign_key_check") == "")
        // The exact value, and an index the planner uses for a province.
        let exact = try query(db, "SELECT value_significand || '/' || value_scale FROM figures WHERE text = '91.9%' LIMIT 1")
        #expect(exact == "919/1\n")
        let plan = try query(db, "EXPLAIN QUERY PLAN SELECT * FROM figures WHERE province = '河南'")
        #expect(plan.contains("figures_province"), "\(plan)")
        let byProvince = try query(db, "SELECT province, count(*) FROM figures GROUP BY province ORDER BY count(*) DESC LIMIT 1")
        #expect(byProvince.contains("|"))
    }

    @Test func aDatabaseSentToStandardOutputIsTheSameFile() throws {
        let db = CLI.folder() + "/figures.db"
        #expect(try CLI.run(["export", "--format", "sqlite", "-o", db]).status == 0)
        let piped = try CLI.run(["export", "--format", "sqlite"])
        #expect(piped.status == 0, "\(piped.stderr)")
        #expect(piped.stdout.hasPrefix("SQLite format 3"))
        #expect(Data(piped.stdout.utf8).count > 100_000)
    }

    @Test func reviewSavesIntoADatabase() throws {
        let folder = CLI.folder()
        let candidates = folder + "/candidates.json"
        let ingest = try CLI.run(["ingest", "seeds/000_179b4bc40b91436d.txt", "--format", "json", "-o", candidates])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        let db = folder + "/review.db"
        let first = try CLI.run(["review", candidates, "--accept-above", "0.8", "-o", db])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("added"), "\(first.stdout)")
        let again = try CLI.run(["review", candidates, "--accept-above", "0.8", "-o", db])
        #expect(again.stdout.contains("0 added"), "\(again.stdout)")
        let ids = try CLI.run(["export", "--format", "csv", "--data", db])
        #expect(ids.status == 0, "\(ids.stderr)")
        #expect(ids.stdout.split(separator: "\r\n").count > 1)
    }

    @Test func theSmallestTableLoadsAndValidateSaysWhatWasFilledIn() throws {
        let folder = CLI.folder()
        let file = folder + "/mine.csv"
        try Data("province,system,indicator,value,unit\r\n浙江,家庭,家长学校数,120,所\r\n河南,政府,儿童主任数,4500,人\r\n".utf8)
            .write(to: URL(fileURLWithPath: file))
        let r = try CLI.run(["validate", file])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("ok, 1 sources, 2 figures"))
        #expect(r.stderr.contains("filled in: id for 2 figures"))
        #expect(r.stderr.contains("filled in: text for 2 figures (written from value and unit)"))
        #expect(r.stderr.contains("filled in: source for 2 figures"))
        #expect(r.stderr.contains("warning: 2 figures give neither a quote nor a citation"), "\(r.stderr)")
        // The ids are stable: the same file gives the same ids every time.
        let a = try CLI.run(["export", "--format", "csv", "--data", file]).stdout
        let b = try CLI.run(["export", "--format", "csv", "--data", file]).stdout
        #expect(a == b && a.contains("\r\nf-"))
        #expect(a.contains(",120 所,"))

        try Data("province,system,indicator,value,unit\r\n浙江,家庭,家长学校数,120,所\r\n浙江,家庭,家长学校数,120,所\r\n".utf8)
            .write(to: URL(fileURLWithPath: file))
        let twice = try CLI.run(["validate", file])
        #expect(twice.status == 2)
        #expect(twice.stderr.contains("\(file):3:1: the same figure twice"), "\(twice.stderr)")
    }

    @Test func validateWithoutAPathChecksTheDataSetting() throws {
        let folder = CLI.folder()
        let file = folder + "/set.csv"
        try Data("province,system,indicator,value,unit\r\n浙江,家庭,家长学校数,120,所\r\n".utf8).write(to: URL(fileURLWithPath: file))
        let r = try CLI.run(["validate"], env: ["WEIBAO_DATA": file])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("\(file): ok, 1 sources, 1 figures"), "\(r.stdout)")
        try Data("province,system\r\n".utf8).write(to: URL(fileURLWithPath: file))
        #expect(try CLI.run(["validate"], env: ["WEIBAO_DATA": file]).status == 2)
    }
}
