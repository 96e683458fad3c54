import Foundation
import Testing
@testable import Protection

/// Big CSV files are cut into stretches read on several threads; the result must not show it.
@Suite struct CSVChunkTests {
    /// About 1.5 MB of rows, some with quoted line breaks, commas and quotes.
    static func bigCSV(rows: Int = 12_000, edit: (Int, inout [String]) -> Void = { _, _ in }) -> String {
        var lines = [FigureExport.columns.joined(separator: ",")]
        for i in 0..<rows {
            var f = ["r\(i)", "内蒙古自治区", "150000", "家庭保护", "指标\(i % 50)", "\(i)", "人", "\(i) 人", "exact", "", "", "",
                     "2022-06", "s\(i % 7)", "《日报\(i % 7)》", "全区共有\(i)人，“数字”\n第二行"]
            edit(i, &f)
            lines.append(f.map { $0.contains(where: { ",\"\n".contains($0) }) ? "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : $0 }.joined(separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    @Test func splitPiecesAreWholeRowsAndReadTheSameAsTheWhole() throws {
        let bytes = Array(Self.bigCSV().utf8)
        let reader = CSVReader(bytes)
        let header = try #require(try reader.header())
        var whole: [[String]] = []
        var wholeLines: [Int] = []
        try reader.read(header.body, columns: 16, skipInterning: []) { whole.append($0.fields); wholeLines.append($0.line) }
        for count in [2, 3, 7] {
            let pieces = reader.split(header.body, into: count)
            #expect(pieces.count == count)
            #expect(pieces.first?.range.lowerBound == header.body.range.lowerBound)
            #expect(pieces.last?.range.upperBound == bytes.count)
            for (a, b) in zip(pieces, pieces.dropFirst()) { #expect(a.range.upperBound == b.range.lowerBound) }
            var rows: [[String]] = []
            var lines: [Int] = []
            for piece in pieces {
                try reader.read(piece, columns: 16, skipInterning: []) { rows.append($0.fields); lines.append($0.line) }
            }
            #expect(rows == whole)
            #expect(lines == wholeLines)
        }
    }

    @Test func problemsAndDuplicatesAcrossPiecesAreReportedAsInOnePiece() throws {
        let text = Self.bigCSV { i, f in
            if i == 11_000 { f[0] = "r5" }  // duplicate of an early row, far in the file
            if i == 11_500 { f[1] = "内蒙" }
            if i == 3 { f[0] = "r2" }  // duplicate nearby
        }
        let path = TestSupport.write(text, named: "big.csv")
        let report = TestSupport.loader.check(path: path)
        let out = report.diagnostics.map { $0.description.replacingOccurrences(of: path, with: "big.csv") }
        // Each row takes two lines (the quote holds a line break) after the header line.
        #expect(out.count == 3)
        #expect(out.contains("big.csv:8:1: duplicate id \"r2\", first used at big.csv:6:1, expected ids unique across the whole dataset"))
        #expect(out.contains("big.csv:22002:1: duplicate id \"r5\", first used at big.csv:12:1, expected ids unique across the whole dataset"))
        #expect(out.contains { $0.hasPrefix("big.csv:23002:") && $0.contains("unknown province \"内蒙\"") })
        let clean = try TestSupport.loader.load(path: TestSupport.write(Self.bigCSV(), named: "big.csv"))
        #expect(clean.figures.count == 12_000)
        #expect(clean.figures.map(\.id) == (0..<12_000).map { "r\($0)" })
        #expect(clean.sources.count == 7)
        #expect(clean.figures[11_999].quote == "全区共有11999人，“数字”\n第二行")
    }

    @Test func aSyntaxErrorLateInABigFileIsReportedOnce() {
        var text = Self.bigCSV()
        text += "x,\"open\n"
        let path = TestSupport.write(text, named: "big.csv")
        let out = TestSupport.loader.check(path: path).diagnostics.map(\.message)
        #expect(out == ["expected '\"' to close the field opened at 24002:3, found end of file"])
    }

    /// A big CSV is read before it is checked as UTF-8 (its fields are checked as they are
    /// read). A bad byte late in the file then sends it back through the whole-file check:
    /// it loads once, with U+FFFD, a note where the byte stands, and no trace of the first try.
    @Test func aBadByteLateInABigFileIsRepairedAsInASmallOne() throws {
        var bytes = Array(Self.bigCSV().utf8)
        let marker = Array("全区共有11990人".utf8)
        let start = try #require((0...(bytes.count - marker.count)).first { Array(bytes[$0..<$0 + marker.count]) == marker })
        bytes[start + 3] = 0xFF  // second character's lead byte
        let path = TestSupport.writeBytes(bytes, named: "big.csv")
        let report = TestSupport.loader.check(path: path)
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        let dataset = try #require(report.dataset)
        #expect(dataset.figures.count == 12_000)
        #expect(dataset.figures[11_990].quote.hasPrefix("全\u{FFFD}\u{FFFD}\u{FFFD}共有11990人"))
        let notes = report.replacedInvalidUTF8.map { $0.description.replacingOccurrences(of: path, with: "big.csv") }
        // Row 11,990 starts on line 2 + 2 × 11,990; the bad byte is the quote's second character.
        #expect(notes == ["big.csv:23982:\(Self.column(of: "区共有11990人", inRow: 11_990)): 1 invalid UTF-8 sequence, the first here (invalid UTF-8 byte 0xFF, expected UTF-8 text); shown as U+FFFD"])
    }

    /// The column (in characters, from 1) where `text` starts on row `i`'s first line.
    static func column(of text: String, inRow i: Int) -> Int {
        let line = Self.bigCSV(rows: i + 1).components(separatedBy: "\r\n")[i + 1]
        return line.distance(from: line.startIndex, to: line.range(of: text)!.lowerBound) + 1
    }

    /// Problems of the header and a syntax error late in a big file: each reported once,
    /// though the file was read twice (once as it came, once after the encoding check).
    @Test func headerProblemsAndASyntaxErrorAreReportedOnce() {
        var text = Self.bigCSV().replacingOccurrences(of: "\r\n", with: ",x\r\n")
        text = text.replacingOccurrences(of: "outlet,quote,x", with: "outlet,quote,extra") + "x,\"open\n"
        let path = TestSupport.write(text, named: "big.csv")
        let out = TestSupport.loader.check(path: path).diagnostics.map(\.message)
        #expect(out.count == 2, "\(out)")
        #expect(out.first?.hasPrefix("unknown column \"extra\"") == true)
        #expect(out.last?.hasPrefix("expected '\"' to close the field opened at") == true)
    }
}
