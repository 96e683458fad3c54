import Foundation
import Testing
@testable import Ingest
import Protection

/// The provincial reports beside the repository (../shared/reports), when they are there: they
/// are not ours, so nothing of them is stored here; these tests only read them. Without the
/// folder they are skipped, and say so.
@Suite struct SharedReportsTests {
    static let folder = Support.repository.deletingLastPathComponent().appendingPathComponent("shared/reports")
    static let reports: [URL] = ((try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? [])
        .filter { $0.pathExtension == "txt" }.sorted { $0.lastPathComponent < $1.lastPathComponent }

    static func skipNote() -> Bool {
        if reports.isEmpty { print("skipped: no reports at \(folder.path) (../shared/reports)") }
        return !reports.isEmpty
    }

    /// Every figure's line:column is where its quantity starts in the file: the text there
    /// begins with the quantity's first character (a digit, a numeral, 约, 每 …), counted in the
    /// file's own lines, front matter included.
    @Test(.enabled(if: skipNote(), "needs ../shared/reports")) func positionsPointAtTheQuantity() throws {
        var checked = 0
        for url in Self.reports {
            let text = try String(contentsOf: url, encoding: .utf8)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.unicodeScalars) }
            let r = Ingester(options: IngestOptions(province: "北京", file: url.lastPathComponent)).run(text: text)
            for f in r.figures {
                let line = lines[f.line - 1]
                #expect(f.column >= 1 && f.column <= line.count, "\(url.lastPathComponent):\(f.line):\(f.column)")
                guard f.column >= 1 && f.column <= line.count else { continue }
                let first = Numerals.everyday(String(Traditional.simplified(Page.fold(line[f.column - 1])))).unicodeScalars.first!
                let expected = f.record.text.unicodeScalars.first!
                // 百分之十五 is written 十五%, 每生每年 6000 元 as 6000 元/生/年; in 每人每月 2004 元、1712 元
                // the second carries the rate written once, before the first.
                let numeral = f.record.text.unicodeScalars.first { Numerals.isArabic($0) || Numerals.digit[$0] != nil || $0 == "十" }
                #expect(first == expected || first == numeral || first == "百" || first == "每", "\(url.lastPathComponent):\(f.line):\(f.column): \(f.record.text) starts with \(first)")
                checked += 1
            }
        }
        #expect(checked > 200)
    }
}
