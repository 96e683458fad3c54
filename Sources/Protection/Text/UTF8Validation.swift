import Foundation

/// Checks UTF-8 up front so the parsers can build strings without repair, and so a bad
/// byte is reported with its line and column instead of silently becoming U+FFFD.
enum UTF8Validation {
    /// Byte offset of the first byte in `range` that is not valid UTF-8, or nil when all is valid.
    /// Follows Unicode Table 3-7 (no overlongs, no surrogates, nothing above U+10FFFF).
    static func firstInvalidOffset(in bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>) -> Int? {
        let n = range.upperBound
        guard let base = bytes.baseAddress else { return nil }
        var i = range.lowerBound
        while i < n {
            // ASCII fast path, eight bytes at a time.
            while i + 8 <= n {
                let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                if word & 0x8080_8080_8080_8080 != 0 { break }
                i += 8
            }
            guard i < n else { break }
            let b = base[i]
            if b < 0x80 { i += 1; continue }
            // Common CJK (U+1000–U+CFFF): lead E1–EC and two continuation bytes, no range quirks.
            if b >= 0xE1 && b <= 0xEC && i + 2 < n && base[i + 1] & 0xC0 == 0x80 && base[i + 2] & 0xC0 == 0x80 {
                i += 3
                continue
            }
            guard let length = sequenceLength(base, at: i, count: n) else { return i }
            i += length
        }
        return nil
    }

    /// Length of the well-formed sequence starting at `i`, or nil.
    @inline(__always)
    static func sequenceLength(_ p: UnsafePointer<UInt8>, at i: Int, count n: Int) -> Int? {
        let b0 = p[i]
        func cont(_ k: Int, _ lo: UInt8 = 0x80, _ hi: UInt8 = 0xBF) -> Bool {
            i + k < n && p[i + k] >= lo && p[i + k] <= hi
        }
        switch b0 {
        case 0xC2...0xDF: return cont(1) ? 2 : nil
        case 0xE0: return cont(1, 0xA0) && cont(2) ? 3 : nil
        case 0xE1...0xEC, 0xEE...0xEF: return cont(1) && cont(2) ? 3 : nil
        case 0xED: return cont(1, 0x80, 0x9F) && cont(2) ? 3 : nil
        case 0xF0: return cont(1, 0x90) && cont(2) && cont(3) ? 4 : nil
        case 0xF1...0xF3: return cont(1) && cont(2) && cont(3) ? 4 : nil
        case 0xF4: return cont(1, 0x80, 0x8F) && cont(2) && cont(3) ? 4 : nil
        default: return nil
        }
    }

    /// The error for the first invalid byte, positioned in lines and columns.
    static func check(_ bytes: UnsafeBufferPointer<UInt8>) -> SyntaxError? {
        check(bytes, in: bomLength(bytes)..<bytes.count, line: 1)
    }

    /// The same for `range`, which starts at a line start on `line`.
    static func check(_ bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>, line firstLine: Int) -> SyntaxError? {
        guard let bad = firstInvalidOffset(in: bytes, range: range) else { return nil }
        var line = firstLine, lineStart = range.lowerBound
        for i in range.lowerBound..<bad where bytes[i] == 0x0A {
            line += 1
            lineStart = i + 1
        }
        var counter = ColumnCounter()
        let column = counter.column(at: bad, lineStart: lineStart, in: bytes)
        let hex = String(bytes[bad], radix: 16, uppercase: true)
        let what = bytes[bad] >= 0xC2 && bytes[bad] <= 0xF4 ? "incomplete UTF-8 sequence at byte 0x\(hex)" : "invalid UTF-8 byte 0x\(hex)"
        return SyntaxError(line: line, column: column, "\(what), expected UTF-8 text")
    }

    /// A String of the bytes, or nil when they are not UTF-8. (`String(validating:as:)` is
    /// generic and looks up type metadata on every call, which a million rows feel.)
    ///
    /// Decoding checks the bytes anyway, putting U+FFFD for each bad sequence, so valid bytes
    /// are exactly those that come back unchanged: one comparison instead of a second check.
    @inline(__always)
    static func string(_ p: UnsafePointer<UInt8>, _ length: Int) -> String? {
        let buffer = UnsafeBufferPointer(start: p, count: length)
        let s = String(decoding: buffer, as: UTF8.self)
        let same = s.utf8.withContiguousStorageIfAvailable { d in
            d.count == length && (length == 0 || memcmp(d.baseAddress!, p, length) == 0)
        } ?? s.utf8.elementsEqual(buffer)
        return same ? s : nil
    }

    /// Whether all of `bytes` is UTF-8, checked in pieces on every core: a 200 MB file is
    /// checked before any of it is decoded, and one core would leave the other idle.
    static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = bytes.count
        let pieces = n < 1 << 22 ? 1 : min(ProcessInfo.processInfo.activeProcessorCount, 8)
        if pieces <= 1 { return firstInvalidOffset(in: bytes, range: 0..<n) == nil }
        // Cut before a lead byte, so no sequence is split; past three continuation bytes
        // the text is invalid anyway and the piece before reports it.
        var cuts = [0]
        for k in 1..<pieces {
            var c = n * k / pieces
            let limit = c + 4
            while c < n, c < limit, bytes[c] & 0xC0 == 0x80 { c += 1 }
            cuts.append(max(c, cuts[k - 1]))
        }
        cuts.append(n)
        let invalid = UnsafeMutableBufferPointer<Bool>.allocate(capacity: pieces)
        invalid.initialize(repeating: false)
        defer { invalid.deallocate() }
        let shared = UncheckedBox((bytes, invalid, cuts))
        DispatchQueue.concurrentPerform(iterations: pieces) { k in
            let (bytes, invalid, cuts) = shared.value
            invalid[k] = firstInvalidOffset(in: bytes, range: cuts[k]..<cuts[k + 1]) != nil
        }
        return !invalid.contains(true)
    }

    /// Length of a UTF-8 byte order mark at the start, 0 or 3.
    static func bomLength(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
    }
}
