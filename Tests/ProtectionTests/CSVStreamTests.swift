import Foundation
import Testing
@testable import Protection

/// A CSV streamed from disk in small stretches loads exactly as the same file read whole:
/// the same records, the same problems at the same places, and the fallback for what only a
/// whole read reports (invalid bytes, header problems).
@Suite struct CSVStreamTests {
    /// Streams every file, in stretches of about 1 KB.
    var streaming: DatasetLoader {
        var l = TestSupport.loader
        l.streamThreshold = 0
        l.streamStretch = 1024
        return l
    }

    /// The built-in dataset's CSV export with `edit` applied to its rows (after the header).
    func csv(_ edit: (inout [String]) -> Void = { _ in }) throws -> String {
        let text = String(decoding: FigureExport.csv(try TestSupport.loader.loadEmbedded()), as: UTF8.self)
        var lines = text.components(separatedBy: "\r\n")
        edit(&lines)
        return lines.joined(separator: "\r\n")
    }

    func both(_ text: String, named name: String = "big.csv") -> (whole: LoadReport, streamed: LoadReport) {
        let path = TestSupport.write(text, named: name)
        return (TestSupport.loader.check(path: path), streaming.check(path: path))
    }

    @Test func aCleanFileGivesTheSameRecords() throws {
        let text = try csv()
        #expect(text.utf8.count > 20 * 1024, "many stretches")
        let (whole, streamed) = both(text)
        #expect(whole.diagnostics.isEmpty && streamed.diagnostics.isEmpty)
        #expect(whole.streamed.isEmpty && streamed.streamed.count == 1)
        #expect(streamed.dataset?.figures == whole.dataset?.figures)
        #expect(streamed.dataset?.sources == whole.dataset?.sources)
        #expect(FigureExport.csv(try #require(streamed.dataset)) == Array(text.utf8))
    }

    @Test func quotedLineBreaksAcrossStretchesAreOneField() throws {
        // Quotes with line breaks inside, on every seventh row, so that stretch ends fall
        // inside some of them; each is shorter than a stretch.
        let long = String(repeating: "一段引文，\n其中有换行；", count: 12)
        let text = try csv { lines in
            for k in stride(from: 3, to: lines.count - 1, by: 7) {
                var fields = lines[k].components(separatedBy: ",")
                fields[fields.count - 1] = "\"" + long + "\""
                lines[k] = fields.joined(separator: ",")
            }
        }
        let (whole, streamed) = both(text)
        #expect(streamed.diagnostics.map(\.description) == whole.diagnostics.map(\.description))
        #expect(streamed.dataset?.figures.map(\.quote) == whole.dataset?.figures.map(\.quote))
        #expect(streamed.dataset?.figures.contains { $0.quote == long } == true)
        #expect(streamed.streamed.count == 1)
    }

    @Test func problemsAreTheSameAtTheSamePlaces() throws {
        let text = try csv { lines in
            lines[40] = lines[40].replacingOccurrences(of: ",内蒙古自治区,", with: ",火星,")
            lines[200] = lines[2]  // a duplicate id in a later stretch
            lines[300] = "a,b"
        }
        let (whole, streamed) = both(text)
        #expect(!whole.diagnostics.isEmpty)
        #expect(streamed.diagnostics.map(\.description) == whole.diagnostics.map(\.description))
        #expect(streamed.diagnostics.contains { $0.message.hasPrefix("duplicate id") })
        #expect(streamed.streamed.count == 1, "problems of rows are found while streaming; positions read the file again")
    }

    @Test func whatOnlyAWholeReadReportsFallsBackToIt() throws {
        // An invalid byte: the whole read loads it with U+FFFD and says where.
        var bytes = Array(try csv().utf8)
        let at = bytes.count / 2
        let cut = bytes[at...].firstIndex(of: UInt8(ascii: ","))!
        bytes[cut + 1] = 0xFF
        let path = TestSupport.writeBytes(bytes, named: "bad-byte.csv")
        let whole = TestSupport.loader.check(path: path), streamed = streaming.check(path: path)
        #expect(streamed.diagnostics.map(\.description) == whole.diagnostics.map(\.description))
        #expect(streamed.replacedInvalidUTF8 == whole.replacedInvalidUTF8)
        #expect(streamed.streamed.isEmpty, "read whole")
        // An unknown column is told while streaming; a header without its required columns
        // stops the rows, and is read whole.
        let (w, s) = both(try csv { $0[0] += ",extra" }, named: "header.csv")
        #expect(!w.diagnostics.isEmpty && s.diagnostics.map(\.description) == w.diagnostics.map(\.description))
        let (w2, s2) = both(try csv { $0[0] = $0[0].replacingOccurrences(of: "province,", with: "provinse,") }, named: "required.csv")
        #expect(!w2.diagnostics.isEmpty && s2.diagnostics.map(\.description) == w2.diagnostics.map(\.description))
        #expect(s2.streamed.isEmpty)
    }
}
