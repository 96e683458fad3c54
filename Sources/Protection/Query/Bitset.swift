/// A fixed-size set of small integers (string codes), one bit each: a million quotes fit in
/// 128 KB, which stays in cache while the figure pass looks codes up at random.
struct Bitset: Sendable {
    private(set) var words: [UInt64]
    let count: Int

    init(count: Int) {
        self.count = count
        words = Array(repeating: 0, count: (count + 63) >> 6)
    }

    init(count: Int, members: [UInt32]) {
        self.init(count: count)
        for m in members { insert(Int(m)) }
    }

    @inline(__always)
    mutating func insert(_ i: Int) { words[i >> 6] |= 1 << UInt64(i & 63) }

    @inline(__always)
    func contains(_ i: Int) -> Bool { words[i >> 6] & (1 << UInt64(i & 63)) != 0 }

    var isEmpty: Bool { !words.contains { $0 != 0 } }

    var cardinality: Int { words.reduce(0) { $0 + $1.nonzeroBitCount } }

    /// Calls `body` with each member, ascending.
    @inline(__always)
    func forEach(_ body: (Int) -> Void) {
        for (w, word) in words.enumerated() {
            var bits = word
            while bits != 0 {
                body(w << 6 | bits.trailingZeroBitCount)
                bits &= bits &- 1
            }
        }
    }

    static func |= (a: inout Bitset, b: Bitset) {
        for k in a.words.indices { a.words[k] |= b.words[k] }
    }
}
