import Foundation
@testable import Ingest
import Protection

enum Support {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let seedPath = "seeds/000_179b4bc40b91436d.txt"

    static func ingest(_ text: String, file: String = "report.txt", province: String? = nil, date: String? = nil) -> IngestResult {
        Ingester(options: IngestOptions(province: province, date: date, file: file)).run(text: text)
    }

    static func seedText() throws -> String {
        try String(contentsOf: repository.appendingPathComponent(seedPath), encoding: .utf8)
    }
}

/// Figures compared by (province, value, unit); the system checked on those that match.
struct Quality: CustomStringConvertible {
    struct Key: Hashable {
        var province: Int
        var value: ExactNumber
        var unit: String
    }

    var expected = 0
    var found = 0
    var matched = 0
    var systemRight = 0
    var misses: [String] = []
    var extras: [String] = []
    var wrongSystems: [String] = []

    init(found: [(Key, ProtectionSystem)], expected: [(Key, ProtectionSystem)]) {
        self.expected = expected.count
        self.found = found.count
        var pool = found
        for (key, system) in expected {
            // Prefer a candidate with the same system when a key repeats (two 34 个 in the seed).
            if let i = pool.firstIndex(where: { $0.0 == key && $0.1 == system }) ?? pool.firstIndex(where: { $0.0 == key }) {
                matched += 1
                if pool[i].1 == system { systemRight += 1 } else {
                    wrongSystems.append("\(key.value) \(key.unit): \(pool[i].1.shortName), expected \(system.shortName)")
                }
                pool.remove(at: i)
            } else {
                misses.append("\(Province.all[key.province].shortName) \(key.value) \(key.unit)")
            }
        }
        extras = pool.map { "\(Province.all[$0.0.province].shortName) \($0.0.value) \($0.0.unit)" }
    }

    var recall: Double { expected == 0 ? 1 : Double(matched) / Double(expected) }
    var precision: Double { found == 0 ? 1 : Double(matched) / Double(found) }
    var accuracy: Double { matched == 0 ? 1 : Double(systemRight) / Double(matched) }

    static func percent(_ x: Double) -> String { String(format: "%.1f%%", x * 100) }

    var description: String {
        "recall \(Self.percent(recall)) (\(matched)/\(expected)), precision \(Self.percent(precision)) (\(matched)/\(found)), "
            + "system accuracy \(Self.percent(accuracy)) (\(systemRight)/\(matched))"
            + (misses.isEmpty ? "" : "; missed: \(misses.joined(separator: ", "))")
            + (extras.isEmpty ? "" : "; extra: \(extras.joined(separator: ", "))")
            + (wrongSystems.isEmpty ? "" : "; wrong system: \(wrongSystems.joined(separator: ", "))")
    }

    static func keys(_ figures: [Figure]) -> [(Key, ProtectionSystem)] {
        figures.map { (Key(province: $0.provinceIndex, value: $0.value, unit: $0.unit), $0.system) }
    }
}

/// A fixture's expected figures: province, system, value, unit, qualifier, earlier value.
struct ExpectedFigure {
    var key: Quality.Key
    var system: ProtectionSystem
    var qualifier: Qualifier
    var changeFrom: ExactNumber?

    static func load(_ name: String) throws -> [ExpectedFigure] {
        let text = try String(contentsOf: Support.fixtures.appendingPathComponent(name), encoding: .utf8)
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.isEmpty }.map { line in
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return ExpectedFigure(key: Quality.Key(province: Province.index(named: f[0])!, value: ExactNumber(parsing: f[2])!, unit: f[3]),
                                  system: ProtectionSystem(named: f[1])!, qualifier: Qualifier(rawValue: f[4])!,
                                  changeFrom: f.count > 5 ? ExactNumber(parsing: f[5]) : nil)
        }
    }
}
