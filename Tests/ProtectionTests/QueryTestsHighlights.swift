import Testing
@testable import Protection

@Suite struct QueryTestsHighlights {
    func spans(_ query: String, _ text: String, _ field: QueryField) throws -> [Range<Int>] {
        try Query.parse(query).highlights(in: text, field: field)
    }

    @Test func plainSubstringsEveryOccurrence() throws {
        #expect(try spans("学校", "家长学校与学校", .indicator) == [2..<4, 5..<7])
        #expect(try spans("学校", "家长学校", .quote) == [2..<4])
        #expect(try spans("学校 家长", "家长学校", .indicator) == [0..<4])  // adjacent spans merge
    }

    @Test func widthAndCaseFoldKeepOffsets() throws {
        #expect(try spans("ab", "xＡＢy", .quote) == [1..<3])
        #expect(try spans("１０", "共10个", .quote) == [1..<3])
        #expect(try spans("Inner", "Inner Mongolia", .province) == [0..<5])
    }

    @Test func pinyinCoversTheCharactersItMatched() throws {
        #expect(try spans("jzxx", "全省家长学校开办率", .indicator) == [2..<6])
        #expect(try spans("p:nmg", "内蒙古自治区", .province) == [0..<3])
        #expect(try spans("cq", "重庆市", .province) == [0..<2])
        #expect(try spans("jiating", "家庭教育", .indicator) == [0..<2])
    }

    @Test func pinyinNeverInQuotes() throws {
        #expect(try spans("jzxx", "全省家长学校开办率", .quote) == [])
        #expect(try spans("家长", "全省家长学校开办率", .quote) == [2..<4])
    }

    @Test func fieldsAndNegationAndNumbers() throws {
        #expect(try spans("p:nmg", "内蒙古家长学校", .indicator) == [])  // a province term, not the indicator
        #expect(try spans("!学校", "家长学校", .indicator) == [])      // excluded terms highlight nothing
        #expect(try spans(">1万", "1.2 万人", .value) == [0..<6])
        #expect(try spans(">1万", "1.2 万人", .indicator) == [])
        #expect(try spans("学校|家长", "家长学校", .indicator) == [0..<4])
    }

    @Test func offsetsCountCharacters() throws {
        // 👍🏽 is two scalars and one Character: the match after it starts at Character 1.
        #expect(try spans("学校", "👍🏽学校", .quote) == [1..<3])
        #expect(try spans("e", "e\u{301} e", .quote) == [0..<1, 2..<3])  // e + combining accent is one Character
    }
}
