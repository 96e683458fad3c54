/// The set of ids seen while loading: a million-row file inserts a million ids, and
/// `Set<String>`'s seeded SipHash was a tenth of the load. This hashes the UTF-8 bytes with the
/// interning hash and compares bytes, so ids that differ only in Unicode normalisation differ.
struct IDSet {
    private var slots: [UInt64]
    private var values: [String] = []

    init() {
        slots = Array(repeating: 0, count: 16)
    }

    var count: Int { values.count }

    mutating func reserveCapacity(_ n: Int) {
        guard n * 2 > slots.count else { return }
        var size = slots.count
        while size < n * 2 { size *= 2 }
        rehash(size)
    }

    /// Inserts `id`; false when it was already there.
    @discardableResult
    mutating func insert(_ id: String) -> Bool {
        let h = Self.hash(id)
        let tag = h & 0xFFFF_FFFF_0000_0000
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: h) & mask
        while slots[slot] != 0 {
            // Only a full 32-bit tag match compares the strings: a repeat, or rarely a collision.
            if slots[slot] & 0xFFFF_FFFF_0000_0000 == tag,
               values[Int(slots[slot] & 0xFFFF_FFFF) - 1].utf8.elementsEqual(id.utf8) { return false }
            slot = (slot + 1) & mask
        }
        values.append(id)
        slots[slot] = tag | UInt64(values.count)
        if values.count * 2 > slots.count { rehash(slots.count * 2) }
        return true
    }

    func contains(_ id: String) -> Bool {
        let h = Self.hash(id)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: h) & mask
        while slots[slot] != 0 {
            if slots[slot] & 0xFFFF_FFFF_0000_0000 == h & 0xFFFF_FFFF_0000_0000,
               values[Int(slots[slot] & 0xFFFF_FFFF) - 1].utf8.elementsEqual(id.utf8) { return true }
            slot = (slot + 1) & mask
        }
        return false
    }

    /// Every id, in no particular order.
    var all: [String] { values }

    private mutating func rehash(_ size: Int) {
        var bigger = [UInt64](repeating: 0, count: size)
        let mask = size - 1
        for (k, value) in values.enumerated() {
            let h = Self.hash(value)
            var slot = Int(truncatingIfNeeded: h) & mask
            while bigger[slot] != 0 { slot = (slot + 1) & mask }
            bigger[slot] = (h & 0xFFFF_FFFF_0000_0000) | UInt64(k + 1)
        }
        slots = bigger
    }

    private static func hash(_ id: String) -> UInt64 {
        var id = id
        return id.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return 0x9E37_79B9_7F4A_7C15 }
            return InternTable.hash(base, bytes.count)
        }
    }
}
