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
