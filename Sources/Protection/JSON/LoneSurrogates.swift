import Foundation  // memchr

/// `\uD800`-style escapes without their other half. JSON's grammar allows them, but they name
/// no character, so the parser reads each as U+FFFD; the loader then notes them as it notes
/// invalid UTF-8 bytes, at the first one, so the replacement is never silent.
enum LoneSurrogates {
    /// Where the first lone surrogate escape stands and how many there are; nil for none.
    /// Only strings hold backslashes in valid JSON, and `\\` is skipped whole, so every `\u`
    /// met here is an escape, read as the parser reads it.
    static func find(_ bytes: [UInt8]) -> (first: SyntaxError, count: Int)? {
        bytes.withUnsafeBufferPointer { b -> (first: SyntaxError, count: Int)? in
            guard let base = b.baseAddress else { return nil }
            var count = 0
            var first: Int?
            var i = 0
            while i < b.count, let p = memchr(base + i, 0x5C, b.count - i) {
                let at = base.distance(to: p.assumingMemoryBound(to: UInt8.self))
                i = at + 2  // the backslash and the byte it escapes
                guard let unit = codeUnit(b, at) else { continue }
                switch unit {
                case 0xD800...0xDBFF:
                    if let low = codeUnit(b, at + 6), (0xDC00...0xDFFF).contains(low) {
                        i = at + 12
                        continue
                    }
                case 0xDC00...0xDFFF: break
                default: continue
                }
                count += 1
                if first == nil { first = at }
            }
            guard let first else { return nil }
            let text = String(decoding: UnsafeBufferPointer(rebasing: b[first..<first + 6]), as: UTF8.self)
            return (TextEncoding.position(first, in: b,
                                          "\(text) without its other half, expected a \\uD800–\\uDBFF \\uDC00–\\uDFFF pair"), count)
        }
    }

    /// The four hex digits of a `\uXXXX` escape starting at `at`, or nil when none is there.
    static func codeUnit(_ b: UnsafeBufferPointer<UInt8>, _ at: Int) -> UInt32? {
        guard at + 6 <= b.count, b[at] == 0x5C, b[at + 1] == UInt8(ascii: "u") else { return nil }
        return HexDigits.four(b, at: at + 2)
    }
}
