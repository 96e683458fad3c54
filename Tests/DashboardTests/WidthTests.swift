import Testing
@testable import Dashboard

/// Width is columns, never String.count.
@Suite struct WidthTests {
    @Test func columnsOfScripts() {
        #expect(DisplayWidth.of("abc") == 3)
        #expect(DisplayWidth.of("家长学校") == 8)
        #expect(DisplayWidth.of("内蒙古 Nei Mongol") == 17)
        #expect(DisplayWidth.of("１０") == 4, "full-width digits are wide")
        #expect(DisplayWidth.of("e\u{301}") == 1, "a combining mark takes no column")
        #expect(DisplayWidth.of("…") == 1, "ambiguous width counts as one")
        #expect(DisplayWidth.of("𠀀") == 2, "CJK Extension B is wide")
        #expect("家长学校".count == 4)
    }

    @Test func truncateCountsTheEllipsisAndNeverSplitsAGlyph() {
        #expect(DisplayWidth.truncate("家长学校开办率", to: 7) == "家长学…")
        #expect(DisplayWidth.truncate("家长学校开办率", to: 6) == "家长…", "a glyph that would straddle the edge is dropped")
        #expect(DisplayWidth.of(DisplayWidth.truncate("家长学校开办率", to: 6)) == 5)
        #expect(DisplayWidth.truncate("abc", to: 3) == "abc")
        #expect(DisplayWidth.truncate("家", to: 1) == "…")
        #expect(DisplayWidth.pad("家长学校开办率", to: 6) == "家长… ")
        #expect(DisplayWidth.pad("91.9%", to: 8, alignRight: true) == "   91.9%")
        #expect(DisplayWidth.truncate("家长学校", to: 5, ellipsis: "~") == "家长~")
    }

    @Test func screenNeverSplitsAWideGlyphAtTheEdge() {
        var screen = Screen(width: 5, height: 1)
        screen.put("ab家长", x: 0, y: 0)
        #expect(screen.lines[0] == "ab家 ", "the glyph that does not fit leaves a blank, not half of itself")
        var clipped = Screen(width: 10, height: 1)
        clipped.put("家长学校", x: 0, y: 0, maxWidth: 5)
        #expect(clipped.lines[0] == "家长      ")
        #expect(clipped[4, 0].char == " " && clipped[4, 0].width == 1)
    }

    @Test func overwritingHalfAWideGlyphBlanksTheOtherHalf() {
        var screen = Screen(width: 6, height: 1)
        screen.put("家长学", x: 0, y: 0)
        screen.put("x", x: 1, y: 0)  // right half of 家
        #expect(screen.lines[0] == " x长学")
        screen.put("y", x: 2, y: 0)  // left half of 长
        #expect(screen.lines[0] == " xy 学")
        #expect(DisplayWidth.of(screen.lines[0]) == 6)
    }

    @Test func controlCharactersAreDrawnAsVisibleReplacements() {
        var screen = Screen(width: 30, height: 1)
        screen.put("a\u{1B}]0;pwned\u{7}b\u{1B}[2J\u{202E}c\u{9B}", x: 0, y: 0)
        let line = screen.lines[0]
        #expect(!line.unicodeScalars.contains { $0.value < 0x20 || ($0.value >= 0x7F && $0.value < 0xA0) })
        #expect(line.hasPrefix("a␛]0;pwned␇b␛[2J\u{FFFD}c\u{FFFD}"))
    }

    @Test func wrappingBreaksChineseAnywhereWithinTheWidth() {
        let lines = TextLayout.wrap([Span("家长学校开办率达到91.9%")], width: 10)
        for line in lines { #expect(line.reduce(0) { $0 + DisplayWidth.of($1.text) } <= 10) }
        #expect(lines.map { $0.map(\.text).joined() }.joined() == "家长学校开办率达到91.9%")
    }

    @Test func wrappingFollowsChineseLineBreakingRules() {
        func lines(_ text: String, _ width: Int) -> [String] {
            TextLayout.wrap([Span(text)], width: width).map { $0.map(\.text).joined() }
        }
        // 。 would start the second line: the character before it moves down with it.
        #expect(lines("一二三四五。六", 10) == ["一二三四", "五。六"])
        // 《 would end the first line: it moves down with what it opens.
        #expect(lines("一二三四《五》", 10) == ["一二三四", "《五》"])
        // A number is never cut in two.
        #expect(lines("入学率达到95.34%。", 14) == ["入学率达到", "95.34%。"])
        for line in lines("审议通过了《领导小组工作规则》《领导小组办公室工作规则》", 12) {
            #expect(!line.hasSuffix("《") && !line.hasPrefix("》") && DisplayWidth.of(line) <= 12)
        }
    }
}
