import Foundation  // memchr

/// What a dataset file's bytes are, before it is parsed: UTF-8; UTF-8 with a few bad bytes
/// (loaded, each bad sequence shown as U+FFFD, so a hostile or damaged file can still be
/// looked at); or text in another encoding, which is refused with a hint how to convert it.
enum TextEncoding {
    enum Verdict {
        case utf8
        /// The bytes with each invalid sequence replaced by U+FFFD; where the first one stood.
        case repaired([UInt8], first: SyntaxError, count: Int)
        case wrongEncoding(SyntaxError)
    }

    /// What shows at once: a UTF-16 or UTF-32 byte order mark, or NUL bytes. Such a file may
    /// well be valid UTF-8 byte by byte, so this comes before any parsing.
    static func plainlyNotUTF8(_ bytes: [UInt8]) -> SyntaxError? {
        bytes.withUnsafeBufferPointer { b -> SyntaxError? in
            if let bom = utf16Or32(b) {
                return SyntaxError(line: 1, column: 1,
                    "the file is \(bom), expected UTF-8 text (convert it: iconv -f \(bom.prefix(6)) -t UTF-8)")
            }
            // No text file has NUL bytes: memchr finds one anywhere at once.
            guard let base = b.baseAddress, let p = memchr(base, 0, b.count) else { return nil }
            let nul = base.distance(to: p.assumingMemoryBound(to: UInt8.self))
            if looksLikeUTF16OrBinary(b) {
                return position(nul, in: b, "NUL byte: the file looks like UTF-16 or binary data, expected UTF-8 text")
            }
            return position(nul, in: b, "NUL byte at byte offset \(nul), expected UTF-8 text without NUL bytes")
        }
    }

    /// Judged from the first 4 KB: UTF-16 of ASCII text is valid UTF-8 full of NULs (one in
    /// eight bytes or more, here); binary data is not UTF-8 at all. A stray NUL in UTF-8 text
    /// is neither.
    static func looksLikeUTF16OrBinary(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let end = min(b.count, 4096)
        var nuls = 0
        for k in 0..<end where b[k] == 0 { nuls += 1 }
        if nuls * 8 >= end { return true }
        // A character cut by the 4 KB boundary is not a bad byte.
        guard let bad = UTF8Validation.firstInvalidOffset(in: b, range: 0..<end) else { return false }
        return bad < end - 3 || end == b.count
    }

    static func examine(_ bytes: [UInt8]) -> Verdict {
        if let error = plainlyNotUTF8(bytes) { return .wrongEncoding(error) }
        return bytes.withUnsafeBufferPointer { b -> Verdict in
            if UTF8Validation.isValid(UnsafeBufferPointer(rebasing: b[UTF8Validation.bomLength(b)...])) { return .utf8 }
            guard let first = UTF8Validation.check(b) else { return .utf8 }
            var invalid = 0, multibyte = 0, i = UTF8Validation.bomLength(b)
            while i < b.count {
                if b[i] < 0x80 { i += 1; continue }
                if let n = UTF8Validation.sequenceLength(b.baseAddress!, at: i, count: b.count) {
                    multibyte += 1
                    i += n
                } else {
                    invalid += 1
                    i += 1
                    while i < b.count, b[i] & 0xC0 == 0x80 { i += 1 }
                }
            }
            // Mostly bad: another encoding (GBK, Big5, Latin-1 …), which U+FFFD would only garble.
            if invalid > multibyte {
                return .wrongEncoding(SyntaxError(first.position,
                    first.message + "; most non-ASCII text in the file is not UTF-8 (GBK or another encoding?): convert it, e.g. iconv -f GB18030 -t UTF-8"))
            }
            return .repaired(Array(String(decoding: b, as: UTF8.self).utf8), first: first, count: invalid)
        }
    }

    /// "UTF-16LE" and the like, from a byte order mark.
    static func utf16Or32(_ b: UnsafeBufferPointer<UInt8>) -> String? {
        if b.count >= 4, b[0] == 0xFF, b[1] == 0xFE, b[2] == 0, b[3] == 0 { return "UTF-32LE" }
        if b.count >= 4, b[0] == 0, b[1] == 0, b[2] == 0xFE, b[3] == 0xFF { return "UTF-32BE" }
        if b.count >= 2, b[0] == 0xFF, b[1] == 0xFE { return "UTF-16LE" }
        if b.count >= 2, b[0] == 0xFE, b[1] == 0xFF { return "UTF-16BE" }
        return nil
    }

    static func position(_ offset: Int, in b: UnsafeBufferPointer<UInt8>, _ message: String) -> SyntaxError {
        var line = 1, lineStart = 0
        for k in 0..<offset where b[k] == 0x0A {
            line += 1
            lineStart = k + 1
        }
        var counter = ColumnCounter()
        return SyntaxError(line: line, column: counter.column(at: offset, lineStart: lineStart, in: b), message)
    }
}
