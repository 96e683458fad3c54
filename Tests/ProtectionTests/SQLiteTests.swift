import Foundation
import Testing
@testable import Protection

/// weibao databases: export, load back through the loader's checks, damaged files, hostile
/// text, and review saves that two writers make at once.
@Suite struct SQLiteTests {
    func export(_ d: Dataset, named name: String = "figures.db") -> String {
        let path = (TestSupport.temporaryFolder() as NSString).appendingPathComponent(name)
        let all = Array(d.figures.indices)
        if case .failure(let e) = SQLiteExport.write(d, figures: all, filter: FigureFilter(), to: path) { Issue.record("\(e)") }
        return path
    }

    func problems(_ path: String) -> [String] { TestSupport.loader.check(path: path).diagnostics.map(\.description) }

    /// Spans are found again from report texts; compare the records without them.
    func plain(_ figures: [Figure]) -> [Figure] { figures.map { var f = $0; f.span = nil; return f } }

    @Test func theBuiltInDatasetComesBackRecordForRecord() throws {
        let d = try TestSupport.loader.loadEmbedded()
        let back = try TestSupport.loader.load(path: export(d))
        #expect(plain(back.figures) == plain(d.figures))
        #expect(back.sources == d.sources)
        #expect(back.measures.map(\.id) == d.measures.map(\.id) && back.events.map(\.decisions) == d.events.map(\.decisions))
        #expect(FigureExport.csv(back) == FigureExport.csv(d), "CSV → sqlite → load → CSV is byte-equal")
    }

    @Test func aCSVFileThroughADatabaseIsTheSameCSV() throws {
        // Starting from a CSV: its sources are known only by id and outlet.
        let csv = FigureExport.csv(try TestSupport.loader.loadEmbedded())
        let fromCSV = try TestSupport.loader.load(path: TestSupport.writeBytes(csv, named: "figures.csv"))
        let back = try TestSupport.loader.load(path: export(fromCSV))
        #expect(FigureExport.csv(back) == csv)
        #expect(back.sources.map(\.outlet) == fromCSV.sources.map(\.outlet))
    }

    @Test func valuesAreExactAndTheRealColumnSaysItIsNot() throws {
        let d = try TestSupport.loader.loadEmbedded()
        let path = export(d)
        let c = try SQLiteConnection(path: path, readOnly: true)
        let s = try c.prepare("SELECT value_significand, value_scale, value_real, text FROM figures WHERE value_scale > 0 LIMIT 1")
        #expect(try s.step())
        let exact = ExactNumber(significand: s.int(0), scale: UInt8(s.int(1)))
        #expect(Double(exact.description) == sqlite3Double(s))
        let schema = try c.prepare("SELECT sql FROM sqlite_master WHERE name = 'figures'")
        #expect(try schema.step())
        #expect(schema.text(0).contains("value_real REAL NOT NULL, -- the same value as binary floating point, for convenience: not exact"))
    }

    private func sqlite3Double(_ s: SQLiteStatement) -> Double { Double(s.text(2)) ?? .nan }

    @Test func hostileTextIsStoredAsTextAndComesBackAsItWas() throws {
        let hostile = "=HYPERLINK(\\\"x\\\")\\u0007 \\u202E反向"
        let json = TestSupport.dataset(figures: [TestSupport.figure(["indicator": "\"\(hostile)\""])])
        let d = try TestSupport.loader.load(path: TestSupport.write(json, named: "hostile.json"))
        let back = try TestSupport.loader.load(path: export(d))
        #expect(back.figures[0].indicator == d.figures[0].indicator)
        #expect(back.figures[0].indicator.hasPrefix("=HYPERLINK"))
        let c = try SQLiteConnection(path: export(d), readOnly: true)
        let s = try c.prepare("SELECT typeof(indicator) FROM figures")
        #expect(try s.step())
        #expect(s.text(0) == "text")
    }

    @Test func aRowThatBreaksARuleIsReportedAtItsTableRowAndColumn() throws {
        let d = try TestSupport.loader.loadEmbedded()
        let path = export(d)
        let c = try SQLiteConnection(path: path, readOnly: false)
        try c.execute("UPDATE figures SET value_significand = value_significand + 1 WHERE rowid = 2")
        try c.execute("UPDATE figures SET province = '火星' WHERE rowid = 3")
        try c.execute("UPDATE figures SET source = 'nowhere' WHERE rowid = 4")
        let out = problems(path)
        #expect(out.contains { $0.hasPrefix("\(path):figures:2:7: value ") && $0.contains("does not match text") }, "\(out)")
        #expect(out.contains { $0.hasPrefix("\(path):figures:3:2: unknown province \"火星\"") }, "\(out)")
        #expect(out.contains { $0.hasPrefix("\(path):figures:4:") && $0.contains("nowhere") }, "\(out)")
        #expect(out.count == 3)
    }

    @Test func filesThatAreNotWeibaoDatabasesAreOneClearError() throws {
        let folder = TestSupport.temporaryFolder()
        let text = TestSupport.write("id,province\n", named: "renamed.db", in: folder)
        #expect(problems(text).count == 1)
        #expect(problems(text).first?.contains("not a database") == true, "\(problems(text))")

        let other = (folder as NSString).appendingPathComponent("other.db")
        let c = try SQLiteConnection(path: other, readOnly: false)
        try c.execute("CREATE TABLE t (x)")
        #expect(problems(other) == ["\(other): no table \"meta\": not a weibao database, expected a database written by weibao export --format sqlite"])

        let d = try TestSupport.loader.loadEmbedded()
        let newer = export(d)
        try SQLiteConnection(path: newer, readOnly: false).execute("UPDATE meta SET value = '9' WHERE key = 'version'")
        #expect(problems(newer) == ["\(newer): meta version 9 is not supported, expected 1"])

        let truncated = export(d, named: "cut.db")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: truncated))
        try bytes.prefix(bytes.count / 3).write(to: URL(fileURLWithPath: truncated))
        let cut = problems(truncated)
        #expect(!cut.isEmpty && cut.allSatisfy { $0.hasPrefix(truncated) }, "\(cut)")
    }

    @Test func aColumnOfAnotherTypeOrUnknownIsNamed() throws {
        let d = try TestSupport.loader.loadEmbedded()
        let path = export(d)
        let c = try SQLiteConnection(path: path, readOnly: false)
        // A table of one's own, not STRICT, with a column weibao does not know.
        try c.execute("ALTER TABLE figures ADD COLUMN note TEXT")
        let out = problems(path)
        #expect(out == ["\(path):figures: unknown column \"note\", expected: " + SQLiteSchema.figureColumns.joined(separator: ", ")])
    }

    @Test func twoWritersSavingAtOnceLoseNothing() async throws {
        let d = try TestSupport.loader.loadEmbedded()
        let path = (TestSupport.temporaryFolder() as NSString).appendingPathComponent("review.db")
        let loader = TestSupport.loader
        // Two analysts, disjoint halves of the same report's figures, saving in several batches each.
        let seed = Array(d.figures.prefix(40))
        let halves = [Array(seed.enumerated().filter { $0.offset % 2 == 0 }.map(\.element)),
                      Array(seed.enumerated().filter { $0.offset % 2 == 1 }.map(\.element))]
        let sources = d.sources
        let failures = await withTaskGroup(of: Int.self) { group in
            for half in halves {
                group.addTask {
                    var failed = 0
                    for batch in stride(from: 0, to: half.count, by: 4) {
                        let part = Array(half[batch..<min(half.count, batch + 4)])
                        let cited = Set(part.map(\.sourceID))
                        if case .failure = ReviewStore.save(figures: part, sources: sources.filter { cited.contains($0.id) }, to: path, loader: loader) {
                            failed += 1
                        }
                    }
                    return failed
                }
            }
            return await group.reduce(0, +)
        }
        #expect(failures == 0)
        let back = try loader.load(path: path)
        #expect(Set(back.figures.map(\.id)) == Set(seed.map(\.id)))
        #expect(back.figures.count == seed.count)
    }

    @Test func aSaveThatWouldNotLoadLeavesTheDatabaseAsItWas() throws {
        let d = try TestSupport.loader.loadEmbedded()
        let path = (TestSupport.temporaryFolder() as NSString).appendingPathComponent("review.db")
        let first = Array(d.figures.prefix(3))
        let cited = Set(first.map(\.sourceID))
        guard case .success(let saved) = ReviewStore.save(figures: first, sources: d.sources.filter { cited.contains($0.id) }, to: path,
                                                          loader: TestSupport.loader) else { Issue.record("first save"); return }
        #expect(saved.added == 3 && saved.total == 3)
        var broken = d.figures[3]
        broken.sourceID = "no-such-source"
        guard case .failure(let e) = ReviewStore.save(figures: [broken], sources: [], to: path, loader: TestSupport.loader) else {
            Issue.record("a figure citing no source was saved"); return
        }
        #expect(e.description.contains("nothing was written"))
        #expect(try TestSupport.loader.load(path: path).figures.map(\.id) == first.map(\.id))
        // Saved again and then rejected: taken out, in the same transaction as the rest.
        guard case .success(let again) = ReviewStore.save(figures: [d.figures[4]], sources: d.sources.filter { $0.id == d.figures[4].sourceID },
                                                          removing: [first[0].id], to: path, loader: TestSupport.loader) else {
            Issue.record("second save"); return
        }
        #expect(again.added == 1 && again.total == 3)
    }
}
