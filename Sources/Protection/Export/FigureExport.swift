/// Figures written out as CSV or JSON, in the fields docs/export.md lists. Both load back
/// with `--data` into the same records (see docs/data-format.md).
public enum FigureExport {
    /// The CSV header, also the JSON keys (with `change` as one object there).
    public static let columns = ["id", "province", "province_code", "system", "indicator", "value", "unit", "text",
                                 "qualifier", "change_from", "change_from_text", "change_date", "date", "source",
                                 "outlet", "quote"]

    /// Figures to write, in dataset order: those `filter` takes, among `only` when given
    /// (the matches of a `--filter` query, ascending).
    public static func selection(_ dataset: Dataset, _ filter: FigureFilter, _ only: FilterResult?) -> [Int] {
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
        var out: [UInt8] = []
        _ = writeJSON(dataset, filter: filter, only: only) { out.append(contentsOf: $0); return true }
        return out
    }

    /// The JSON export (or, with `lines`, JSON Lines: the same objects, one a line, without
    /// the array) handed to `sink` in pieces as they are made, encoded on every core.
    /// False when the sink returned false.
    public static func writeJSON(_ dataset: Dataset, filter: FigureFilter = FigureFilter(), only: FilterResult? = nil,
                                 lines: Bool = false, to sink: ([UInt8]) -> Bool) -> Bool {
        let indices = selection(dataset, filter, only)
        let head: [UInt8] = lines ? [] : Array("[".utf8)
        let tail: [UInt8] = lines ? [] : Array((indices.isEmpty ? "]\n" : "\n]\n").utf8)
        return ExportBatches.write(indices, head: head, tail: tail, encode: { positions, figures in
            var out: [UInt8] = []
            out.reserveCapacity(figures.count * 512)
            var outlets = OutletLookup(dataset)
            for (k, i) in zip(positions, figures) {
                if !lines { out.append(contentsOf: (k == 0 ? "\n  " : ",\n  ").utf8) }
                let id = dataset.figures[i].sourceID
                object(dataset.figures[i], outlet: outlets.outlet(of: id), &out)
                if lines { out.append(0x0A) }
            }
            return out
        }, to: sink)
    }

    /// One figure as a JSON object on one line.
    static func object(_ f: Figure, outlet: String, _ out: inout [UInt8]) {
        let p = f.province
        out.append(UInt8(ascii: "{"))
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
        key("outlet", &out); string(outlet, &out)
        key("quote", &out); string(f.quote, &out)
        out.append(UInt8(ascii: "}"))
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
            // Runs of ordinary bytes are copied whole; only the bytes the table marks are looked at.
            var i = 0, run = 0
            Self.jsonSpecial.withUnsafeBufferPointer { special in
                while i < p.count {
                    let b = p[i]
                    guard special[Int(b)] else { i += 1; continue }
                    // Every unsafe scalar above ASCII is two or three bytes led by C2, D8 or E2.
                    if b == 0xC2 || b == 0xD8 || b == 0xE2 {
                        guard let (v, n) = ControlCharacters.scalar(ledAt: i, in: p) else { i += 1; continue }
                        if ControlCharacters.isUnsafe(v) {
                            out.append(contentsOf: UnsafeBufferPointer(rebasing: p[run..<i]))
                            escape(v, &out)
                            run = i + n
                        }
                        i += n
                        continue
                    }
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: p[run..<i]))
                    i += 1
                    run = i
                    switch b {
                    case 0x22: out.append(0x5C); out.append(0x22)
                    case 0x5C: out.append(0x5C); out.append(0x5C)
                    case 0x0A: out.append(0x5C); out.append(UInt8(ascii: "n"))
                    case 0x0D: out.append(0x5C); out.append(UInt8(ascii: "r"))
                    case 0x09: out.append(0x5C); out.append(UInt8(ascii: "t"))
                    default: escape(UInt32(b), &out)  // the other C0 controls and DEL
                    }
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: p[run..<p.count]))
        }
        out.append(0x22)
    }

    /// Bytes a JSON string cannot hold as they are, or that may start an unsafe scalar.
    private static let jsonSpecial: [Bool] = (0..<256).map { b in
        b < 0x20 || b == 0x22 || b == 0x5C || b == 0x7F || b == 0xC2 || b == 0xD8 || b == 0xE2
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
