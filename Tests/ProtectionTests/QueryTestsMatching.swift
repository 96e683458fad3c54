import Testing
@testable import Protection

/// A small hand-made dataset where each query's answer can be read off.
enum QueryFixture {
    static func figure(_ id: String, _ province: String, _ system: ProtectionSystem, _ indicator: String,
                       _ text: String, source: String = "nm-press-2022", quote: String) -> Figure {
        guard case .success(let q) = Quantity.parse(text) else { fatalError("bad quantity \(text)") }
        return Figure(id: id, provinceIndex: Province.index(named: province)!, system: system,
                      indicator: indicator, value: q.value, unit: q.unit, text: text, qualifier: q.qualifier,
                      date: "2022", sourceID: source, quote: quote)
    }

    static let dataset: Dataset = {
        let sources = [
            Source(id: "nm-press-2022", outlet: "《呼和浩特日报》", headline: "", date: "2022", file: ""),
            Source(id: "hi-people-cn-2022", outlet: "人民网", headline: "", date: "2022", file: ""),
            Source(id: "cq-gov-2023", outlet: "重庆市人民政府网", headline: "", date: "2023", file: ""),
        ]
        let figures = [
            figure("f0", "内蒙古", .family, "家长学校开办率", "91.9%", quote: "全区家长学校开办率达到91.9%"),
            figure("f1", "内蒙古", .judicial, "检察建议", "120 件", quote: "发出检察建议120件"),
            figure("f2", "内蒙古", .school, "法治副校长", "1.2 万人", quote: "配备法治副校长1.2万人"),
            figure("f3", "海南", .online, "网络保护专项行动", "30 次", source: "hi-people-cn-2022",
                   quote: "开展网络保护专项行动30次"),
            figure("f4", "海南", .family, "家庭教育指导服务站", "10000 个", source: "hi-people-cn-2022",
                   quote: "建成家庭教育指导服务站１００００个"),
            figure("f5", "重庆", .society, "困境儿童", "10001 人", source: "cq-gov-2023",
                   quote: "保障困境儿童10001人，ＡＢ类"),
            figure("f6", "重庆", .government, "救助资金", "2.5 亿元", source: "cq-gov-2023",
                   quote: "投入救助资金2.5亿元"),
            figure("f7", "河南", .school, "学校心理健康教师配备率", "50%", source: "hi-people-cn-2022",
                   quote: "学校心理健康教师配备率50%"),
            figure("f8", "河南", .judicial, "司法救助", "480 人次", source: "hi-people-cn-2022",
                   quote: "办理司法救助480人次"),
            figure("f9", "西藏", .general, "领导小组成员单位", "34 个", source: "hi-people-cn-2022",
                   quote: "34个成员单位"),
        ]
        return Dataset(sources: sources, figures: figures, measures: [], events: [])
    }()

    static let index = FilterIndex(dataset)

    /// Ids matched by the index; also checks the index against the reference matcher.
    static func ids(_ query: String, sourceLocation: SourceLocation = #_sourceLocation) -> [String] {
        guard let q = try? Query.parse(query) else {
            Issue.record("does not parse: \(query)", sourceLocation: sourceLocation)
            return []
        }
        let fresh = FilterIndex(dataset)
        let got = Array(fresh.filter(q))
        let expected = dataset.figures.indices.filter { q.matches(dataset.figures[$0], in: dataset) }
        #expect(got == expected, "index and reference differ on \(query)", sourceLocation: sourceLocation)
        return got.map { dataset.figures[$0].id }
    }
}

@Suite struct QueryTestsMatching {
    func ids(_ q: String, sourceLocation: SourceLocation = #_sourceLocation) -> [String] {
        QueryFixture.ids(q, sourceLocation: sourceLocation)
    }

    @Test func plainSubstringAnywhere() {
        #expect(ids("家长学校") == ["f0"])
        #expect(ids("学校") == ["f0", "f2", "f7"])  // f2 through its system, 学校保护
        #expect(ids("检察") == ["f1"])
        #expect(ids("") == (0..<10).map { "f\($0)" })
    }

    @Test func provinceNames() {
        #expect(ids("内蒙古自治区") == ["f0", "f1", "f2"])
        #expect(ids("蒙") == ["f0", "f1", "f2"])
        #expect(ids("Inner") == ["f0", "f1", "f2"])
        #expect(ids("mongol") == ["f0", "f1", "f2"])
        #expect(ids("p:tibet") == ["f9"])
        #expect(ids("p:xizang") == ["f9"])
    }

    @Test func systemNames() {
        #expect(ids("s:家庭保护") == ["f0", "f4"])
        #expect(ids("s:家庭") == ["f0", "f4"])
        #expect(ids("family") == ["f0", "f4"])
        #expect(ids("s:综合") == ["f9"])
    }

    @Test func pinyinInitialsAndFull() {
        #expect(ids("jzxx") == ["f0"])
        #expect(ids("jiazhangxuexiao") == ["f0"])
        #expect(ids("jiazhang") == ["f0", "f2"])  // f2: 校长, 校 read jiao
        #expect(ids("p:nmg") == ["f0", "f1", "f2"])
        #expect(ids("p:neimenggu") == ["f0", "f1", "f2"])
        #expect(ids("s:sf") == ["f1", "f8"])
        #expect(ids("s:jiating") == ["f0", "f4"])
        #expect(ids("jia ting") == ["f0", "f4"])  // two terms, in any field: f0 has 家长 and the system 家庭保护
        #expect(ids("sfjz") == ["f8"])  // 司法救助
        #expect(ids("p:nmg s:sf") == ["f1"])
    }

    @Test func polyphonesMatchThroughAnyReading() {
        #expect(ids("p:cq") == ["f5", "f6"])
        #expect(ids("p:zqs") == ["f5", "f6"])
        #expect(ids("p:zq") == ["f0", "f1", "f2", "f5", "f6", "f9"])  // 自治区 is zq too
        #expect(ids("p:chongqing") == ["f5", "f6"])
        #expect(ids("jzx") == ["f0"])  // 长 read zhang
    }

    @Test func widthFolding() {
        #expect(ids("１００００") == ["f4"])  // full-width query, full-width quote
        #expect(ids("10000") == ["f4"])      // half-width query, full-width quote
        #expect(ids("ab类") == ["f5"])        // ＡＢ in the quote
        #expect(ids("ＡＢ类") == ["f5"])
    }

    @Test func numbersCompareExactBaseValues() {
        #expect(ids(">1万") == ["f5", "f2", "f6"].sorted())
        #expect(ids(">=1万") == ["f2", "f4", "f5", "f6"])
        #expect(ids("<1万 >100") == ["f1", "f8"])
        #expect(ids(">1亿") == ["f6"])
        #expect(ids("=2.5亿") == ["f6"])
        #expect(ids("=12000") == ["f2"])
        #expect(ids(">=50%") == ["f0", "f7"])
        #expect(ids(">50%") == ["f0"])
        #expect(ids("50..100 u:%") == ["f0", "f7"])
        #expect(ids("30..120") == ["f0", "f1", "f3", "f7", "f9"])
        #expect(ids(">100人次") == ["f8"])
        #expect(ids("..34") == ["f3", "f9"])
    }

    @Test func fieldsLimitWhereATermLooks() {
        #expect(ids("u:%") == ["f0", "f7"])
        #expect(ids("单位:人次") == ["f8"])
        #expect(ids("u:ren") == ["f2", "f5", "f8"])  // 人, 人次 by pinyin
        #expect(ids("src:人民网") == ["f3", "f4", "f7", "f8", "f9"])
        #expect(ids("src:cq-gov") == ["f5", "f6"])
        #expect(ids("src:hhht") == ["f0", "f1", "f2"])  // 《呼和浩特日报》 by pinyin
        #expect(ids("i:学校") == ["f0", "f7"])
        #expect(ids("q:达到") == ["f0"])
        #expect(ids("p:学校") == [])
    }

    @Test func negationAndOr() {
        #expect(ids("!网络") == ["f0", "f1", "f2", "f4", "f5", "f6", "f7", "f8", "f9"])
        #expect(ids("学校|家庭") == ["f0", "f2", "f4", "f7"])
        #expect(ids("学校|家庭 !p:nmg") == ["f4", "f7"])
        #expect(ids("!学校|家庭") == ["f1", "f3", "f5", "f6", "f8", "f9"])
        #expect(ids("p:nmg|hainan >100") == ["f1", "f2", "f4"])
    }

    @Test func pinyinIsNotAppliedToQuotes() {
        // 达到 is only in f0's quote: plain text finds it, its pinyin does not.
        #expect(ids("达到") == ["f0"])
        #expect(ids("dadao") == [])
    }

    @Test func countsPerProvinceAndSystem() throws {
        let r = QueryFixture.index.filter(try Query.parse("学校|家庭"))
        #expect(r.count == 4)
        let nm = Province.index(named: "内蒙古")!, hi = Province.index(named: "海南")!, ha = Province.index(named: "河南")!
        #expect(r.count(province: nm) == 2 && r.count(province: hi) == 1 && r.count(province: ha) == 1)
        #expect(r.count(province: hi, system: .family) == 1)
        #expect(r.count(province: hi, system: .online) == 0)
        #expect(r.count(system: .school) == 2)
        #expect(r.provinceCounts.reduce(0, +) == 4)
        let all = QueryFixture.index.filter(Query.everything)
        #expect(all.count == 10 && all.count(province: nm) == 3)
    }

    @Test func textEntryPoint() throws {
        #expect(Array(try QueryFixture.index.filter("jzxx")) == [0])
        #expect(throws: QueryError.self) { try QueryFixture.index.filter(">abc") }
    }
}
