import Protection

/// Measures (actions without a number) and events (meetings, press conferences) of an article.
struct RecordReader {
    let t: BodyText
    let sentences: [Sentence]
    let classifier: Classifier
    let dates: [WrittenDate]
    let articleDate: String
    let year: Int?

    struct MeasureDraft {
        var range: Range<Int>
        var sentence: Int
        var text: String
        var decision: Decision
    }

    struct EventDraft {
        var range: Range<Int>
        var sentence: Int
        var title: String
        var kind: String
        var body: String
        var chairs: [String]
        var decisions: [String]
        var date: String
    }

    /// Verbs that open a reported action: 印发《…》, 实施“…工程”, 开展…行动, 建立…制度.
    static let actionVerbs: [String] = [
        "推进出台", "组织开展", "部署开展", "印发", "出台", "制定", "修订", "实施", "开展", "建立", "成立", "组建", "设立", "启动",
        "部署", "落实", "建成", "推进", "推动", "加强", "完善", "依托", "打造", "培育", "举办", "形成", "将",
    ].sorted { $0.count > $1.count }
    static let verbFirsts: Set<Unicode.Scalar> = Set((actionVerbs + adverbs).map { $0.unicodeScalars.first! })
    /// Results stated without a number: 实现全覆盖, 全部建成, 稳步提高.
    static let outcomes: [[Unicode.Scalar]] = ["实现全覆盖", "全部建成", "稳步提高", "全面建立", "全部建立"].map { scalars($0) }
    static let adverbs: [String] = ["常态化", "积极", "大力", "着力", "全面", "进一步", "同时", "并", "还", "持续", "不断", "扎实", "认真", "深入", "加快", "统筹", "依法依规", "在全区", "在全省", "在全市"]
        .sorted { $0.count > $1.count }
    static let meetingWords = ["发布会", "推进会", "座谈会", "全体会议", "联席会议", "工作会议", "会议"]

    /// Clauses that start with an action verb and hold no figure; sentences of a meeting's
    /// decisions (会议要求, 要…) are left to the event.
    func measures(excluding figures: [Int: [Range<Int>]]) -> [MeasureDraft] {
        var out: [MeasureDraft] = []
        let sectionOf = classifier.sectionsBySentence(sentences)
        for (k, s) in sentences.enumerated() where !s.isHeading {
            let text = t.reading(s.range.lowerBound..<min(s.range.upperBound, s.range.lowerBound + 2)) + (s.range.contains { t.chars.has(Self.meetingOpen, at: $0) } ? "召开" : "")
            if text.hasPrefix("会议") || text.hasPrefix("要") || text.contains("召开") || SentenceSplitter.itemOrdinal(t.chars[s.range]) != nil { continue }
            var a = s.range.lowerBound
            while a < s.range.upperBound {
                var b = a
                while b < s.range.upperBound && !"，,；;。".unicodeScalars.contains(t.chars[b]) { b += 1 }
                defer { a = b + 1 }
                let clause = a..<b
                guard clause.count >= 6, !(figures[k] ?? []).contains(where: { $0.overlaps(clause) }) else { continue }
                // 对…开展复苗工程, …实现全覆盖: the action or result stands later in the clause.
                let outcome = clause.contains { i in Self.outcomes.contains { t.chars.has($0, at: i) && i + $0.count <= clause.upperBound } }
                    || t.chars[clause.lowerBound] == "对" && clause.contains { t.chars.has(Self.carryOut, at: $0) }
                if outcome {
                    let decision = classifier.decide(section: sectionOf[k], number: clause.lowerBound, countedEnd: nil, clause: clause, sentence: s.range)
                    out.append(MeasureDraft(range: clause, sentence: k, text: printed(clause), decision: decision))
                    continue
                }
                guard Self.verbFirsts.contains(t.chars[clause.lowerBound]) else { continue }
                var reading = t.reading(clause)
                var skipped = 0
                var changed = true
                while changed {
                    changed = false
                    for w in Self.adverbs where reading.hasPrefix(w) { reading.removeFirst(w.count); skipped += w.unicodeScalars.count; changed = true }
                }
                guard Self.actionVerbs.contains(where: { reading.hasPrefix($0) }) else { continue }
                if reading.hasPrefix("将") && !reading.contains("纳入") { continue }
                let shownRange = (clause.lowerBound + skipped)..<clause.upperBound
                let decision = classifier.decide(section: sectionOf[k], number: clause.lowerBound, countedEnd: nil, clause: clause, sentence: s.range)
                out.append(MeasureDraft(range: shownRange, sentence: k, text: printed(shownRange), decision: decision))
            }
        }
        return out
    }

    static let titles = ["常务副省长", "副省长", "省长", "常务副主席", "副主席", "主席", "副厅长", "厅长", "副局长", "局长", "副主任", "主任",
                         "副书记", "书记", "副组长", "组长", "副部长", "部长", "秘书长", "副院长", "院长", "检察长", "副市长", "市长"]
    static let titleScalars: [[Unicode.Scalar]] = titles.map { scalars($0) }
    static let titleFirsts: Set<Unicode.Scalar> = Set(titleScalars.map { $0[0] })
    static let meetingOpen = scalars("召开")
    static let carryOut = scalars("开展")
    static let nameStops: Set<Unicode.Scalar> = Set("在发出主讲表介说指强要，、。和及等同参任到作就对为".unicodeScalars)

    func events() -> [EventDraft] {
        var out: [EventDraft] = []
        for (k, s) in sentences.enumerated() {
            // Most sentences hold no 召开: look for it before making strings.
            guard s.range.contains(where: { t.chars.has(Self.meetingOpen, at: $0) }) else { continue }
            let reading = t.reading(s.range)
            guard let open = reading.range(of: "召开"), Self.meetingWords.contains(where: { reading.contains($0) }) else { continue }
            let before = String(reading[..<open.lowerBound]), after = String(reading[open.upperBound...])
            var title = "", body = ""
            let cleanedBefore = Self.dropLead(before)
            if let w = Self.meetingWords.first(where: { after.contains($0) }), let end = after.range(of: w) {
                // X 召开 Y会议: Y is the title, X who convened it. 推进会 may go on as 推进会议.
                title = String(after[..<end.upperBound])
                if after[end.upperBound...].hasPrefix("议") { title += "议" }
                body = cleanedBefore
                if body.isEmpty, let n = title.range(of: "第") { body = String(title[..<n.lowerBound]) }
            } else if let w = Self.meetingWords.first(where: { cleanedBefore.contains($0) }), let end = cleanedBefore.range(of: w) {
                // Y会议 以…形式 召开.
                title = String(cleanedBefore[..<end.upperBound])
                if let n = title.range(of: "第") { body = String(title[..<n.lowerBound]) }
            }
            title = title.trimmingPunctuation
            guard title.count >= 4, !out.contains(where: { $0.title == title }) else { continue }
            let kind = title.contains("发布会") ? "新闻发布会" : "会议"
            var chairs: [String] = []
            for j in k..<min(sentences.count, k + 2) { chairs += names(in: sentences[j].range) }
            var seen = Set<String>()
            chairs = chairs.filter { seen.insert($0).inserted }
            let date = dates.first { s.range.contains($0.range.lowerBound) && $0.day != nil }.map { $0.iso(year: year) } ?? articleDate
            out.append(EventDraft(range: s.range, sentence: k, title: title, kind: kind, body: body.trimmingPunctuation, chairs: chairs,
                                  decisions: decisions(after: k, in: reading), date: date))
        }
        return out
    }

    static func dropLead(_ s: String) -> String {
        var s = s
        if let comma = s.lastIndex(where: { $0 == "," || $0 == "，" }) { s = String(s[s.index(after: comma)...]) }
        for w in ["近日", "日前", "上午", "下午", "当天", "并", "同时", "还"] where s.hasPrefix(w) { s.removeFirst(w.count) }
        return s
    }

    /// Names after official titles: 副省长戴柏华, 副厅长高建华.
    func names(in r: Range<Int>) -> [String] {
        let c = t.chars
        var out: [String] = []
        var i = r.lowerBound
        while i < r.upperBound {
            if Self.titleFirsts.contains(c[i]), let title = Self.titleScalars.first(where: { c.has($0, at: i) }) {
                let k = i + title.count
                if k + 1 < r.upperBound, Numerals.isCJK(c[k]), !Self.nameStops.contains(c[k]), Numerals.isCJK(c[k + 1]), !Self.nameStops.contains(c[k + 1]) {
                    let three = k + 2 < r.upperBound && Numerals.isCJK(c[k + 2]) && !Self.nameStops.contains(c[k + 2])
                    out.append(printed(k..<(k + (three ? 3 : 2))))
                }
                i = k
                continue
            }
            i += 1
        }
        return out
    }

    /// What a meeting decided: 审议通过了《A》《B》 in its own sentence, then the sentences that
    /// follow from the first 会议强调/会议要求 on, with those starting 要, until one that does not.
    func decisions(after k: Int, in opening: String) -> [String] {
        var out = approvals(opening)
        // The paragraph a 会议强调/要求 sentence opens is the meeting's, and so is the next one
        // when it starts with 会议 or 要.
        var paragraph: Int?
        for k2 in (k + 1)..<min(sentences.count, k + 24) {
            let r = sentences[k2].range
            guard !r.contains(where: { t.chars.has(Self.meetingOpen, at: $0) }) else { break }
            let reading = t.reading(r.lowerBound..<min(r.upperBound, r.lowerBound + 4))
            if reading.hasPrefix("会议") || paragraph != nil && reading.hasPrefix("要") {
                paragraph = sentences[k2].paragraph
                let full = t.reading(r)
                if full.contains("审议通过") { out += approvals(full); continue }
            } else if let p = paragraph, sentences[k2].paragraph != p {
                break
            } else if paragraph == nil {
                continue
            }
            var text = printed(r)
            for p in ["会议强调", "会议要求", "会议指出", "会议提出", "会议决定"] where text.hasPrefix(p) {
                text.removeFirst(p.count)
                text = text.trimmingPunctuation
            }
            if text.hasPrefix("要") { text.removeFirst() }
            text = text.trimmingPunctuation
            if text.count >= 4 { out.append(text) }
        }
        return out
    }

    /// 审议通过了《A》《B》 → 审议通过《A》, 审议通过《B》.
    func approvals(_ reading: String) -> [String] {
        guard let approved = reading.range(of: "审议通过") else { return [] }
        var rest = Substring(reading[approved.upperBound...])
        if rest.hasPrefix("了") { rest = rest.dropFirst() }
        var titles: [String] = []
        var current = ""
        var depth = 0
        for ch in rest {
            if ch == "《" { depth += 1; if depth == 1 { current = "" } }
            if depth > 0 { current.append(ch) }
            if ch == "》" { depth -= 1; if depth == 0 { titles.append(current) } }
            if depth == 0 && ch != "》" && ch != "《" && !titles.isEmpty { break }
        }
        return titles.map { "审议通过" + $0 }
    }

    func printed(_ r: Range<Int>) -> String {
        var out = String.UnicodeScalarView()
        for i in r { out.append(Page.isSpace(t.shown[i]) ? " " : t.shown[i]) }
        return String(out).trimmingPunctuation
    }
}
