extension SnapshotEncoder {
    static func escapeXML(_ s: String) -> String {
        var out = ""
        for ch in s {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(ch)
            }
        }
        return out
    }

    /// Distinct looks on a screen, in first-seen order, for CSS classes and SVG groups.
    static func looks(_ screen: Screen, theme: Theme) -> [Look] {
        var seen: [Look] = []
        for cell in screen.cells {
            let look = theme.look(cell.style)
            if !seen.contains(look) { seen.append(look) }
        }
        return seen
    }

    /// A self-contained page: the screen as a grid of fixed-width cells. Every cell is its own
    /// inline block one or two `ch` wide, so a Chinese glyph covers exactly two cells whatever
    /// the browser's fallback font. A print stylesheet puts it on a light background.
    public static func html(_ screen: Screen, theme: Theme, metadata: Metadata) -> String {
        let looks = looks(screen, theme: theme)
        var css = """
        body{margin:1.5em;background:#111;color:#ddd;font-family:sans-serif}
        h1{font-size:1em;font-weight:normal;margin:0 0 .6em;font-family:"DejaVu Sans",sans-serif}
        .screen{display:inline-block;background:\(Palette.hex(Palette.defaultBackground));color:\(Palette.hex(Palette.defaultForeground));padding:.5em;font-family:"DejaVu Sans Mono","Noto Sans Mono CJK SC","Sarasa Mono SC",monospace;font-size:14px;line-height:1.25}
        .r{white-space:pre;height:1.25em}
        .r span{display:inline-block;width:1ch;overflow:hidden;text-align:center;vertical-align:top}
        .r span.w{width:2ch}
        .r span.b{background:currentColor}
        @page{size:A4 landscape;margin:10mm}
        @media print{body{background:#fff;color:#000;margin:0}.screen{background:#fff;color:#000;border:1px solid #999;font-size:12px}*{-webkit-print-color-adjust:exact;print-color-adjust:exact}}

        """
        for (i, look) in looks.enumerated() {
            let (fg, bg) = Palette.colors(look)
            var rule = ""
            if let fg { rule += "color:\(Palette.hex(fg));" }
            if let bg { rule += "background:\(Palette.hex(bg));" }
            if look.bold { rule += "font-weight:bold;" }
            if look.dim && fg == nil { rule += "color:#8a8a8a;" }  // dim without fading a background
            if look.underline { rule += "text-decoration:underline;" }
            css += ".s\(i){\(rule)}\n"
            // On white paper, text without a background of its own must be dark: light text
            // prints black, mid greys a darker grey. Text on its own background keeps its colors.
            if bg == nil {
                let l = Palette.luminance(fg ?? Palette.defaultForeground)
                let printFg = look.dim || (fg != nil && l > 0.3 && l < 0.6) ? "#555" : (l >= 0.3 ? "#000" : Palette.hex(fg!))
                css += "@media print{.s\(i){color:\(printFg)}}\n"
            }
        }
        var body = ""
        for y in 0..<screen.height {
            body += "<div class=\"r\">"
            var x = 0
            while x < screen.width {
                let cell = screen[x, y]
                if cell.width == 0 { x += 1; continue }
                let cls = looks.firstIndex(of: theme.look(cell.style)) ?? 0
                let wide = cell.width == 2 ? " w" : ""
                // A full block is painted as the cell's background: glyphs leave seams.
                let block = cell.char == "█" ? " b" : ""
                let ch = cell.char == " " || cell.char == "█" ? "&#160;" : escapeXML(String(cell.char))
                body += "<span class=\"s\(cls)\(wide)\(block)\">\(ch)</span>"
                x += max(1, Int(cell.width))
            }
            body += "</div>\n"
        }
        let title = escapeXML(metadata.title)
        return """
        <!DOCTYPE html>
        <html xmlns="http://www.w3.org/1999/xhtml" lang="zh-CN">
        <head>
        <meta charset="utf-8"/>
        <title>\(title) · \(escapeXML(metadata.takenAt))</title>
        <style>
        \(css)</style>
        </head>
        <body>
        <h1>\(title) · \(screen.width)×\(screen.height) · \(escapeXML(metadata.takenAt))</h1>
        <div class="screen">
        \(body)</div>
        </body>
        </html>

        """
    }

    /// A standalone vector image on the same cell grid: one rectangle per background run and
    /// one text element per cell, placed at its column.
    public static func svg(_ screen: Screen, theme: Theme, metadata: Metadata) -> String {
        let cw = 8.4, ch = 18.0, pad = 8.0, caption = 22.0
        let w = Double(screen.width) * cw + 2 * pad, h = Double(screen.height) * ch + 2 * pad + caption
        func n(_ v: Double) -> String {
            let r = (v * 10).rounded() / 10
            return r == r.rounded() ? String(Int(r)) : String(r)
        }
        let title = "\(escapeXML(metadata.title)) · \(screen.width)x\(screen.height) · \(escapeXML(metadata.takenAt))"
        var out = """
        <?xml version="1.0" encoding="UTF-8"?>
        <svg xmlns="http://www.w3.org/2000/svg" width="\(n(w))" height="\(n(h))" viewBox="0 0 \(n(w)) \(n(h))">
        <title>\(title)</title>
        <rect width="100%" height="100%" fill="\(Palette.hex(Palette.defaultBackground))"/>
        <text x="\(n(pad))" y="\(n(pad + 12))" font-family="DejaVu Sans, sans-serif" font-size="12" fill="#9a9a9a">\(title)</text>
        <g font-family="DejaVu Sans Mono, Noto Sans Mono CJK SC, monospace" font-size="14" fill="\(Palette.hex(Palette.defaultForeground))">

        """
        for y in 0..<screen.height {
            let top = pad + caption + Double(y) * ch
            for run in runs(screen, row: y, theme: theme) {
                let (fg, bg) = Palette.colors(run.look)
                let ink = Palette.hex(fg ?? Palette.defaultForeground)
                if let bg {
                    out += "<rect x=\"\(n(pad + Double(run.x) * cw))\" y=\"\(n(top))\" width=\"\(n(Double(run.columns) * cw))\" height=\"\(n(ch))\" fill=\"\(Palette.hex(bg))\"/>\n"
                }
                if run.look.underline {
                    // text-decoration on a group is not inherited by its text: draw the line.
                    out += "<rect x=\"\(n(pad + Double(run.x) * cw))\" y=\"\(n(top + ch * 0.75 + 2))\" width=\"\(n(Double(run.columns) * cw))\" height=\"1\" fill=\"\(ink)\"/>\n"
                }
                var attrs = ""
                if let fg { attrs += " fill=\"\(Palette.hex(fg))\"" }
                if run.look.bold { attrs += " font-weight=\"bold\"" }
                if run.look.dim { attrs += " fill-opacity=\"0.6\"" }
                var col = run.x
                var cells = ""
                var blockStart: Int?
                func flushBlock() {
                    guard let b = blockStart else { return }
                    // Runs of full blocks are one rectangle: per-glyph blocks leave seams.
                    out += "<rect x=\"\(n(pad + Double(b) * cw))\" y=\"\(n(top + 1))\" width=\"\(n(Double(col - b) * cw))\" height=\"\(n(ch - 2))\" fill=\"\(ink)\"\(run.look.dim ? " fill-opacity=\"0.6\"" : "")/>\n"
                    blockStart = nil
                }
                for c in run.text {
                    let width = DisplayWidth.of(c)
                    if c == "█" {
                        if blockStart == nil { blockStart = col }
                    } else if let (across, up) = Self.partialBlock(c) {
                        // Eighths of a block are rectangles of that share of the cell: from its
                        // left edge (▏…▉, bars) or from its bottom (▁…▇, columns).
                        flushBlock()
                        let x = pad + Double(col) * cw, inner = ch - 2
                        let fill = "fill=\"\(ink)\"\(run.look.dim ? " fill-opacity=\"0.6\"" : "")"
                        out += "<rect x=\"\(n(x))\" y=\"\(n(top + 1 + inner * (1 - up)))\" width=\"\(n(cw * across))\" height=\"\(n(inner * up))\" \(fill)/>\n"
                    } else {
                        flushBlock()
                        if c != " " {
                            let x = pad + Double(col) * cw + (width == 2 ? cw : cw / 2)
                            cells += "<text x=\"\(n(x))\" y=\"\(n(top + ch * 0.75))\" text-anchor=\"middle\">\(escapeXML(String(c)))</text>"
                        }
                    }
                    col += max(1, width)
                }
                flushBlock()
                if !cells.isEmpty { out += attrs.isEmpty ? cells + "\n" : "<g\(attrs)>\(cells)</g>\n" }
            }
        }
        out += "</g>\n</svg>\n"
        return out
    }

    /// The share of a cell a partial block covers, across and up: ▌ is (0.5, 1), ▂ (1, 0.25).
    static func partialBlock(_ c: Character) -> (Double, Double)? {
        guard let s = c.unicodeScalars.first, c.unicodeScalars.count == 1 else { return nil }
        switch s.value {
        case 0x2589...0x258F: return (Double(0x2590 - s.value) / 8, 1)
        case 0x2581...0x2587: return (1, Double(s.value - 0x2580) / 8)
        default: return nil
        }
    }
}
