import Testing
@testable import Dashboard

/// Drawing over what is already on a Screen, as overlapping views do.
@Suite struct ScreenOverdrawTests {
    func widths(_ screen: Screen, _ y: Int = 0) -> [UInt8] { screen.row(y).map(\.width) }

    /// Found by the soak: "还有 3 行" drawn over wrapped Chinese text lost its 行.
    @Test func wideOverWideAtTheSameColumnKeepsTheNewGlyph() {
        var screen = Screen(width: 6, height: 1)
        screen.put("学校家", x: 0, y: 0)
        screen.put("行", x: 2, y: 0)
        #expect(screen.lines[0] == "学行家")
        #expect(widths(screen) == [2, 0, 2, 0, 2, 0])
    }

    @Test func wideOverHalfAWideGlyphBlanksTheOtherHalf() {
        var screen = Screen(width: 6, height: 1)
        screen.put("学校家", x: 0, y: 0)
        screen.put("行", x: 1, y: 0)
        #expect(screen.lines[0] == " 行 家")
        #expect(widths(screen) == [1, 2, 0, 1, 2, 0])
    }

    @Test func narrowOverEitherHalfBlanksTheOtherHalf() {
        var screen = Screen(width: 4, height: 1)
        screen.put("学校", x: 0, y: 0)
        screen.put("a", x: 1, y: 0)
        screen.put("b", x: 2, y: 0)
        #expect(screen.lines[0] == " ab ")
        #expect(widths(screen) == [1, 1, 1, 1])
    }

    /// Filling cuts wide glyphs only at its edges, blanking their halves outside, as writing
    /// each cell would.
    @Test func fillMatchesWritingEveryCell() {
        for x in 0..<6 {
            for w in 0..<(8 - x) {
                var fast = Screen(width: 8, height: 1)
                fast.put("学校家长", x: 0, y: 0)
                var slow = fast
                fast.fill(Rect(x: x, y: 0, width: w, height: 1), "-", style: Style(.dim))
                for cx in x..<(x + w) { slow.set(cx, 0, Cell("-", style: Style(.dim))) }
                #expect(fast == slow, "fill at \(x) width \(w): \(fast.lines[0]) vs \(slow.lines[0])")
                #expect(widths(fast).reduce(0) { $0 + Int($1) } == 8)
            }
        }
    }
}
