import Foundation
import Testing
@testable import Protection

/// The dataset file the review page saves: written whole, merged without duplicates, checked
/// before it replaces the old one.
@Suite struct ReviewStoreTests {
    static let embedded = try! TestSupport.loader.loadEmbedded()

    /// Every record of the built-in dataset survives being written and read back.
    @Test func documentLoadsBackIntoTheSameRecords() throws {
        let d = Self.embedded
        let text = DatasetDocument.json(d)
        let back = try TestSupport.loader.load(bytes: Array(text.utf8), name: TestSupport.repository + "/x.json", format: .json)
        #expect(back.sources == d.sources)
        #expect(back.figures.count == d.figures.count)
        for (a, b) in zip(back.figures, d.figures) {
            var x = a, y = b
            x.span = nil
            y.span = nil
            #expect(x == y, "\(a.id)")
        }
        #expect(back.measures.map(\.id) == d.measures.map(\.id))
        #expect(back.measures.map(\.text) == d.measures.map(\.text))
        #expect(back.events.map(\.decisions) == d.events.map(\.decisions))
    }

    static func figures(_ ids: [String]) -> [Figure] {
        let base = Self.embedded.figures[0]
        return ids.map { id in
            var f = base
            f.id = id
            f.span = nil
            return f
        }
    }

    static var sources: [Source] {
        let id = figures(["x"])[0].sourceID
        return Self.embedded.sources.filter { $0.id == id }
    }

    @Test func savesMergesAndReplacesById() throws {
        let path = TestSupport.temporaryFolder() + "/reviewed.json"
        let loader = TestSupport.loader
        let first = try ReviewStore.save(figures: Self.figures(["r-1", "r-2"]), sources: Self.sources, to: path, loader: loader).get()
        #expect(first == ReviewSaved(path: path, added: 2, replaced: 0, total: 2))
        var changed = Self.figures(["r-2", "r-3"])
        changed[0].indicator = "改过的指标"
        let second = try ReviewStore.save(figures: changed, sources: Self.sources, to: path, loader: loader).get()
        #expect(second == ReviewSaved(path: path, added: 1, replaced: 1, total: 3))
        let d = try loader.load(path: path)
        #expect(d.figures.map(\.id) == ["r-1", "r-2", "r-3"])
        #expect(d.figures[1].indicator == "改过的指标")
        #expect(d.sources.count == 1, "a source is written once")
        let third = try ReviewStore.save(figures: [], sources: [], removing: ["r-1"], to: path, loader: loader).get()
        #expect(third.total == 2)
        #expect(try loader.load(path: path).figures.map(\.id) == ["r-2", "r-3"])
    }

    /// What is in the file already is kept: its measures and events, and sources of its own.
    @Test func keepsWhatTheFileHolds() throws {
        let folder = TestSupport.temporaryFolder()
        let path = folder + "/d.json"
        let held = DatasetDocument.json(sources: Self.embedded.sources, figures: [], measures: Array(Self.embedded.measures.prefix(3)),
                                        events: Array(Self.embedded.events.prefix(1)))
        try held.write(toFile: path, atomically: true, encoding: .utf8)
        _ = try ReviewStore.save(figures: Self.figures(["new-1"]), sources: Self.sources, to: path, loader: TestSupport.loader).get()
        let d = try TestSupport.loader.load(path: path)
        #expect(d.measures.count == 3 && d.events.count == 1 && d.sources.count == Self.embedded.sources.count)
        #expect(d.figures.map(\.id) == ["new-1"])
    }

    @Test func aFileWithProblemsIsLeftAsItIs() throws {
        let path = TestSupport.write("{ \"format\": \"weibao-dataset\", \"version\": 1, \"figures\": [ { \"id\": 3 } ] }", named: "bad.json")
        let before = try String(contentsOfFile: path, encoding: .utf8)
        let result = ReviewStore.save(figures: Self.figures(["r-1"]), sources: Self.sources, to: path, loader: TestSupport.loader)
        guard case .failure(let e) = result else { Issue.record("saved into a damaged file"); return }
        #expect(e.description.contains("bad.json:1:"), "names the first problem at its place: \(e)")
        #expect(e.description.contains("nothing was written"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == before)
    }

    @Test func aRecordThatWouldNotLoadIsNotWritten() throws {
        let folder = TestSupport.temporaryFolder()
        let path = folder + "/d.json"
        var f = Self.figures(["r-1"])[0]
        f.sourceID = "no-such-source"
        let result = ReviewStore.save(figures: [f], sources: [], to: path, loader: TestSupport.loader)
        guard case .failure(let e) = result else { Issue.record("wrote a dataset that does not load"); return }
        #expect(e.description.contains("unknown source"))
        #expect(!FileManager.default.fileExists(atPath: path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty, "no temporary file left")
    }

    @Test func anUnwritableFolderOrAnotherFormatIsRefused() {
        let loader = TestSupport.loader
        if case .success = ReviewStore.save(figures: Self.figures(["r-1"]), sources: Self.sources, to: "/proc/weibao-review.json", loader: loader) {
            Issue.record("wrote into /proc")
        }
        guard case .failure(let e) = ReviewStore.save(figures: [], sources: [], to: TestSupport.temporaryFolder() + "/d.csv", loader: loader) else {
            Issue.record("saved a .csv"); return
        }
        #expect(e.description.contains("expected a .json dataset file"))
    }
}
