import Foundation

/// RGB values for terminal colors, for the snapshot formats that are not a terminal.
/// The 16 ANSI colors follow xterm's defaults; 16–255 are the standard 6×6×6 cube and greys
/// (`ThemeColors.rgb`, which the themes' own reduction uses too).
enum Palette {
    static let ansi16: [UInt32] = [
        0x000000, 0xCD0000, 0x00CD00, 0xCDCD00, 0x0000EE, 0xCD00CD, 0x00CDCD, 0xE5E5E5,
        0x7F7F7F, 0xFF0000, 0x00FF00, 0xFFFF00, 0x5C5CFF, 0xFF00FF, 0x00FFFF, 0xFFFFFF,
    ]
    /// The colors a snapshot paints where the screen leaves the terminal's own: text and ground
    /// inside the screen, and the page around it.
    struct Page {
        var fg: UInt32
        var bg: UInt32
        var around: UInt32
        var caption: UInt32
    }

    static let darkPage = Page(fg: 0xE5E5E5, bg: 0x1C1C1C, around: 0x111111, caption: 0x9A9A9A)
    static let lightPage = Page(fg: 0x1C1C1C, bg: 0xFFFFFF, around: 0xE8E8E8, caption: 0x5A5A5A)

    static func page(_ theme: Theme) -> Page { theme.lightBackground ? lightPage : darkPage }

    /// Dim text without a color of its own: a grey that reads on either ground.
    static let dimGrey: UInt32 = 0x8A8A8A

    static func rgb(_ n: UInt8) -> UInt32 {
        if n < 16 { return ansi16[Int(n)] }
        let (r, g, b) = ThemeColors.rgb(Int(n))
        return UInt32(r) << 16 | UInt32(g) << 8 | UInt32(b)
    }

    static func rgb(_ c: TermColor) -> UInt32? {
        switch c {
        case .default: nil
        case .ansi(let n): rgb(n)
        case .indexed(let n): rgb(n)
        }
    }

    /// Relative luminance (0 black … 1 white), to decide what prints readably on paper.
    static func luminance(_ v: UInt32) -> Double {
        func channel(_ c: UInt32) -> Double {
            let x = Double(c) / 255
            return x <= 0.03928 ? x / 12.92 : pow((x + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channel(v >> 16 & 0xFF) + 0.7152 * channel(v >> 8 & 0xFF) + 0.0722 * channel(v & 0xFF)
    }

    static func hex(_ v: UInt32) -> String {
        let s = String(v, radix: 16)
        return "#" + String(repeating: "0", count: 6 - s.count) + s
    }

    /// Foreground and background of a look after reverse video, nil meaning the page's.
    static func colors(_ look: Look, on page: Page) -> (fg: UInt32?, bg: UInt32?) {
        let fg = rgb(look.fg), bg = rgb(look.bg)
        if look.reverse { return (bg ?? page.bg, fg ?? page.fg) }
        return (fg, bg)
    }
}
