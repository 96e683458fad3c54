/// Traditional characters read as simplified (stub, replaced by the generated table).
enum Traditional {
    static let table: [Unicode.Scalar: Unicode.Scalar] = [:]

    @inline(__always)
    static func simplified(_ c: Unicode.Scalar) -> Unicode.Scalar {
        c.value < 0x3400 ? c : (table[c] ?? c)
    }
}
