/// A run of text in one style.
public struct Span: Sendable, Hashable {
    public var text: String
    public var style: Style

    public init(_ text: String, _ style: Style = .normal) {
        self.text = text
        self.style = style
    }
}

/// One screen line of spans.
public typealias StyledLine = [Span]

enum TextLayout {
    /// Punctuation that must not start a line, and brackets that must not end one
    /// (the common rules of Chinese typesetting).
    static let noLineStart: Set<Character> = ["，", "。", "、", "；", "：", "？", "！", "）", "》", "」", "』", "”", "’", "…", ",", ".", ";", ":", "?", "!", ")", "%"]
    static let noLineEnd: Set<Character> = ["（", "《", "「", "『", "“", "‘", "("]

    /// Wraps spans to `width` columns, breaking between characters (Chinese has no spaces);
    /// a wide glyph that does not fit moves to the next line whole, closing punctuation is
    /// never first on a line and opening brackets never last. `indent` columns of space start
    /// every continuation line.
    static func wrap(_ spans: [Span], width: Int, indent: Int = 0) -> [StyledLine] {
        guard width > indent + 1 else { return [spans] }
        typealias Glyph = (ch: Character, style: Style, width: Int)
        var lines: [[Glyph]] = []
        var line: [Glyph] = []
        var used = 0
        func lineWidth(_ l: [Glyph]) -> Int { l.reduce(0) { $0 + $1.width } }
        func breakLine() {
            // Carry back what may not end a line, and what must go with a closing mark.
            var carry: [Glyph] = []
            while let last = line.last, line.count > indent + 1, noLineEnd.contains(last.ch) {
                carry.insert(line.removeLast(), at: 0)
            }
            lines.append(line)
            line = indent > 0 ? [(" ", Style.normal, 1)] + Array(repeating: (" ", Style.normal, 1), count: indent - 1) : []
            line += carry
            used = lineWidth(line)
        }
        for span in spans {
            for ch in span.text {
                if ch == "\n" {
                    lines.append(line)
                    line = []
                    used = 0
                    continue
                }
                let w = DisplayWidth.of(Screen.safe(ch))
                if used + w > width {
                    let run = wordRun(line, continuing: ch)
                    if run > 0, run < 16, line.count - run > indent {
                        // Keep a number or a Latin word whole: 95.34% is never cut as 95.3 / 4%.
                        let moved = Array(line.suffix(run))
                        line.removeLast(run)
                        breakLine()
                        line += moved
                        used = lineWidth(line)
                    } else if noLineStart.contains(ch), line.count > indent + 1, let prev = line.last,
                       !noLineStart.contains(prev.ch) {
                        // Take the last character along so the mark does not start the line.
                        let moved = line.removeLast()
                        breakLine()
                        line.append(moved)
                        used += moved.width
                    } else {
                        breakLine()
                        if ch == " " { continue }
                    }
                }
                line.append((ch, span.style, w))
                used += w
            }
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines.map { glyphs in
            var out: StyledLine = []
            for g in glyphs {
                if let last = out.last, last.style == g.style {
                    out[out.count - 1].text.append(g.ch)
                } else {
                    out.append(Span(String(g.ch), g.style))
                }
            }
            return out
        }
    }

    /// How many glyphs at the end of `line` form one number or Latin word with `next`.
    static func wordRun(_ line: [(ch: Character, style: Style, width: Int)], continuing next: Character) -> Int {
        func isWordChar(_ c: Character) -> Bool { c.isASCII && (c.isLetter || c.isNumber || c == "." || c == ",") }
        guard isWordChar(next) || next == "%" else { return 0 }
        var n = 0
        while n < line.count, isWordChar(line[line.count - 1 - n].ch) { n += 1 }
        return n
    }

    /// Draws a line of spans at (x, y) within `width` columns.
    static func draw(_ line: StyledLine, into screen: inout Screen, x: Int, y: Int, width: Int) {
        var col = x
        for span in line {
            let remaining = x + width - col
            if remaining <= 0 { break }
            col += screen.put(span.text, x: col, y: y, maxWidth: remaining, style: span.style)
        }
    }
}
