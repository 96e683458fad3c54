import Protection

/// Page furniture that is not part of any article: page numbers, running heads, editor
/// credits, dates of issue, web addresses, "continued on page 2" marks.
enum Noise {
    /// Whether a whole line (its reading: spaces dropped, folded, simplified) is furniture.
    /// `isolated`: blank lines (or the file's edges) above and below, as page numbers stand;
    /// a lone number inside a narrow column is text broken across lines.
    static func isNoiseLine(_ r: [Unicode.Scalar], isolated: Bool) -> Bool {
        if r.isEmpty { return false }
        // "— 3 —", "-3-", "A03", and "3" when it stands alone.
        if r.count <= 8, r.allSatisfy({ isDigit($0) || "-—–·.ABCDEFGH第版页".unicodeScalars.contains($0) }) {
            if isolated || !r.allSatisfy(isDigit) { return true }
        }
        // Furniture lines are short or start with a credit; body lines of any length are not.
        guard r.count <= 40 || r.count <= 60 && creditFirsts.contains(r[0]) else { return false }
        if creditFirsts.contains(r[0]), credits.contains(where: { r.has($0, at: 0) }) { return true }
        // Running head: "第3版 社会新闻 2023年3月6日 星期一", "2023年3月6日 星期一".
        if contains(r, weekday), r.contains("月"), r.contains("日") { return true }
        if pageMark(in: r) != nil, !r.contains("。"), !r.contains("，"), !r.contains(",") { return true }
        // Byline on its own line: "本报记者 张三 通讯员 李四".
        if r.count <= 24, bylines.contains(where: { r.has($0, at: 0) }), !r.contains("。") { return true }
        return false
    }

    static let credits: [[Unicode.Scalar]] = ["责任编辑", "本版编辑", "美术编辑", "编辑:", "校对:", "审核:", "审校:", "版式:", "制图:", "图片编辑", "邮箱:", "http", "www."]
        .map { scalars($0) }
    static let bylines: [[Unicode.Scalar]] = ["本报记者", "记者", "通讯员"].map { scalars($0) }
    static let weekday = scalars("星期")

    static func contains(_ r: [Unicode.Scalar], _ word: [Unicode.Scalar]) -> Bool {
        guard r.count >= word.count else { return false }
        for i in 0...(r.count - word.count) where r.has(word, at: i) { return true }
        return false
    }

    /// "第3版", "第A03版": where it stands in a reading.
    static func pageMark(in r: [Unicode.Scalar]) -> Range<Int>? {
        var i = 0
        while i < r.count {
            if r[i] == "第" {
                var k = i + 1
                while k < r.count && k - i <= 5 && (isDigit(r[k]) || ("A"..."Z").contains(r[k]) || Numerals.digit[r[k]] != nil) { k += 1 }
                if k > i + 1, k < r.count, r[k] == "版" { return i..<(k + 1) }
            }
            i += 1
        }
        return nil
    }

    /// Inline marks of a story continued across pages: （下转第2版）, （上接第1版）.
    /// Returns scalar ranges within `line` (original scalars).
    static func inlineMarks(_ line: ArraySlice<Unicode.Scalar>) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var i = line.startIndex
        while i < line.endIndex {
            let c = line[i]
            if c == "（" || c == "(" {
                var k = i + 1
                var inner: [Unicode.Scalar] = []
                while k < line.endIndex && k - i < 16 && line[k] != "）" && line[k] != ")" {
                    if !Page.isSpace(line[k]) { inner.append(Traditional.simplified(Page.fold(line[k]))) }
                    k += 1
                }
                if k < line.endIndex, line[k] == "）" || line[k] == ")" {
                    let t = String(String.UnicodeScalarView(inner))
                    if (t.hasPrefix("下转") || t.hasPrefix("上接") || t.hasPrefix("转")), t.hasSuffix("版") {
                        out.append(i..<(k + 1))
                        i = k + 1
                        continue
                    }
                }
            }
            i += 1
        }
        return out
    }

    /// Readings a converter put after characters: 務(wù), 萬(wàn). Returns scalar ranges of the
    /// brackets within `line` (original scalars); a bracket of plain ASCII words is kept.
    static func pinyinMarks(_ line: ArraySlice<Unicode.Scalar>) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var i = line.startIndex
        while i < line.endIndex {
            if line[i] == "(", i > line.startIndex, Numerals.isCJK(Traditional.simplified(line[i - 1])) {
                var k = i + 1
                var toned = false
                while k < line.endIndex, k - i <= 7, isPinyin(line[k]) {
                    if !line[k].isASCII { toned = true }
                    k += 1
                }
                if k < line.endIndex, line[k] == ")", k > i + 1, toned || k - i <= 3 {
                    out.append(i..<(k + 1))
                    i = k + 1
                    continue
                }
            }
            i += 1
        }
        return out
    }

    static let tonedVowels: Set<Unicode.Scalar> = Set("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü".unicodeScalars)

    static func isPinyin(_ c: Unicode.Scalar) -> Bool { ("a"..."z").contains(c) || tonedVowels.contains(c) }

    static let creditFirsts: Set<Unicode.Scalar> = Set("责本美编校审版制图邮h w".unicodeScalars)

    static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }
}
