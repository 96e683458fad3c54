import Protection

/// Which system a passage belongs to, with how sure and why.
struct Decision {
    var system: ProtectionSystem
    var confidence: Double
    var rule: String
}

/// The report's own grouping first (一是…家庭保护…, a heading 学校保护), then the lexicon
/// on the clause (weighted 3) and the sentence (1), then the paragraph, else 综合.
struct Classifier {
    let t: BodyText
    let sections: [Section]

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

    func decide(section: Section?, clause: Range<Int>, sentence: Range<Int>, paragraph: Range<Int>) -> Decision {
        if let s = section {
            return Decision(system: s.system!, confidence: s.named ? 0.9 : 0.75,
                            rule: "the report's own grouping: 「\(s.marker)」")
        }
        var scores = [Int](repeating: 0, count: ProtectionSystem.allCases.count)
        var best = [Int: (cue: Int, score: Int)]()
        func count(_ r: Range<Int>, _ factor: Int) {
            for cue in Lexicon.matches(t.chars[r]) {
                let c = Lexicon.cues[cue]
                let s = Int(c.system.rawValue)
                scores[s] += c.weight * factor
                if (best[s]?.score ?? 0) < c.weight * factor { best[s] = (cue, c.weight * factor) }
            }
        }
        count(clause, 3)
        count(sentence, 1)
        if let d = pick(scores, best, base: 0.45, scope: "") { return d }
        count(paragraph, 1)
        if let d = pick(scores, best, base: 0.3, scope: " in the paragraph") { return d }
        return Decision(system: .general, confidence: 0.2, rule: "no cue in the sentence or its paragraph: 综合 by default")
    }

    private func pick(_ scores: [Int], _ best: [Int: (cue: Int, score: Int)], base: Double, scope: String) -> Decision? {
        let ranked = scores.enumerated().sorted { $0.element != $1.element ? $0.element > $1.element : $0.offset < $1.offset }
        guard ranked[0].element > 0, let cue = best[ranked[0].offset] else { return nil }
        let top = Double(ranked[0].element), second = Double(ranked[1].element)
        let c = Lexicon.cues[cue.cue]
        let system = ProtectionSystem(rawValue: UInt8(ranked[0].offset))!
        let confidence = min(0.9, base + 0.45 * (top - second) / top)
        return Decision(system: system, confidence: (confidence * 100).rounded() / 100,
                        rule: "lexicon\(scope): \(c.word) → \(system.shortName) (\(c.why)); score \(Int(top)) vs \(Int(second))")
    }
}
