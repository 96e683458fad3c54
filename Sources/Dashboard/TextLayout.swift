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
    /// Wraps spans to `width` columns, breaking between characters (Chinese has no spaces);
    /// a wide glyph that does not fit moves to the next line whole. `indent` columns of
    /// space start every continuation line.
    static func wrap(_ spans: [Span], width: Int, indent: Int = 0) -> [StyledLine] {
        guard width > indent + 1 else { return [spans] }
        var lines: [StyledLine] = []
        var line: StyledLine = []
        var used = 0
        var run = ""
        var runStyle = Style.normal
        func flushRun() {
            if !run.isEmpty { line.append(Span(run, runStyle)) }
            run = ""
        }
        for span in spans {
            flushRun()
            runStyle = span.style
            for ch in span.text {
                if ch == "\n" {
                    flushRun()
                    lines.append(line)
                    line = []
                    used = 0
                    continue
                }
                let w = DisplayWidth.of(Screen.safe(ch))
                if used + w > width {
                    flushRun()
                    lines.append(line)
                    line = indent > 0 ? [Span(String(repeating: " ", count: indent))] : []
                    used = indent
                    if ch == " " { continue }
                }
                run.append(ch)
                used += w
            }
        }
        flushRun()
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
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
