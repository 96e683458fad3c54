import Protection

/// The canonical indicator a figure measures, when one of the vocabulary's phrasings names
/// it and nothing around the number changes its meaning. Never forced: no match, a unit of
/// another family, a qualifier the indicator does not have (城市/农村, 集中/分散, 新增 against a
/// stock), a change rather than a level, or two indicators named at once give none.
struct CanonicalMatcher {
    let entries: [CanonicalIndicator]
    /// Each phrasing (and the name without its final 数), longest first.
    let phrasings: [(word: [Unicode.Scalar], entry: Int)]

    init(_ entries: [CanonicalIndicator]) {
        self.entries = entries
        var list: [(word: [Unicode.Scalar], entry: Int)] = []
        for (k, e) in entries.enumerated() {
            var words = Set(e.phrasings)
            if e.name.hasSuffix("数") && e.name.count > 3 { words.insert(String(e.name.dropLast())) } else { words.insert(e.name) }
            for w in words where !w.isEmpty { list.append((scalars(w), k)) }
        }
        phrasings = list.sorted { $0.word.count > $1.word.count }
    }

    struct Match {
        var id: String
        var confidence: Double
        var rule: String
    }

    static let respectively = scalars("分别")
    static func holds(_ text: [Unicode.Scalar], _ word: [Unicode.Scalar]) -> Bool { (0..<text.count).contains { text.has(word, at: $0) } }
    static let listStops = Set("，,；;。0123456789".unicodeScalars)

    /// A list of bodies counted together: a part of the clause with 、 that names this
    /// indicator and another one of the same unit family.
    func mixedList(_ text: [Unicode.Scalar], entry: Int, unit: String) -> Bool {
        // A number between two items (48 万名困境儿童、5.5 万名留守儿童) makes them two figures, not one total.
        // 不捕率、不诉率分别为…: 分别 gives each item its own number.
        for part in text.split(whereSeparator: { Self.listStops.contains($0) }) where part.contains("、") && !Self.holds(Array(part), Self.respectively) {
            let a = Array(part)
            var found: [(entry: Int, at: Range<Int>)] = []
            for p in phrasings where Self.fits(unit, entries[p.entry].unit) {
                for i in 0..<a.count where a.has(p.word, at: i) { found.append((p.entry, i..<(i + p.word.count))) }
            }
            // 未成年人保护中心 inside 县级未成年人保护中心 names no second body.
            let named = Set(found.filter { f in !found.contains { $0.at != f.at && $0.at.contains(f.at.lowerBound) && $0.at.upperBound >= f.at.upperBound && $0.at.count > f.at.count } }.map(\.entry))
            if named.contains(entry) && named.count > 1 { return true }
        }
        return false
    }

    /// A phrasing written with words between its two ends (集中和分散养育孤儿 for 集中…孤儿,
    /// 县级未成年人救助保护机构覆盖率): its first two and last two characters, close together.
    func gapped(_ text: [Unicode.Scalar], unit: String, besides hits: [(entry: Int, at: Range<Int>)]) -> [(entry: Int, at: Range<Int>)] {
        var out: [(entry: Int, at: Range<Int>)] = []
        for p in phrasings where p.word.count >= 5 && Self.fits(unit, entries[p.entry].unit) && !hits.contains(where: { $0.entry == p.entry }) {
            let head = Array(p.word.prefix(2)), tail = Array(p.word.suffix(2))
            for i in 0..<text.count where text.has(head, at: i) {
                let limit = min(text.count, i + p.word.count + 6)
                // Inside a phrasing found as written (未成…中心 in 市级未成年人保护中心), or across one of
                // the same unit (未成…案件 over 民事、行政监督案件), it is that one: a phrasing as
                // written is surer than two ends.
                if let j = ((i + 2)..<max(i + 2, limit - 1)).first(where: { text.has(tail, at: $0) }),
                   !hits.contains(where: { h in
                       h.at.lowerBound <= i && j + 2 <= h.at.upperBound
                           || h.at.overlaps(i..<(j + 2)) && h.at.count > 4 && h.entry != p.entry && Self.fits(unit, entries[h.entry].unit)
                   }) {
                    out.append((p.entry, i..<(j + 2)))
                    break
                }
            }
        }
        return out
    }

    /// Judicial counts are an act times whose crime: 批捕/起诉/不捕… of 侵害未成年人 crimes or of
    /// minor suspects, the act standing nearest before the number and the scope anywhere
    /// before it in the sentence (就侵害儿童的犯罪，该年批捕 300 人).
    static let acts: [(words: [String], against: String?, suspects: String?)] = [
        (["受理审查逮捕"], nil, "arrest-reviews-minor-suspects"), (["受理审查起诉"], nil, "prosecution-reviews-minor-suspects"),
        (["附条件不起诉"], nil, "conditional-non-prosecutions"),
        (["不批准逮捕", "不批捕", "不捕"], nil, "non-arrests-minor-suspects"), (["不起诉", "不诉"], nil, "non-prosecutions-minor-suspects"),
        (["批准逮捕", "批捕", "逮捕"], "arrests-crimes-against-minors", "arrests-minor-suspects"),
        (["提起公诉", "起诉"], "prosecutions-crimes-against-minors", "prosecutions-minor-suspects"),
    ]
    static let againstWords: [[Unicode.Scalar]] = ["侵害未成年人", "危害未成年人", "性侵"].map { scalars($0) }
    static let suspectWords: [[Unicode.Scalar]] = ["未成年犯罪嫌疑人", "涉罪未成年人", "未成年人实施", "未成年人犯罪", "未成年被告人"].map { scalars($0) }

    static let subgroups = ["困境", "留守", "不满", "网络", "涉网", "校园", "农村"]
    static let minors = scalars("未成年")

    /// 对实施严重犯罪的未成年人，共批准逮捕…: without a crime against minors, the minors are suspects.
    static func mentionsMinors(_ r: [Unicode.Scalar]) -> Bool { holds(r, minors) }

    func judicial(before: [Unicode.Scalar], sentence: [Unicode.Scalar], earlier: [Unicode.Scalar] = [], unit: String) -> Match? {
        guard Self.fits(unit, "人"), !before.isEmpty else { return nil }
        // The act: the last one in the clause before the number, with at most a few words between.
        var best: (at: Int, length: Int, act: Int)?
        for (k, a) in Self.acts.enumerated() {
            for w in a.words.map(scalars) {
                for i in stride(from: before.count - w.count, through: max(0, before.count - w.count - 12), by: -1) where before.has(w, at: i) {
                    if best == nil || i + w.count > best!.at + best!.length || i + w.count == best!.at + best!.length && w.count > best!.length { best = (i, w.count, k) }
                    break
                }
            }
        }
        guard let b = best else { return nil }
        // 不起诉 ends with 起诉: the longer act standing at the same end wins (done above).
        let act = Self.acts[b.act]
        func last(_ words: [[Unicode.Scalar]], in r: [Unicode.Scalar], outside: [Range<Int>] = []) -> Int? {
            var found: Int?
            for w in words {
                for i in 0..<max(0, r.count - w.count + 1) where r.has(w, at: i) && !outside.contains(where: { $0.overlaps(i..<(i + w.count)) }) {
                    found = max(found ?? -1, i)
                }
            }
            return found
        }
        var scope = sentence.isEmpty ? before : sentence
        // Nothing in its own sentence says whose crimes: the sentence before does (…；共起诉 1974 人).
        if !earlier.isEmpty, last(Self.againstWords, in: scope) == nil, last(Self.suspectWords, in: scope) == nil, !Self.mentionsMinors(scope) {
            scope = earlier + scope
        }
        // 侵害未成年人犯罪 holds 未成年人犯罪: inside a crime against minors it names no suspect.
        var againstRanges: [Range<Int>] = []
        for w in Self.againstWords { for i in 0..<max(0, scope.count - w.count + 1) where scope.has(w, at: i) { againstRanges.append(i..<(i + w.count + 4)) } }
        let against = last(Self.againstWords, in: scope), suspects = last(Self.suspectWords, in: scope, outside: againstRanges)
        // A kind of crime the vocabulary counts apart (校园暴力犯罪, 侵害农村留守儿童, 涉黑恶), named
        // in the scope after the general words, takes the act's count of that kind.
        if let word = act.against == nil ? nil : (act.against!.hasPrefix("arrests") ? "批准逮捕" : "提起公诉") {
            let general = max(against ?? -1, suspects ?? -1)
            var found: (at: Int, entry: CanonicalIndicator, phrasing: String)?
            for e in entries where Self.fits("人", e.unit) && e.id != act.against && e.id != act.suspects
                && e.definition.contains(word) && !e.definition.contains("不" + word) {
                for p in e.phrasings where p.count >= 4 {
                    if let i = last([scalars(p)], in: scope), i + p.unicodeScalars.count > general, i > (found?.at ?? -1) { found = (i, e, p) }
                }
            }
            if let f = found {
                return Match(id: f.entry.id, confidence: 0.8, rule: "the act \(word) of \(f.phrasing) → \(f.entry.id) (\(f.entry.name))")
            }
        }
        // A subgroup (侵害困境儿童犯罪, 涉网侵害…, 不满 14 岁) is not the whole count.
        if let a = against {
            let between = String(String.UnicodeScalarView(scope[a...]))
            if Self.subgroups.contains(where: { between.contains($0) }) { return nil }
        }
        let id: String?
        if act.against == nil { id = act.suspects } else if let a = against, suspects.map({ a > $0 }) ?? true { id = act.against } else if suspects != nil || Self.mentionsMinors(scope) { id = act.suspects } else { id = nil }
        guard let id, let e = entries.first(where: { $0.id == id }) else { return nil }
        // 性侵害 prosecutions have their own indicator.
        if id == "prosecutions-crimes-against-minors", let s = last([scalars("性侵")], in: before), s > b.at, let sex = entries.first(where: { $0.id == "prosecutions-sexual-crimes-against-minors" }) {
            return Match(id: sex.id, confidence: 0.8, rule: "a prosecution of sexual crimes against minors → \(sex.id)")
        }
        let word = String(String.UnicodeScalarView(before[b.at..<(b.at + b.length)]))
        return Match(id: e.id, confidence: 0.8, rule: "the act \(word) of \(act.against == nil ? "minor suspects" : (id == act.against ? "crimes against minors" : "minor suspects")) → \(e.id) (\(e.name))")
    }

    /// 309 名检察人员在 273 所学校担任法治副校长: people counted by the post they take up (担任,
    /// 出任), when the vocabulary counts the holders of that post.
    func role(after: [Unicode.Scalar], unit: String) -> Match? {
        guard Self.fits(unit, "人") else { return nil }
        for verb in ["担任", "出任"].map(scalars) {
            for i in 0..<max(0, min(after.count, 24) - verb.count + 1) where after.has(verb, at: i) {
                let rest = Array(after[(i + verb.count)...].prefix(12))
                for p in phrasings where p.word.count >= 4 && Self.fits(unit, entries[p.entry].unit) {
                    if let k = (0..<min(5, rest.count)).first(where: { rest.has(p.word, at: $0) }) {
                        let e = entries[p.entry]
                        let word = String(String.UnicodeScalarView(rest[k..<(k + p.word.count)]))
                        return Match(id: e.id, confidence: 0.8, rule: "people who take up the post of \(word) → \(e.id) (\(e.name))")
                    }
                }
            }
        }
        return nil
    }

    static let families: [Set<String>] = [["人", "名"], ["个", "所", "家", "处"], ["份", "件"], ["次", "场", "场次"]]

    static func fits(_ unit: String, _ wanted: String) -> Bool {
        unit == wanted || families.contains { $0.contains(unit) && $0.contains(wanted) }
    }

    /// Qualifiers that make a different indicator when the phrasing does not carry them.
    static let qualifiers: [String] = ["城市", "农村", "集中", "分散", "散居", "新增", "新建", "城乡", "省级", "市级", "县级", "民事", "行政",
                                       "无人监护", "无户籍", "辍学", "重病", "残疾", "艾滋病"]
    static let changeWords: [[Unicode.Scalar]] = ["上升", "增长", "下降", "增加", "减少", "提高", "降低", "增幅", "同比", "高出", "低于", "占"]
        .map { scalars($0) }

    /// `name`: the indicator ingest gave the figure (its counted noun phrase); `before`: the
    /// clause up to the number; the unit and system the figure was read with.
    /// `earlier`: the sentence before in the same paragraph, for a judicial count whose own
    /// sentence does not say whose crimes it counts.
    func match(name: String, before: [Unicode.Scalar], after: [Unicode.Scalar] = [], sentence: [Unicode.Scalar] = [],
               earlier: [Unicode.Scalar] = [], unit: String, system: ProtectionSystem) -> Match? {
        guard !entries.isEmpty else { return nil }
        if let j = judicial(before: before, sentence: sentence, earlier: earlier, unit: unit) { return j }
        // A change (同比上升 15%, 占 19.23%) measures growth or a share, not the indicator's level.
        // 提高到 1700 元 gives a level, 提高 15% a change.
        let tail = Array(before.suffix(4))
        let toLevel = tail.last.map { "到至为".unicodeScalars.contains($0) } ?? false
        let isChange = !toLevel && Self.changeWords.contains { w in (0...max(0, tail.count - w.count)).contains { tail.has(w, at: $0) } }
        let nameScalars = Array(name.unicodeScalars)
        let clause = Self.widened(before, in: sentence, by: phrasings)
        for (text, base, place) in [(nameScalars, 0.9, "the indicator's name"), (clause, 0.7, "the clause before the number")] {
            var hits: [(entry: Int, at: Range<Int>)] = []
            var i = 0
            while i < text.count {
                // Two indicators may share a phrasing (社会散居孤儿: a count and an allowance): the unit picks.
                if let p = phrasings.first(where: { text.has($0.word, at: i) && Self.fits(unit, entries[$0.entry].unit) })
                    ?? phrasings.first(where: { text.has($0.word, at: i) }) {
                    hits.append((p.entry, i..<(i + p.word.count)))
                    i += p.word.count
                    continue
                }
                i += 1
            }
            hits += gapped(text, unit: unit, besides: hits)
            // A short phrasing (未成年人, 孤儿, 儿童之家) names the figure only where it heads the
            // name (涉罪未成年人 are not the minor population) or stands just before the number.
            // A grassroots place before it (村(居)儿童之家) locates the measure without changing it.
            let lead = place == "the indicator's name" ? Self.placeLead(text) : 0
            // A short phrasing in quotation marks (“一站式”取证中心) is a name the report gives; it
            // holds a little further from the number.
            func quoted(_ r: Range<Int>) -> Bool {
                r.lowerBound > 0 && r.upperBound < text.count && "“\"「".unicodeScalars.contains(text[r.lowerBound - 1])
                    && "”\"」".unicodeScalars.contains(text[r.upperBound])
            }
            hits = hits.filter { h in
                h.at.count > 4 || (place == "the indicator's name" ? h.at.lowerBound == 0 || h.at.lowerBound == lead
                    : text.count - h.at.upperBound <= 2 || quoted(h.at) && text.count - h.at.upperBound <= 10)
            }
            let fitting = hits.filter { Self.fits(unit, entries[$0.entry].unit) }
            guard let last = fitting.max(by: { $0.at.upperBound < $1.at.upperBound }) else { continue }
            let e = entries[last.entry]
            // Two indicators at once (儿童主任、儿童督导员 1.5 万名; 福利机构、保护中心等 142 个) is a mixed total.
            // The list may stand before the clause the name was cut from (配齐儿童主任、儿童督导员 2.1 万名).
            let listed = Array(sentence.split(omittingEmptySubsequences: false, whereSeparator: { Self.listStops.contains($0) }).last ?? [])
            if Set(fitting.map(\.entry)).count > 1 || mixedList(text + [","] + after, entry: last.entry, unit: unit)
                || mixedList(listed, entry: last.entry, unit: unit) { return nil }
            if isChange && e.unit != "%" { return nil }
            let around = String(String.UnicodeScalarView(text))
            for q in Self.qualifiers where around.contains(q) && !e.name.contains(q) && !e.phrasings.contains(where: { $0.contains(q) }) {
                // 新增 is a yearly flow; an indicator defined as a stock (存量) does not measure it.
                if q == "新增" || q == "新建" ? e.definition.contains("存量") : true { return nil }
            }
            // Nearer the number, surer; an indicator of another system than the figure's, less.
            var confidence = base - 0.01 * Double(text.count - last.at.upperBound)
            if e.system != system { confidence -= 0.25 }
            guard confidence >= 0.5 else { return nil }
            let word = String(String.UnicodeScalarView(text[last.at]))
            return Match(id: e.id, confidence: (confidence * 100).rounded() / 100, rule: "\(word) in \(place) → \(e.id) (\(e.name), \(e.unit))")
        }
        return role(after: after, unit: unit)
    }

    /// The clause, reaching back to the start of a long phrasing that the clause cuts
    /// (未成年人民事、行政监督案件 86 件: the clause starts after 、, inside the phrasing).
    static func widened(_ before: [Unicode.Scalar], in sentence: [Unicode.Scalar],
                        by phrasings: [(word: [Unicode.Scalar], entry: Int)]) -> [Unicode.Scalar] {
        guard sentence.count > before.count, sentence.suffix(before.count).elementsEqual(before) else { return before }
        let boundary = sentence.count - before.count
        var start = boundary
        for p in phrasings where p.word.count >= 5 {
            for s in max(0, boundary - p.word.count + 1)..<boundary where s < start && sentence.has(p.word, at: s) && s + p.word.count > boundary {
                start = s
            }
        }
        return Array(sentence[start...])
    }

    /// Villages, communities, townships and streets: where a count stands, not another count
    /// (县级, 市级 are other indicators and are not here).
    static let places: [[Unicode.Scalar]] = ["乡镇(街道)", "村(社区)", "村(居)", "村居", "行政村", "社区", "乡镇", "街道", "村"]
        .map { Array($0.unicodeScalars) }

    /// How many scalars a grassroots place at the start of a name takes; 0 for none.
    static func placeLead(_ text: [Unicode.Scalar]) -> Int {
        places.first { text.count > $0.count && text.has($0, at: 0) }?.count ?? 0
    }
}
