import Foundation
import Testing
@testable import Ingest
import Protection

/// ingest against hand-made answers: the curated seed dataset, and reports written for these
/// tests. Recall and precision of figures by (province, value, unit), accuracy of the system.
@Suite struct QualityTests {
    @Test func seedAgainstTheCuratedDataset() throws {
        let result = Support.ingest(try Support.seedText(), file: Support.seedPath)
        let curated = try DatasetLoader().loadSeed()
        let q = Quality(found: Quality.keys(result.figures.map(\.record)), expected: Quality.keys(curated.figures))
        print("ingest quality, seed (\(Support.seedPath)): \(q)")
        #expect(q.recall >= 0.95, "recall \(q)")
        #expect(q.precision >= 0.90, "precision \(q)")
        #expect(q.accuracy >= 0.85, "system accuracy \(q)")
    }

    static let fixtures = ["zhejiang-annual-review", "sichuan-guizhou-page", "guangdong-traditional", "hubei-gb18030"]

    @Test(arguments: fixtures)
    func fixture(_ name: String) throws {
        let bytes = try [UInt8](Data(contentsOf: Support.fixtures.appendingPathComponent(name + ".txt")))
        let result = try Ingester(options: IngestOptions(file: "Tests/IngestTests/Fixtures/\(name).txt")).run(bytes: bytes)
        let expected = try ExpectedFigure.load(name + ".expected.tsv")
        let q = Quality(found: Quality.keys(result.figures.map(\.record)), expected: expected.map { ($0.key, $0.system) })
        print("ingest quality, \(name): \(q)")
        #expect(q.recall >= 0.95, "\(name): \(q)")
        #expect(q.precision >= 0.90, "\(name): \(q)")
        #expect(q.accuracy >= 0.85, "\(name): \(q)")
        // Qualifiers and changes, where the answer gives them.
        for e in expected {
            guard let f = result.figures.map(\.record).first(where: { $0.provinceIndex == e.key.province && $0.value == e.key.value && $0.unit == e.key.unit }) else { continue }
            #expect(f.qualifier == e.qualifier, "\(name): \(f.text) read as \(f.qualifier), expected \(e.qualifier)")
            #expect(f.change?.from == e.changeFrom, "\(name): \(f.text) change \(String(describing: f.change?.fromText)), expected \(String(describing: e.changeFrom))")
        }
    }

    @Test func allFixturesTogether() throws {
        var found: [(Quality.Key, ProtectionSystem)] = [], expected: [(Quality.Key, ProtectionSystem)] = []
        for name in Self.fixtures {
            let bytes = try [UInt8](Data(contentsOf: Support.fixtures.appendingPathComponent(name + ".txt")))
            found += Quality.keys(try Ingester(options: IngestOptions(file: name)).run(bytes: bytes).figures.map(\.record))
            expected += try ExpectedFigure.load(name + ".expected.tsv").map { ($0.key, $0.system) }
        }
        let q = Quality(found: found, expected: expected)
        print("ingest quality, all \(Self.fixtures.count) fixtures: \(q)")
        #expect(q.recall >= 0.95 && q.precision >= 0.90 && q.accuracy >= 0.85, "\(q)")
    }
}
