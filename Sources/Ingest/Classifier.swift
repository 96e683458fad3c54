import Protection

/// Which system a passage belongs to, with how sure and why.
struct Decision {
    var system: ProtectionSystem
    var confidence: Double
    var rule: String
}

/// Who acts decides: the report's own grouping (一是…家庭保护…, a heading 学校保护); a counted
/// thing that is itself a body (309 名检察人员, 3312 个儿童之家, 常住人口); the actor of the clause
/// (检察机关…建立); the body the report speaks for (a procuratorate's report is 司法); only then
/// the objects around the number, weighted by their distance from it, within its sentence.
struct Classifier {
    let t: BodyText
    let sections: [Section]
    let framing: (system: ProtectionSystem, rule: String)?

    /// For each sentence, the innermost section with a system that holds it.
    func sectionsBySentence(_ sentences: [Sentence]) -> [Section?] {
        var out = [Section?](repeating: nil, count: sentences.count)
        var k = 0
        // Headings first, then the enumerated items inside them, so the innermost wins.
        for section in sections.reversed() where section.system != nil {
            while k > 0 && sentences[k - 1].range.lowerBound >= section.range.lowerBound { k -= 1 }
            while k < sentences.count && sentences[k].range.lowerBound < section.range.lowerBound { k += 1 }
            var j = k
            while j < sentences.count && sentences[j].range.lowerBound < section.range.upperBound { out[j] = section; j += 1 }
        }
        return out
    }

    /// `number`: where the figure's number (or the measure's clause) starts; `countedEnd`: where
    /// the figure's quantity ends, so the noun it counts can be read (nil for measures).
    /// Confidences are how often each rule files a figure as the curators did, measured on the
    /// odd half of the provincial reports (docs/ingest.md, "Confidence"): a body counted 14 of 14,
    /// who acts 17 of 18, the report's framing 87 of 91; the lexicon's own score is kept.
    func decide(section: Section?, number: Int, countedEnd: Int?, clause: Range<Int>, sentence: Range<Int>) -> Decision {
        if let s = section {
            return Decision(system: s.system!, confidence: s.named ? 0.9 : 0.75, rule: "the report's own grouping: 「\(s.marker)」")
        }
        if let end = countedEnd, let c = countedBody(number: number, end: end, clause: clause, sentence: sentence) {
            return Decision(system: c.system, confidence: 0.9, rule: "what it counts is a body: \(c.word) → \(c.system.shortName) (\(c.why))")
        }
        if let a = actor(before: number, clause: clause, sentence: sentence) {
            return Decision(system: a.system, confidence: 0.9, rule: "who acts: \(a.word) → \(a.system.shortName)")
        }
        if let f = framing {
            return Decision(system: f.system, confidence: 0.9, rule: f.rule)
        }
        if let d = objects(near: number, clause: clause, sentence: sentence) { return d }
        return Decision(system: .general, confidence: 0.2, rule: "no actor, framing or cue in the sentence: 综合 by default")
    }

    /// The noun right after the quantity, or the one just before the number (常住人口 3200 万人).
    /// A census sentence (人口普查) gives background totals; a count of places that set up a
    /// coordination body (12 个盟市…建立了…协调机制) measures coordination.
    func countedBody(number: Int, end: Int, clause: Range<Int>, sentence: Range<Int>) -> (word: String, system: ProtectionSystem, why: String)? {
        let c = t.chars
        for w in Actors.counted {
            if end + w.word.count <= clause.upperBound, c.has(w.word, at: end) { return (String(String.UnicodeScalarView(w.word)), w.system, w.why) }
            let at = number - w.word.count
            // 工作站、儿童之家 1973 个: the last of a list of bodies is not what all of them are.
            if at >= clause.lowerBound, c.has(w.word, at: at), at == clause.lowerBound || c[at - 1] != "、" {
                return (String(String.UnicodeScalarView(w.word)), w.system, w.why)
            }
        }
        for w in Actors.background where sentence.contains(where: { c.has(w, at: $0) }) {
            return (String(String.UnicodeScalarView(w)), .general, "a background total of a census")
        }
        // Set up (建立…协调机制), not merely named: 困境儿童 1.2 万名，…领导小组有 30 个成员单位 is not coordination.
        let rest = min(end, sentence.upperBound)..<sentence.upperBound
        for w in Actors.coordination where rest.contains(where: { k in
            c.has(w, at: k) && Actors.setUp.contains { v in (max(rest.lowerBound, k - 10)..<k).contains { c.has(v, at: $0) } }
        }) {
            return (String(String.UnicodeScalarView(w)), .general, "places that set up a coordination body (art. 9)")
        }
        return nil
    }

    /// The body acting in the number's clause: one it opens with (after scope words such as
    /// 全省, 各级, a date), not one a verb or preposition takes (培训志愿者, 向…监护人, 督促学校);
    /// else the subject the sentence opens with.
    func actor(before number: Int, clause: Range<Int>, sentence: Range<Int>) -> Actors.Actor? {
        func subject(in r: Range<Int>) -> Actors.Actor? {
            var i = r.lowerBound
            while i < r.upperBound {
                if Actors.objectMarkers.contains(where: { t.chars.has($0, at: i) && i + $0.count <= r.upperBound }) { return nil }
                if let w = Actors.words.first(where: { t.chars.has($0.word, at: i) && i + $0.word.count <= r.upperBound }) {
                    var lead = FigureReader.cleanLeft(t.chars.string(r.lowerBound..<i) + "的")
                    for level in ["两级", "三级", "四级", "省市县", "市县"] where lead.hasSuffix(level) { lead.removeLast(level.count) }
                    return lead.isEmpty ? Actors.list[w.actor] : nil
                }
                i += 1
            }
            return nil
        }
        if let a = subject(in: clause.lowerBound..<max(clause.lowerBound, number)) { return a }
        var first = sentence.lowerBound
        while first < sentence.upperBound && !FigureReader.clauseStops.contains(t.chars[first]) { first += 1 }
        guard first < clause.lowerBound else { return nil }
        return subject(in: sentence.lowerBound..<first)
    }

    /// The lexicon in the number's sentence, each cue weighted by how near it stands: ×3 within
    /// the clause, falling with the distance in characters; never beyond the sentence.
    func objects(near number: Int, clause: Range<Int>, sentence: Range<Int>) -> Decision? {
        var scores = [Double](repeating: 0, count: ProtectionSystem.allCases.count)
        var best = [Int: (cue: Int, score: Double)]()
        for (cue, at) in Lexicon.matchesAt(t.chars[sentence]) {
            let c = Lexicon.cues[cue]
            let start = sentence.lowerBound + at, end = start + c.word.unicodeScalars.count
            let distance = Double(end <= number ? number - end : max(0, start - number))
            let inClause = clause.contains(start)
            let score = Double(c.weight) * (inClause ? 3 : 1) * 12 / (12 + distance)
            let s = Int(c.system.rawValue)
            scores[s] += score
            if (best[s]?.score ?? 0) < score { best[s] = (cue, score) }
        }
        let ranked = scores.enumerated().sorted { $0.element != $1.element ? $0.element > $1.element : $0.offset < $1.offset }
        guard ranked[0].element > 0, let cue = best[ranked[0].offset] else { return nil }
        let top = ranked[0].element, second = ranked[1].element
        let c = Lexicon.cues[cue.cue]
        let system = ProtectionSystem(rawValue: UInt8(ranked[0].offset))!
        let confidence = min(0.85, 0.4 + 0.45 * (top - second) / top)
        return Decision(system: system, confidence: (confidence * 100).rounded() / 100,
                        rule: "lexicon: \(c.word) → \(system.shortName) (\(c.why)); score \(Self.format(top)) vs \(Self.format(second))")
    }

    static func format(_ x: Double) -> String { String((x * 10).rounded() / 10) }
}
