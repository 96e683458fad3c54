import Foundation
import Testing
@testable import Protection

@Suite struct EmbeddedDatasetTests {
    @Test func loadsWithoutDiagnosticsAndLocatesEveryQuote() throws {
        let report = DatasetLoader().checkEmbedded()
        #expect(report.diagnostics.map(\.description) == [])
        let dataset = try #require(report.dataset)
        #expect(!dataset.figures.isEmpty)
        // Only the provincial reports' texts are not built in; the seed's records are all located.
        #expect(report.uncheckedSources.allSatisfy { !$0.report.isEmpty && !$0.report.hasPrefix("seeds/") })
        let seed = { (id: String) in dataset.source(id: id)?.file.hasPrefix("seeds/") == true }
        for f in dataset.figures where seed(f.sourceID) { #expect(f.span != nil, "\(f.id)") }
        for m in dataset.measures where seed(m.sourceID) { #expect(m.span != nil, "\(m.id)") }
        for e in dataset.events where seed(e.sourceID) { #expect(e.span != nil, "\(e.id)") }
        #expect(dataset.sourceTexts["seeds/000_179b4bc40b91436d.txt"] != nil)
    }

    @Test func spansLieInsideTheirSourcesLines() throws {
        let dataset = try DatasetLoader().loadEmbedded()
        for f in dataset.figures {
            let source = try #require(dataset.source(id: f.sourceID))
            // A report figure is located only when its report text is at hand.
            guard let span = f.span else { #expect(!source.report.isEmpty, "\(f.id)"); continue }
            if let lines = source.lines {
                #expect(lines.contains(span.startLine) && lines.contains(span.endLine), "\(f.id)")
            }
        }
    }

    @Test func embeddedDatasetRoundTripsThroughBothExports() throws {
        let dataset = try DatasetLoader().loadEmbedded()
        // Exports are a table of figures: spans into reports and canonical ids are not among its columns.
        let strip = { (d: Dataset) in d.figures.map { var f = $0; f.span = nil; f.reportSpan = nil; f.canonical = ""; return f } }
        for (bytes, format) in [(FigureExport.csv(dataset), DataFormat.csv), (FigureExport.json(dataset), .json)] {
            let back = try DatasetLoader().load(bytes: bytes, name: "export.\(format.rawValue)", format: format)
            #expect(strip(back) == strip(dataset))
        }
    }
}

/// The built-in dataset against the real reports its national file was read from: every hash
/// and every span must check. The reports are not the project's and live beside the
/// repository (`../shared/reports`); CI has them, a fresh clone may not.
@Suite struct SharedReportsTests {
    static let folder = ((TestSupport.repository as NSString).deletingLastPathComponent as NSString)
        .appendingPathComponent("shared/reports")
    static let present = FileManager.default.fileExists(atPath: folder + "/README.md")

    @Test(.enabled(if: present, "../shared/reports is absent: the built-in dataset's hashes and spans are not checked against the real reports"))
    func everyHashAndSpanOfTheBuiltInDatasetChecks() throws {
        let report = DatasetLoader(reportsDirectory: Self.folder).checkEmbedded()
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics.prefix(20).map(\.description).joined(separator: "\n"))")
        let dataset = try report.get()
        #expect(report.figureChecks.notChecked == 0, "reports not found: \(report.figureChecks.missingReports.sorted())")
        #expect(report.uncheckedSources.filter { !$0.report.isEmpty }.isEmpty)
        for f in dataset.figures where f.reportSpan != nil {
            #expect(f.span != nil, "\(f.id): its span was not located")
        }
        for s in dataset.sources where !s.report.isEmpty {
            #expect(dataset.sourceTexts[s.file] != nil, "\(s.id): its report text is not kept for Detail")
        }
    }
}
