import Testing
@testable import Protection

@Suite struct QueryTestsParsing {
    func parse(_ text: String) -> Query? { try? Query.parse(text) }

    func error(_ text: String) -> QueryError? {
        do { _ = try Query.parse(text); return nil } catch { return error }
    }

    func text(_ term: Query.Term) -> TextTerm? {
        if case .text(let t) = term { return t }
        return nil
    }

    func number(_ term: Query.Term) -> NumberTerm? {
        if case .number(let n) = term { return n }
        return nil
    }

    @Test func blankIsEverything() {
        #expect(parse("") == Query.everything)
        #expect(parse("   \u{3000} ") == Query.everything)
    }

    @Test func spacesAreAnd() throws {
        let q = try #require(parse("学校  家庭\u{3000}jzxx"))
        #expect(q.clauses.count == 3)
        #expect(q.clauses.map { text($0.alternatives[0])?.needle } == ["学校", "家庭", "jzxx"])
        #expect(q.clauses.allSatisfy { !$0.negated && $0.alternatives.count == 1 })
        #expect(text(q.clauses[0].alternatives[0])?.fields == .all)
    }

    @Test func barIsOrAndBangExcludes() throws {
        let q = try #require(parse("学校|家庭 !网络 !a|b"))
        #expect(q.clauses[0].alternatives.compactMap(text).map(\.needle) == ["学校", "家庭"])
        #expect(q.clauses[1].negated)
        #expect(q.clauses[2].negated && q.clauses[2].alternatives.count == 2)
        #expect(parse("学校｜家庭 ！网络") == parse("学校|家庭 !网络"))  // full-width forms
    }

    @Test func widthAndCaseFold() throws {
        #expect(text(try #require(parse("１０")).clauses[0].alternatives[0])?.needle == "10")
        #expect(text(try #require(parse("ＡＢ")).clauses[0].alternatives[0])?.needle == "ab")
        #expect(text(try #require(parse("Inner")).clauses[0].alternatives[0])?.needle == "inner")
    }

    @Test func fields() throws {
        let cases: [(String, QueryFields)] = [
            ("p:nmg", .province), ("省:内蒙古", .province), ("省：内蒙古", .province), ("P:nmg", .province),
            ("s:sf", .system), ("系统:司法", .system), ("u:%", .unit), ("单位:人", .unit),
            ("src:人民网", .source), ("源:人民网", .source), ("i:家长", .indicator), ("指标:家长", .indicator),
            ("q:开办率", .quote), ("引文:开办率", .quote),
        ]
        for (input, fields) in cases {
            let t = text(try #require(parse(input), "\(input)").clauses[0].alternatives[0])
            #expect(t?.fields == fields, "\(input)")
        }
        // A field carries on to the alternatives after it, until another field.
        let q = try #require(parse("p:nmg|hn|s:sf"))
        #expect(q.clauses[0].alternatives.compactMap(text).map(\.fields) == [.province, .province, .system])
        let plain = try #require(parse("学校|p:nmg"))
        #expect(plain.clauses[0].alternatives.compactMap(text).map(\.fields) == [.all, .province])
    }

    @Test func quotedTermsKeepSpaces() throws {
        let q = try #require(parse("p:\"inner mongolia\" \"a|b\""))
        #expect(text(q.clauses[0].alternatives[0])?.needle == "inner mongolia")
        #expect(text(q.clauses[1].alternatives[0])?.needle == "a|b")
        #expect(text(try #require(parse("\"x:foo\"")).clauses[0].alternatives[0])?.needle == "x:foo")
        #expect(text(try #require(parse("\">10\"")).clauses[0].alternatives[0])?.needle == ">10")
    }

    @Test func numbers() throws {
        func n(_ s: String) throws -> NumberTerm {
            let q = try #require(parse(s), "\(s)")
            return try #require(number(q.clauses[0].alternatives[0]), "\(s)")
        }
        let gt = try n(">1000")
        #expect(gt.lower == .init(ExactNumber(1000), inclusive: false) && gt.upper == nil && gt.unit == nil)
        let ge = try n(">=50%")
        #expect(ge.lower == .init(ExactNumber(50), inclusive: true) && ge.unit == "%")
        #expect(try n("≥50％") == ge)
        #expect(try n("＞＝50%") == ge)
        let lt = try n("<1万")
        #expect(lt.upper == .init(ExactNumber(10_000), inclusive: false) && lt.lower == nil)
        #expect(try n("<=1.5万").upper == .init(ExactNumber(15_000), inclusive: true))
        #expect(try n(">2亿").lower?.value == ExactNumber(200_000_000))
        #expect(try n(">1.2千万").lower?.value == ExactNumber(12_000_000))
        #expect(try n(">1,000").lower?.value == ExactNumber(1000))
        #expect(try n(">0.5").lower?.value == ExactNumber(significand: 5, scale: 1))
        #expect(try n(">-3").lower?.value == ExactNumber(-3))
        let eq = try n("=91.9%")
        #expect(eq.lower == eq.upper && eq.lower?.inclusive == true && eq.unit == "%")
        let r = try n("100..500")
        #expect(r.lower == .init(ExactNumber(100), inclusive: true) && r.upper == .init(ExactNumber(500), inclusive: true))
        #expect(try n("50..100%").unit == "%")
        #expect(try n("1万..").upper == nil)
        #expect(try n("..1万").lower == nil)
        #expect(try n(">1万人").unit == "人")
        #expect(try n("１００..５００") == r)
        // Not numbers: plain text.
        #expect(text(try #require(parse("2021")).clauses[0].alternatives[0]) != nil)
        #expect(text(try #require(parse("a..b")).clauses[0].alternatives[0]) != nil)
        #expect(text(try #require(parse("100.")).clauses[0].alternatives[0]) != nil)
    }

    @Test func errorsSayWhere() {
        let cases: [(String, Int, String)] = [
            (">abc", 1, "expected a number after >"),
            (">", 1, "expected a number after >"),
            (">=", 2, "expected a number after >="),
            ("x:foo", 0, "unknown field x:"),
            ("a|", 1, "nothing after |"),
            ("|a", 0, "nothing before |"),
            ("a||b", 2, "nothing between | and |"),
            ("!", 0, "nothing after !"),
            ("!!a", 1, "! twice"),
            ("a|!b", 2, "! excludes a whole term"),
            ("p:", 0, "nothing after p:"),
            ("p:nmg s:", 6, "nothing after s:"),
            ("p:|a", 0, "nothing after p:"),
            ("\"abc", 0, "unclosed quote"),
            ("\"\"", 0, "empty quotes"),
            (">10abc", 3, "unexpected abc after the number"),
            (">1万..", 3, "unexpected .. after the number"),
            ("p:>10", 2, "a number compares the value"),
            ("1万人..2%", 0, "different units"),
            ("学校 x:foo", 3, "unknown field x:"),  // offsets count characters
            ("学校 >万", 4, "expected a number after >"),
        ]
        for (input, offset, message) in cases {
            let e = error(input)
            #expect(e?.offset == offset, "\(input): \(String(describing: e))")
            #expect(e?.message.contains(message) == true, "\(input): \(String(describing: e))")
        }
        #expect(error("x:foo")?.length == 2)
        #expect(error("x:foo")?.description.hasPrefix("1: unknown field x:") == true)
    }

    /// A message repeats at most a short piece of the query, however long the query is; the
    /// offset still points into the whole text.
    @Test func errorsCutWhatTheyRepeat() {
        let long = String(repeating: "字", count: 40_000)
        let field = error(long + ":foo")
        #expect(field?.offset == 0)
        #expect(field?.length == 40_001)
        #expect(field?.message.hasPrefix("unknown field " + String(repeating: "字", count: 39) + "…: (fields:") == true)
        let unit = error(">10" + String(repeating: "x", count: 40_000))
        #expect(unit?.offset == 3)
        #expect(unit?.message == "unexpected " + String(repeating: "x", count: 39) + "… after the number (a unit such as % or 人 may follow)")
        #expect(error("x:foo")?.message.hasPrefix("unknown field x:") == true, "short pieces stay whole")
    }

    @Test func excerptsKeepThePlaceInView() {
        let query = String(repeating: "a ", count: 20_000) + ">x"
        let shown = Excerpt.around(query, offset: 40_001, length: 1)
        #expect(shown.hasPrefix("…") && shown.hasSuffix(">x"))
        #expect(shown.count == 61)
        let middle = Excerpt.around(String(repeating: "b", count: 500) + "HERE" + String(repeating: "c", count: 500), offset: 500, length: 4)
        #expect(middle.hasPrefix("…b") && middle.hasSuffix("c…") && middle.contains("HERE"))
        #expect(Excerpt.around("学校 >x", offset: 4, length: 1) == "学校 >x")
        #expect(Excerpt.short("a\u{1B}[2Jb") == "a␛[2Jb", "control characters shown, not sent")
    }

    @Test func parsingNeverTraps() {
        // Every prefix and a deterministic spray of the characters the grammar cares about.
        let alphabet: [Character] = ["a", "学", " ", "|", "!", ":", "：", ">", "<", "=", ".", "%", "万", "亿",
                                     "1", "0", "-", ",", "\"", "p", "s", "x", "｜", "！", "≥", "\u{3000}", "é", "👍🏽"]
        var seed: UInt64 = 7
        for _ in 0..<3000 {
            var s = ""
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            let length = Int(seed >> 60)
            for _ in 0..<length {
                seed = seed &* 6364136223846793005 &+ 1442695040888963407
                s.append(alphabet[Int(seed >> 33) % alphabet.count])
            }
            do {
                _ = try Query.parse(s)
            } catch {
                #expect(error.offset >= 0 && error.offset + error.length <= s.count, "\(s)")
            }
        }
    }
}
