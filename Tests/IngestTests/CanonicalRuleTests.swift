import Testing
@testable import Ingest
import Protection

/// The canonical-indicator rules on the built-in vocabulary, one sentence each, written for
/// these tests: where a phrasing is cut, shared, quoted, listed or named by a post.
@Suite struct CanonicalRuleTests {
    func read(_ text: String) -> IngestResult {
        Ingester(options: IngestOptions(province: "河南", file: "report.txt")).run(text: text)
    }

    /// nil where ingest gave none.
    func canonical(_ r: IngestResult, _ text: String) -> String? {
        r.figures.first { $0.record.text == text }.flatMap { $0.record.canonical.isEmpty ? nil : $0.record.canonical }
    }

    @Test func aPhrasingFoundAsWrittenBeatsTwoEndsAcrossIt() {
        // 未成…中心 and 未成…案件 would name other indicators by their ends alone.
        let r = read("全省民政部门建成市级未成年人保护中心 9 个、县级未成年人保护中心 88 个。")
        #expect(canonical(r, "9 个") == "city-protection-centers")
        #expect(canonical(r, "88 个") == "county-protection-centers")
        let cut = read("全省检察机关今年共办理未成年人民事、行政监督案件 41 件。")
        #expect(canonical(cut, "41 件") == "civil-admin-supervision-cases", "the clause starts inside the phrasing, after 、")
    }

    @Test func aSharedPhrasingGoesToTheIndicatorOfTheUnit() {
        // 社会散居孤儿 names both a head count and an allowance.
        let r = read("全省民政部门统计，现有社会散居孤儿 3200 人。")
        #expect(canonical(r, "3200 人") == "orphans-dispersed")
    }

    @Test func aKindOfCrimeCountedApartTakesTheActsCount() {
        let r = read("全省检察机关对于涉及校园暴力犯罪案件，共批捕 40 人，起诉 75 人。")
        #expect(canonical(r, "40 人") == "arrests-school-violence")
        #expect(canonical(r, "75 人") == "prosecutions-school-violence")
        let left = read("全省检察机关对于侵害农村留守儿童犯罪，批捕 61 人。")
        #expect(canonical(left, "61 人") == "arrests-crimes-against-left-behind")
        let whole = read("全省检察机关对于侵害未成年人犯罪，批捕 500 人。")
        #expect(canonical(whole, "500 人") == "arrests-crimes-against-minors", "no kind named: the whole count")
    }

    @Test func aShortPhrasingInQuotationMarksHoldsFurtherFromTheNumber() {
        let r = read("全省检察机关会同公安机关建成“一站式”取证与救助场所 25 个。")
        #expect(canonical(r, "25 个") == "one-stop-centers")
        let bare = read("全省检察机关会同公安机关建成一站式取证与救助场所 25 个。")
        #expect(canonical(bare, "25 个") == nil, "unquoted, a short phrasing stands only next to the number")
    }

    @Test func itemsWithTheirOwnNumbersAreNotAMixedTotal() {
        let r = read("全省民政部门努力让 21 万名困境儿童、3 万名农村留守儿童得到关爱。")
        #expect(canonical(r, "21 万名") == "children-in-difficulty")
        let mixed = read("全省民政部门配齐儿童主任、儿童督导员 2.1 万名。")
        #expect(canonical(mixed, "2.1 万名") == nil, "one number for two bodies is a mixed total")
    }

    @Test func peopleCountedByThePostTheyTakeUp() {
        let r = read("全省检察机关共有 250 名检察人员在中小学担任法治副校长。")
        #expect(canonical(r, "250 名") == "vice-principals-of-law")
        let inside = read("全省检察机关包括 15 名检察长在内的 260 名检察官担任法治副校长。")
        #expect(canonical(inside, "260 名") == "vice-principals-of-law", "the part named inside (…在内) is not what is counted")
        #expect(inside.figures.first { $0.record.text == "260 名" }?.record.indicator == "检察官担任法治副校长人数")
    }
}
