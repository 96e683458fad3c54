import Foundation  // memcmp

/// Hands out a code per distinct folded string, in order of first appearance, keyed by the
/// folded UTF-8 bytes: an open-addressing table over one byte buffer, laid out as a
/// `TextColumn` so the column takes the buffer as it is. (`String`'s own hashing normalises
/// non-ASCII text first, which made interning a million quotes take seconds.) Strings that
/// differ only in case or width share a code: matching sees only the folded text anyway.
struct ByteInterner {
    /// The distinct folded strings' bytes, each followed by a 0 byte.
    private(set) var bytes: [UInt8] = []
    /// String k is bytes[starts[k] ..< starts[k + 1] - 1].
    private(set) var starts: [UInt32] = [0]
    private var scratch: [UInt8] = []
    /// False: keep strings byte for byte (source ids, which name records exactly).
    private let folding: Bool
    private var slots: [Int32]
    private var slotHashes: [UInt64]
    private var mask: Int

    init(expected: Int = 1024, folding: Bool = true) {
        self.folding = folding
        var capacity = 16
        while capacity < expected * 2 { capacity <<= 1 }
        slots = Array(repeating: -1, count: capacity)
        slotHashes = Array(repeating: 0, count: capacity)
        mask = capacity - 1
    }

    var count: Int { starts.count - 1 }

    mutating func code(_ s: String) -> UInt32 {
        var s = s
        var folded = scratch
        scratch = []
        folded.removeAll(keepingCapacity: true)
        s.withUTF8 { folding ? TextFold.appendFolded(utf8: $0, to: &folded) : folded.append(contentsOf: $0) }
        let c = folded.withUnsafeBufferPointer { code(folded: $0) }
        scratch = folded
        return c
    }

    private mutating func code(folded b: UnsafeBufferPointer<UInt8>) -> UInt32 {
        let h = Self.hash(b)
        var i = Int(truncatingIfNeeded: h) & mask
        while true {
            let k = Int(slots[i])
            if k < 0 { break }
            if slotHashes[i] == h && equals(k, b) { return UInt32(k) }
            i = (i + 1) & mask
        }
        let k = count
        slots[i] = Int32(k)
        slotHashes[i] = h
        bytes.append(contentsOf: b)
        bytes.append(0)
        starts.append(UInt32(bytes.count))
        if count * 2 > slots.count { grow() }
        return UInt32(k)
    }

    private func equals(_ k: Int, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let lo = Int(starts[k]), hi = Int(starts[k + 1]) - 1
        guard hi - lo == b.count else { return false }
        return bytes.withUnsafeBufferPointer { all in
            b.count == 0 || memcmp(all.baseAddress! + lo, b.baseAddress!, b.count) == 0
        }
    }

    private mutating func grow() {
        let capacity = slots.count * 2
        var newSlots = [Int32](repeating: -1, count: capacity)
        var newHashes = [UInt64](repeating: 0, count: capacity)
        let newMask = capacity - 1
        for (i, k) in slots.enumerated() where k >= 0 {
            var j = Int(truncatingIfNeeded: slotHashes[i]) & newMask
            while newSlots[j] >= 0 { j = (j + 1) & newMask }
            newSlots[j] = k
            newHashes[j] = slotHashes[i]
        }
        slots = newSlots
        slotHashes = newHashes
        mask = newMask
    }

    /// FNV-1a, 8 bytes at a time with a final mix: fast, and good enough for a probe table.
    private static func hash(_ b: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(b.count)
        var i = 0
        if let base = b.baseAddress {
            let raw = UnsafeRawPointer(base)
            while i + 8 <= b.count {
                h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0x0000_0100_0000_01B3
                h ^= h >> 29
                i += 8
            }
            while i < b.count {
                h = (h ^ UInt64(b[i])) &* 0x0000_0100_0000_01B3
                i += 1
            }
        }
        h ^= h >> 32
        h &*= 0xD6E8_FEB8_6659_FD93
        return h ^ (h >> 32)
    }

    /// The distinct (folded, when folding) strings.
    var strings: [String] {
        (0..<count).map { k in String(decoding: bytes[Int(starts[k])..<(Int(starts[k + 1]) - 1)], as: UTF8.self) }
    }
}
