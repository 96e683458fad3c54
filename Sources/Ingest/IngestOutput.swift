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
        DatasetDocument.json(sources: r.articles.map(\.source), figures: r.figures.map(\.record),
                             measures: r.measures.map(\.record), events: r.events.map(\.record))
    }

    /// The review form: each record with `confidence`, `rule`, `line` and `column`; every
    /// skipped number with why; the articles with how their province was found.
    public static func review(_ r: IngestResult) -> String {
        var o = "{\n  \"report\": \(str(r.path)),\n  \"encoding\": \(str(r.encoding.rawValue)),\n"
        o += "  \"articles\": [" + DatasetDocument.list(r.articles.map { a in
            DatasetDocument.object([("source", DatasetDocument.source(a.source)),
                                    ("province", a.provinceIndex.map { str(Province.all[$0].shortName) } ?? "null"),
                                    ("province_rule", str(a.provinceRule))])
        }) + "],\n"
        func reviewed<T>(_ items: [Reviewed<T>], _ body: (T) -> String) -> String {
            DatasetDocument.list(items.map { x in
                var fields = [("record", body(x.record)), ("confidence", String(x.confidence)), ("rule", str(x.rule)),
                              ("line", String(x.line)), ("column", String(x.column))]
                if let c = x.canonicalConfidence {
                    fields += [("canonical_confidence", String(c)), ("canonical_rule", str(x.canonicalRule ?? ""))]
                }
                return DatasetDocument.object(fields)
            })
        }
        o += "  \"figures\": [" + reviewed(r.figures) { f in
            let base = DatasetDocument.figure(f)
            return String(base.dropLast()) + ", \"value\": \(f.value), \"unit\": \(str(f.unit)), \"qualifier_read\": \(str(f.qualifier.rawValue))}"
        } + "],\n"
        o += "  \"measures\": [" + reviewed(r.measures, DatasetDocument.measure) + "],\n"
        o += "  \"events\": [" + reviewed(r.events, DatasetDocument.event) + "],\n"
        o += "  \"skipped\": [" + DatasetDocument.list(r.skipped.map { s in
            DatasetDocument.object([("text", str(s.text)), ("reason", str(s.reason)), ("line", String(s.line)),
                                    ("column", String(s.column))])
        }) + "],\n"
        o += "  \"notes\": [" + DatasetDocument.list(r.notes.map(str)) + "]\n}\n"
        return o
    }

    /// A JSON string literal.
    static func str(_ s: String) -> String { JSONText.quoted(s) }
}
