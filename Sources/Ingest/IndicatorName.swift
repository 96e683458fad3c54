/// Indicator names as an analyst writes them: the noun phrase the number counts with the
/// word that says what is measured (撤销监护权案件数, 批捕人数, 法治教育活动场次), and a growth
/// named after what grew (撤销监护权案件数同比增幅) instead of the verb before it (较…上升).
enum IndicatorName {
    static let actions: [String] = ["共办理", "办理", "共制发", "制发", "开展", "建成", "建立", "组织", "选派", "配备", "共有", "有"]
        .sorted { $0.count > $1.count }
    static let adverbs: [String] = ["全年共", "全年", "共", "累计", "总计", "合计", "已"]
    static let done: [String] = ["数", "量", "率", "额", "金", "资金", "标准", "比例", "比重", "占比", "人次", "场次", "次数", "增幅", "降幅", "升幅", "费", "补贴"]
    static let people: [String] = ["人员", "检察官", "检察长", "法官", "儿童", "学生", "主任", "督导员", "志愿者", "嫌疑人", "未成年人", "家长", "被害人",
                                   "群众", "孤儿", "教师", "人"]
    static let counts: Set<String> = ["个", "所", "家", "处", "件", "份", "起", "条", "项", "户", "批", "座", "支", "本", "篇", "期"]
    static let growthWords: [(word: String, up: Bool)] = [("上升", true), ("增长", true), ("提升了", true), ("提升", true), ("增加", true), ("提高", true),
                                                          ("下降", false), ("减少", false), ("降低", false)]

    /// `previous`: the indicator of the figure before it in the sentence (what a growth is of).
    static func finish(_ raw: String, unit: String, clauseBefore: String, previous: String?) -> String {
        // A growth: …较上年增加 60%, 同比提高 2.5 个百分点, 增长 1.5 倍.
        if unit == "%" || unit == "个百分点" || unit == "倍",
           let g = growthWords.first(where: { clauseBefore.hasSuffix($0.word) || clauseBefore.hasSuffix("分别" + $0.word) }) {
            var base = previous ?? ""
            if base.isEmpty {
                // 受理数量比五年前多了 80%: the subject before 比/较 (or before the verb).
                base = String(clauseBefore.prefix { $0 != "比" && $0 != "较" && $0 != "同" })
                if base.hasSuffix(g.word) { base.removeLast(g.word.count) }
                base = finish(FigureReader.cleanLeft(stripLead(base)), unit: "件", clauseBefore: "", previous: nil)
                if base == "件数" { base = "" }
            }
            guard !base.isEmpty else { return raw }
            let kind = unit == "个百分点" ? (g.up ? "升幅" : "降幅") : (g.up ? "增幅" : "降幅")
            return base + (clauseBefore.contains("同比") ? "同比" : "") + kind
        }
        var name = FigureReader.cleanLeft(stripLead(raw).replacingQuotes.droppingRemark)
        name = withoutInclusion(withoutDateline(withoutPlaceAndVerb(name)))
        // 去年该省检察机关共…: the time and place words go first, then the actor and its verb.
        for _ in 0..<3 {
            let next = FigureReader.cleanLeft(stripLead(name))
            if next == name || next.isEmpty { break }
            name = next
        }
        for w in ["总计", "合计", "共计"] where name.hasSuffix(w) && name.count > w.count { name.removeLast(w.count) }
        guard !name.isEmpty else { return raw }
        // 占刑事案件受理总人数 2.7%: the share of what the figure before counted.
        if unit == "%", name.hasPrefix("占"), let previous { return previous + name + "的比例" }
        if done.contains(where: { name.hasSuffix($0) }) { return name }
        switch unit {
        case "人", "名", "位": name += people.contains(where: { name.hasSuffix($0) }) ? "数" : "人数"
        case "人次": name += "人次"
        case "场", "场次": name += "场次"
        case "次": name += "次数"
        default: if counts.contains(unit) { name += "数" }
        }
        return name
    }

    static let placeVerbs: [String] = ["配备了", "配备", "建成了", "建成", "建立了", "建立", "设立了", "设立", "选派", "制发", "发出"]

    /// 行政村配备了儿童主任 → 儿童主任: a short lead (a place, an actor) and the verb of
    /// providing go, where what follows is a name of its own.
    static func withoutPlaceAndVerb(_ s: String) -> String {
        let c = Array(s)
        for end in 1...min(6, max(1, c.count)) where end < c.count {
            for v in placeVerbs where String(c[end...]).hasPrefix(v) && c.count - end - v.count >= 2 {
                return String(c[(end + v.count)...])
            }
        }
        return s
    }

    /// 包括 90 名检察长在内的检察官: the part named inside (…在内的) is not what is counted.
    static func withoutInclusion(_ s: String) -> String {
        guard let r = s.range(of: "在内") else { return s }
        var rest = s[r.upperBound...]
        if rest.hasPrefix("的") { rest = rest.dropFirst() }
        return rest.count >= 2 ? String(rest) : s
    }

    /// A newspaper's dateline before the first sentence (本报讯（记者 …）) names nothing.
    static func withoutDateline(_ s: String) -> String {
        for open in ["讯(", "讯（"] {
            guard let r = s.range(of: open), let close = s[r.upperBound...].firstIndex(where: { $0 == ")" || $0 == "）" }) else { continue }
            let rest = String(s[s.index(after: close)...])
            if rest.count >= 2 { return rest }
        }
        return s
    }

    /// Without the actor, adverbs and the generic verb it opens with (检察机关共办理…案件 → …案件).
    static func stripLead(_ s: String) -> String {
        var name = s
        var changed = true
        while changed {
            changed = false
            // An actor goes only when an adverb or a verb follows it: 检察机关共办理…, not 检察人员.
            for a in Actors.list where name.hasPrefix(a.word) {
                let rest = name.dropFirst(a.word.count)
                if rest.count > 1, (adverbs + actions + ["受理", "批准", "起诉", "发出", "推动", "努力", "为"]).contains(where: { rest.hasPrefix($0) }) {
                    name = String(rest)
                    changed = true
                }
            }
            for w in adverbs + actions where name.hasPrefix(w) && name.count > w.count + 1 { name.removeFirst(w.count); changed = true }
        }
        return name
    }
}

extension String {
    /// Without a remark in brackets at its end: 起诉(含附条件不起诉后起诉) → 起诉.
    var droppingRemark: String {
        guard hasSuffix(")") || hasSuffix("）"), let open = lastIndex(where: { $0 == "(" || $0 == "（" }), open > startIndex else { return self }
        return String(self[..<open])
    }

    /// Without the quotation marks a report puts round a term (“督促监护令”).
    var replacingQuotes: String {
        String(String.UnicodeScalarView(unicodeScalars.filter { !"“”\"「」".unicodeScalars.contains($0) }))
    }
}
