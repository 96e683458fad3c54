import Foundation
import Testing
@testable import Ingest

/// docs/ingest.md prints the lexicon; every cue must be there with its system and weight.
@Suite struct DocsTests {
    @Test func lexiconTableMatchesTheCode() throws {
        let doc = try String(contentsOf: Support.repository.appendingPathComponent("docs/ingest.md"), encoding: .utf8)
        for cue in Lexicon.cues {
            let row = "| \(cue.word) | \(cue.system.shortName) | \(cue.weight) | \(cue.why) |"
            #expect(doc.contains(row), "docs/ingest.md lacks the row \(row)")
        }
        let rows = doc.split(separator: "\n").filter { $0.hasPrefix("| ") && $0.hasSuffix(" |") && $0.split(separator: "|").count == 4 }
        #expect(rows.count >= Lexicon.cues.count)
    }
}
