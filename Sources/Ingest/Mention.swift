import Protection

/// A number in a body with the words around it that make it a quantity.
struct Mention {
    /// Start of the whole quantity (a qualifier or rate before the number included).
    var start: Int
    var number: Range<Int>
    /// End of the quantity (unit and 以上 included).
    var end: Int
    var numeral: String
    var chinese: Bool
    var prefixQualifier = ""
    var rate = ""
    var multiplier = ""
    var over = ""
    var unit = ""
    var suffix = ""
    /// Why this number is not a figure; nil when it is one.
    var skip: String?

    /// The quantity as `Quantity.parse` reads it, in the dataset's usual spacing:
    /// `174 万人`, `680 余份`, `每人每月 2004 元`, `91.9%`, `三千余人`.
    var text: String {
        let percent = (unit == "%" || unit == "‰") && multiplier.isEmpty && over.isEmpty
        let body = numeral + (chinese || percent ? "" : " ") + multiplier + over + unit + suffix
        return prefixQualifier + (prefixQualifier.isEmpty ? "" : " ") + rate + (rate.isEmpty ? "" : " ") + body
    }
}

/// Finds every number of a body and reads it as a quantity, or says why it is not a figure.
struct MentionScanner {
    let t: BodyText
    /// Inside 《》 or quotation marks: names of documents and campaigns.
    let inName: [Bool]

    init(_ t: BodyText) {
        self.t = t
        var names = [Bool](repeating: false, count: t.count)
        var quoted = [Bool](repeating: false, count: t.count)
        var book = 0, quote = 0
        var ascii = false
        for i in 0..<t.count {
            let c = t.chars[i]
            switch c {
            case "《": book += 1
            case "》": book = max(0, book - 1)
            case "“", "「": quote += 1
            case "”", "」": quote = max(0, quote - 1)
            case "\"": ascii.toggle()
            default: break
            }
            // A quotation never runs across a paragraph; an unbalanced mark must not hide the rest.
            if t.has(BodyText.Flag.paragraph, at: i) && i > 0 { book = 0; quote = 0; ascii = false }
            names[i] = book > 0
            quoted[i] = quote > 0 || ascii
        }
        // A quotation holding a clause of its own (“例如…，多年来共照料了 500 名…”) is
        // someone's words, whose numbers are figures; a short one is a name (“12355 伴你行”).
        var i = 0
        while i < t.count {
            guard quoted[i] else { i += 1; continue }
            var k = i
            while k < t.count && quoted[k] { k += 1 }
            let speech = k - i > 40 || (i..<k).contains { "，,。；;".unicodeScalars.contains(t.chars[$0]) }
            if !speech { for j in i..<k { names[j] = true } }
            i = k
        }
        inName = names
    }

    func scan() -> [Mention] {
        var out: [Mention] = []
        let c = t.chars
        var i = 0
        while i < c.count {
            let ch = c[i]
            let arabic = Numerals.isArabic(ch)
            let chineseStart = !arabic && (Numerals.digit[ch] != nil && ch != "零" && ch != "〇" || ch == "十")
            guard arabic || chineseStart else { i += 1; continue }
            var m = read(at: i, chinese: chineseStart)
            if m.skip == nil { m.skip = notAFigure(m) }
            out.append(m)
            i = max(m.number.upperBound, i + 1)
            if m.skip == nil { i = max(i, m.end) }
        }
        return out
    }

    func read(at i: Int, chinese: Bool) -> Mention {
        let c = t.chars
        var k = i
        if chinese {
            while k < c.count && Numerals.chineseBody.contains(c[k]) { k += 1 }
        } else {
            var sawPoint = false
            while k < c.count {
                if Numerals.isArabic(c[k]) { k += 1; continue }
                if c[k] == ".", !sawPoint, k + 1 < c.count, Numerals.isArabic(c[k + 1]) { sawPoint = true; k += 1; continue }
                // A thousands separator only as ASCII "1,087" in the original, never a list comma.
                if c[k] == ",", !sawPoint, t.shown[k] == ",", k + 3 < c.count,
                   (1...3).allSatisfy({ Numerals.isArabic(c[k + $0]) }),
                   k + 4 >= c.count || !Numerals.isArabic(c[k + 4]) { k += 1; continue }
                break
            }
        }
        var m = Mention(start: i, number: i..<k, end: k, numeral: Numerals.everyday(c.string(i..<k)), chinese: chinese)
        // Before: a rate (每人每月), a qualifier (超过, 近), or both.
        var s = i
        // 每生每年 6000 元, 每户 500 元: a rate `Quantity` does not know goes into the unit.
        var per = ""
        if s >= 4, c[s - 4] == "每", c[s - 3] != "人", Numerals.perWhom.contains(c[s - 3]), c[s - 2] == "每", Numerals.perWhen.contains(c[s - 1]) {
            per = "/" + String(c[s - 3]) + "/" + String(c[s - 1]); s -= 4
        } else if let r = Numerals.rates.first(where: { c.has($0, at: s - $0.count) }) {
            m.rate = String(String.UnicodeScalarView(r)); s -= r.count
        } else if s >= 2, c[s - 2] == "每", c[s - 1] != "人", Numerals.perWhom.contains(c[s - 1]) {
            per = "/" + String(c[s - 1]); s -= 2
        }
        // 百分之十五: fifteen per cent.
        var percent = false
        let hundredth = scalars("百分之")
        if c.has(hundredth, at: s - 3) { percent = true; s -= 3 }
        if let q = Numerals.prefixQualifiers.first(where: { c.has($0, at: s - $0.count) }) {
            m.prefixQualifier = String(String.UnicodeScalarView(q)); s -= q.count
        }
        m.start = s
        // After: multipliers, 余/多, more multipliers (30余万), a unit, 以上.
        var e = k
        func multipliers() {
            guard !chinese else { return }
            while e < c.count && Numerals.multipliers.contains(c[e]) { m.multiplier.unicodeScalars.append(c[e]); e += 1 }
        }
        multipliers()
        if e < c.count, c[e] == "余" || c[e] == "多" { m.over = String(c[e]); e += 1 }
        multipliers()
        if e < c.count, chinese, c[e] == "万" || c[e] == "亿" {
            // 三千余万: the multiplier after 余 belongs to the numeral.
            m.numeral.unicodeScalars.append(c[e]); e += 1
        }
        var condition = false
        if let w = Numerals.conditionWords.first(where: { c.has($0, at: e) }) { condition = true; e += w.count }
        if percent {
            m.unit = "%"
        } else if let u = Numerals.units.first(where: { c.has($0, at: e) }) {
            m.unit = String(String.UnicodeScalarView(u)); e += u.count
            // Compound units written after: 元/人/月, 元/人·月.
            while e + 1 < c.count, c[e] == "/", let part = ["人", "月", "年", "天", "次"].first(where: { c[e + 1] == $0.unicodeScalars.first! }) {
                m.unit += "/" + part
                e += 2
                if e + 1 < c.count, c[e] == "·", c[e + 1] == "月" || c[e + 1] == "年" {
                    m.unit += "/" + String(c[e + 1])
                    e += 2
                }
            }
        }
        // 216 人(次): visits, written with the 次 in brackets.
        if m.unit == "人", e + 2 < c.count, c[e] == "(", c[e + 1] == "次", c[e + 2] == ")" { m.unit = "人次"; e += 3 }
        if !per.isEmpty, !m.unit.isEmpty { m.unit += per }
        // 孤儿…保障标准…970 元/月: an allowance standard for people is per person.
        if m.unit == "元/月" || m.unit == "元/年", perPersonStandard(before: s) { m.unit = "元/人/" + String(m.unit.unicodeScalars.last!) }
        // 农村留守儿童近 12 万: a bare 万 after a count of people is people.
        if m.unit.isEmpty, !condition, m.multiplier.contains("万") || m.numeral.hasSuffix("万"), countsPeople(before: s, after: e) { m.unit = "人" }
        if condition {
            m.end = e
            m.skip = "a condition inside a name (30 万以上人口的旗县), not a figure"
            return m
        }
        if !m.unit.isEmpty, let q = Numerals.suffixQualifiers.first(where: { c.has($0, at: e) }) {
            m.suffix = String(String.UnicodeScalarView(q)); e += q.count
        }
        m.end = e
        return m
    }

    /// A people noun just before the quantity in its clause, or right after it.
    func countsPeople(before s: Int, after e: Int) -> Bool {
        let c = t.chars
        // Right after (近 12 万农村留守儿童), with no unit of its own in between.
        let next = e..<min(c.count, e + 6)
        let unitAfter = next.contains { i in Numerals.units.contains { c.has($0, at: i) } }
        for w in Numerals.people where !unitAfter && next.contains(where: { c.has(w, at: $0) }) { return true }
        var k = s - 1
        while k >= 0, s - k <= 12, !FigureReader.clauseStops.contains(c[k]) {
            if Numerals.people.contains(where: { c.has($0, at: k) }) { return true }
            k -= 1
        }
        return false
    }

    static let standard = scalars("标准")
    static let persons: [[Unicode.Scalar]] = ["孤儿", "儿童", "未成年人"].map { scalars($0) }

    /// A 标准 for children earlier in the sentence (up to 60 characters back).
    func perPersonStandard(before s: Int) -> Bool {
        let c = t.chars
        var k = s - 1, sawStandard = false, sawPerson = false
        while k >= 0, s - k <= 60, c[k] != "。", c[k] != "；", c[k] != ";" {
            if c.has(Self.standard, at: k) { sawStandard = true }
            if Self.persons.contains(where: { c.has($0, at: k) }) { sawPerson = true }
            k -= 1
        }
        return sawStandard && sawPerson
    }

    static let aspects = scalars("方面")
    static let meeting = scalars("会议")
    static let listed: [[Unicode.Scalar]] = ["以上", "上述", "这"].map { scalars($0) }
    static let comparers: [[Unicode.Scalar]] = ["较", "相比", "比", "与"].map { scalars($0) }
    static let notComparers: [[Unicode.Scalar]] = ["比例", "比重", "比率", "与会"].map { scalars($0) }
    static let changeAfter: [[Unicode.Scalar]] = ["下降", "上升", "增长", "减少", "增加", "提高", "降低"].map { scalars($0) }

    /// 较上一年的 300 人有所减少, 与上一年的 20.5% 相比有升: the value a change is
    /// measured against, not a figure of its own.
    func comparedWith(_ m: Mention) -> String? {
        let c = t.chars
        var e = m.end
        for filler in [scalars("有所"), scalars("明显"), scalars("大幅")] where c.has(filler, at: e) { e += filler.count }
        guard Self.changeAfter.contains(where: { c.has($0, at: e) }) else { return nil }
        var k = m.start - 1
        while k >= 0, m.start - k <= 30, !FigureReader.clauseStops.contains(c[k]) {
            // 从 2015 年的 6.75% 下降到…: the start of a change, read with its later value.
            if c[k] == "从" || c[k] == "由" { return nil }
            if Self.comparers.contains(where: { c.has($0, at: k) }), !Self.notComparers.contains(where: { c.has($0, at: k) }) {
                return "the value a change is compared with (较…的 496 人下降), not a figure"
            }
            k -= 1
        }
        return nil
    }

    static let phoneWords: [[Unicode.Scalar]] = ["热线", "服务热线", "电话", "专线", "平台", "政务", "服务", "举报", "求助"].map { scalars($0) }

    /// Why a read number is not a figure, or nil.
    func notAFigure(_ m: Mention) -> String? {
        let c = t.chars
        let i = m.number.lowerBound, k = m.number.upperBound
        if inName[i] { return "inside a title or quoted name (《…》, “…”)" }
        if i > 0, c[i - 1] == "第" { return "an ordinal or article number (第…)" }
        if i > 0, Numerals.isLatin(c[i - 1]) || c[i - 1] == "-" || c[i - 1] == "." || c[i - 1] == "/" { return "part of a code or phone number" }
        if k < c.count, Numerals.isLatin(c[k]) || c[k] == "-" && k + 1 < c.count && Numerals.isArabic(c[k + 1]) { return "part of a code or phone number" }
        let after = m.number.upperBound + m.multiplier.unicodeScalars.count + m.over.unicodeScalars.count
        if m.unit.isEmpty, Numerals.timeWords.contains(where: { c.has($0, at: after) }) {
            return m.numeral.unicodeScalars.count == 4 && !m.chinese ? "a date or year" : "a date or a duration"
        }
        if k < c.count, c[k] == "—" || c[k] == "~" || c[k] == "至" && k + 1 < c.count && (Numerals.isArabic(c[k + 1]) || Numerals.digit[c[k + 1]] != nil) {
            return "the start of a range (0—6 岁)"
        }
        if i > 0, c[i - 1] == "—" || c[i - 1] == "~" { return "the end of a range" }
        // 3 至 5 个: a range, which one figure cannot hold; listed for the reviewer.
        if i > 1, c[i - 1] == "至" || c[i - 1] == "到", Numerals.isArabic(c[i - 2]) || m.chinese && Numerals.digit[c[i - 2]] != nil {
            return "the end of a range (3 至 5 个), which one figure cannot hold"
        }
        if m.chinese {
            if m.numeral == "一" { return "一 as a word (一批, 一系列), not a count" }
            if m.numeral.unicodeScalars.count == 1, Numerals.structureAfterChinese.contains(where: { c.has($0, at: k) }) {
                return "a structure word (六大保护, 三重保障, 一是)"
            }
            if let v = Numerals.digit[m.numeral.unicodeScalars.first!], m.numeral.unicodeScalars.count == 1, listedItems(before: i) == v {
                return "counts the items just listed (两条底线, 三项工作), a structure word"
            }
            if m.end < c.count, !m.unit.isEmpty, c[m.end] == "一" { return "a pattern (一人一档), not a count" }
        }
        if m.unit.isEmpty {
            if !m.chinese, m.numeral.unicodeScalars.count >= 5 || Self.phoneWords.contains(where: { c.has($0, at: k) }) {
                return "a phone or hotline number (12345)"
            }
            return "no unit after it"
        }
        if let why = Numerals.structureUnits[m.unit] { return why }
        if m.unit == "个", c.has(Self.aspects, at: m.end) { return "a structure word (六个方面), not a count" }
        if m.unit == "个", m.end < c.count, c[m.end] == "月" { return "a date or a duration" }
        if m.unit == "次", c.has(Self.meeting, at: m.end) { return "a session number (四次会议), not a count" }
        if m.unit == "位" || m.unit == "名", m.start > 0, c[m.start - 1] == "前" || c[m.start - 1] == "第" { return "a rank (前 5 位), not a count" }
        if m.chinese, m.start >= 2, Self.listed.contains(where: { c.has($0, at: m.start - $0.count) }) {
            return "counts the items just listed (以上七种罪名), a structure word"
        }
        if let why = comparedWith(m) { return why }
        if m.unit == "人", m.end < c.count, c[m.end] == "口" { return "a condition inside a name (30 万以上人口的旗县), not a figure" }
        return nil
    }

    /// Items separated by 、 between the clause start and `i`: "守牢兜底保障、安全守护" → 2.
    func listedItems(before i: Int) -> Int {
        var k = i - 1, separators = 0
        while k >= 0 {
            let ch = t.chars[k]
            // A list ends at the clause start, or at another number (407 个乡镇和…).
            if "，,；;。：:".unicodeScalars.contains(ch) || Numerals.isArabic(ch) { break }
            // 督导员和儿童主任两类人员: 和/及 join the last two items.
            if (ch == "、" || ch == "和" || ch == "及") && !inName[k] { separators += 1 }
            k -= 1
        }
        return separators == 0 ? 0 : separators + 1
    }
}
