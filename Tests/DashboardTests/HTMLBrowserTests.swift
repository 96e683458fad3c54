import Foundation
import Testing
@testable import Dashboard
import Protection

/// The HTML snapshot in a real browser: words on a row are found, copying gives the text
/// snapshot, and characters at the same column stand at the same x on every row, with the
/// CJK fonts the page asks for, with another CJK font, and with none.
@Suite struct HTMLBrowserTests {
    static let cases: [(BrowserProbe.Fonts, String, [String])] = [
        (.installed, "", ["内蒙古自治区", "家长学校开办率", "102830户"]),
        (.installed, "c<Enter>", ["县级未成年人保护机构覆盖率", "《呼和浩特日报》"]),
        (.otherCJK, "", ["内蒙古自治区", "家长学校开办率"]),
        (.noCJK, "", ["内蒙古自治区", "家长学校开办率"]),
    ]

    @Test(arguments: cases)
    func findCopyAndColumnsInChromium(fonts: BrowserProbe.Fonts, keys: String, words: [String]) throws {
        guard let chromium = BrowserProbe.chromium else {
            print("HTMLBrowserTests: skipped, no chromium on PATH (apt-get install chromium fonts-noto-cjk)")
            return
        }
        let s = screen(keys, width: 120, height: 40)
        let html = SnapshotEncoder.html(s, theme: .dark, metadata: SnapshotTests.metadata)
        let result = try BrowserProbe.run(html, words: words + ["未成年人保护不存在"], fonts: fonts, chromium: chromium)
        let label = "\(fonts) \(keys)"
        if let zh = result.chineseFonts { print("HTMLBrowserTests \(label): \(zh.count) font families for Chinese") }
        if fonts == .noCJK, let zh = result.chineseFonts { #expect(zh.isEmpty, "\(label): CJK fonts left: \(zh)") }

        for word in words { #expect(result.found[word] == true, "\(label): find \(word)") }
        #expect(result.found["未成年人保护不存在"] == false, "\(label): find is not always true")

        #expect(!result.nbsp, "\(label)")
        #expect(result.copied + "\n" == SnapshotEncoder.text(s), "\(label): copying gives the text snapshot")
        #expect(result.rowColumns == s.lines.map { DisplayWidth.of(SnapshotEncoder.trimTrailingSpaces($0)) }, "\(label)")

        // Every column's characters agree within a pixel, and columns are evenly spaced.
        let column100 = try #require(result.columns.first { $0[0] == 100 }, "\(label): a character at column 100")
        let pitch = column100[1] / 100
        let spread = result.columns.max { $0[2] - $0[1] < $1[2] - $1[1] }!
        let offGrid = result.columns.max { abs($0[1] - $0[0] * pitch) < abs($1[1] - $1[0] * pitch) }!
        print("HTMLBrowserTests \(label): widest column spread \(String(format: "%.3f", spread[2] - spread[1])) px (column \(Int(spread[0]))), "
              + "furthest from the grid \(String(format: "%.3f", abs(offGrid[1] - offGrid[0] * pitch))) px (column \(Int(offGrid[0])))")
        #expect(spread[2] - spread[1] <= 1, "\(label): column \(Int(spread[0])) from \(spread[1]) to \(spread[2]) px")
        #expect(abs(offGrid[1] - offGrid[0] * pitch) <= 1, "\(label): column \(Int(offGrid[0])) at \(offGrid[1]) px, the grid says \(offGrid[0] * pitch)")
    }
}
