/// Distinct strings of one CSV column, keyed by their bytes.
///
/// A million-row file repeats a few dozen provinces, systems and sources over and over:
/// looking the bytes up before building a String means each distinct value is decoded and
/// stored once, and every row shares that storage. The id lets callers cache per value.
struct InternTable {
    /// Open addressing; 0 is empty, else the hash's top 32 bits and id + 1, so most probes
    /// are settled without touching the entries.
    private var slots: [UInt64]
    private var entries: [(offset: Int, length: Int)] = []
    private var arena: [UInt8] = []
    private(set) var strings: [String] = []
    /// Lookups so far, to tell a column of repeats from a column of unique values.
    private(set) var lookups = 0

    init() {
        slots = Array(repeating: 0, count: 64)
    }

    var count: Int { strings.count }

    /// True when most values so far were new: interning such a column (quotes, say) costs
    /// a cache miss per row and saves nothing.
    var isMostlyUnique: Bool {
        lookups >= 8192 && lookups & (lookups - 1) == 0 && strings.count * 10 > lookups * 6
    }

    /// The shared String for these bytes and its id, 0-based in order of first sight; nil when
    /// the bytes are not UTF-8 (a value seen before was valid, so only new ones are checked).
    mutating func intern(_ p: UnsafePointer<UInt8>, _ length: Int) -> (String, Int32)? {
        lookups += 1
        let h = Self.hash(p, length)
        let tag = h & 0xFFFF_FFFF_0000_0000
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: h) & mask
        while true {
            let v = slots[slot]
            if v == 0 { break }
            if v & 0xFFFF_FFFF_0000_0000 == tag {
                let e = Int(v & 0xFFFF_FFFF) - 1
                if entries[e].length == length, equal(entries[e].offset, p, length) { return (strings[e], Int32(e)) }
            }
            slot = (slot + 1) & mask
        }
        let id = strings.count
        guard let s = UTF8Validation.string(p, length) else { return nil }
        entries.append((arena.count, length))
        arena.append(contentsOf: UnsafeBufferPointer(start: p, count: length))
        strings.append(s)
        slots[slot] = tag | UInt64(id + 1)
        if strings.count * 2 > slots.count { grow() }
        return (s, Int32(id))
    }

    private func equal(_ offset: Int, _ p: UnsafePointer<UInt8>, _ length: Int) -> Bool {
        guard length > 0 else { return true }
        return arena.withUnsafeBufferPointer { a in memcmpBytes(a.baseAddress! + offset, p, length) }
    }

    private mutating func grow() {
        var bigger = [UInt64](repeating: 0, count: slots.count * 2)
        let mask = bigger.count - 1
        arena.withUnsafeBufferPointer { a in
            for (e, entry) in entries.enumerated() {
                let h = Self.hash(a.baseAddress! + entry.offset, entry.length)
                var slot = Int(truncatingIfNeeded: h) & mask
                while bigger[slot] != 0 { slot = (slot + 1) & mask }
                bigger[slot] = (h & 0xFFFF_FFFF_0000_0000) | UInt64(e + 1)
            }
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
