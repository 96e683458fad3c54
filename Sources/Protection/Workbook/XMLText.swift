/// Text written into XML parts and read back from them, losing nothing.
///
/// XML 1.0 cannot hold most C0 controls (nor U+FFFE, U+FFFF) at all, even as `&#1;`, so they
/// are written as spreadsheets write them, `_x0001_`; an underscore that would read as such an
/// escape is written `_x005F_`. A carriage return is written `&#13;` because parsers turn a
/// raw one into a line feed. Everything else, bidi controls included, is plain text in a
/// string cell, which no spreadsheet runs.
enum XMLText {
    /// Bytes that need a look: markup, the controls, `_`, and EF, the lead of U+FFFE/U+FFFF.
    private static let special: [Bool] = (0..<256).map { b in
        (b < 0x20 && b != 0x09 && b != 0x0A) || b == 0x26 || b == 0x3C || b == 0x3E || b == 0x22 || b == 0x5F || b == 0xEF
    }

    /// `s` escaped for element content or a double-quoted attribute.
    static func append(_ s: String, to out: inout [UInt8]) {
        var s = s
        s.withUTF8 { append($0, to: &out) }
    }

    static func append(_ p: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        var run = 0, i = 0
        special.withUnsafeBufferPointer { special in
            while i < p.count {
                let b = p[i]
                guard special[Int(b)] else { i += 1; continue }
                var replacement: [UInt8]?
                var length = 1
                switch b {
                case 0x26: replacement = Array("&amp;".utf8)
                case 0x3C: replacement = Array("&lt;".utf8)
                case 0x3E: replacement = Array("&gt;".utf8)
                case 0x22: replacement = Array("&quot;".utf8)
                case 0x0D: replacement = Array("&#13;".utf8)
                case 0x5F: if escapeAt(i + 1, p) != nil { replacement = Array("_x005F_".utf8) }
                case 0xEF:
                    if i + 2 < p.count, p[i + 1] == 0xBF, p[i + 2] == 0xBE || p[i + 2] == 0xBF {
                        replacement = escaped(0xFFFE + UInt32(p[i + 2] - 0xBE))
                        length = 3
                    }
                default: replacement = escaped(UInt32(b))
                }
                guard let replacement else { i += 1; continue }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: p[run..<i]))
                out.append(contentsOf: replacement)
                i += length
                run = i
            }
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: p[run..<p.count]))
    }

    /// Whether `s` needs `xml:space="preserve"`: spreadsheets trim unmarked edge whitespace.
    static func hasEdgeSpace(_ s: String) -> Bool {
        func space(_ b: UInt8?) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
        return space(s.utf8.first) || space(s.utf8.last)
    }

    private static func escaped(_ v: UInt32) -> [UInt8] {
        let hex = Array("0123456789ABCDEF".utf8)
        var out = Array("_x".utf8)
        for shift in stride(from: 12, through: 0, by: -4) { out.append(hex[Int((v >> UInt32(shift)) & 15)]) }
        out.append(UInt8(ascii: "_"))
        return out
    }

    /// The value of `xHHHH_` starting at `i` (just after an underscore), if that is what stands there.
    private static func escapeAt(_ i: Int, _ p: UnsafeBufferPointer<UInt8>) -> UInt32? {
        guard i + 5 < p.count, p[i] == UInt8(ascii: "x"), p[i + 5] == UInt8(ascii: "_") else { return nil }
        return HexDigits.four(p, at: i + 1)
    }

    /// Text read from a string cell with its `_xHHHH_` escapes undone.
    static func unescaped(_ s: String) -> String {
        guard s.utf8.contains(0x5F) else { return s }
        var out: [UInt8] = []
        var s = s
        s.withUTF8 { p in
            var i = 0
            out.reserveCapacity(p.count)
            while i < p.count {
                if p[i] == 0x5F, let v = escapeAt(i + 1, p), let scalar = Unicode.Scalar(v) {
                    out.append(contentsOf: Array(String(Character(scalar)).utf8))
                    i += 7
                } else {
                    out.append(p[i])
                    i += 1
                }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
