extension SnapshotEncoder {
    /// The screen with SGR colors and attributes, reset at every line end: `cat` shows it.
    public static func ansi(_ screen: Screen, theme: Theme) -> String {
        var out = ""
        for y in 0..<screen.height {
            var runs = runs(screen, row: y, theme: theme)
            // Trailing blanks in the default look add nothing visible.
            if var last = runs.last, last.look == Look() {
                last.text = trimTrailingSpaces(last.text)
                runs[runs.count - 1] = last
            }
            for run in runs where !run.text.isEmpty {
                let sgr = sgrCodes(run.look)
                out += sgr.isEmpty ? "\u{1B}[0m" : "\u{1B}[0;\(sgr)m"
                out += run.text
            }
            out += "\u{1B}[0m\n"
        }
        return out
    }

    static func sgrCodes(_ look: Look) -> String {
        var codes: [String] = []
        if look.bold { codes.append("1") }
        if look.dim { codes.append("2") }
        if look.underline { codes.append("4") }
        if look.reverse { codes.append("7") }
        switch look.fg {
        case .default: break
        case .ansi(let n): codes.append(n < 8 ? "\(30 + Int(n))" : "\(90 + Int(n) - 8)")
        case .indexed(let n): codes.append("38;5;\(n)")
        }
        switch look.bg {
        case .default: break
        case .ansi(let n): codes.append(n < 8 ? "\(40 + Int(n))" : "\(100 + Int(n) - 8)")
        case .indexed(let n): codes.append("48;5;\(n)")
        }
        return codes.joined(separator: ";")
    }
}
