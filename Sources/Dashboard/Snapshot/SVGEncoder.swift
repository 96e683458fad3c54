extension SnapshotEncoder {
    /// A standalone vector image on the same cell grid: one rectangle per background run and
    /// one text element per cell, placed at its column.
    public static func svg(_ screen: Screen, theme: Theme, metadata: Metadata) -> String {
        let cw = 8.4, ch = 18.0, pad = 8.0, caption = 22.0
        let w = Double(screen.width) * cw + 2 * pad, h = Double(screen.height) * ch + 2 * pad + caption
        func n(_ v: Double) -> String {
            let r = (v * 10).rounded() / 10
            return r == r.rounded() ? String(Int(r)) : String(r)
        }
        let page = Palette.page(theme)
        let title = "\(escapeXML(metadata.title)) · \(screen.width)x\(screen.height) · \(escapeXML(metadata.takenAt))"
        var out = """
        <?xml version="1.0" encoding="UTF-8"?>
        <svg xmlns="http://www.w3.org/2000/svg" width="\(n(w))" height="\(n(h))" viewBox="0 0 \(n(w)) \(n(h))">
        <title>\(title)</title>
        <rect width="100%" height="100%" fill="\(Palette.hex(page.bg))"/>
        <text x="\(n(pad))" y="\(n(pad + 12))" font-family="DejaVu Sans, sans-serif" font-size="12" fill="\(Palette.hex(page.caption))">\(title)</text>
        <g font-family="DejaVu Sans Mono, Noto Sans Mono CJK SC, monospace" font-size="14" fill="\(Palette.hex(page.fg))">

        """
        for y in 0..<screen.height {
            let top = pad + caption + Double(y) * ch
            for run in runs(screen, row: y, theme: theme) {
                let (fg, bg) = Palette.colors(run.look, on: page)
                let ink = Palette.hex(fg ?? page.fg)
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
