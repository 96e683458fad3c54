import Dashboard
import Testing
@testable import Terminal

@Suite struct RowDiffTests {
    func row(_ text: String, width: Int = 12, style: Style = .normal) -> Screen {
        var s = Screen(width: width, height: 1)
        s.put(text, x: 0, y: 0, style: style)
        return s
    }

    @Test func unchangedRowIsSkipped() {
        #expect(RowDiff.changedSpan(old: row("未成年人").row(0), new: row("未成年人").row(0)) == nil)
    }

    @Test func onlyTheChangedRunIsSent() {
        #expect(RowDiff.changedSpan(old: row("abcdef").row(0), new: row("abXdef").row(0)) == 2..<3)
    }

    @Test func aWideGlyphIsRedrawnWhole() {
        // A different wide glyph: both of its columns are in the span.
        let span = RowDiff.changedSpan(old: row("ab学").row(0), new: row("ab校").row(0))
        #expect(span == 2..<4)
        // Narrow over the right half of a wide glyph: the left half is redrawn too.
        var s = row("学校")
        s.put("x", x: 1, y: 0)
        let span2 = RowDiff.changedSpan(old: row("学校").row(0), new: s.row(0))
        #expect(span2?.lowerBound == 0)
    }

    @Test func styleChangesCount() {
        let span = RowDiff.changedSpan(old: row("abc").row(0), new: row("abc", style: Style(.selected)).row(0))
        #expect(span == 0..<3)
    }
}
