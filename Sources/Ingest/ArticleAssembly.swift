import Protection

/// Bodies and headlines put together into articles.
extension ArticleSplitter {
    func articles() -> [Article] {
        let (kinds, marks) = lineKinds()
        let blocks = blocks(kinds)
        let units = units(blocks)
        var bodies: [(article: Article, unit: Int)] = []
        var titleGroups: [(blocks: [Int], unit: Int)] = []
        for (u, unit) in units.enumerated() {
            switch unit {
            case .titles(let t): titleGroups.append((t, u))
            case .body(let b, let outlet):
                let text = body(b, blocks: blocks, marks: marks)
                guard !text.chars.isEmpty else { continue }
                let lines = b.flatMap { blocks[$0].lines }
                bodies.append((Article(firstLine: lines.min()!, lastLine: lines.max()!, headline: "", headlineLines: [],
                                       outlet: outlet, body: text), u))
            }
        }
        assignHeadlines(&bodies, titleGroups, blocks)
        let paper = runningHeadPaper(kinds)
        return bodies.map { var a = $0.article; a.pageOutlet = paper; return a }
    }

    /// Each title group goes to the body before or after it that it matches best; a body
    /// takes one headline.
    func assignHeadlines(_ bodies: inout [(article: Article, unit: Int)], _ groups: [(blocks: [Int], unit: Int)], _ blocks: [Block]) {
        var candidates: [(score: Int, group: Int, body: Int)] = []
        let provinces = bodies.map { ProvinceLocator.locate(body: Array($0.article.body.chars.prefix(2000)), headline: [], outlet: $0.article.outlet)?.index }
        var byUnit: [Int: Int] = [:]
        for (k, b) in bodies.enumerated() { byUnit[b.unit] = k }
        for (g, group) in groups.enumerated() {
            let reading = group.blocks.flatMap { blocks[$0].reading }
            let p = ProvinceLocator.province(in: reading)
            let grams = Self.bigrams(reading)
            for k in [group.unit - 1, group.unit + 1].compactMap({ byUnit[$0] }) {
                let b = bodies[k]
                var score = 1
                if let p, p == provinces[k] { score += 1000 }
                let head = Self.bigrams(Array(b.article.body.chars.prefix(400)))
                score += grams.intersection(head).count * 10
                if b.unit == group.unit + 1 { score += 5 }  // a headline before its body is the common layout
                candidates.append((score, g, k))
            }
        }
        candidates.sort { $0.score != $1.score ? $0.score > $1.score : ($0.group, $0.body) < ($1.group, $1.body) }
        var usedGroups = Set<Int>(), usedBodies = Set<Int>()
        for c in candidates where !usedGroups.contains(c.group) && !usedBodies.contains(c.body) {
            usedGroups.insert(c.group)
            usedBodies.insert(c.body)
            let lines = groups[c.group].blocks.flatMap { blocks[$0].lines }
            var a = bodies[c.body].article
            a.headline = groups[c.group].blocks.map { headlineText(blocks[$0].lines) }.joined(separator: " ")
            a.headlineLines = lines
            a.firstLine = min(a.firstLine, lines.min()!)
            a.lastLine = max(a.lastLine, lines.max()!)
            bodies[c.body].article = a
        }
    }

    /// "四川日报　2023年6月2日　星期五　第 5 版" names the paper the page is from.
    func runningHeadPaper(_ kinds: [LineKind]) -> String {
        for l in kinds.indices where kinds[l] == .noise {
            let r = page.lineReadings[l]
            guard let end = r.prefix(10).firstIndex(of: "报"), end >= 2, r[..<end].allSatisfy(Numerals.isCJK) else { continue }
            return "《" + String(String.UnicodeScalarView(r[...end])) + "》"
        }
        return ""
    }

    static func bigrams(_ r: [Unicode.Scalar]) -> Set<UInt64> {
        var out = Set<UInt64>()
        guard r.count > 1 else { return out }
        for i in 0..<(r.count - 1) where Numerals.isCJK(r[i]) && Numerals.isCJK(r[i + 1]) {
            out.insert(UInt64(r[i].value) << 32 | UInt64(r[i + 1].value))
        }
        return out
    }

    /// A headline as printed, its column breaks joined.
    func headlineText(_ lines: [Int]) -> String {
        var out = String.UnicodeScalarView()
        let n = page.source.normalized
        let lo = page.firstNormalized(atOrAfter: page.lineStarts[lines.first!])
        let last = lines.last!
        let hi = last + 1 < page.lineCount ? page.firstNormalized(atOrAfter: page.lineStarts[last + 1]) : n.count
        for j in lo..<hi { out.append(n[j] == " " ? " " : page.source.scalars[page.source.origin[j]]) }
        return String(out)
    }

    static let closers: Set<Unicode.Scalar> = Set("”」’』\"".unicodeScalars)
    static let finals: Set<Unicode.Scalar> = Set("。！？!?".unicodeScalars)

    /// Whether a reading ends a sentence (closing quotes after the stop allowed).
    static func endsSentence(_ r: [Unicode.Scalar]) -> Bool {
        var k = r.count - 1
        while k >= 0 && closers.contains(r[k]) { k -= 1 }
        return k >= 0 && finals.contains(r[k])
    }

    /// The normalised body of blocks, with citations and inline page marks left out.
    func body(_ blockIndexes: [Int], blocks: [Block], marks: [Range<Int>]) -> BodyText {
        var t = BodyText()
        let src = page.source
        var excluded = marks
        for b in blockIndexes { if let c = blocks[b].citation { excluded.append(c.range) } }
        excluded.sort { $0.lowerBound < $1.lowerBound }
        var lastJ = -2
        var pendingFlags: UInt8 = BodyText.Flag.paragraph
        for b in blockIndexes {
            let block = blocks[b]
            let heading = block.kind == .heading
            if heading { pendingFlags |= BodyText.Flag.heading }
            for l in block.lines {
                let lo = page.firstNormalized(atOrAfter: page.lineStarts[l])
                let hi = l + 1 < page.lineCount ? page.firstNormalized(atOrAfter: page.lineStarts[l + 1]) : src.normalized.count
                var e = excluded.firstIndex { $0.upperBound > page.lineStarts[l] } ?? excluded.count
                for j in lo..<hi {
                    let off = src.origin[j]
                    while e < excluded.count && excluded[e].upperBound <= off { e += 1 }
                    if e < excluded.count && excluded[e].contains(off) { continue }
                    var f = pendingFlags
                    pendingFlags = 0
                    if lastJ >= 0 && j != lastJ + 1 { f |= BodyText.Flag.gap }
                    lastJ = j
                    t.chars.append(Traditional.simplified(src.normalized[j]))
                    t.shown.append(src.normalized[j] == " " ? " " : src.scalars[off])
                    t.origin.append(off)
                    t.flags.append(f)
                }
            }
            // A blank line after a full stop ends a paragraph; one mid-sentence is a column break.
            if heading { pendingFlags |= BodyText.Flag.afterHeading }
            if heading || Self.endsSentence(block.reading) { pendingFlags |= BodyText.Flag.paragraph } else { pendingFlags &= ~BodyText.Flag.paragraph }
        }
        return t
    }
}
