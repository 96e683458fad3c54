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

    /// Appends the folded form of UTF-8 `b` to `out`, working on bytes: only ASCII capitals,
    /// the full-width block (EF BC xx, EF BD xx) and the ideographic space (E3 80 80) change.
    static func appendFolded(utf8 b: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        let n = b.count
        var i = 0, run = 0  // bytes b[run..<i] are copied as they are, in one go
        while i < n {
            let c = b[i]
            if c &- 0x41 < 26 {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: b[run..<i]))
                out.append(c | 0x20)
                i += 1
                run = i
            } else if c == 0xEF, i + 2 < n, b[i + 1] == 0xBC || b[i + 1] == 0xBD {
                let v = (UInt32(c & 0x0F) << 12) | (UInt32(b[i + 1] & 0x3F) << 6) | UInt32(b[i + 2] & 0x3F)
                let f = fold(v)
                i += 3
                if f < 0x80 {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: b[run..<(i - 3)]))
                    out.append(UInt8(f))
                    run = i
                }
            } else if c == 0xE3, i + 2 < n, b[i + 1] == 0x80, b[i + 2] == 0x80 {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: b[run..<i]))
                out.append(0x20)
                i += 3
                run = i
            } else {
                i += 1
            }
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: b[run..<n]))
    }

    @inline(__always)
    static func isASCIILetter(_ b: UInt8) -> Bool {
        (b | 0x20) &- 0x61 < 26
    }
}
