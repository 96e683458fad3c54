/// Figures written out as CSV or JSON, in the fields docs/export.md lists. Both load back
/// with `--data` into the same records (see docs/data-format.md).
public enum FigureExport {
    /// The CSV header, also the JSON keys (with `change` as one object there).
    public static let columns = ["id", "province", "province_code", "system", "indicator", "value", "unit", "text",
                                 "qualifier", "change_from", "change_from_text", "change_date", "date", "source",
                                 "outlet", "quote"]

    /// Figures to write, in dataset order: those `filter` takes, among `only` when given
    /// (the matches of a `--filter` query, ascending).
    static func selection(_ dataset: Dataset, _ filter: FigureFilter, _ only: FilterResult?) -> [Int] {
        if filter.provinceIndex == nil, filter.system == nil {
            return only.map(Array.init) ?? Array(dataset.figures.indices)
        }
        guard let only else { return dataset.figures.indices.filter { filter.matches(dataset.figures[$0]) } }
        return only.filter { filter.matches(dataset.figures[$0]) }
    }

    public static func csv(_ dataset: Dataset, filter: FigureFilter = FigureFilter(), only: FilterResult? = nil) -> [UInt8] {
        collect(.csv, dataset, filter, only)
    }

    /// The CSV (or, with `tsv`, the TSV) export handed to `sink` in pieces as they are made,
    /// for writing a big export without holding it whole. False when the sink returned false.
    public static func writeDelimited(_ dataset: Dataset, filter: FigureFilter = FigureFilter(), only: FilterResult? = nil,
                                      tsv: Bool = false, to sink: ([UInt8]) -> Bool) -> Bool {
        (tsv ? DelimitedRows.tsv : .csv).write(dataset, selection(dataset, filter, only), to: sink)
    }

    static func collect(_ rows: DelimitedRows, _ dataset: Dataset, _ filter: FigureFilter, _ only: FilterResult?) -> [UInt8] {
        var out: [UInt8] = []
        _ = rows.write(dataset, selection(dataset, filter, only)) { out.append(contentsOf: $0); return true }
        return out
    }

    /// An array of objects, one a line; values are JSON numbers in base units, never rounded.
    public static func json(_ dataset: Dataset, filter: FigureFilter = FigureFilter(), only: FilterResult? = nil) -> [UInt8] {
        var out: [UInt8] = Array("[".utf8)
        var first = true
        var outlets = OutletLookup(dataset)
        for i in selection(dataset, filter, only) {
            let f = dataset.figures[i]
            out.append(contentsOf: first ? Array("\n  {".utf8) : Array(",\n  {".utf8))
            first = false
            let p = f.province
            key("id", &out, first: true); string(f.id, &out)
            key("province", &out); string(p.fullName, &out)
            key("province_code", &out); out.append(contentsOf: String(p.code).utf8)
            key("system", &out); string(f.system.name, &out)
            key("indicator", &out); string(f.indicator, &out)
            key("value", &out); out.append(contentsOf: f.value.description.utf8)
            key("unit", &out); string(f.unit, &out)
            key("text", &out); string(f.text, &out)
            key("qualifier", &out); string(f.qualifier.rawValue, &out)
            key("change", &out)
            if let c = f.change {
                out.append(contentsOf: "{\"from\": ".utf8)
                out.append(contentsOf: c.from.description.utf8)
                out.append(contentsOf: ", \"from_text\": ".utf8); string(c.fromText, &out)
                out.append(contentsOf: ", \"date\": ".utf8); string(c.fromDate, &out)
                out.append(UInt8(ascii: "}"))
            } else {
                out.append(contentsOf: "null".utf8)
            }
            key("date", &out); string(f.date, &out)
            key("source", &out); string(f.sourceID, &out)
            key("outlet", &out); string(outlets.outlet(of: f.sourceID), &out)
            key("quote", &out); string(f.quote, &out)
            out.append(UInt8(ascii: "}"))
        }
        out.append(contentsOf: (first ? "]\n" : "\n]\n").utf8)
        return out
    }

    private static func key(_ name: String, _ out: inout [UInt8], first: Bool = false) {
        if !first { out.append(contentsOf: ", ".utf8) }
        string(name, &out)
        out.append(contentsOf: ": ".utf8)
    }

    /// A JSON string: quotes, backslashes and control characters escaped, the rest as UTF-8.
    /// C1 controls, bidi controls and line separators are escaped too (`\u202e`), so a
    /// printed file shows them as text, and it still loads back exactly.
    static func string(_ s: String, _ out: inout [UInt8]) {
        out.append(0x22)
        var s = s
        s.withUTF8 { p in
            var i = 0
            while i < p.count {
                let b = p[i]
                // Every unsafe scalar above ASCII is two or three bytes led by C2, D8 or E2.
                if b == 0xC2 || b == 0xD8 || b == 0xE2, i + 1 < p.count {
                    let three = b == 0xE2 && i + 2 < p.count
                    let v = three ? UInt32(b & 0x0F) << 12 | UInt32(p[i + 1] & 0x3F) << 6 | UInt32(p[i + 2] & 0x3F)
                                  : UInt32(b & 0x1F) << 6 | UInt32(p[i + 1] & 0x3F)
                    let n = three ? 3 : 2
                    if ControlCharacters.isUnsafe(v) { escape(v, &out) } else { out.append(contentsOf: p[i..<i + n]) }
                    i += n
                    continue
                }
                i += 1
                switch b {
                case 0x22: out.append(contentsOf: [0x5C, 0x22])
                case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
                case 0x0A: out.append(contentsOf: [0x5C, UInt8(ascii: "n")])
                case 0x0D: out.append(contentsOf: [0x5C, UInt8(ascii: "r")])
                case 0x09: out.append(contentsOf: [0x5C, UInt8(ascii: "t")])
                case 0..<0x20, 0x7F: escape(UInt32(b), &out)
                default: out.append(b)
                }
            }
        }
        out.append(0x22)
    }

    /// `\u` and four lowercase hex digits.
    private static func escape(_ v: UInt32, _ out: inout [UInt8]) {
        let hex = Array("0123456789abcdef".utf8)
        out.append(contentsOf: [0x5C, UInt8(ascii: "u")])
        for shift in stride(from: 12, through: 0, by: -4) { out.append(hex[Int((v >> UInt32(shift)) & 15)]) }
    }

    /// Outlets by source id, remembering the last one: figures of one source come in runs.
    struct OutletLookup {
        let dataset: Dataset
        var lastID = ""
        var lastOutlet = ""
        var started = false

        init(_ dataset: Dataset) { self.dataset = dataset }

        mutating func outlet(of id: String) -> String {
            if started && id == lastID { return lastOutlet }
            started = true
            lastID = id
            lastOutlet = dataset.source(id: id)?.outlet ?? ""
            return lastOutlet
        }
    }
}
