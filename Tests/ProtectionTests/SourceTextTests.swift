import Foundation
import Testing
@testable import Protection

@Suite struct SourceTextTests {
    static let seedBytes = EmbeddedSeeds.texts["seeds/000_179b4bc40b91436d.txt"]!
    static let seed = SourceText(String(decoding: seedBytes, as: UTF8.self))

    @Test func normalisationDropsColumnBreaksAndSpacesButKeepsLatinWordGaps() {
        let n = { (s: String) in String(String.UnicodeScalarView(SourceText.normalize(s))) }
        #expect(n("省政\n府") == "省政府")
        #expect(n("2021\n年 6 月") == "2021年6月")
        #expect(n("达到 91.9%") == "达到91.9%")
        #expect(n("Hong  Kong") == "Hong Kong")
        #expect(n("１２３４５") == "12345")  // full-width digits fold
        #expect(n("12355\n伴你行") == "12355伴你行")
        #expect(n("\u{3000}全区") == "全区")
    }

    @Test func quoteAcrossAColumnBreakMapsToLinesAndColumns() throws {
        let span = try #require(Self.seed.find("全区家长学校开办率达到91.9%"))
        #expect(span.startLine == 91)
        #expect(span.startColumn == 8)
        #expect(span.endLine == 92)
        #expect(span.endColumn == 10)
        let original = String(String.UnicodeScalarView(Self.seed.scalars[span.range]))
        #expect(original == "全区家长学校开\n办率达到 91.9%")
    }

    @Test func searchIsLimitedToTheGivenLines() {
        #expect(Self.seed.find("每人每月2004元", within: 41...207) != nil)
        #expect(Self.seed.find("每人每月2004元", within: 1...39) == nil)
        #expect(Self.seed.find("每人每月2004元")?.startLine == 198)
    }

    @Test func quotesNotInTheTextAreNotFound() {
        #expect(Self.seed.find("全区家长学校开办率达到91.8%") == nil)
        #expect(Self.seed.find("") == nil)
    }

    /// The copy the binary embeds is the seed file itself.
    @Test func embeddedSeedIsByteIdenticalToSeedsFolder() throws {
        let onDisk = try #require(FileManager.default.contents(atPath: TestSupport.repository + "/seeds/000_179b4bc40b91436d.txt"))
        #expect([UInt8](onDisk) == Self.seedBytes)
    }
}
