import Testing
@testable import Protection

/// A synthetic dataset shaped like the benchmark's (many repeated indicators, units, sources;
/// quotes built around indicator and number; values with 万/亿/%), small enough to check every
/// result against the reference matcher.
enum SyntheticFixture {
    static let subjects = ["家长学校", "家庭教育指导服务站", "学校保护", "法治副校长", "心理健康教师", "校园欺凌",
                           "留守儿童", "困境儿童", "儿童之家", "网络保护", "网络沉迷", "司法救助", "检察建议",
                           "强制报告", "未成年人保护工作站", "重点场所", "长效机制", "重庆专项"]
    static let prefixes = ["", "全省", "累计", "新建", "建成", "开展", "农村", "城市"]
    static let measures = ["数量", "覆盖率", "开办率", "人数", "次数", "资金", "案件数", ""]
    static let units = ["人", "个", "所", "次", "人次", "件", "元", "%", "户"]
    static let outlets = ["人民网", "新华网", "《河南日报》", "《法治日报》", "澎湃新闻"]

    struct Random {
        var state: UInt64
        mutating func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
    }

    static func make(count: Int, seed: UInt64 = 42) -> Dataset {
        var r = Random(state: seed)
        var sources: [Source] = []
        for k in 0..<200 {
            sources.append(Source(id: "src-\(k)-\(2018 + k % 7)", outlet: outlets[k % outlets.count],
                                  headline: "", date: "\(2018 + k % 7)", file: ""))
        }
        var figures: [Figure] = []
        figures.reserveCapacity(count)
        for i in 0..<count {
            let province = r.next(Province.all.count)
            let system = ProtectionSystem.allCases[r.next(7)]
            let indicator = prefixes[r.next(prefixes.count)] + subjects[r.next(subjects.count)] + measures[r.next(measures.count)]
            let unit = units[r.next(units.count)]
            let (value, text): (ExactNumber, String)
            switch r.next(4) {
            case 0:
                let v = r.next(2000)
                (value, text) = (ExactNumber(significand: Int64(v), scale: 1), "\(ExactNumber(significand: Int64(v), scale: 1))\(unit)")
            case 1:
                let v = r.next(500) + 1
                (value, text) = (ExactNumber(significand: Int64(v) * 100, scale: 0), "\(ExactNumber(significand: Int64(v), scale: 2))万\(unit)")
            case 2:
                let v = r.next(30) + 1
                (value, text) = (ExactNumber(significand: Int64(v) * 10_000_000), "\(ExactNumber(significand: Int64(v), scale: 1))亿\(unit)")
            default:
                let v = r.next(20_000)
                (value, text) = (ExactNumber(v), "\(v)\(unit)")
            }
            let source = sources[(province * 5 + r.next(5)) % sources.count]
            let p = Province.all[province]
            let quote = r.next(5) == 0
                ? "截至\(source.date)年底，\(p.shortName)\(indicator)达\(text)"
                : "\(p.fullName)\(indicator)\(text)，较上年增长\(r.next(30))%"
            figures.append(Figure(id: "s\(i)", provinceIndex: province, system: system, indicator: indicator,
                                  value: value, unit: unit == "%" ? "%" : unit, text: text, qualifier: .exact,
                                  date: source.date, sourceID: source.id, quote: quote))
        }
        return Dataset(sources: sources, figures: figures, measures: [], events: [])
    }

    static let dataset = make(count: 20_000)
}

@Suite struct QueryTestsIncremental {
    /// What the dashboard sees: type `query` one character at a time, then delete back to empty.
    static func keystrokes(_ query: String) -> [String] {
        let chars = Array(query)
        let typing = (1...chars.count).map { String(chars[0..<$0]) }
        return typing + typing.dropLast().reversed() + [""]
    }

    static let benchmarkQueries = ["学校保护", "jzxx", "p:nmg s:sf >10"]
    static let moreQueries = ["家长学校", "学校|家庭 !网络", ">1万 u:人", "50..100 u:%", "p:cq 重庆", "100..500",
                              "!网络 jz", "src:人民网 >=1亿", "i:lj s:sf|s:学校"]

    func reference(_ q: Query, _ d: Dataset) -> [Int] {
        d.figures.indices.filter { q.matches(d.figures[$0], in: d) }
    }

    @Test(arguments: benchmarkQueries + moreQueries)
    func typingEqualsFilteringFromScratch(_ query: String) throws {
        let d = SyntheticFixture.dataset
        let live = FilterIndex(d)
        let cold = FilterIndex(d)
        // The reference matcher is slow in debug builds: every prefix of the benchmark
        // queries, the whole query for the others.
        let checkAll = Self.benchmarkQueries.contains(query)
        for text in Self.keystrokes(query) {
            guard let q = try? Query.parse(text) else { continue }  // the dashboard keeps the last result
            let narrowed = live.filter(q)
            cold.clearCache()
            let scratch = cold.filter(q)
            #expect(Array(narrowed) == Array(scratch), "\(text)")
            #expect(narrowed.provinceCounts == scratch.provinceCounts, "\(text)")
            if checkAll || text == query { #expect(Array(scratch) == reference(q, d), "\(text)") }
        }
    }

    @Test func benchmarkQueriesMatchSomething() throws {
        let index = FilterIndex(SyntheticFixture.dataset)
        for q in Self.benchmarkQueries {
            #expect(try index.filter(q).count > 0, "\(q)")
        }
    }

    @Test func countsAgreeWithTheList() throws {
        let d = SyntheticFixture.dataset
        let r = try FilterIndex(d).filter("学校|家庭 >100")
        var expected = Array(repeating: 0, count: Province.all.count)
        for i in r { expected[d.figures[i].provinceIndex] += 1 }
        #expect(r.provinceCounts == expected)
        #expect(r.count == expected.reduce(0, +))
        #expect(Array(r) == Array(r).sorted())
    }
}
