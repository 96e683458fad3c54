import Protection

/// A figure found in an article, before it becomes a record.
struct FigureDraft {
    var mention: Mention
    var indicator: String
    /// The earlier value of a change (由 201 人降至 104 人): as written, and when it held.
    var changeFrom: (text: String, date: String)?
    var date: String
    var target: Bool
    var sentence: Int
    var clause: Range<Int>
    var decision: Decision
}

/// Reads the figures of one article: pairs changes, carries units and rates along lists,
/// maps 分别 values onto their items, names each indicator and classifies it.
struct FigureReader {
    let t: BodyText
    let sentences: [Sentence]
    let classifier: Classifier
    /// Dates of the sentence being read (all of them before `read` narrows it): every lookup
    /// stays within one sentence, so a long report is read in linear time.
    var dates: [WrittenDate]
    /// The article's own date (ISO, partial) and the year a date without one belongs to.
    let articleDate: String
    let year: Int?

    static let clauseStops: Set<Unicode.Scalar> = Set("，,；;。：:！？!?".unicodeScalars)
    static let changeVerbs: [[Unicode.Scalar]] = [
        "下降到", "下降至", "下降为", "减少到", "减少至", "减少为", "上升到", "上升至", "上升为", "提高到", "提高至", "提升到", "提升至",
        "增加到", "增加至", "增长到", "增长至", "扩大到", "扩大至", "缩小到", "缩小至", "降至", "降到", "降为", "减至", "升至", "升到",
        "增至", "增到", "达到", "变为",
    ].map { scalars($0) }.sorted { $0.count > $1.count }

    func read(_ mentions: inout [Mention]) -> [FigureDraft] {
        carryAlongLists(&mentions)
        let scanner = MentionScanner(t)
        var drafts: [FigureDraft] = []
        var consumed = Set<Int>()
        let paragraphs = paragraphRanges()
        let sectionOf = classifier.sectionsBySentence(sentences)
        var local = self
        var m0 = 0, d0 = 0
        let allDates = dates
        for (s, sentence) in sentences.enumerated() {
            let range = sentence.range
            while m0 < mentions.count && mentions[m0].number.lowerBound < range.lowerBound { m0 += 1 }
            var m1 = m0
            while m1 < mentions.count && mentions[m1].number.lowerBound < range.upperBound { m1 += 1 }
            while d0 < allDates.count && allDates[d0].range.lowerBound < range.lowerBound { d0 += 1 }
            var d1 = d0
            while d1 < allDates.count && allDates[d1].range.lowerBound < range.upperBound { d1 += 1 }
            guard m1 > m0 else { continue }
            local.dates = Array(allDates[d0..<d1])
            let sentenceMentions = Array(mentions[m0..<m1])
            var previousEnd = 0
            for k in m0..<m1 where mentions[k].skip == nil {
                let m = mentions[k]
                // A change: 由 [date 的] A [verb] [date 的] B; A becomes B's earlier value.
                var change: (text: String, date: String)?
                var subjectEnd: Int?
                if let a = local.previousInSentence(mentions, before: k, sentence: range), let found = local.changePair(mentions[a], m) {
                    change = (fromText(mentions[a], m), found.fromDate)
                    consumed.insert(a)
                    if let last = drafts.last, last.mention.number == mentions[a].number { drafts.removeLast() }
                    subjectEnd = found.subjectEnd
                }
                let clause = clauseRange(around: m.number.lowerBound, in: range)
                var indicator = local.indicator(m, clause: clause, after: change == nil ? previousEnd : 0, subjectEnd: subjectEnd, scanner: scanner)
                if let mapped = respectively(m, mentions: sentenceMentions, sentence: range), !mapped.isEmpty { indicator = mapped }
                // Nothing around the number names it: say so, for the reviewer to fill in.
                if indicator.isEmpty { indicator = "（待定）" }
                let decision = classifier.decide(section: sectionOf[s], clause: clause, sentence: range, paragraph: paragraphs[sentence.paragraph])
                drafts.append(FigureDraft(mention: m, indicator: indicator, changeFrom: change,
                                          date: local.date(for: m, in: range, change: change != nil),
                                          target: local.isTarget(m, sentence: range), sentence: s, clause: clause, decision: decision))
                previousEnd = m.end
            }
        }
        for k in consumed { mentions[k].skip = "the earlier value of a change, kept with the later one" }
        return drafts
    }

    func paragraphRanges() -> [Range<Int>] {
        var out: [Range<Int>] = []
        for s in sentences {
            while out.count <= s.paragraph { out.append(s.range) }
            out[s.paragraph] = min(out[s.paragraph].lowerBound, s.range.lowerBound)..<max(out[s.paragraph].upperBound, s.range.upperBound)
        }
        return out
    }

    // MARK: Lists

    /// In a list joined by 、 (2004 元、1712 元; 30、40 个), a value without a unit takes the
    /// next one's, and a value without a rate takes the previous one's when the units agree.
    func carryAlongLists(_ ms: inout [Mention]) {
        guard ms.count > 1 else { return }
        for k in 1..<ms.count {
            let a = ms[k - 1], b = ms[k]
            guard joinedByListMark(a.end, b.start) || joinedByListMark(a.number.upperBound, b.start) else { continue }
            if b.skip == nil, a.skip == nil, !a.rate.isEmpty, b.rate.isEmpty, a.unit == b.unit, b.prefixQualifier.isEmpty {
                ms[k].rate = a.rate
            }
        }
        for k in stride(from: ms.count - 2, through: 0, by: -1) {
            let a = ms[k], b = ms[k + 1]
            if a.skip == "no unit after it", b.skip == nil, a.chinese == b.chinese, joinedByListMark(a.end, b.start) {
                ms[k].unit = b.unit
                ms[k].skip = nil
            }
        }
    }

    func joinedByListMark(_ end: Int, _ start: Int) -> Bool {
        guard start > end, start - end <= 1 else { return false }
        let c = t.chars[end]
        return c == "、" || c == "和" || c == "及"
    }

    // MARK: Changes

    func previousInSentence(_ ms: [Mention], before k: Int, sentence: Range<Int>) -> Int? {
        var j = k - 1
        while j >= 0 {
            if !sentence.contains(ms[j].number.lowerBound) { return nil }
            if ms[j].skip == nil || ms[j].skip == "no unit after it" { return j }
            if ms[j].skip?.hasPrefix("a date") == true { j -= 1; continue }
            return nil
        }
        return nil
    }

    /// The date of the earlier value and where the subject before 由 ends, when A→B is a change.
    func changePair(_ a: Mention, _ b: Mention) -> (fromDate: String, subjectEnd: Int)? {
        let c = t.chars
        // Between: [date][的] verb [date][的].
        var i = a.end
        var j = b.start
        if let d = dates.first(where: { $0.range.upperBound == j || $0.range.upperBound + 1 == j && c[j - 1] == "的" }) { j = d.range.lowerBound }
        guard let verb = Self.changeVerbs.first(where: { c.has($0, at: i) }) else { return nil }
        i += verb.count
        guard i == j else { return nil }
        // Before A: 由/从 [date][的].
        var k = a.start
        var fromDate = ""
        if k > 0, c[k - 1] == "的" { k -= 1 }
        if let d = dates.first(where: { $0.range.upperBound == k }) { fromDate = d.iso(year: year); k = d.range.lowerBound }
        guard k > 0, c[k - 1] == "由" || c[k - 1] == "从" else { return nil }
        return (fromDate, k - 1)
    }

    func fromText(_ a: Mention, _ b: Mention) -> String {
        var m = a
        if m.unit.isEmpty { m.unit = b.unit }
        if m.rate.isEmpty { m.rate = b.rate }
        return m.text
    }

    // MARK: 分别

    /// 集中供养、分散供养孤儿…标准分别达到每人每月 2004 元、1712 元: the i-th value measures
    /// the i-th item, with the words the last item adds (孤儿…标准) shared by all.
    func respectively(_ m: Mention, mentions: [Mention], sentence: Range<Int>) -> String? {
        let c = t.chars
        let word = scalars("分别")
        var p = m.start - 1
        while p >= sentence.lowerBound && !(c.has(word, at: p)) {
            if Self.clauseStops.contains(c[p]) { return nil }
            p -= 1
        }
        guard p >= sentence.lowerBound else { return nil }
        // The values after 分别, in order.
        let values = mentions.filter { $0.skip == nil && $0.start > p && sentence.contains($0.start) && clauseRange(around: $0.start, in: sentence) == clauseRange(around: m.start, in: sentence) }
        guard let position = values.firstIndex(where: { $0.number == m.number }) else { return nil }
        var s = p
        while s > sentence.lowerBound && !Self.clauseStops.contains(c[s - 1]) { s -= 1 }
        var items = split(s..<p)
        guard items.count == values.count, items.count > 1 else { return nil }
        if let tail = Self.sharedTail(items) {
            let last = items.count - 1
            items = items.enumerated().map { k, item in k == last ? String(item.dropLast(tail.count)) + tail : item + tail }
        }
        return Self.cleanLeft(items[position])
    }

    static let indicatorHeads: [String] = ["平均", "基本", "生活", "保障", "标准", "人数", "数量", "覆盖率", "金额", "资金", "补贴", "比例"]

    /// Words the last item of a 分别 list adds for all items. Two readings: the items are as
    /// long as each other (集中供养、分散供养孤儿…: the tail starts after 4 characters), or the
    /// tail starts at a word that names a measure (孤儿、事实无人抚养儿童基本生活保障标准: at 基本).
    /// The first wins when it ends at most two characters before the second (孤儿 is shared too).
    static func sharedTail(_ items: [String]) -> String? {
        guard let last = items.last.map({ Array($0) }) else { return nil }
        let lengths = items.dropLast().map(\.count)
        var equal: Int?
        if let l = lengths.first, lengths.allSatisfy({ $0 == l }), last.count > l + 1 { equal = l }
        var keyword: Int?
        for k in 2..<max(2, last.count) where indicatorHeads.contains(where: { String(last[k...]).hasPrefix($0) }) {
            keyword = k
            break
        }
        let split: Int?
        switch (equal, keyword) {
        case let (e?, k?): split = e <= k && k - e <= 2 ? e : k
        case let (e?, nil): split = e
        case let (nil, k?): split = k
        default: split = nil
        }
        return split.map { String(last[$0...]) }
    }

    /// Items of a list: split at 、 (and 和/与/及 before the last), outside names.
    func split(_ r: Range<Int>) -> [String] {
        var out: [String] = []
        var start = r.lowerBound
        for i in r where t.chars[i] == "、" || t.chars[i] == "和" || t.chars[i] == "与" || t.chars[i] == "及" {
            out.append(shown(start..<i))
            start = i + 1
        }
        out.append(shown(start..<r.upperBound))
        return out.filter { !$0.isEmpty }
    }

    // MARK: Indicators

    static let leadingWords: [String] = [
        "截至目前", "截至", "目前", "其中", "同时", "此外", "另外", "全区", "全省", "全市", "全州", "全县", "全盟", "全国", "全旗",
        "各级", "累计", "共计", "总计", "已经", "现已", "已", "依法依规", "依法", "先后", "今年以来", "去年以来", "以来", "年内",
        "当年", "并", "还", "共", "均", "目前已", "在", "自治区", "本级",
    ].sorted { $0.count > $1.count }
    /// Province names lead many clauses (内蒙古自治区孤儿…) and name no indicator.
    static let provinceWords: [[Unicode.Scalar]] = Province.all.flatMap { [$0.fullName, $0.shortName] }.map { scalars($0) }
        .sorted { $0.count > $1.count }
    static let trailingWords: [String] = [
        "分别达到", "分别为", "分别是", "分别", "达到", "达", "为", "是", "有", "共有", "共", "累计", "超过", "占", "约", "近",
        "增至", "降至", "由", "从", "的", "均", "已", "总数",
    ].sorted { $0.count > $1.count }
    static let rightStops: [String] = [
        "，", "、", "。", "；", "升级", "开展", "参加", "实现", "向", "等", "全部", "免费", "建成", "新建", "改建", "落实", "覆盖",
        "位居", "提供", "受理", "纳入", "组成", "开放", "和", "均", "已", "都", "及", "进行", "得到", "完成", "接受", "参与", "获得", "在",
    ]

    static let rightStopScalars = rightStops.map { scalars($0) }

    /// Left of the number (after the previous figure) plus the noun right of the unit.
    func indicator(_ m: Mention, clause: Range<Int>, after previousEnd: Int, subjectEnd: Int?, scanner: MentionScanner) -> String {
        var lo = max(clause.lowerBound, previousEnd)
        if lo > m.start { lo = clause.lowerBound }
        var hi = subjectEnd ?? m.start
        if hi < lo { hi = m.start }
        // Drop dates from the left part.
        var left = ""
        var i = lo
        while i < hi {
            if let d = dates.first(where: { $0.range.lowerBound == i }) { i = min(hi, d.range.upperBound); continue }
            // The item before 、 is another figure's: 100 余家科普基地、117 个公共图书馆.
            // Names and what 等 closes belong to a list of names, not to this figure.
            if t.chars[i] == "、" || t.chars[i] == "等" || t.chars[i] == "”" || t.chars[i] == "》" { left = ""; i += 1; continue }
            left.unicodeScalars.append(Traditional.simplified(t.shown[i]))
            i += 1
        }
        var l = Self.cleanLeft(left)
        // 海口、三亚、儋州、琼海 4 个: the number counts the places listed, which name no indicator.
        if !m.chinese, let v = Int(m.numeral), v > 1, scanner.listedItems(before: m.start) == v { l = "" }
        var e = m.end
        var right = ""
        var depth = 0
        while e < clause.upperBound && right.unicodeScalars.count < 16 {
            // 183 个县（市、区）: a list mark inside brackets does not end the noun.
            if t.chars[e] == "(" { depth += 1 } else if t.chars[e] == ")" { depth = max(0, depth - 1) }
            if depth == 0, Self.rightStopScalars.contains(where: { t.chars.has($0, at: e) && e + $0.count <= clause.upperBound }) { break }
            right.unicodeScalars.append(Traditional.simplified(t.shown[e]))
            e += 1
        }
        let name = l + right
        if !name.isEmpty { return name }
        // 共有三千余人参加能力培训: nothing before, a verb after; the rest of the clause names it.
        let rest = shown(m.end..<max(m.end, clause.upperBound))
        return rest.isEmpty ? shown(clause.lowerBound..<max(clause.lowerBound, m.start)) : rest
    }

    static let leadingScalars = provinceWords + leadingWords.map { scalars($0) }
    static let trailingScalars = trailingWords.map { scalars($0) }

    static func cleanLeft(_ s: String) -> String {
        var u = Array(s.trimmingPunctuation.unicodeScalars)
        var changed = true
        while changed {
            changed = false
            for w in leadingScalars where u.count > w.count && u.has(w, at: 0) { u.removeFirst(w.count); changed = true }
            for w in trailingScalars where u.count > w.count && u.has(w, at: u.count - w.count) { u.removeLast(w.count); changed = true }
        }
        if leadingScalars.contains(u) || trailingScalars.contains(u) { return "" }
        return String(String.UnicodeScalarView(u)).trimmingPunctuation
    }

    func shown(_ r: Range<Int>) -> String {
        var out = String.UnicodeScalarView()
        for i in r where i < t.count { out.append(Traditional.simplified(t.shown[i])) }
        return String(out).trimmingPunctuation
    }

    // MARK: Places

    func clauseRange(around i: Int, in sentence: Range<Int>) -> Range<Int> {
        var a = i, b = i
        while a > sentence.lowerBound && !isClauseStop(a - 1) { a -= 1 }
        while b < sentence.upperBound && !isClauseStop(b) { b += 1 }
        return a..<b
    }

    /// A clause ends at ，；。： but not at the comma of 1,087.
    func isClauseStop(_ k: Int) -> Bool {
        let c = t.chars
        guard Self.clauseStops.contains(c[k]) else { return false }
        if c[k] == ",", t.shown[k] == ",", k > 0, k + 1 < c.count, Numerals.isArabic(c[k - 1]), Numerals.isArabic(c[k + 1]) { return false }
        return true
    }

    /// The date before the figure in its sentence (not one 以来 starts a period from, nor the
    /// earlier value's), else the article's.
    func date(for m: Mention, in sentence: Range<Int>, change: Bool) -> String {
        let c = t.chars
        let since = scalars("以来")
        let before = dates.filter { sentence.contains($0.range.lowerBound) && $0.range.upperBound <= m.start }
        guard let d = before.last, !c.has(since, at: d.range.upperBound) else { return articleDate }
        if change { return articleDate }
        if d.range.lowerBound > 0, c[d.range.lowerBound - 1] == "到" || c[d.range.lowerBound - 1] == "至" { return articleDate }
        return d.iso(year: year)
    }

    static let goalWords: [[Unicode.Scalar]] = ["力争", "计划", "预计", "目标", "拟"].map { scalars($0) }
    static let goalFirsts: Set<Unicode.Scalar> = Set(goalWords.map { $0[0] })

    /// A goal rather than an achieved value: 到 2025 年, 力争, 计划, 目标, or 将 just after a year.
    func isTarget(_ m: Mention, sentence: Range<Int>) -> Bool {
        for i in sentence.lowerBound..<m.start where Self.goalFirsts.contains(t.chars[i]) {
            if Self.goalWords.contains(where: { t.chars.has($0, at: i) }) { return true }
        }
        for d in dates where sentence.contains(d.range.lowerBound) && d.range.upperBound <= m.start {
            // 到 2025 年 sets a goal; 提高到 2023 年的 98.2% reports a change.
            let b = d.range.lowerBound
            if b > 0, t.chars[b - 1] == "到", b < 2 || !"高降加少长升大小达".unicodeScalars.contains(t.chars[b - 2]) { return true }
            let after = t.chars[d.range.upperBound..<min(m.start, d.range.upperBound + 6)]
            if after.contains("将") { return true }
        }
        return false
    }
}

extension String {
    /// Without list and sentence punctuation at the edges; brackets that open at the start
    /// and close at the end stay (最美（五好）家庭, 旗县（市区）).
    var trimmingPunctuation: String {
        let both = Set("，,、。；;：:\"‘’ ".unicodeScalars)
        var u = Array(unicodeScalars)
        while let f = u.first, both.contains(f) || f == "）" || f == ")" || f == "”" { u.removeFirst() }
        while let l = u.last, both.contains(l) || l == "（" || l == "(" || l == "“" { u.removeLast() }
        return String(String.UnicodeScalarView(u))
    }
}
