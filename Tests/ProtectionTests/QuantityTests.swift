import Testing
@testable import Protection

@Suite struct QuantityTests {
    func q(_ text: String) -> Quantity? { try? Quantity.parse(text).get() }

    @Test func valuesAreExactInBaseUnits() {
        #expect(q("329.55 万人") == Quantity(value: ExactNumber(3295500), unit: "人", qualifier: .exact))
        #expect(q("329.55万人")?.value.description == "3295500")
        #expect(q("25.68 亿元") == Quantity(value: ExactNumber(2568000000), unit: "元", qualifier: .exact))
        #expect(q("174 万人")?.value == ExactNumber(1740000))
        #expect(q("91.9%") == Quantity(value: ExactNumber(significand: 919, scale: 1), unit: "%", qualifier: .exact))
        #expect(q("95.34%")?.value.description == "95.34")
        #expect(q("1.2 千万元")?.value == ExactNumber(12_000_000))
    }

    @Test func ratesQualifiersAndChineseNumerals() {
        #expect(q("每人每月 2004 元") == Quantity(value: ExactNumber(2004), unit: "元/人/月", qualifier: .exact))
        #expect(q("680 余份") == Quantity(value: ExactNumber(680), unit: "份", qualifier: .over))
        #expect(q("三千余人") == Quantity(value: ExactNumber(3000), unit: "人", qualifier: .over))
        #expect(q("400 余家")?.qualifier == .over)
        #expect(q("100 余家") == Quantity(value: ExactNumber(100), unit: "家", qualifier: .over))
        // 余 or 多 before the multiplier: more than 15 million, more than 1 million.
        #expect(q("1500余万人次") == Quantity(value: ExactNumber(15_000_000), unit: "人次", qualifier: .over))
        #expect(q("100 多万人") == Quantity(value: ExactNumber(1_000_000), unit: "人", qualifier: .over))
        #expect(q("约 30 人")?.qualifier == .about)
        #expect(q("30 万以上")?.qualifier == .atLeast)
        #expect(q("一万二千人")?.value == ExactNumber(12000))
        #expect(q("十二个")?.value == ExactNumber(12))
        #expect(q("１０人")?.value == ExactNumber(10))  // full-width digits
    }

    @Test func nonQuantitiesFailWithoutCrashing() {
        #expect(q("人") == nil)
        #expect(q("") == nil)
        #expect(q("12 人 3") == nil)
        // Huge Chinese numerals overflow: an error, not a trap.
        #expect(q("一亿亿亿亿亿人") == nil)
        #expect(q("99999999999亿") == nil)
        #expect(q("9999999999亿")?.value == ExactNumber(999_999_999_900_000_000))
    }

    @Test func exactNumbersCompareAndPrintWithoutRounding() {
        let a = ExactNumber(parsing: "329.55")!.timesPowerOfTen(4)!
        #expect(a == ExactNumber(3295500))
        #expect(a.isInteger)
        #expect(ExactNumber(parsing: "12522.50")!.grouped == "12,522.5")
        #expect(ExactNumber(parsing: "1e5") == nil)
        #expect(ExactNumber(significand: 5, scale: 1) < ExactNumber(1))
        #expect(ExactNumber(parsing: "-0.05")!.description == "-0.05")
    }
}
