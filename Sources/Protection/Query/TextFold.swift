/// The folding that makes matching case- and width-insensitive: ASCII letters to lowercase,
/// full-width ASCII forms (！ … ～, so ＡＢ and １０) to their half-width twins, and the
/// ideographic space to a space. One scalar always folds to one scalar, so offsets in folded
/// text are offsets in the original.
enum TextFold {
    @inline(__always)
    static func fold(_ v: UInt32) -> UInt32 {
        if v < 0x80 { return v &- 0x41 < 26 ? v | 0x20 : v }
        if v &- 0xFF01 <= 0xFF5E - 0xFF01 {
            let a = v - 0xFEE0
            return a &- 0x41 < 26 ? a | 0x20 : a
        }
        return v == 0x3000 ? 0x20 : v
    }

    @inline(__always)
    static func fold(_ s: Unicode.Scalar) -> Unicode.Scalar {
        Unicode.Scalar(fold(s.value)) ?? s
    }

    static func fold(_ text: String) -> String {
        // Fast path: most stored text (Chinese, lowercase ids) folds to itself.
        if !text.unicodeScalars.contains(where: { fold($0.value) != $0.value }) { return text }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars { out.append(fold(s)) }
        return String(out)
    }

    /// Appends the folded UTF-8 of `text` to `bytes`.
    static func appendFolded(_ text: String, to bytes: inout [UInt8]) {
        for s in text.unicodeScalars {
            let v = fold(s.value)
            if v < 0x80 {
                bytes.append(UInt8(v))
            } else {
                UTF8.encode(Unicode.Scalar(v)!) { bytes.append($0) }
            }
        }
    }

    @inline(__always)
    static func isASCIILetter(_ b: UInt8) -> Bool {
        (b | 0x20) &- 0x61 < 26
    }
}
