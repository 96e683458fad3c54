/// Four hex digits in text, as escapes write them (`\u00e9` in JSON, `_x0001_` in a workbook).
enum HexDigits {
    /// The value of the four digits starting at `at`, or nil when four digits are not there.
    static func four(_ b: UnsafeBufferPointer<UInt8>, at: Int) -> UInt32? {
        guard at >= 0, at + 4 <= b.count else { return nil }
        var v: UInt32 = 0
        for k in at..<at + 4 {
            let c = b[k]
            switch c {
            case 0x30...0x39: v = v << 4 | UInt32(c - 0x30)
            case 0x41...0x46: v = v << 4 | UInt32(c - 0x41 + 10)
            case 0x61...0x66: v = v << 4 | UInt32(c - 0x61 + 10)
            default: return nil
            }
        }
        return v
    }
}
