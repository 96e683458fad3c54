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
        "增至", "增到", "达到", "变为", "优化为", "调整为", "整合为", "合并为", "精简为",
    ].map { scalars($0) }.sorted { $0.count > $1.count }

    func read(_ mentions: inout [Mention]) -> [FigureDraft] {
        carryAlongLists(&mentions)
        let scanner = MentionScanner(t)
        var drafts: [FigureDraft] = []
        var consumed = Set<Int>()
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
            let listed = local.listChanges(sentenceMentions, sentence: range)
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
                if let pair = listed.first(where: { $0.to == k - m0 }) {
                    let a = sentenceMentions[pair.from]
                    change = (fromText(a, m), pair.date)
                    consumed.insert(m0 + pair.from)
                    drafts.removeAll { $0.mention.number == a.number }
                    indicator = pair.name
                }
                // What a growth or a share is of: the count before it in the sentence.
                let previous = drafts.last { $0.sentence == s && !["%", "个百分点", "倍"].contains($0.mention.unit) }?.indicator
                let clauseBefore = shown(max(clause.lowerBound, previousEnd)..<max(clause.lowerBound, max(previousEnd, m.start)))
                indicator = IndicatorName.finish(indicator, unit: m.unit, clauseBefore: clauseBefore, previous: previous)
                // A growth or a share of the count before it is filed with that count.
                let ofPrevious = previous != nil && (indicator.hasPrefix(previous!) && indicator != previous!)
                // Nothing around the number names it: say so, for the reviewer to fill in.
                if indicator.isEmpty { indicator = "（待定）" }
                var decision = classifier.decide(section: sectionOf[s], number: m.number.lowerBound, countedEnd: m.end, clause: clause, sentence: range)
                if ofPrevious, let p = drafts.last(where: { $0.sentence == s && $0.indicator == previous }), sectionOf[s] == nil {
                    decision = Decision(system: p.decision.system, confidence: p.decision.confidence, rule: "a growth or share of \(p.mention.text): \(p.decision.rule)")
                }
                drafts.append(FigureDraft(mention: m, indicator: indicator, changeFrom: change,
                                          date: local.date(for: m, in: range, change: change != nil),
                                          target: local.isTarget(m, sentence: range), sentence: s, clause: clause, decision: decision))
                previousEnd = m.end
            }
        }
        for k in consumed { mentions[k].skip = "the earlier value of a change, kept with the later one" }
        return drafts
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
            // 3.5 个和 12.25 个百分点: the first 个 is the start of the shared 个百分点.
            if a.unit == "个", b.unit == "个百分点", a.skip == nil, joinedByListMark(a.end, b.start) {
                ms[k].unit = "个百分点"
                continue
            }
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
        // 由之前的 840 元, 由原来的…: the earlier time said in words.
        for w in Self.earlierWords where c.has(w, at: k - w.count) { k -= w.count; break }
        guard k > 0, c[k - 1] == "由" || c[k - 1] == "从" else { return nil }
        return (fromDate, k - 1)
    }

    /// 由 [date 的] X A、Y B，分别提高到 [date 的] C、D: C is X's later value with A its
    /// earlier one, D is Y's with B. Returns pairs of positions in `ms`, the earlier date, and
    /// each item's name with the measure the subject before 由 names (孤儿基本生活保障标准由…).
    func listChanges(_ ms: [Mention], sentence: Range<Int>) -> [(from: Int, to: Int, date: String, name: String)] {
        let c = t.chars
        let respectively = scalars("分别")
        guard let at = sentence.first(where: { c.has(respectively, at: $0) }),
              let verb = Self.changeVerbs.first(where: { c.has($0, at: at + 2) }) else { return [] }
        let afterVerb = at + 2 + verb.count
        let targets = ms.indices.filter { ms[$0].skip == nil && ms[$0].start >= afterVerb && clauseRange(around: ms[$0].start, in: sentence) == clauseRange(around: afterVerb, in: sentence) }
        guard let by = (sentence.lowerBound..<at).last(where: { c[$0] == "由" || c[$0] == "从" }) else { return [] }
        let sources = ms.indices.filter { ms[$0].skip == nil && ms[$0].start > by && ms[$0].end <= at }
        guard sources.count == targets.count, sources.count > 1 else { return [] }
        var fromDate = ""
        var itemStart = by + 1
        if let d = dates.first(where: { $0.range.lowerBound == itemStart }) {
            fromDate = d.iso(year: year)
            itemStart = d.range.upperBound
            if itemStart < c.count, c[itemStart] == "的" { itemStart += 1 }
        }
        var subjectStart = by
        while subjectStart > sentence.lowerBound && !Self.clauseStops.contains(c[subjectStart - 1]) { subjectStart -= 1 }
        let subject = Array(shown(subjectStart..<by))
        let tail = (0..<subject.count).first { k in Self.indicatorHeads.contains { String(subject[k...]).hasPrefix($0) } }.map { String(subject[$0...]) } ?? ""
        var out: [(from: Int, to: Int, date: String, name: String)] = []
        for (n, s) in sources.enumerated() {
            let item = Self.cleanLeft(shown(min(itemStart, ms[s].start)..<ms[s].start))
            out.append((s, targets[n], fromDate, item.hasSuffix(tail) ? item : item + tail))
            itemStart = ms[s].end
        }
        return out
    }

    static let earlierWords: [[Unicode.Scalar]] = ["之前", "此前", "原来", "以前", "过去"].map { scalars($0) }

    func fromText(_ a: Mention, _ b: Mention) -> String {
        var m = a
        if m.unit.isEmpty { m.unit = b.unit }
        if m.rate.isEmpty { m.rate = b.rate }
        return m.text
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

    /// The date before the figure in its sentence (not one 以来 starts a period from, nor a
    /// goal's 到 2025 年), else the article's. In a change only the later date counts, the one
    /// just before the figure (提高到 2023 年的 98.2%), not the earlier value's.
    func date(for m: Mention, in sentence: Range<Int>, change: Bool) -> String {
        let c = t.chars
        let since = scalars("以来")
        let before = dates.filter { sentence.contains($0.range.lowerBound) && $0.range.upperBound <= m.start }
        guard let d = before.last, !c.has(since, at: d.range.upperBound) else { return articleDate }
        if change {
            let adjacent = d.range.upperBound == m.start || d.range.upperBound + 1 == m.start && c[d.range.upperBound] == "的"
            return adjacent ? d.iso(year: year) : articleDate
        }
        let b = d.range.lowerBound
        if b > 0, c[b - 1] == "到" || c[b - 1] == "至", b < 2 || !"高降加少长升大小达".unicodeScalars.contains(c[b - 2]) { return articleDate }
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
