import Protection

/// Splits a page into articles.
///
/// A page holds several reports; each body ends with the outlet it cites (（据《河南日报》）),
/// and each headline is a short unpunctuated block that may stand before its body or after
/// it (the seed has both). Bodies are cut at citations and at headlines; each headline then
/// goes to the neighbouring body it matches best (same province first, then shared wording).
struct ArticleSplitter {
    let page: Page

    /// `front`: the `key: value` lines a stored report opens with (FrontMatter).
    enum LineKind { case blank, noise, front, text }

    struct Block {
        var lines: [Int]
        var reading: [Unicode.Scalar]
        var kind: Kind
        /// The citation's original scalar range and the outlet it names.
        var citation: (range: Range<Int>, outlet: String)?

        enum Kind { case title, heading, content }
    }

    /// Line kinds and scalar ranges inside lines that are noise (continued-on marks).
    func lineKinds() -> (kinds: [LineKind], marks: [Range<Int>]) {
        let n = page.lineCount
        var kinds = [LineKind](repeating: .text, count: n)
        for l in 0..<n where page.lineReadings[l].isEmpty { kinds[l] = .blank }
        for l in FrontMatter(page).lines { kinds[l] = .front }
        var marks: [Range<Int>] = []
        for l in 0..<n where kinds[l] == .text {
            let isolated = (l == 0 || kinds[l - 1] == .blank) && (l == n - 1 || page.lineReadings[l + 1].isEmpty)
            if Noise.isNoiseLine(page.lineReadings[l], isolated: isolated) {
                kinds[l] = .noise
            } else if page.lineReadings[l].contains("版") {
                let r = page.range(ofLine: l)
                marks += Noise.inlineMarks(page.source.scalars[r])
            }
            if kinds[l] == .text, page.lineReadings[l].contains("(") {
                marks += Noise.pinyinMarks(page.source.scalars[page.range(ofLine: l)])
            }
        }
        return (kinds, marks)
    }

    func blocks(_ kinds: [LineKind]) -> [Block] {
        var out: [Block] = []
        var current: [Int] = []
        func flush() {
            guard !current.isEmpty else { return }
            var reading: [Unicode.Scalar] = []
            for l in current { reading += page.lineReadings[l] }
            var block = Block(lines: current, reading: reading, kind: .content)
            block.citation = citation(in: current.last!)
            if block.citation == nil, let first = current.first, let c = sourceLine(first), current.count == 1 {
                block.citation = c
            }
            block.kind = block.citation == nil ? Self.kind(of: reading) : .content
            out.append(block)
            current = []
        }
        for l in 0..<kinds.count {
            switch kinds[l] {
            case .text: current.append(l)
            case .blank, .noise, .front: flush()
            }
        }
        flush()
        return out
    }

    static let sentencePunctuation: Set<Unicode.Scalar> = Set("，。；！？,;!?".unicodeScalars)
    static let systemWords = ["家庭", "学校", "社会", "网络", "政府", "司法"]

    static func kind(of r: [Unicode.Scalar]) -> Block.Kind {
        if r.contains(where: { sentencePunctuation.contains($0) }) { return .content }
        let s = String(String.UnicodeScalarView(r))
        if r.count <= 16 {
            let enumerated = s.hasPrefix("(") || s.hasPrefix("【") || (r.count > 1 && Numerals.digit[r[0]] != nil && (r[1] == "、" || r[1] == "是"))
                || (r.count > 1 && Numerals.isArabic(r[0]) && (r[1] == "." || r[1] == "、"))
            if enumerated || systemWords.contains(where: { s.hasPrefix($0) || s.hasSuffix($0 + "保护") }) { return .heading }
        }
        if r.count >= 6 && r.count <= 64 { return .title }
        return .content
    }

    /// （据《河南日报》） or (据人民网) at the end of a line.
    func citation(in l: Int) -> (range: Range<Int>, outlet: String)? {
        let r = page.range(ofLine: l)
        let s = page.source.scalars
        var end = r.upperBound
        while end > r.lowerBound && Page.isSpace(s[end - 1]) { end -= 1 }
        guard end > r.lowerBound, s[end - 1] == "）" || s[end - 1] == ")" else { return nil }
        var k = end - 2
        while k >= r.lowerBound && end - k < 40 {
            if s[k] == "（" || s[k] == "(" {
                var inner: [Unicode.Scalar] = []
                for c in s[(k + 1)..<(end - 1)] where !Page.isSpace(c) { inner.append(c) }
                guard let first = inner.first, Traditional.simplified(first) == "据" else { return nil }
                let outlet = String(String.UnicodeScalarView(inner.dropFirst()))
                return outlet.isEmpty ? nil : (k..<end, outlet)
            }
            k -= 1
        }
        return nil
    }

    /// "来源：人民网" on a line of its own.
    func sourceLine(_ l: Int) -> (range: Range<Int>, outlet: String)? {
        let r = page.lineReadings[l]
        let prefix = scalars("来源:")
        guard r.has(prefix, at: 0), r.count > prefix.count, r.count < 30 else { return nil }
        let range = page.range(ofLine: l)
        var shown: [Unicode.Scalar] = []
        var colon = false
        for c in page.source.scalars[range] where !Page.isSpace(c) {
            if colon { shown.append(c) } else if c == "：" || c == ":" { colon = true }
        }
        return (range, String(String.UnicodeScalarView(shown)))
    }

    /// Bodies in page order, each with the blocks it holds, and title groups between them.
    enum Unit {
        case body(blocks: [Int], outlet: String)
        case titles([Int])
    }

    func units(_ blocks: [Block]) -> [Unit] {
        var out: [Unit] = []
        var body: [Int] = []
        var titles: [Int] = []
        func closeBody(_ outlet: String) {
            if !body.isEmpty { out.append(.body(blocks: body, outlet: outlet)) }
            body = []
        }
        for (i, b) in blocks.enumerated() {
            switch b.kind {
            case .title:
                closeBody("")
                titles.append(i)
            case .heading, .content:
                if !titles.isEmpty {
                    out.append(.titles(titles))
                    titles = []
                }
                body.append(i)
                if let c = b.citation { closeBody(c.outlet) }
            }
        }
        closeBody("")
        if !titles.isEmpty { out.append(.titles(titles)) }
        return out
    }
}
