/// A source report as printed, with a normalised reading of it.
///
/// Newspaper columns break words and numbers across lines (`省政\n府`, `2021\n年`) and put
/// stray spaces between Chinese characters. Quotes in the dataset are matched against the
/// normalised text, and every normalised character remembers where it stood in the original,
/// so a quote maps back to exact lines and columns.
public struct SourceText: Sendable {
    public let original: String
    /// Original text as scalars; offsets everywhere are indices into this.
    public let scalars: [Unicode.Scalar]
    /// Normalised scalars (line breaks and stray spaces dropped, full-width ASCII folded).
    public let normalized: [Unicode.Scalar]
    /// normalized[i] came from scalars[origin[i]].
    public let origin: [Int]
    /// Start offset of each line (0-based line index).
    private let lineStarts: [Int]

    public init(_ text: String) {
        original = text
        let s = Array(text.unicodeScalars)
        scalars = s
        var starts = [0]
        for (i, c) in s.enumerated() where c == "\n" { starts.append(i + 1) }
        lineStarts = starts
        (normalized, origin) = SourceText.normalize(s)
    }

    /// Normalises any text the way source texts are normalised, so quotes compare equal.
    public static func normalize(_ text: String) -> [Unicode.Scalar] {
        normalize(Array(text.unicodeScalars)).0
    }

    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        c == " " || c == "\t" || c == "\n" || c == "\r" || c.value == 0x3000 || c.value == 0xA0
    }

    static func isASCIIWordChar(_ c: Unicode.Scalar) -> Bool {
        c.isASCII && (c.properties.isAlphabetic || ("0"..."9").contains(c))
    }

    /// Full-width ASCII forms (！ … ～) to their ASCII twins.
    @inline(__always)
    static func fold(_ c: Unicode.Scalar) -> Unicode.Scalar {
        if c.value >= 0xFF01 && c.value <= 0xFF5E { return Unicode.Scalar(c.value - 0xFEE0)! }
        return c
    }

    static func normalize(_ s: [Unicode.Scalar]) -> ([Unicode.Scalar], [Int]) {
        var out: [Unicode.Scalar] = []
        var origin: [Int] = []
        out.reserveCapacity(s.count)
        origin.reserveCapacity(s.count)
        var i = 0
        while i < s.count {
            let c = s[i]
            if isSpace(c) {
                // Keep one space only between two Latin words or numbers ("Hong Kong", "12355 伴你行" is CJK-adjacent and drops).
                var j = i
                while j < s.count && isSpace(s[j]) { j += 1 }
                if let last = out.last, j < s.count, isASCIIWordChar(last), isASCIIWordChar(fold(s[j])),
                   !(last.properties.numericType != nil && fold(s[j]).properties.numericType != nil) {
                    out.append(" ")
                    origin.append(i)
                }
                i = j
                continue
            }
            out.append(fold(c))
            origin.append(i)
            i += 1
        }
        return (out, origin)
    }

    /// 1-based line and column (in scalars) of an original offset.
    public func position(of offset: Int) -> (line: Int, column: Int) {
        var lo = 0, hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        return (lo + 1, offset - lineStarts[lo] + 1)
    }

    /// Where a quote stands, matched in normalised form; nil when it is not in the text.
    /// `within` limits the search to an original line range (1-based, inclusive).
    public func find(_ quote: String, within lines: ClosedRange<Int>? = nil) -> SourceSpan? {
        let needle = SourceText.normalize(quote)
        guard !needle.isEmpty, needle.count <= normalized.count else { return nil }
        var lower = 0, upper = normalized.count
        if let lines {
            let startOffset = lineStarts[min(max(lines.lowerBound - 1, 0), lineStarts.count - 1)]
            let endOffset = lines.upperBound < lineStarts.count ? lineStarts[lines.upperBound] : scalars.count
            lower = firstNormalized(atOrAfter: startOffset)
            upper = firstNormalized(atOrAfter: endOffset)
        }
        guard upper - lower >= needle.count else { return nil }
        let first = needle[0]
        var i = lower
        while i <= upper - needle.count {
            if normalized[i] == first {
                var k = 1
                while k < needle.count && normalized[i + k] == needle[k] { k += 1 }
                if k == needle.count { return span(normalizedRange: i..<(i + needle.count)) }
            }
            i += 1
        }
        return nil
    }

    func firstNormalized(atOrAfter offset: Int) -> Int {
        var lo = 0, hi = origin.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if origin[mid] < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    func span(normalizedRange r: Range<Int>) -> SourceSpan {
        span(offsets: origin[r.lowerBound]..<(origin[r.upperBound - 1] + 1))
    }

    /// The normalised text of original lines `lines` (1-based, inclusive), with the normalised
    /// range that `span` covers inside it: the readable article around a quote.
    public func passage(lines: ClosedRange<Int>, highlighting span: SourceSpan?) -> (text: String, highlight: Range<Int>?) {
        let startOffset = lineStarts[min(max(lines.lowerBound - 1, 0), lineStarts.count - 1)]
        let endOffset = lines.upperBound < lineStarts.count ? lineStarts[lines.upperBound] : scalars.count
        let lo = firstNormalized(atOrAfter: startOffset)
        let hi = firstNormalized(atOrAfter: endOffset)
        var text = String.UnicodeScalarView()
        text.append(contentsOf: (lo..<hi).lazy.map { self.displayScalar($0) })
        var highlight: Range<Int>?
        if let span {
            let a = firstNormalized(atOrAfter: span.range.lowerBound) - lo
            let b = firstNormalized(atOrAfter: span.range.upperBound) - lo
            if a >= 0, b <= hi - lo, a < b { highlight = a..<b }
        }
        return (String(text), highlight)
    }

    public var lineCount: Int { lineStarts.count }

    /// Lines longer than this (in scalars) are taken for whole paragraphs: the seed's
    /// newspaper columns are at most 23 wide.
    static let paragraphLine = 60

    /// The scalar offset of 1-based `line` and `column`, when the column stands on that line
    /// (or just after its last character).
    public func offset(line: Int, column: Int) -> Int? {
        guard line >= 1, line <= lineStarts.count, column >= 1 else { return nil }
        let start = lineStarts[line - 1]
        let end = line < lineStarts.count ? lineStarts[line] - 1 : scalars.count
        return start + column - 1 <= end ? start + column - 1 : nil
    }

    /// The span of original offsets `range` (not empty), with its lines and columns.
    public func span(offsets range: Range<Int>) -> SourceSpan {
        let a = position(of: range.lowerBound), b = position(of: range.upperBound - 1)
        return SourceSpan(startLine: a.line, startColumn: a.column, endLine: b.line, endColumn: b.column, range: range)
    }

    /// The printed part of 1-based `line`, without its leading and trailing spaces; nil for a
    /// blank line or one past the end.
    public func lineSpan(_ line: Int) -> SourceSpan? {
        guard line >= 1, line <= lineStarts.count else { return nil }
        var a = lineStarts[line - 1]
        var b = line < lineStarts.count ? lineStarts[line] - 1 : scalars.count
        while a < b && SourceText.isSpace(scalars[a]) { a += 1 }
        while b > a && SourceText.isSpace(scalars[b - 1]) { b -= 1 }
        return a < b ? span(offsets: a..<b) : nil
    }

    /// Scalars as figures are compared: spaces dropped, full-width forms and traditional
    /// characters folded (９１．９％ → 91.9%, 萬 → 万), so a span of a report in either script
    /// equals the figure's `text`.
    public static func comparable<S: Sequence>(_ scalars: S) -> [Unicode.Scalar] where S.Element == Unicode.Scalar {
        scalars.lazy.filter { !isSpace($0) }.map { Traditional.simplified(fold($0)) }
    }

    /// The paragraph a span stands in, within `lines`: the readable text around a quote.
    ///
    /// Newspaper columns put blank lines mid-sentence, so a paragraph ends only at a blank
    /// line that follows sentence-final punctuation (。！？ or a closing bracket after one).
    /// A stored web page puts each paragraph on one long line, wider than any printed column
    /// (`paragraphLine`): such a line that ends a sentence ends its paragraph too.
    public func paragraph(around span: SourceSpan, within lines: ClosedRange<Int>) -> (text: String, highlight: Range<Int>?) {
        let first = max(1, lines.lowerBound), last = min(lineCount, lines.upperBound)
        func lineText(_ l: Int) -> ArraySlice<Unicode.Scalar> {
            let a = lineStarts[l - 1], b = l < lineStarts.count ? lineStarts[l] - 1 : scalars.count
            return scalars[a..<max(a, b)]
        }
        func isBlank(_ l: Int) -> Bool { lineText(l).allSatisfy { SourceText.isSpace($0) } }
        func endsSentence(_ l: Int) -> Bool {
            guard let c = lineText(l).last(where: { !SourceText.isSpace($0) }) else { return false }
            return "。！？）」”".unicodeScalars.contains(c)
        }
        func endsParagraph(_ l: Int) -> Bool { lineText(l).count > Self.paragraphLine && endsSentence(l) }
        let quoteLine = position(of: span.range.lowerBound).line
        var start = min(max(first, quoteLine), last)
        while start > first {
            // Walk up over blank lines; stop where a sentence ended before them.
            var l = start - 1
            guard isBlank(l) else {
                if endsParagraph(l) { break }
                start = l
                continue
            }
            while l > first && isBlank(l) { l -= 1 }
            if endsSentence(l) || isBlank(l) { break }
            start = l
        }
        var end = min(max(first, position(of: max(span.range.lowerBound, span.range.upperBound - 1)).line), last)
        while end < last {
            if endsSentence(end) && (isBlank(end + 1) || endsParagraph(end)) { break }
            end += 1
        }
        return passage(lines: start...end, highlighting: span)
    }

    /// The character to show for normalised position `i`: the original one (full-width
    /// punctuation stays full-width on screen), with kept whitespace as a plain space.
    func displayScalar(_ i: Int) -> Unicode.Scalar {
        normalized[i] == " " ? " " : scalars[origin[i]]
    }

    /// Text with the newspaper's line breaks and stray spaces dropped, for reading; unlike
    /// `normalize` it keeps full-width punctuation as printed.
    public static func joinLines(_ text: String) -> String {
        let t = SourceText(text)
        var out = String.UnicodeScalarView()
        out.append(contentsOf: t.normalized.indices.lazy.map { t.displayScalar($0) })
        return String(out)
    }
}
