import Dashboard

/// A look reduced to what this terminal can show: curses color numbers (-1 is the
/// terminal's own color) and attributes.
struct ResolvedLook: Hashable {
    var fg: Int32 = -1
    var bg: Int32 = -1
    var bold = false
    var dim = false
    var reverse = false
    var underline = false
}

/// Maps theme colors onto the palette the terminal reports, folding with the themes' own
/// `ThemeColors` (hue-keeping nearest colour, which ANSI colours are light). Pure, so it is
/// tested without a terminal.
struct ColorMapper {
    /// COLORS, or 0 when the terminal has no colors at all.
    var colors: Int
    /// Whether use_default_colors succeeded, so -1 is a valid color number.
    var defaultColors: Bool

    func resolve(_ look: Look) -> ResolvedLook {
        var r = ResolvedLook(bold: look.bold, dim: look.dim, reverse: look.reverse, underline: look.underline)
        guard colors >= 8 else {
            // Without colors a background would vanish; reverse video keeps the block visible.
            if look.bg != .default { r.reverse = true }
            return r
        }
        let fg = map(look.fg, foreground: true)
        let bg = map(look.bg, foreground: false)
        r.fg = fg.number
        r.bg = bg.number
        if fg.bold { r.bold = true }
        if r.fg >= 0 && r.fg == r.bg {
            // Folding to a small palette can merge the two; keep the text readable.
            r.fg = ThemeColors.isLight(UInt8(r.bg)) ? 0 : 7
        }
        if !defaultColors {
            if r.fg < 0 { r.fg = 7 }
            if r.bg < 0 { r.bg = 0 }
        }
        return r
    }

    /// A curses color number and whether bold stands in for a bright foreground.
    func map(_ color: TermColor, foreground: Bool) -> (number: Int32, bold: Bool) {
        switch color {
        case .default: return (-1, false)
        case .ansi(let n): return ansi(Int(n), foreground: foreground)
        case .indexed(let n):
            if n < 16 { return ansi(Int(n), foreground: foreground) }
            if colors >= 256 { return (Int32(n), false) }
            return ansi(ThemeColors.nearestANSI(Int(n)), foreground: foreground)
        }
    }

    /// The 16 ANSI colors; on 8-color terminals 8–15 become 0–7, bold for a foreground.
    private func ansi(_ n: Int, foreground: Bool) -> (number: Int32, bold: Bool) {
        if n < 8 { return (Int32(n), false) }
        if n < 16 && colors >= 16 { return (Int32(n), false) }
        if n < 16 { return (Int32(n - 8), foreground) }
        return ansi(ThemeColors.nearestANSI(n), foreground: foreground)
    }
}
