import Protection

/// A sentence of a body: up to 。！？ or ；, or a heading block of its own.
struct Sentence {
    var range: Range<Int>
    var paragraph: Int
    var isHeading: Bool
}

/// A part of an article the report itself gives a system: 一是…家庭保护… up to 二是, or a
/// heading such as 学校保护 up to the next heading.
struct Section {
    var range: Range<Int>
    var system: ProtectionSystem?
    /// The marker as printed: 一是着力构建家庭保护支撑体系.
    var marker: String
    /// The system was named in full (家庭保护), not only as 家庭.
    var named: Bool
}

enum SentenceSplitter {
    static let stops: Set<Unicode.Scalar> = Set("。！？!?；;".unicodeScalars)
    static let closers: Set<Unicode.Scalar> = Set("”」’』\")）".unicodeScalars)

    static func sentences(_ t: BodyText) -> [Sentence] {
        var out: [Sentence] = []
        var start = 0
        var paragraph = 0
        var headingOpen = false
        func close(_ end: Int) {
            // Trim spaces at the edges.
            var a = start, b = end
            while a < b && t.chars[a] == " " { a += 1 }
            while b > a && t.chars[b - 1] == " " { b -= 1 }
            if a < b { out.append(Sentence(range: a..<b, paragraph: paragraph, isHeading: headingOpen)) }
            start = end
        }
        var i = 0
        while i < t.count {
            if i > start && (t.has(BodyText.Flag.heading, at: i) || t.has(BodyText.Flag.afterHeading, at: i) || t.has(BodyText.Flag.paragraph, at: i)) {
                close(i)
            }
            if t.has(BodyText.Flag.paragraph, at: i) && i > 0 { paragraph += 1 }
            if t.has(BodyText.Flag.heading, at: i) { headingOpen = true } else if t.has(BodyText.Flag.afterHeading, at: i) { headingOpen = false }
            if stops.contains(t.chars[i]) {
                var k = i + 1
                while k < t.count && closers.contains(t.chars[k]) && !t.has(BodyText.Flag.heading, at: k) && !t.has(BodyText.Flag.paragraph, at: k) { k += 1 }
                // A closing bracket after 。 belongs to the sentence only when it closes a quote.
                if k > i + 1, t.chars[k - 1] == ")" { k = i + 1 }
                close(k)
                i = k
                continue
            }
            i += 1
        }
        close(t.count)
        return out
    }

    static let systemNames: [(String, ProtectionSystem)] = [
        ("家庭", .family), ("学校", .school), ("社会", .society), ("网络", .online), ("政府", .government), ("司法", .judicial),
    ]
    static let itemMarkers: Set<Unicode.Scalar> = Set("一二三四五六七八九十".unicodeScalars)

    /// Whether a sentence opens an enumerated item (一是, 二是, （一）, 一、), and its ordinal.
    static func itemOrdinal(_ r: ArraySlice<Unicode.Scalar>) -> Int? {
        let a = Array(r.prefix(5))
        guard !a.isEmpty else { return nil }
        var k = 0
        if a[0] == "(" { k = 1 }
        guard k < a.count, let d = Numerals.digit[a[k]] ?? (a[k] == "十" ? 10 : nil), itemMarkers.contains(a[k]) else { return nil }
        var n = d
        k += 1
        if k < a.count, a[k] == "十" || (n == 10 && Numerals.digit[a[k]] != nil) {
            n = a[k] == "十" ? n * 10 : 10 + (Numerals.digit[a[k]] ?? 0)
            k += 1
        }
        guard k < a.count else { return nil }
        if a[0] == "(" { return a[k] == ")" ? n : nil }
        return a[k] == "是" || a[k] == "、" ? n : nil
    }

    /// The system a marker names: 家庭保护 (named in full), or 家庭 alone in its first clause.
    static func system(ofMarker r: ArraySlice<Unicode.Scalar>) -> (ProtectionSystem, Bool)? {
        let s = String(String.UnicodeScalarView(r))
        for (name, sys) in systemNames where s.contains(name + "保护") { return (sys, true) }
        let firstClause = s.split(whereSeparator: { $0 == "," || $0 == "，" || $0 == "。" }).first.map(String.init) ?? s
        let hits = systemNames.filter { firstClause.contains($0.0) }
        if hits.count == 1 { return (hits[0].1, false) }
        return nil
    }

    static func sections(_ t: BodyText, _ sentences: [Sentence]) -> [Section] {
        var out: [Section] = []
        // Enumerated items: each runs to the next item; the last to the end of its paragraph.
        var items: [(sentence: Int, ordinal: Int)] = []
        var headings: [Int] = []
        for (k, s) in sentences.enumerated() {
            if s.isHeading { headings.append(k); continue }
            if let n = itemOrdinal(t.chars[s.range]) { items.append((k, n)) }
        }
        for (m, item) in items.enumerated() {
            let s = sentences[item.sentence]
            var end: Int
            if m + 1 < items.count, items[m + 1].ordinal == item.ordinal + 1 {
                end = sentences[items[m + 1].sentence].range.lowerBound
            } else {
                end = s.range.upperBound
                for later in sentences[(item.sentence + 1)...] where later.paragraph == s.paragraph && !later.isHeading { end = later.range.upperBound }
            }
            if let h = headings.first(where: { sentences[$0].range.lowerBound > s.range.lowerBound }) {
                end = min(end, sentences[h].range.lowerBound)
            }
            let sys = system(ofMarker: t.chars[s.range])
            out.append(Section(range: s.range.lowerBound..<end, system: sys?.0, marker: t.quote(s.range), named: sys?.1 ?? false))
        }
        // A paragraph that opens with a short sentence naming a system in full (家庭保护持续推进。)
        // is about that system.
        for (k, s) in sentences.enumerated() where !s.isHeading && s.range.count <= 20 && (k == 0 || sentences[k - 1].paragraph != s.paragraph) {
            guard itemOrdinal(t.chars[s.range]) == nil, let sys = system(ofMarker: t.chars[s.range]), sys.1 else { continue }
            let end = sentences[k...].prefix { $0.paragraph == s.paragraph }.last!.range.upperBound
            out.append(Section(range: s.range.lowerBound..<end, system: sys.0, marker: t.quote(s.range), named: true))
        }
        for (m, h) in headings.enumerated() {
            let s = sentences[h]
            let end = m + 1 < headings.count ? sentences[headings[m + 1]].range.lowerBound : t.count
            let sys = system(ofMarker: t.chars[s.range])
            out.append(Section(range: s.range.lowerBound..<end, system: sys?.0, marker: t.quote(s.range), named: sys?.1 ?? false))
        }
        return out
    }
}
