/// The workbook's table of shared strings, for the columns whose values repeat (provinces,
/// systems, indicators, units, dates, sources, outlets): each is stored once and cells hold
/// its number. Text that is mostly unique (ids, quotes) is written inline instead.
struct SharedStrings {
    private(set) var strings: [String] = []
    private var numbers: [String: Int32] = [:]
    /// Cells that refer to the table, for its `count`.
    private(set) var uses = 0

    /// The number of `s`, adding it when new.
    @discardableResult
    mutating func add(_ s: String) -> Int32 {
        uses += 1
        if let n = numbers[s] { return n }
        let n = Int32(strings.count)
        numbers[s] = n
        strings.append(s)
        return n
    }

    /// The number of a string already added.
    func number(of s: String) -> Int32 { numbers[s]! }

    /// xl/sharedStrings.xml.
    var xml: [UInt8] {
        var out = Array(#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#.utf8)
        out += Array("\n<sst \(SheetXML.namespaces) count=\"\(uses)\" uniqueCount=\"\(strings.count)\">".utf8)
        for s in strings {
            out += Array((XMLText.hasEdgeSpace(s) ? #"<si><t xml:space="preserve">"# : "<si><t>").utf8)
            XMLText.append(s, to: &out)
            out += Array("</t></si>".utf8)
        }
        return out + Array("</sst>".utf8)
    }
}
