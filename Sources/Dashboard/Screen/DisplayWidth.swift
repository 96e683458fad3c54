import Protection

/// Display columns, never `String.count`: a Chinese character takes two columns.
///
/// Widths come from a pinned East Asian Width table (WidthTable.swift), so the screen,
/// snapshots and golden files agree whatever the machine's libc or locale. Ambiguous-width
/// characters count as one column; the UI keeps them out of its own chrome.
public enum DisplayWidth {
    /// Columns of one scalar after sanitising: 0, 1 or 2.
    @inline(__always)
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v >= 0x20 && v < 0x7F { return 1 }  // ASCII fast path
        if v < 0x1100 {
            if v < 0x20 || (v >= 0x7F && v < 0xA0) { return 1 }  // drawn as a visible replacement
            if v == 0xAD { return 1 }
            return isZeroWidth(scalar) ? 0 : 1
        }
        if isWide(v) { return 2 }
        return isZeroWidth(scalar) ? 0 : 1
    }

    static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark: return true
        case .format: return !ControlCharacters.isUnsafe(scalar.value)  // bidi controls are shown, not hidden
        default: return scalar.value == 0x200B
        }
    }

    static func isWide(_ v: UInt32) -> Bool {
        // Most CJK text sits in these blocks: answer without the search.
        if v >= 0x4E00 && v <= 0x9FFF { return true }
        if v >= 0x3400 && v <= 0x4DBF { return true }
        var lo = 0, hi = wideRanges.count - 1
        while lo <= hi {
            let mid = (lo + hi) >> 1
            let r = wideRanges[mid]
            if v < r.0 { hi = mid - 1 } else if v > r.1 { lo = mid + 1 } else { return true }
        }
        return false
    }

    /// Columns of a grapheme: its base scalar's width, two for an emoji presentation sequence.
    public static func of(_ character: Character) -> Int {
        var width = 0
        for s in character.unicodeScalars {
            if s.value == 0xFE0F { return 2 }
            if width == 0 { width = of(s) }
        }
        return width
    }

    /// Columns of a whole string.
    public static func of(_ text: some StringProtocol) -> Int {
        var total = 0
        var ascii = true
        for b in text.utf8 where b >= 0x80 || b < 0x20 { ascii = false; break }
        if ascii { return text.utf8.count }
        for ch in text { total += of(ch) }
        return total
    }

    /// The longest prefix that fits in `columns`, with "…" (counted) when cut.
    /// A wide glyph that would straddle the edge is dropped, never split.
    public static func truncate(_ text: String, to columns: Int, ellipsis: String = "…") -> String {
        guard columns > 0 else { return "" }
        if of(text) <= columns { return text }
        let budget = columns - of(ellipsis)
        guard budget >= 0 else { return "" }
        var out = ""
        var used = 0
        for ch in text {
            let w = of(ch)
            if used + w > budget { break }
            out.append(ch)
            used += w
        }
        return out + ellipsis
    }

    /// `text` truncated and padded with spaces to exactly `columns`.
    public static func pad(_ text: String, to columns: Int, alignRight: Bool = false, ellipsis: String = "…") -> String {
        let cut = truncate(text, to: columns, ellipsis: ellipsis)
        let fill = String(repeating: " ", count: max(0, columns - of(cut)))
        return alignRight ? fill + cut : cut + fill
    }
}
