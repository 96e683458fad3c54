/// Distinct strings of one CSV column, keyed by their bytes.
///
/// A million-row file repeats a few dozen provinces, systems and sources over and over:
/// looking the bytes up before building a String means each distinct value is decoded and
/// stored once, and every row shares that storage. The id lets callers cache per value.
struct InternTable {
    private var slots: [Int32]
    private var hashes: [UInt64] = []
    private var offsets: [Int] = []
    private var lengths: [Int] = []
    private var arena: [UInt8] = []
    private(set) var strings: [String] = []

    init() {
        slots = Array(repeating: -1, count: 64)
    }

    var count: Int { strings.count }

    /// The shared String for these bytes (valid UTF-8) and its id, 0-based in order of first sight.
    mutating func intern(_ p: UnsafePointer<UInt8>, _ length: Int) -> (String, Int32) {
        let h = Self.hash(p, length)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: h) & mask
        while true {
            let e = Int(slots[slot])
            if e < 0 { break }
            if hashes[e] == h, lengths[e] == length, equal(e, p, length) { return (strings[e], Int32(e)) }
            slot = (slot + 1) & mask
        }
        let id = strings.count
        let s = String(decoding: UnsafeBufferPointer(start: p, count: length), as: UTF8.self)
        hashes.append(h)
        offsets.append(arena.count)
        lengths.append(length)
        arena.append(contentsOf: UnsafeBufferPointer(start: p, count: length))
        strings.append(s)
        slots[slot] = Int32(id)
        if strings.count * 2 > slots.count { grow() }
        return (s, Int32(id))
    }

    private func equal(_ e: Int, _ p: UnsafePointer<UInt8>, _ length: Int) -> Bool {
        arena.withUnsafeBufferPointer { a in
            guard length > 0 else { return true }
            return memcmpBytes(a.baseAddress! + offsets[e], p, length)
        }
    }

    private mutating func grow() {
        var bigger = Array<Int32>(repeating: -1, count: slots.count * 2)
        let mask = bigger.count - 1
        for e in 0..<strings.count {
            var slot = Int(truncatingIfNeeded: hashes[e]) & mask
            while bigger[slot] >= 0 { slot = (slot + 1) & mask }
            bigger[slot] = Int32(e)
        }
        slots = bigger
    }

    /// Eight bytes at a time, multiply-xorshift mixing; only needs to spread, not to resist attack.
    @inline(__always)
    static func hash(_ p: UnsafePointer<UInt8>, _ length: Int) -> UInt64 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(length)
        var i = 0
        let raw = UnsafeRawPointer(p)
        while i + 8 <= length {
            h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
            h ^= h >> 31
            i += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while i < length {
            tail |= UInt64(p[i]) << shift
            shift += 8
            i += 1
        }
        h = (h ^ tail) &* 0x94D0_49BB_1331_11EB
        h ^= h >> 29
        return h
    }
}

@inline(__always)
func memcmpBytes(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ n: Int) -> Bool {
    var i = 0
    while i + 8 <= n {
        if UnsafeRawPointer(a).loadUnaligned(fromByteOffset: i, as: UInt64.self)
            != UnsafeRawPointer(b).loadUnaligned(fromByteOffset: i, as: UInt64.self) { return false }
        i += 8
    }
    while i < n {
        if a[i] != b[i] { return false }
        i += 1
    }
    return true
}
