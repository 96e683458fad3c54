import Protection

/// The result written out: a dataset file the loader reads (`dataset`), the same records
/// with confidence, rule and position for review plus the numbers skipped (`json`), or the
/// export CSV columns (`csv`).
public enum IngestOutput {
    public enum Format: String, Sendable, CaseIterable {
        case dataset, json, csv
    }

    public static func render(_ r: IngestResult, format: Format) -> [UInt8] {
        switch format {
        case .dataset: Array(dataset(r).utf8)
        case .json: Array(review(r).utf8)
        case .csv: FigureExport.csv(r.dataset)
        }
    }

    /// One record a line block, as the seed dataset is written; `value` and `unit` are left
    /// for the loader to derive from `text`, so an edited text cannot disagree with them.
    public static func dataset(_ r: IngestResult) -> String {
        var o = "{\n  \"format\": \"weibao-dataset\",\n  \"version\": 1,\n"
        o += "  \"sources\": [" + list(r.articles.map { sourceObject($0.source) }) + "],\n"
        o += "  \"figures\": [" + list(r.figures.map { figureObject($0.record, province: true) }) + "],\n"
        o += "  \"measures\": [" + list(r.measures.map { measureObject($0.record) }) + "],\n"
        o += "  \"events\": [" + list(r.events.map { eventObject($0.record) }) + "]\n}\n"
        return o
    }

    static func list(_ items: [String]) -> String {
        items.isEmpty ? "" : "\n" + items.map { "    " + $0 }.joined(separator: ",\n") + "\n  "
    }

    static func sourceObject(_ s: Source) -> String {
        var f = [("id", str(s.id)), ("outlet", str(s.outlet)), ("headline", str(s.headline)), ("date", str(s.date))]
        if !s.file.isEmpty { f.append(("file", str(s.file))) }
        if let l = s.lines, !s.file.isEmpty { f.append(("lines", "[\(l.lowerBound), \(l.upperBound)]")) }
        return object(f)
    }

    static func figureObject(_ x: Figure, province: Bool) -> String {
        var f = [("id", str(x.id)), ("province", str(x.province.shortName)), ("system", str(x.system.shortName)),
                 ("indicator", str(x.indicator)), ("text", str(x.text))]
        if x.qualifier == .target { f.append(("qualifier", str("target"))) }
        if !x.canonical.isEmpty { f.append(("canonical", str(x.canonical))) }
        if let c = x.change { f.append(("change", object([("from", str(c.fromText)), ("date", str(c.fromDate))]))) }
        f += [("date", str(x.date)), ("source", str(x.sourceID)), ("quote", str(x.quote))]
        return object(f)
    }

    static func measureObject(_ x: Measure) -> String {
        object([("id", str(x.id)), ("province", str(x.province.shortName)), ("system", str(x.system.shortName)), ("text", str(x.text)),
                ("date", str(x.date)), ("source", str(x.sourceID)), ("quote", str(x.quote))])
    }

    static func eventObject(_ x: Event) -> String {
        object([("id", str(x.id)), ("province", str(x.province.shortName)), ("system", str(x.system.shortName)), ("date", str(x.date)),
                ("kind", str(x.kind)), ("title", str(x.title)), ("body", str(x.body)), ("chairs", "[" + x.chairs.map(str).joined(separator: ", ") + "]"),
                ("decisions", "[" + x.decisions.map(str).joined(separator: ", ") + "]"), ("source", str(x.sourceID)), ("quote", str(x.quote))])
    }

    /// The review form: each record with `confidence`, `rule`, `line` and `column`; every
    /// skipped number with why; the articles with how their province was found.
    public static func review(_ r: IngestResult) -> String {
        var o = "{\n  \"report\": \(str(r.path)),\n  \"encoding\": \(str(r.encoding.rawValue)),\n"
        o += "  \"articles\": [" + list(r.articles.map { a in
            object([("source", sourceObject(a.source)), ("province", a.provinceIndex.map { str(Province.all[$0].shortName) } ?? "null"),
                    ("province_rule", str(a.provinceRule))])
        }) + "],\n"
        func reviewed<T>(_ items: [Reviewed<T>], _ body: (T) -> String) -> String {
            list(items.map { x in
                var fields = [("record", body(x.record)), ("confidence", String(x.confidence)), ("rule", str(x.rule)),
                              ("line", String(x.line)), ("column", String(x.column))]
                if let c = x.canonicalConfidence {
                    fields += [("canonical_confidence", String(c)), ("canonical_rule", str(x.canonicalRule ?? ""))]
                }
                return object(fields)
            })
        }
        o += "  \"figures\": [" + reviewed(r.figures) { f in
            let base = figureObject(f, province: true)
            return String(base.dropLast()) + ", \"value\": \(f.value), \"unit\": \(str(f.unit)), \"qualifier_read\": \(str(f.qualifier.rawValue))}"
        } + "],\n"
        o += "  \"measures\": [" + reviewed(r.measures, measureObject) + "],\n"
        o += "  \"events\": [" + reviewed(r.events, eventObject) + "],\n"
        o += "  \"skipped\": [" + list(r.skipped.map { s in
            object([("text", str(s.text)), ("reason", str(s.reason)), ("line", String(s.line)), ("column", String(s.column))])
        }) + "],\n"
        o += "  \"notes\": [" + list(r.notes.map(str)) + "]\n}\n"
        return o
    }

    static func object(_ fields: [(String, String)]) -> String {
        "{ " + fields.map { "\(str($0.0)): \($0.1)" }.joined(separator: ", ") + " }"
    }

    /// A JSON string literal.
    static func str(_ s: String) -> String {
        // Most strings need no escape: copy them whole.
        if !s.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F }) { return "\"" + s + "\"" }
        var out = "\""
        for c in s.unicodeScalars {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if c.value < 0x20 || c.value == 0x7F {
                    out += "\\u" + String(repeating: "0", count: 4 - String(c.value, radix: 16).count) + String(c.value, radix: 16)
                } else {
                    out.unicodeScalars.append(c)
                }
            }
        }
        return out + "\""
    }
}
