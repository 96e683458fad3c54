/// Per distinct string, which letters and which adjacent letter pairs a pinyin match could
/// produce (docs/pinyin.md, mixed mode): a bit test that answers one- and two-letter needles
/// exactly and rules out most strings for longer ones before the automaton runs. It turns
/// the first keystrokes of `jzxx` from 14,000 automaton runs into 14,000 bit tests.
struct PinyinSketch: Sendable {
    /// Letters (bit = letter - 'a') any unit can contribute, per string.
    let letters: [UInt32]
    /// 26 × 26 pair bits per string, `pairWords` words each: pair (a, b) can be adjacent.
    let pairs: [UInt64]
    static let pairWords = (26 * 26 + 63) / 64

    init(_ folded: [String]) {
        let t = pinyinTable
        var letters = [UInt32](repeating: 0, count: folded.count)
        var pairs = [UInt64](repeating: 0, count: folded.count * Self.pairWords)
        for (k, s) in folded.enumerated() {
            let base = k * Self.pairWords
            var mask: UInt32 = 0
            var previousAny: UInt32 = 0  // letters the previous unit can end its contribution with
            func pair(_ a: Int, _ b: Int) {
                let bit = a * 26 + b
                pairs[base + bit >> 6] |= 1 << UInt64(bit & 63)
            }
            for scalar in s.unicodeScalars {
                var any: UInt32 = 0, first: UInt32 = 0
                let v = Pinyin.fold(scalar.value)
                if v &- 0x61 < 26 {
                    any = 1 << (v - 0x61)
                    first = any
                }
                let e = t.entry(of: scalar.value)
                if e >= 0 {
                    for r in Int(t.readingStart[e])..<Int(t.readingStart[e + 1]) {
                        let syl = Int(t.readingSyllable[r])
                        let lo = Int(t.syllableStart[syl]), hi = Int(t.syllableStart[syl + 1])
                        first |= 1 << UInt32(t.syllableBytes[lo] - 0x61)
                        for i in lo..<hi {
                            any |= 1 << UInt32(t.syllableBytes[i] - 0x61)
                            if i + 1 < hi { pair(Int(t.syllableBytes[i] - 0x61), Int(t.syllableBytes[i + 1] - 0x61)) }
                        }
                    }
                }
                // Across units: the previous contribution ends in any of its letters, this one
                // starts with a first letter.
                var a = previousAny
                while a != 0 {
                    let x = a.trailingZeroBitCount
                    a &= a - 1
                    var b = first
                    while b != 0 {
                        pair(x, b.trailingZeroBitCount)
                        b &= b - 1
                    }
                }
                mask |= any
                previousAny = any
            }
            letters[k] = mask
        }
        self.letters = letters
        self.pairs = pairs
    }

    /// What a needle requires, prepared once per scan.
    struct Needle {
        let letters: UInt32
        /// Adjacent letter pairs of the needle, as bit numbers.
        let pairs: [Int]
        /// The sketch decides alone: one or two letters and nothing else.
        let exact: Bool

        init(_ folded: [UInt8]) {
            var m: UInt32 = 0
            var p: [Int] = []
            for (i, b) in folded.enumerated() where b &- 0x61 < 26 {
                m |= 1 << UInt32(b - 0x61)
                if i + 1 < folded.count, folded[i + 1] &- 0x61 < 26 { p.append(Int(b - 0x61) * 26 + Int(folded[i + 1] - 0x61)) }
            }
            letters = m
            pairs = p
            exact = folded.count <= 2 && folded.allSatisfy { $0 &- 0x61 < 26 }
        }
    }

    /// False when string `k` cannot match; true when it may (or, for an exact needle, does).
    @inline(__always)
    func mayMatch(_ n: Needle, _ k: Int) -> Bool {
        guard letters[k] & n.letters == n.letters else { return false }
        let base = k * Self.pairWords
        for bit in n.pairs where pairs[base + bit >> 6] & (1 << UInt64(bit & 63)) == 0 { return false }
        return true
    }
}
