/// Which scalars must never reach a terminal as they are: the one policy for the exports and
/// for every cell the dashboard draws (its Screen calls this, as the model layer cannot call
/// up into the UI).
public enum ControlCharacters {
    /// C0 controls, DEL, C1 controls, bidi overrides and isolates, line and paragraph
    /// separators: each can move the cursor, retitle a window or reorder what is shown.
    @inlinable
    public static func isUnsafe(_ v: UInt32) -> Bool {
        v < 0x20 || (v >= 0x7F && v < 0xA0) || (v >= 0x202A && v <= 0x202E) || (v >= 0x2066 && v <= 0x2069)
            || v == 0x200E || v == 0x200F || v == 0x061C || v == 0x2028 || v == 0x2029
    }

    /// The visible stand-in: Control Pictures for C0 and DEL (ESC shows as ␛), U+FFFD otherwise.
    public static func visible(_ s: Unicode.Scalar) -> Unicode.Scalar {
        let v = s.value
        guard isUnsafe(v) else { return s }
        if v < 0x20 { return Unicode.Scalar(0x2400 + v)! }
        if v == 0x7F { return "\u{2421}" }
        return "\u{FFFD}"
    }

    /// `text` with every unsafe scalar but tab and line breaks replaced: those three are
    /// ordinary content of a quoted CSV cell and change no terminal state.
    public static func cleanKeepingLines(_ text: String) -> String {
        func kept(_ v: UInt32) -> Bool { v == 0x09 || v == 0x0A || v == 0x0D }
        guard text.unicodeScalars.contains(where: { isUnsafe($0.value) && !kept($0.value) }) else { return text }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars { out.append(kept(s.value) ? s : visible(s)) }
        return String(out)
    }

    /// Every unsafe scalar above ASCII is encoded in two or three bytes led by C2, D8 or E2:
    /// byte-level writers look only at those leads. The scalar of the sequence at `i` (three
    /// bytes after E2, two otherwise) and its length; nil when the bytes end after the lead.
    @inline(__always)
    static func scalar(ledAt i: Int, in p: UnsafeBufferPointer<UInt8>) -> (value: UInt32, length: Int)? {
        let b = p[i]
        guard i + 1 < p.count else { return nil }
        if b == 0xE2, i + 2 < p.count {
            return (UInt32(b & 0x0F) << 12 | UInt32(p[i + 1] & 0x3F) << 6 | UInt32(p[i + 2] & 0x3F), 3)
        }
        return (UInt32(b & 0x1F) << 6 | UInt32(p[i + 1] & 0x3F), 2)
    }
}
