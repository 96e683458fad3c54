extension Theme {
    /// The theme as a terminal with `count` colours can show it (terminfo's `colors`): all of
    /// it from 256 up; the theme's own low-colour looks, folded to the 16 ANSI colours, below
    /// that; on 8 colours bright foregrounds become bold; with fewer, monochrome.
    /// Snapshots and tests see exactly what such a terminal draws.
    public func forColors(_ count: Int) -> Theme {
        if count >= 256 { return self }
        if count < 8 {
            var plain = Theme.monochrome
            plain.lightBackground = lightBackground  // the terminal is still light
            return plain
        }
        var table: [Role: Look] = [:]
        for role in Role.allCases {
            table[role] = ThemeColors.fold(lowColorLooks[role] ?? look(role), sixteen: count >= 16)
        }
        return Theme(name: name, table, lightBackground: lightBackground)
    }
}

/// Reducing colours to the ANSI palette, keeping hue and lightness.
public enum ThemeColors {
    static func fold(_ look: Look, sixteen: Bool) -> Look {
        var l = look
        let fg = ansi(look.fg), bg = ansi(look.bg)
        l.fg = fg.map { .ansi($0) } ?? .default
        l.bg = bg.map { .ansi($0) } ?? .default
        if !sixteen {
            // 8–15 are the bright versions of 0–7: bold draws a bright foreground on most
            // terminals. Grey (8) would become bold black, invisible on a dark background,
            // so it is the terminal's own colour, dimmed.
            if fg == 8 {
                l.fg = .default
                l.dim = true
            } else if let f = fg, f >= 8 {
                l.fg = .ansi(f - 8)
                l.bold = true
            }
            if let b = bg, b >= 8 { l.bg = .ansi(b - 8) }
        }
        if case .ansi(let f) = l.fg, case .ansi(let b) = l.bg, f == b {
            // Folding merged text and background; keep the text readable.
            l.fg = .ansi(isLight(b) ? 0 : 7)
        }
        return l
    }

    /// 0–15, or nil for the terminal's own colour.
    static func ansi(_ c: TermColor) -> UInt8? {
        switch c {
        case .default: nil
        case .ansi(let n): n
        case .indexed(let n): n < 16 ? n : UInt8(nearestANSI(Int(n)))
        }
    }

    /// ANSI colours light enough for black text on them.
    public static func isLight(_ n: UInt8) -> Bool { [2, 3, 6, 7, 10, 11, 14, 15].contains(n) }

    /// The xterm palette's RGB for a 256-colour index 16...255.
    public static func rgb(_ n: Int) -> (Int, Int, Int) {
        if n >= 232 { let v = 8 + 10 * (n - 232); return (v, v, v) }
        let levels = [0, 95, 135, 175, 215, 255]
        let i = n - 16
        return (levels[i / 36], levels[(i / 6) % 6], levels[i % 6])
    }

    /// The ANSI colour (0–15) of the same hue and lightness. Plain nearest-RGB would send
    /// dark tints to black and flatten a ramp; keeping the hue keeps it readable.
    public static func nearestANSI(_ n: Int) -> Int {
        let (r, g, b) = rgb(n)
        let hi = max(r, g, b), lo = min(r, g, b)
        if hi == 0 || Double(hi - lo) / Double(hi) < 0.3 {
            switch hi {
            case ..<64: return 0
            case ..<160: return 8
            case ..<224: return 7
            default: return 15
            }
        }
        let cut = Double(hi) * 0.6
        var code = 0
        if Double(r) >= cut { code |= 1 }
        if Double(g) >= cut { code |= 2 }
        if Double(b) >= cut { code |= 4 }
        return hi > 200 ? code + 8 : code
    }
}
