import Foundation

/// Writes a Screen in each snapshot format. Every format walks the same cells, so a
/// snapshot is exactly the screen, never a second rendering.
public enum SnapshotEncoder {
    /// Text for titles and headers: when the snapshot was taken, already formatted, so golden
    /// files can pin it.
    public struct Metadata: Sendable {
        public var title: String
        public var takenAt: String

        public init(title: String = "weibao 未成年人保护", takenAt: String) {
            self.title = title
            self.takenAt = takenAt
        }

        /// Taken at `date`, in local time: "2026-06-15 09:30:12".
        public static func taken(at date: Date = Date()) -> Metadata {
            Metadata(takenAt: LocalTime.format(date, "%Y-%m-%d %H:%M:%S"))
        }
    }

    public static func encode(_ screen: Screen, format: SnapshotFormat, theme: Theme, metadata: Metadata) -> String {
        switch format {
        case .text: text(screen)
        case .ansi: ansi(screen, theme: theme)
        case .html: html(screen, theme: theme, metadata: metadata)
        case .svg: svg(screen, theme: theme, metadata: metadata)
        }
    }

    /// One line per row, each wide glyph once, trailing spaces trimmed, no escape codes.
    public static func text(_ screen: Screen) -> String {
        screen.lines.map { trimTrailingSpaces($0) }.joined(separator: "\n") + "\n"
    }

    /// Text for markup: the five characters XML and HTML give meaning, as references.
    static func escapeXML(_ s: String) -> String {
        var out = ""
        for ch in s {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(ch)
            }
        }
        return out
    }

    static func trimTrailingSpaces(_ s: String) -> String {
        var end = s.endIndex
        while end > s.startIndex, s[s.index(before: end)] == " " { end = s.index(before: end) }
        return String(s[..<end])
    }

    /// Runs of cells that share a look, per row: what every styled format draws.
    struct Run {
        var x: Int
        var columns: Int
        var text: String
        var look: Look
    }

    static func runs(_ screen: Screen, row y: Int, theme: Theme) -> [Run] {
        var out: [Run] = []
        var x = 0
        while x < screen.width {
            let cell = screen[x, y]
            let look = theme.look(cell.style)
            if cell.width == 0 { x += 1; continue }
            if var last = out.last, last.look == look, last.x + last.columns == x {
                last.text.append(cell.char)
                last.columns += Int(cell.width)
                out[out.count - 1] = last
            } else {
                out.append(Run(x: x, columns: Int(cell.width), text: String(cell.char), look: look))
            }
            x += max(1, Int(cell.width))
        }
        return out
    }
}
