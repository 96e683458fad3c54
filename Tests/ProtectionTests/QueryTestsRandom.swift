import Testing
@testable import Protection

/// Random queries, run one after another on one index (so each may narrow any earlier result
/// it refines), against the reference matcher.
@Suite struct QueryTestsRandom {
    static let fragments = ["学校", "学", "家长", "jz", "jzxx", "p:nmg", "p:cq", "s:sf", "s:家庭", "u:%", "u:人",
                            "src:人民网", "i:儿童", "q:截至", ">1万", ">=50%", "<100", "10..500", "!网络", "!p:nmg",
                            "学校|家庭", "jiating|sf", "!s:sf|u:%", "重庆", "zq", "ab", "2021", "１０", "保护", "!学"]

    @Test func randomQueriesAgreeWithTheReference() throws {
        let d = SyntheticFixture.make(count: 3000, seed: 9)
        let index = FilterIndex(d)
        var r = SyntheticFixture.Random(state: 3)
        for _ in 0..<150 {
            let terms = (0..<(1 + r.next(3))).map { _ in Self.fragments[r.next(Self.fragments.count)] }
            let text = terms.joined(separator: " ")
            let q = try Query.parse(text)
            let got = Array(index.filter(q))
            let expected = d.figures.indices.filter { q.matches(d.figures[$0], in: d) }
            #expect(got == expected, "\(text)")
        }
    }

    @Test func randomQueriesTypedCharacterByCharacter() throws {
        let d = SyntheticFixture.make(count: 2000, seed: 5)
        let index = FilterIndex(d)
        var r = SyntheticFixture.Random(state: 11)
        for _ in 0..<30 {
            let text = (0..<(1 + r.next(3))).map { _ in Self.fragments[r.next(Self.fragments.count)] }.joined(separator: " ")
            for prefix in QueryTestsIncremental.keystrokes(text) {
                guard let q = try? Query.parse(prefix) else { continue }
                let expected = d.figures.indices.filter { q.matches(d.figures[$0], in: d) }
                #expect(Array(index.filter(q)) == expected, "\(prefix)")
            }
        }
    }

    /// An index built for one query (only the columns it reads, as `weibao export --filter`
    /// builds it) answers that query as the reference does, counts included.
    @Test func anIndexForOneQueryAnswersIt() throws {
        let d = SyntheticFixture.make(count: 2000, seed: 13)
        let full = FilterIndex(d)
        var r = SyntheticFixture.Random(state: 17)
        for _ in 0..<80 {
            let text = (0..<(1 + r.next(3))).map { _ in Self.fragments[r.next(Self.fragments.count)] }.joined(separator: " ")
            let q = try Query.parse(text)
            let one = FilterIndex(d, for: q).filter(q)
            let expected = d.figures.indices.filter { q.matches(d.figures[$0], in: d) }
            #expect(Array(one) == expected, "\(text)")
            #expect(one.provinceCounts == full.filter(q).provinceCounts, "\(text)")
        }
    }
}
