import Foundation  // memchr, memcmp

/// Substring search over UTF-8 bytes, the inner loop of every text scan.
///
/// Compares two bytes of the needle at once over 16 positions (SIMD), then confirms the
/// candidates. The two bytes are the needle's last byte and its rarest-looking other byte:
/// in Chinese text the lead bytes (E4…E9) are nearly all alike and the continuation bytes
/// vary, so continuation bytes filter best.
enum ByteSearch {
    /// Offsets of the two filter bytes within `needle` (second > first), for `needle.count >= 2`.
    @inline(__always)
    static func filterOffsets(_ needle: UnsafeBufferPointer<UInt8>) -> (Int, Int) {
        let last = needle.count - 1
        var best = last - 1, bestScore = Int.max
        for k in stride(from: last - 1, through: 0, by: -1) {
            let b = needle[k]
            let score = b >= 0xC0 ? 3 : (b >= 0x80 ? 0 : (b == 0x20 ? 2 : 1))
            if score < bestScore { best = k; bestScore = score }
        }
        return (best, last)
    }

    /// First offset ≥ `from` where `needle` occurs in `hay`, or nil.
    static func firstIndex(of needle: UnsafeBufferPointer<UInt8>, in hay: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        let n = needle.count
        if n == 0 { return from <= hay.count ? from : nil }
        guard from + n <= hay.count, let h = hay.baseAddress, let q = needle.baseAddress else { return nil }
        if n == 1 {
            guard let p = memchr(h + from, Int32(q[0]), hay.count - from) else { return nil }
            return h.distance(to: p.assumingMemoryBound(to: UInt8.self))
        }
        let (o1, o2) = filterOffsets(needle)
        let b1 = q[o1], b2 = q[o2]
        let v1 = SIMD16<UInt8>(repeating: b1), v2 = SIMD16<UInt8>(repeating: b2)
        var p = from
        let lastStart = hay.count - n  // largest valid start
        let raw = UnsafeRawPointer(h)
        while p + 15 <= lastStart {
            let a = raw.loadUnaligned(fromByteOffset: p + o1, as: SIMD16<UInt8>.self)
            let b = raw.loadUnaligned(fromByteOffset: p + o2, as: SIMD16<UInt8>.self)
            let m = (a .== v1) .& (b .== v2)
            if any(m) {
                for k in 0..<16 where m[k] {
                    if memcmp(h + p + k, q, n) == 0 { return p + k }
                }
            }
            p += 16
        }
        while p <= lastStart {
            if h[p + o1] == b1, h[p + o2] == b2, memcmp(h + p, q, n) == 0 { return p }
            p += 1
        }
        return nil
    }

    /// Whether `needle` occurs in `hay[range]` (the range must lie inside `hay`).
    @inline(__always)
    static func contains(_ needle: UnsafeBufferPointer<UInt8>, in hay: UnsafeBufferPointer<UInt8>, range: Range<Int>) -> Bool {
        let n = needle.count
        if n > range.count { return false }
        let h = hay.baseAddress!
        let q = needle.baseAddress!
        if n == 0 { return true }
        // Short strings: a plain loop beats setting up the vector filter.
        if range.count < 48 {
            let first = q[0]
            var p = range.lowerBound
            let end = range.upperBound - n
            while p <= end {
                if h[p] == first, memcmp(h + p, q, n) == 0 { return true }
                p += 1
            }
            return false
        }
        return firstIndex(of: needle, in: UnsafeBufferPointer(rebasing: hay[range]), from: 0) != nil
    }

    /// A needle prepared once for testing many short strings (distinct quotes, one by one):
    /// the filter bytes are chosen once instead of per string.
    struct Prepared {
        let needle: UnsafeBufferPointer<UInt8>
        let o1: Int, o2: Int
        let b1: UInt8, b2: UInt8
        let v1: SIMD16<UInt8>, v2: SIMD16<UInt8>

        init(_ needle: UnsafeBufferPointer<UInt8>) {
            self.needle = needle
            if needle.count >= 2 {
                (o1, o2) = ByteSearch.filterOffsets(needle)
            } else {
                (o1, o2) = (0, 0)
            }
            b1 = needle.first ?? 0
            b2 = needle.count >= 2 ? needle[o2] : 0
            v1 = SIMD16(repeating: needle.count >= 2 ? needle[o1] : 0)
            v2 = SIMD16(repeating: b2)
        }

        /// Whether the needle occurs in `hay[lo..<hi]`.
        @inline(__always)
        func occurs(in hay: UnsafePointer<UInt8>, from lo: Int, to hi: Int) -> Bool {
            let n = needle.count
            if n == 0 { return true }
            let lastStart = hi - n
            if lastStart < lo { return false }
            let q = needle.baseAddress!
            if n == 1 { return memchr(hay + lo, Int32(b1), hi - lo) != nil }
            let f1 = q[o1]
            var p = lo
            let raw = UnsafeRawPointer(hay)
            while p + 15 <= lastStart {
                let a = raw.loadUnaligned(fromByteOffset: p + o1, as: SIMD16<UInt8>.self)
                let b = raw.loadUnaligned(fromByteOffset: p + o2, as: SIMD16<UInt8>.self)
                let m = (a .== v1) .& (b .== v2)
                if any(m) {
                    for k in 0..<16 where m[k] {
                        if memcmp(hay + p + k, q, n) == 0 { return true }
                    }
                }
                p += 16
            }
            while p <= lastStart {
                if hay[p + o1] == f1, hay[p + o2] == b2, memcmp(hay + p, q, n) == 0 { return true }
                p += 1
            }
            return false
        }
    }
}
