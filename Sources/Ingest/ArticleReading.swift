import Protection

/// One article read into records.
struct ArticleReading {
    let article: Article
    let page: Page
    let sourceID: String
    let options: IngestOptions
    let sentences: [Sentence]
    let sections: [Section]
    let dates: [WrittenDate]
    let year: Int?
    let articleDate: String
    var provinceIndex = 0
    /// The page's framing, for an article too short to show its own (a second part of one report).
    var pageFraming: (system: ProtectionSystem, rule: String)?

    init(article: Article, page: Page, sourceID: String, options: IngestOptions) {
        self.article = article
        self.page = page
        self.sourceID = sourceID
        self.options = options
        let t = article.body
        sentences = SentenceSplitter.sentences(t)
        sections = SentenceSplitter.sections(t, sentences)
        dates = DateReader.dates(in: t.chars)
        let given = options.date.flatMap { Int($0.prefix(4)) }
        // Dates without a year belong to the report's year: given, or the latest the text names
        // (targets, 到 2025 年, left out).
        let named = dates.filter { d in d.year != nil && !(d.range.lowerBound > 0 && (t.chars[d.range.lowerBound - 1] == "到" || t.chars[d.range.lowerBound - 1] == "至")) }
        year = given ?? named.compactMap(\.year).max()
        var date = options.date ?? ""
        if let first = sentences.first, let d = dates.first(where: { first.range.contains($0.range.lowerBound) }) {
            let iso = d.iso(year: year)
            if d.day != nil || options.date == nil { date = iso }
        }
        articleDate = date
    }

    var body: BodyText { article.body }

    func read(into result: inout IngestResult, usedIDs: inout Set<String>) {
        let t = body
        let headline = Array(article.headline.unicodeScalars).map(Traditional.simplified)
        let classifier = Classifier(t: t, sections: sections, framing: Actors.framing(body: t.chars, headline: headline) ?? pageFraming)
        var mentions = MentionScanner(t).scan()
        let drafts = FigureReader(t: t, sentences: sentences, classifier: classifier, dates: dates, articleDate: articleDate, year: year)
            .read(&mentions)
        var counters: [String: Int] = [:]
        func id(_ kind: String) -> String {
            counters[kind, default: 0] += 1
            var candidate = "\(sourceID)-\(kind)-\(counters[kind]!)"
            while usedIDs.contains(candidate) { counters[kind]! += 1; candidate = "\(sourceID)-\(kind)-\(counters[kind]!)" }
            usedIDs.insert(candidate)
            return candidate
        }
        let matcher = CanonicalMatcher(options.vocabulary)
        for d in drafts {
            guard case .success(let q) = Quantity.parse(d.mention.text) else {
                skip(d.mention, "not a quantity weibao reads", into: &result)
                continue
            }
            var change: Change?
            if let c = d.changeFrom, case .success(let from) = Quantity.parse(c.text), from.unit == q.unit || from.unit.isEmpty {
                change = Change(from: from.value, fromText: c.text, fromDate: c.date)
            }
            let (quote, _) = self.quote(around: d.mention.start..<d.mention.end, sentence: sentences[d.sentence].range)
            let figure = Figure(id: id(d.decision.system.english), provinceIndex: provinceIndex, system: d.decision.system,
                                indicator: d.indicator, value: q.value, unit: q.unit, text: d.mention.text,
                                qualifier: d.target ? .target : q.qualifier, change: change, date: d.date, sourceID: sourceID, quote: quote)
            // The figure stands where its quantity is written (约, 每人每月 included), not where its quote starts.
            let p = page.source.position(of: body.origin[d.mention.start])
            var reviewed = Reviewed(record: figure, confidence: d.decision.confidence, rule: d.decision.rule, line: p.line, column: p.column)
            let before = Array(t.chars[d.clause.lowerBound..<max(d.clause.lowerBound, d.mention.start)]).map(Traditional.simplified)
            let sentenceRange = sentences[d.sentence].range
            let upToNumber = Array(t.chars[sentenceRange.lowerBound..<d.mention.start]).map(Traditional.simplified)
            let after = Array(t.chars[min(d.mention.end, d.clause.upperBound)..<d.clause.upperBound]).map(Traditional.simplified)
            // The sentence before, in the same paragraph: where a 批捕/起诉 count's scope was said (对于侵害未成年人犯罪案件，…；共起诉).
            var earlier: [Unicode.Scalar] = []
            if d.sentence > 0 {
                let p = sentences[d.sentence - 1].range
                if p.upperBound <= sentenceRange.lowerBound, !t.has(BodyText.Flag.paragraph, at: sentenceRange.lowerBound) {
                    earlier = Array(t.chars[p]).map(Traditional.simplified)
                }
            }
            if let c = matcher.match(name: d.indicator, before: before, after: after, sentence: upToNumber, earlier: earlier, unit: q.unit, system: d.decision.system) {
                reviewed.record.canonical = c.id
                reviewed.canonicalConfidence = c.confidence
                reviewed.canonicalRule = c.rule
            } else if !matcher.entries.isEmpty {
                // No phrasing matched: measured on the odd half, the curators agreed that such a
                // figure has no canonical indicator 62 times in 87 (docs/ingest.md, "Confidence").
                reviewed.canonicalConfidence = 0.7
                reviewed.canonicalRule = "no phrasing of the vocabulary in the name or the clause: none"
            }
            result.figures.append(reviewed)
        }
        for m in mentions where m.skip != nil { skip(m, m.skip!, into: &result) }
        let records = RecordReader(t: t, sentences: sentences, classifier: classifier, dates: dates, articleDate: articleDate, year: year)
        var figureRanges: [Int: [Range<Int>]] = [:]
        for d in drafts { figureRanges[d.sentence, default: []].append(d.mention.start..<d.mention.end) }
        for m in records.measures(excluding: figureRanges) {
            let (quote, at) = self.quote(around: m.range, sentence: sentences[m.sentence].range)
            let measure = Measure(id: id(m.decision.system.english + "-m"), provinceIndex: provinceIndex, system: m.decision.system,
                                  text: m.text, date: articleDate, sourceID: sourceID, quote: quote)
            let p = page.source.position(of: at)
            result.measures.append(Reviewed(record: measure, confidence: m.decision.confidence, rule: m.decision.rule, line: p.line, column: p.column))
        }
        for e in records.events() {
            let (quote, at) = self.quote(around: e.range, sentence: sentences[e.sentence].range, limit: 200)
            let event = Event(id: id("event"), provinceIndex: provinceIndex, system: .general, date: e.date, kind: e.kind, title: e.title,
                              body: e.body, chairs: e.chairs, decisions: e.decisions, sourceID: sourceID, quote: quote)
            let p = page.source.position(of: at)
            result.events.append(Reviewed(record: event, confidence: 0.7, rule: "a meeting or press conference: 综合, cross-cutting", line: p.line, column: p.column))
        }
    }

    func skip(_ m: Mention, _ reason: String, into result: inout IngestResult) {
        let p = page.source.position(of: body.origin[m.number.lowerBound])
        let text = body.quote(m.start..<max(m.end, m.number.upperBound))
        result.skipped.append(SkippedNumber(text: text, reason: reason, line: p.line, column: p.column))
    }

    static let trailingStops: Set<Unicode.Scalar> = Set("。；;！？!?，,".unicodeScalars)

    /// The sentence around a range as printed, cut where page noise was dropped (the loader
    /// would not find a quote across it) and to its nearest clauses when the sentence is long.
    /// Returns the quote and the original offset it starts at.
    func quote(around r: Range<Int>, sentence: Range<Int>, limit: Int = 160) -> (String, Int) {
        let t = body
        var lo = sentence.lowerBound, hi = sentence.upperBound
        for i in (lo + 1)..<max(lo + 1, hi) where t.has(BodyText.Flag.gap, at: i) {
            if i <= r.lowerBound { lo = i } else if i < hi { hi = max(i, r.lowerBound + 1) }
        }
        if hi - lo > limit {
            let stops = FigureReader.clauseStops
            var a = r.lowerBound, b = min(max(r.upperBound, r.lowerBound + 1), hi)
            while a > lo && !stops.contains(t.chars[a - 1]) { a -= 1 }
            while b < hi && !stops.contains(t.chars[b]) { b += 1 }
            // Widen by whole clauses while short.
            while b - a < 60 {
                var grew = false
                if a > lo {
                    var k = a - 1
                    while k > lo && !stops.contains(t.chars[k - 1]) { k -= 1 }
                    if b - k <= limit { a = k; grew = true }
                }
                if b < hi {
                    var k = b + 1
                    while k < hi && !stops.contains(t.chars[k]) { k += 1 }
                    if k - a <= limit { b = k; grew = true }
                }
                if !grew { break }
            }
            lo = a; hi = b
        }
        while hi > lo + 1 && (Self.trailingStops.contains(t.chars[hi - 1]) || t.chars[hi - 1] == " ") { hi -= 1 }
        while lo < hi - 1 && (t.chars[lo] == " " || Self.trailingStops.contains(t.chars[lo])) { lo += 1 }
        return (t.quote(lo..<hi), t.origin[lo])
    }
}
