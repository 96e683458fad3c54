import Foundation
import Testing
@testable import Protection

/// The comparison and the trend over a small invented dataset: one indicator in 个 across four
/// divisions and three years, qualifiers, a tie, an earlier value carried as a change.
@Suite struct ComparisonTests {
    static let homes = Indicators.named("children-homes")!

    static func figure(_ id: String, _ province: String, _ text: String, _ date: String, source: String = "s1",
                       canonical: String = "children-homes", change: Change? = nil) -> Figure {
        guard case .success(let q) = Quantity.parse(text) else { fatalError(text) }
        return Figure(id: id, provinceIndex: Province.index(named: province)!, system: .society, indicator: "儿童之家数",
                      value: q.value, unit: q.unit, text: text, qualifier: q.qualifier, change: change, date: date,
                      sourceID: source, quote: "", canonical: canonical)
    }

    static let dataset = Dataset(
        sources: [Source(id: "s1", outlet: "示例报", headline: "甲", date: "2024-01", file: "a.txt"),
                  Source(id: "s2", outlet: "示例网", headline: "乙", date: "2024-06", file: "b.txt")],
        figures: [
            figure("zj-2021", "浙江", "300 个", "2021"),
            figure("zj-2023", "浙江", "400 余个", "2023",
                   change: Change(from: ExactNumber(300), fromText: "300 个", fromDate: "2022")),
            figure("js-2022", "江苏", "800 个", "2022"),
            figure("ah-2023a", "安徽", "400 个", "2023", source: "s1"),
            figure("ah-2023b", "安徽", "500 个", "2023", source: "s2"),
            figure("fj-2021", "福建", "1000 个", "2021"),
            figure("other", "福建", "9 个", "2025", canonical: "juvenile-courts"),
        ], measures: [], events: [])

    @Test func eachDivisionsLatestFigureRankedByValue() {
        let c = Comparison.of(Self.dataset, indicator: Self.homes)
        #expect(c.rows.map(\.province.shortName) == ["福建", "江苏", "安徽", "浙江"])
        #expect(c.rows.map(\.figure.id) == ["fj-2021", "js-2022", "ah-2023b", "zj-2023"],
                "the latest by date; on one date the later-published source")
        #expect(c.rows.map(\.rank) == [1, 2, 3, 4])
        #expect(c.maximum == ExactNumber(1000))
        #expect(c.yearNote == "数据年份 2021–2023")
        #expect(c.availableYears == ["2021", "2022", "2023"])
        #expect(c.missing.count == Province.all.count - 4)
        #expect(!c.missing.contains(Province.index(named: "浙江")!))
        #expect(c.missing == c.missing.sorted(), "无数据 rows in code order")
    }

    @Test func theQualifierStaysWithTheValue() {
        let c = Comparison.of(Self.dataset, indicator: Self.homes)
        let zj = c.rows.last!
        #expect(zj.written == "400 余个" && zj.figure.qualifier == .over && zj.figure.value == ExactNumber(400))
    }

    @Test func aChosenYearTakesThatYearsFiguresOnly() {
        let c = Comparison.of(Self.dataset, indicator: Self.homes, year: "2021")
        #expect(c.rows.map(\.figure.id) == ["fj-2021", "zj-2021"])
        #expect(c.yearNote == "数据年份 2021")
        #expect(c.availableYears == ["2021", "2022", "2023"], "the other years stay reachable")
        #expect(c.missing.count == Province.all.count - 2)
        let none = Comparison.of(Self.dataset, indicator: Self.homes, year: "2019")
        #expect(none.rows.isEmpty && none.missing.count == Province.all.count && none.yearNote == "")
    }

    @Test func equalValuesShareARank() {
        let tied = Dataset(sources: [], figures: [Self.figure("a", "浙江", "5 个", "2020"), Self.figure("b", "江苏", "5 个", "2020"),
                                                  Self.figure("c", "安徽", "3 个", "2020")], measures: [], events: [])
        let c = Comparison.of(tied, indicator: Self.homes)
        #expect(c.rows.map(\.rank) == [1, 1, 3])
        #expect(c.rows.map(\.province.shortName) == ["江苏", "浙江", "安徽"], "ties in code order")
    }

    @Test func aTrendHoldsEveryFigureAndTheEarlierValues() throws {
        let t = Trend.of(Self.dataset, provinceIndex: Province.index(named: "浙江")!, indicator: Self.homes)
        #expect(t.points.map(\.date) == ["2021", "2022", "2023"])
        #expect(t.points.map(\.isEarlier) == [false, true, false])
        #expect(t.points.map(\.written) == ["300 个", "300 个", "400 余个"])
        #expect(t.points[1].figureID == "zj-2023" && t.points[1].sourceID == "s1")
        let steps = t.steps
        #expect(steps.count == 2)
        #expect(steps[0].difference == ExactNumber(0) && steps[0].description == "0 (0.0%)")
        #expect(steps[1].difference == ExactNumber(100) && steps[1].description == "+100 (+33.3%)")
    }

    @Test func aFallIsNegativeAndOnePointHasNoSteps() {
        let falling = Dataset(sources: [], figures: [
            Self.figure("a", "浙江", "201 个", "2021"), Self.figure("b", "浙江", "104 个", "2022"),
        ], measures: [], events: [])
        let t = Trend.of(falling, provinceIndex: Province.index(named: "浙江")!, indicator: Self.homes)
        #expect(t.steps.map(\.description) == ["-97 (-48.3%)"])
        let one = Trend.of(Self.dataset, provinceIndex: Province.index(named: "江苏")!, indicator: Self.homes)
        #expect(one.points.count == 1 && one.steps.isEmpty)
    }

    @Test func anIndicatorIsFoundByIdNameOrInitials() throws {
        #expect(IndicatorLookup.resolve("juvenile-courts") == .found(Indicators.named("juvenile-courts")!))
        #expect(IndicatorLookup.resolve("JUVENILE-COURTS") == .found(Indicators.named("juvenile-courts")!))
        let courts = Indicators.named("juvenile-courts")!
        #expect(IndicatorLookup.resolve(courts.name) == .found(courts))
        let initials = Pinyin.searchKeys(for: courts.name).initials
        if case .found(let c) = IndicatorLookup.resolve(initials) {
            #expect(Pinyin.searchKeys(for: c.name).initials == initials)
        } else {
            Issue.record("initials \(initials) do not resolve")
        }
        guard case .unknown(let near) = IndicatorLookup.resolve("juvenile-court") else {
            Issue.record("a typo resolved")
            return
        }
        #expect(near.first == courts && near.count == 3)
    }

    @Test func theBuiltInDatasetComparesItsMostReportedIndicator() throws {
        let dataset = try DatasetLoader().loadEmbedded()
        let coverage = IndicatorCoverage.of(dataset).max { $0.provinces.count < $1.provinces.count }!
        let c = Comparison.of(dataset, indicator: coverage.indicator)
        #expect(c.rows.count == coverage.provinces.count)
        #expect(c.rows.count + c.missing.count == Province.all.count)
        #expect(zip(c.rows, c.rows.dropFirst()).allSatisfy { ExactNumber.compare($0.figure.value, $1.figure.value) >= 0 })
        #expect(c.rows.allSatisfy { UnitFamily.fits($0.figure.unit, indicatorUnit: coverage.indicator.unit) })
    }
}
