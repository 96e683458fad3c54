extension SnapshotEncoder {
    /// How text looks apart from its background, which the row paints beneath it: one CSS
    /// class per distinct ink. `painted` text keeps its colors in print.
    struct Ink: Hashable {
        var fg: UInt32?
        var bold = false
        var dim = false
        var underline = false
        var painted = false

        var isPlain: Bool { fg == nil && !bold && !dim && !underline }

        /// The color its glyphs are drawn in.
        func color(_ page: Palette.Page) -> UInt32 { fg ?? (dim ? Palette.dimGrey : page.fg) }
    }

    /// One row: runs of text that share an ink and a width (wide runs carry class `w`, which
    /// spaces each glyph to exactly two columns), real spaces, trailing blanks left out, and the
    /// backgrounds as one gradient in `ch` so they cover whole cells whatever the fonts do.
    static func htmlRow(_ screen: Screen, y: Int, theme: Theme, page: Palette.Page, inks: inout [Ink]) -> String {
        // Blanks at the end show nothing but their background, which the gradient paints.
        var end = 0
        for x in 0..<screen.width {
            let cell = screen[x, y]
            if cell.width > 0, cell.char != " " || theme.look(cell.style).underline { end = x + Int(cell.width) }
        }
        var paint: [Paint] = []
        var text = ""
        var segment = ""
        var key: (ink: Int, wide: Bool)?
        func flush() {
            guard let k = key, !segment.isEmpty else { return }
            var classes: [String] = []
            if !inks[k.ink].isPlain { classes.append("s\(k.ink)") }
            if k.wide { classes.append("w") }
            text += classes.isEmpty ? segment : "<span class=\"\(classes.joined(separator: " "))\">\(segment)</span>"
            segment = ""
        }
        var x = 0
        while x < screen.width {
            let cell = screen[x, y]
            let columns = Int(cell.width)
            if columns == 0 { x += 1; continue }
            let look = theme.look(cell.style)
            let (fg, bg) = Palette.colors(look, on: page)
            var ink = Ink(fg: fg, bold: look.bold, dim: look.dim, underline: look.underline, painted: bg != nil)
            // Blocks are painted as background too, in their glyph's color: glyphs leave seams
            // between rows, and the eighths (▏…▉) their own widths.
            let (across, up): (Double, Double) = cell.char == "█" ? (1, 1) : partialBlock(cell.char) ?? (0, 0)
            let covered = up == 1 ? across * Double(columns) : 0
            var pieces: [Paint] = []
            if covered > 0 { pieces.append(Paint(from: Double(x), to: Double(x) + covered, color: ink.color(page))) }
            if let bg, covered < Double(columns) { pieces.append(Paint(from: Double(x) + covered, to: Double(x + columns), color: bg)) }
            for piece in pieces {
                if let last = paint.last, last.to == piece.from, last.color == piece.color {
                    paint[paint.count - 1].to = piece.to
                } else {
                    paint.append(piece)
                }
            }
            if covered > 0 { ink.painted = true }
            if x < end {
                // A space shows no ink: it joins the narrow run before it rather than start a span.
                if cell.char == " ", !ink.underline {
                    if let k = key, !k.wide { segment += " "; x += 1; continue }
                    ink = Ink()
                }
                let index = inks.firstIndex(of: ink) ?? { inks.append(ink); return inks.count - 1 }()
                if key?.ink != index || key?.wide != (columns == 2) {
                    flush()
                    key = (index, columns == 2)
                }
                segment += escapeXML(String(cell.char))
            }
            x += columns
        }
        flush()
        // An empty row still copies as a line.
        return "<div class=\"r\"\(backgroundStyle(paint, width: screen.width))>\(text.isEmpty ? "<br/>" : text)</div>\n"
    }

    /// A stretch of a row's background, in columns.
    struct Paint {
        var from: Double
        var to: Double
        var color: UInt32
    }

    /// `style="background:…"`: hard color stops at column edges, so each color covers exactly
    /// its cells and the full row height.
    static func backgroundStyle(_ paint: [Paint], width: Int) -> String {
        guard let first = paint.first else { return "" }
        if paint.count == 1, first.from == 0, first.to >= Double(width) {
            return " style=\"background:\(Palette.hex(first.color))\""
        }
        func at(_ column: Double) -> String {
            column == 0 ? "0" : column == column.rounded() ? "\(Int(column))ch" : "\(column)ch"
        }
        var stops: [String] = []
        var column = 0.0
        for p in paint {
            if p.from > column { stops.append("#0000 \(at(column)) \(at(p.from))") }
            stops.append("\(Palette.hex(p.color)) \(at(p.from)) \(at(p.to))")
            column = p.to
        }
        if column < Double(width) { stops.append("#0000 \(at(column))") }
        return " style=\"background:linear-gradient(90deg,\(stops.joined(separator: ",")))\""
    }
}
