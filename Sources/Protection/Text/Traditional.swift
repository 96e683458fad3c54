/// Traditional characters read as simplified, so one lexicon and one set of number words
/// serve reports in either script (萬→万, 餘→余, 個→个, 學校→学校, 內蒙古→内蒙古).
///
/// Not a full converter: `TraditionalTable.swift` holds only the characters ingest's own word
/// lists, the quantity reader and the seed report use, each with every traditional form that
/// converts to it. A traditional character outside it stays as it is, which is harmless: no
/// rule looks for it, and a figure's `text` is written in those characters. Quotes keep the
/// report's own characters; only matching reads the simplified form. It lives in the model
/// layer so the loader can compare a span of a traditional report with a figure's text.
package enum Traditional {
    static let table: [Unicode.Scalar: Unicode.Scalar] = {
        var map: [Unicode.Scalar: Unicode.Scalar] = [:]
        for row in pairs {
            let s = Array(row.unicodeScalars)
            for k in stride(from: 0, to: s.count - 1, by: 2) { map[s[k]] = s[k + 1] }
        }
        return map
    }()

    @inline(__always)
    package static func simplified(_ c: Unicode.Scalar) -> Unicode.Scalar {
        c.value < 0x3400 ? c : (table[c] ?? c)
    }
}
