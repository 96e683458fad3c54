/// Text from data never reaches the terminal as control characters.
///
/// Every string drawn into a Screen passes through here: C0/C1 controls and DEL become
/// visible Control Pictures (ESC shows as ␛), bidi overrides become U+FFFD, so a dataset
/// cannot retitle the window, clear the screen or reorder a row.
public enum Sanitizer {
    static func isBidiControl(_ v: UInt32) -> Bool {
        (v >= 0x202A && v <= 0x202E) || (v >= 0x2066 && v <= 0x2069) || v == 0x200E || v == 0x200F || v == 0x061C
    }

    /// The scalar to draw in place of `scalar`, or `scalar` itself when it is safe.
    @inline(__always)
    public static func visible(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let v = scalar.value
        if v >= 0x20 && v < 0x7F { return scalar }
        if v < 0x20 { return Unicode.Scalar(0x2400 + v)! }  // ␀ … ␟
        if v == 0x7F { return "\u{2421}" }  // ␡
        if v >= 0x80 && v < 0xA0 { return "\u{FFFD}" }
        if isBidiControl(v) || v == 0x2028 || v == 0x2029 { return "\u{FFFD}" }
        return scalar
    }

    /// True when `text` holds nothing that `visible` would change.
    public static func isClean(_ text: some StringProtocol) -> Bool {
        for s in text.unicodeScalars where visible(s) != s { return false }
        return true
    }

    /// `text` with every unsafe scalar replaced.
    public static func clean(_ text: String) -> String {
        if isClean(text) { return text }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars { out.append(visible(s)) }
        return String(out)
    }
}
