import Foundation
import Testing
@testable import Protection

/// Exports are opened in spreadsheets and printed in terminals: no formulas run, no control
/// characters reach the terminal, and what was exported still loads back.
@Suite struct ExportSafetyTests {
    @Test func formulaCellsGetALeadingApostrophe() {
        #expect(CSVWriter.guardedCell("=SUM(A1)") == "'=SUM(A1)")
        #expect(CSVWriter.guardedCell("+1") == "'+1")
        #expect(CSVWriter.guardedCell("-2") == "'-2")
        #expect(CSVWriter.guardedCell("@cmd") == "'@cmd")
        #expect(CSVWriter.guardedCell("'=x") == "''=x")
        #expect(CSVWriter.guardedCell("a=b") == "a=b")
        #expect(CSVWriter.guardedCell("'quoted'") == "'quoted'")
        #expect(CSVWriter.guardedCell("") == "")
    }

    @Test func unguardingUndoesGuardingExactly() {
        let samples = ["=1", "'=1", "''+2", "'", "''", "'a", "-", "@", "plain", "", "'-'", "学校", "=\u{1B}[2J"]
        for s in samples {
            let clean = ControlCharacters.cleanKeepingLines(s)
            #expect(CSVWriter.unguardedCell(CSVWriter.guardedCell(s)) == clean, "\(s)")
        }
    }

    @Test func controlCharactersBecomeVisibleButLineBreaksStay() {
        #expect(ControlCharacters.cleanKeepingLines("a\u{1B}]0;t\u{07}b") == "a␛]0;t␇b")
        #expect(ControlCharacters.cleanKeepingLines("x\u{9B}y\u{202E}z") == "x\u{FFFD}y\u{FFFD}z")
        #expect(ControlCharacters.cleanKeepingLines("line\nnext\ttab\r\n") == "line\nnext\ttab\r\n")
    }

    /// A source without a report text, so quotes may say anything.
    func hostile() throws -> Dataset {
        let source = #"{ "id": "x", "outlet": "@Daily\u001b]0;t\u0007" }"#
        let figures = [
            TestSupport.figure(id: "-minus", ["source": "\"x\"", "indicator": "\"=SUM(1)\"", "quote": "\"+cmd\""]),
            TestSupport.figure(id: "f2", ["source": "\"x\"", "indicator": "\"'=already\"", "quote": "\"@q\\u202e\\u009b\""]),
            TestSupport.figure(id: "f3", ["source": "\"x\"", "indicator": "\"a,b \\\"c\\\"\"", "quote": "\"ok\""]),
        ]
        let path = TestSupport.write(TestSupport.dataset(figures: figures, extraSources: [source]), named: "h.json")
        return try TestSupport.loader.load(path: path)
    }

    @Test func csvExportIsGuardedAndLoadsBack() throws {
        let dataset = try hostile()
        let csv = FigureExport.csv(dataset)
        let text = String(decoding: csv, as: UTF8.self)
        #expect(text.contains("\r\n'-minus,"))
        #expect(text.contains(",'=SUM(1),"))
        #expect(text.contains(",''=already,"))
        #expect(text.contains(",'+cmd\r\n"))
        #expect(text.contains(",'@Daily␛]0;t␇,"))
        #expect(!csv.contains(0x1B) && !csv.contains(0x07))
        #expect(!text.unicodeScalars.contains { ControlCharacters.isUnsafe($0.value) && $0 != "\r" && $0 != "\n" })
        let back = try TestSupport.loader.load(path: TestSupport.writeBytes(csv, named: "export.csv"))
        let byID = Dictionary(uniqueKeysWithValues: back.figures.map { ($0.id, $0) })
        #expect(byID["-minus"]?.indicator == "=SUM(1)")
        #expect(byID["-minus"]?.quote == "+cmd")
        #expect(byID["f2"]?.indicator == "'=already")
        #expect(byID["f3"]?.indicator == "a,b \"c\"")
        #expect(back.source(id: "x")?.outlet == "@Daily␛]0;t␇", "control characters do not round-trip: they are shown")
    }

    /// Line and paragraph separators are replaced like C1 and bidi controls, in CSV and TSV
    /// alike, and docs/export.md says so.
    @Test func separatorsBecomeReplacementCharactersAsTheDocsSay() throws {
        let source = #"{ "id": "x", "outlet": "o" }"#
        let figure = TestSupport.figure(id: "sep", ["source": "\"x\"", "quote": "\"a\\u2028b\\u2029c\""])
        let dataset = try TestSupport.loader.load(path: TestSupport.write(TestSupport.dataset(figures: [figure], extraSources: [source]), named: "s.json"))
        #expect(dataset.figures.first?.quote == "a\u{2028}b\u{2029}c")
        for bytes in [FigureExport.csv(dataset), FigureExport.tsv(dataset)] {
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(text.contains("a\u{FFFD}b\u{FFFD}c"))
            #expect(!text.unicodeScalars.contains { $0.value == 0x2028 || $0.value == 0x2029 })
        }
        #expect(String(decoding: FigureExport.json(dataset), as: UTF8.self).contains(#"a\u2028b\u2029c"#))
        let docs = try String(contentsOfFile: TestSupport.repository + "/docs/export.md", encoding: .utf8)
            .replacingOccurrences(of: "\n", with: " ")
        #expect(docs.contains("`�` for C1 controls, bidi controls and the line and paragraph separators U+2028 and U+2029"))
    }

    @Test func jsonExportEscapesEveryUnsafeScalarAndLoadsBackExactly() throws {
        let dataset = try hostile()
        let json = FigureExport.json(dataset)
        let text = String(decoding: json, as: UTF8.self)
        #expect(text.contains(#"\u202e\u009b"#))
        #expect(text.contains(#"@Daily\u001b]0;t\u0007"#))
        #expect(!text.unicodeScalars.contains { ControlCharacters.isUnsafe($0.value) && $0 != "\n" })
        let back = try TestSupport.loader.load(path: TestSupport.writeBytes(json, named: "export.json"))
        #expect(back.figures.map(\.quote) == dataset.figures.map(\.quote))
        #expect(back.figures.map(\.indicator) == dataset.figures.map(\.indicator))
    }

    @Test func everyTwoAndThreeByteScalarIsEscapedExactlyWhenUnsafe() throws {
        // The JSON writer decodes only lead bytes C2, D8 and E2; check it against the policy.
        for v in UInt32(0x80)...0xFFFF {
            guard let scalar = Unicode.Scalar(v) else { continue }
            var out: [UInt8] = []
            FigureExport.string(String(Character(scalar)), &out)
            let written = String(decoding: out, as: UTF8.self)
            if ControlCharacters.isUnsafe(v) {
                #expect(written.hasPrefix("\"\\u"), "U+\(String(v, radix: 16))")
            } else {
                #expect(written == "\"" + String(Character(scalar)) + "\"", "U+\(String(v, radix: 16))")
            }
        }
    }
}
