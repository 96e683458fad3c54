import Protection

/// What each figure measures: the words around its number, and for 分别 the item it maps to.
extension FigureReader {
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
        // 初犯占比分别为 61.2%、63.5% 和 66.8%: one subject for every value (years or places apart).
        if items.count == 1, values.count > 1 { return Self.cleanLeft(items[0]) }
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
        if let l = lengths.first, lengths.allSatisfy({ $0 == l }), last.count > l { equal = l }
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
        "当年", "并", "还", "共", "均", "目前已", "在", "自治区", "本级", "和", "及", "与",
        // Who reports and when, and the verbs of effort before what was achieved (推动…担任).
        "我省", "我市", "我区", "该省", "该市", "该区", "本省", "本市", "今年", "去年", "上年", "同年", "近年来",
        "努力让", "推动", "会同有关部门", "其中包括", "包括",
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
        "位居", "提供", "受理", "纳入", "…", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "组成", "开放", "和", "均", "已", "都", "及", "进行", "得到", "完成", "接受", "参与", "获得", "在",
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
