/// For each character (BMP scalar, folded), the codes of the strings that contain it, in
/// ascending order: the quotes holding 学 are read off a list instead of found by scanning
/// 80 MB of text, so the first keystroke of a query is as quick as the later ones. A longer
/// needle starts from its rarest character's list and confirms those strings only.
/// Costs one UInt32 per distinct character per string (82 MB for 711,611 quotes).
struct CharacterPostings: Sendable {
    /// Slot of each BMP scalar, or -1 when no string holds it.
    private let slotOf: [Int32]
    /// Slot s lists postings[offsets[s] ..< offsets[s + 1]].
    private let offsets: [UInt32]
    private let postings: [UInt32]

    init(_ column: TextColumn) {
        var slotOf = [Int32](repeating: -1, count: 0x10000)
        var counts: [UInt32] = []
        var lastSeen: [Int32] = []
        // Pass 1: how many strings hold each character.
        Self.forEachScalar(column) { k, v in
            var s = Int(slotOf[Int(v)])
            if s < 0 {
                s = counts.count
                slotOf[Int(v)] = Int32(s)
                counts.append(0)
                lastSeen.append(-1)
            }
            if lastSeen[s] != Int32(k) {
                lastSeen[s] = Int32(k)
                counts[s] += 1
            }
        }
        var offsets = [UInt32](repeating: 0, count: counts.count + 1)
        for s in 0..<counts.count { offsets[s + 1] = offsets[s] + counts[s] }
        // Pass 2: fill the lists; strings are visited in code order, so each list is sorted.
        var cursor = Array(offsets.dropLast())
        var postings = [UInt32](repeating: 0, count: Int(offsets.last ?? 0))
        for s in 0..<lastSeen.count { lastSeen[s] = -1 }
        Self.forEachScalar(column) { k, v in
            let s = Int(slotOf[Int(v)])
            if lastSeen[s] != Int32(k) {
                lastSeen[s] = Int32(k)
                postings[Int(cursor[s])] = UInt32(k)
                cursor[s] += 1
            }
        }
        self.slotOf = slotOf
        self.offsets = offsets
        self.postings = postings
    }

    /// Calls `body(string code, scalar)` for every BMP scalar of every string.
    private static func forEachScalar(_ column: TextColumn, _ body: (Int, UInt32) -> Void) {
        column.bytes.withUnsafeBufferPointer { b in
            column.starts.withUnsafeBufferPointer { st in
                for k in 0..<column.count {
                    var i = Int(st[k])
                    let end = Int(st[k + 1]) - 1
                    while i < end {
                        let c = b[i]
                        if c < 0x80 {
                            body(k, UInt32(c)); i += 1
                        } else if c < 0xE0 {
                            body(k, (UInt32(c & 0x1F) << 6) | UInt32(b[i + 1] & 0x3F)); i += 2
                        } else if c < 0xF0 {
                            body(k, (UInt32(c & 0x0F) << 12) | (UInt32(b[i + 1] & 0x3F) << 6) | UInt32(b[i + 2] & 0x3F)); i += 3
                        } else {
                            i += 4  // beyond the BMP: not indexed
                        }
                    }
                }
            }
        }
    }

    /// The shortest posting list among the needle's characters, or nil when the needle has a
    /// character this index does not cover (outside the BMP): then scan instead.
    /// An empty list means no string can contain the needle.
    func candidates(for needle: [UInt8]) -> ArraySlice<UInt32>? {
        var best: ArraySlice<UInt32>?
        for scalar in String(decoding: needle, as: UTF8.self).unicodeScalars {
            let v = scalar.value
            guard v < 0x10000 else { return nil }
            let s = Int(slotOf[Int(v)])
            if s < 0 { return [] }
            let list = postings[Int(offsets[s])..<Int(offsets[s + 1])]
            if best == nil || list.count < best!.count { best = list }
        }
        return best
    }

    /// Whether the needle is a single character, whose list is then the exact answer.
    static func isSingleCharacter(_ needle: [UInt8]) -> Bool {
        String(decoding: needle, as: UTF8.self).unicodeScalars.count == 1
    }
}
