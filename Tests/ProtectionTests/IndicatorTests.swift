import Foundation
import Testing
@testable import Protection

/// The vocabulary built into the binary is well formed: every entry decodes, ids are unique
/// and stable-looking, every unit belongs to at most one family.
@Suite struct IndicatorTests {
    @Test func theVocabularyIsWellFormed() throws {
        let raw = try #require(try JSONSerialization.jsonObject(with: Data(PackageResources.indicators_json)) as? [[String: Any]])
        #expect(Indicators.all.count == raw.count, "every entry decodes")
        #expect(Set(Indicators.all.map(\.id)).count == Indicators.all.count, "ids are unique")
        for c in Indicators.all {
            #expect(c.id.range(of: "^[a-z0-9]+(-[a-z0-9]+)*$", options: .regularExpression) != nil, "\(c.id)")
            #expect(!c.name.isEmpty && !c.unit.isEmpty && !c.definition.isEmpty && !c.phrasings.isEmpty, "\(c.id)")
            #expect(Indicators.named(c.id) == c)
        }
        #expect(Indicators.named("orphan-allowance-institutional")?.unit == "元/人/月")
        #expect(Indicators.named("juvenile-courts")?.system == .judicial)
    }

    @Test func theClosestIdsOfATypoComeFirst() {
        #expect(Indicators.closest(to: "juvenile-court").first == "juvenile-courts")
        #expect(Indicators.closest(to: "orphan-allowance-dispersd").first == "orphan-allowance-dispersed")
        #expect(Indicators.closest(to: "x", count: 2).count == 2)
    }

    @Test func coverageCountsDivisionsAndYears() throws {
        let dataset = try DatasetLoader().loadEmbedded()
        let coverage = IndicatorCoverage.of(dataset)
        #expect(coverage.map(\.indicator) == Indicators.all)
        let courts = try #require(coverage.first { $0.indicator.id == "juvenile-courts" })
        #expect(courts.provinces.map { Province.all[$0].shortName } == ["内蒙古"] && courts.years == ["2022"])
        #expect(coverage.reduce(0) { $0 + $1.figures } == dataset.figures.filter { !$0.canonical.isEmpty }.count)
    }

    /// A vocabulary entry no figure carries is a name nobody can compare on: each must be used.
    @Test func everyIndicatorIsUsedByAFigure() throws {
        let coverage = IndicatorCoverage.of(try DatasetLoader().loadEmbedded())
        for c in coverage { #expect(c.figures > 0 && !c.provinces.isEmpty, "\(c.indicator.id) is used by no figure") }
    }
}
