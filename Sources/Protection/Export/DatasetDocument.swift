/// A dataset written back as the JSON dataset file the loader reads (docs/data-format.md):
/// every field a record carries, so loading the text gives the same records. The review
/// page saves with it.
public enum DatasetDocument {
    public static func json(sources: [Source], figures: [Figure], measures: [Measure] = [], events: [Event] = []) -> String {
        var o = "{\n  \"format\": \"weibao-dataset\",\n  \"version\": 1,\n"
        o += "  \"sources\": [" + list(sources.map(source)) + "],\n"
        o += "  \"figures\": [" + list(figures.map(figure)) + "],\n"
        o += "  \"measures\": [" + list(measures.map(measure)) + "],\n"
        o += "  \"events\": [" + list(events.map(event)) + "]\n}\n"
        return o
    }

    public static func json(_ d: Dataset) -> String {
        json(sources: d.sources, figures: d.figures, measures: d.measures, events: d.events)
    }

    /// The items of an array, one a line, indented as the file is.
    public static func list(_ items: [String]) -> String {
        items.isEmpty ? "" : "\n" + items.map { "    " + $0 }.joined(separator: ",\n") + "\n  "
    }

    /// `{ "key": value, … }` of values already written as JSON.
    public static func object(_ fields: [(String, String)]) -> String {
        "{ " + fields.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + " }"
    }

    static func str(_ s: String) -> String { JSONText.quoted(s) }

    // One record each, on one line.
    public static func source(_ s: Source) -> String {
        var f = [("id", str(s.id)), ("outlet", str(s.outlet)), ("headline", str(s.headline)), ("date", str(s.date))]
        if !s.file.isEmpty { f.append(("file", str(s.file))) }
        if let l = s.lines, !s.file.isEmpty { f.append(("lines", "[\(l.lowerBound), \(l.upperBound)]")) }
        if !s.url.isEmpty { f.append(("url", str(s.url))) }
        if !s.publisher.isEmpty { f.append(("publisher", str(s.publisher))) }
        if let k = s.kind { f.append(("kind", str(k.rawValue))) }
        if !s.report.isEmpty { f += [("report", str(s.report)), ("sha256", str(s.sha256))] }
        return object(f)
    }

    public static func figure(_ x: Figure) -> String {
        var f = [("id", str(x.id)), ("province", str(x.province.shortName)), ("system", str(x.system.shortName)),
                 ("indicator", str(x.indicator)), ("text", str(x.text))]
        // The loader reads value, unit and the 余/以上 qualifiers from `text`; only a target says more.
        if x.qualifier == .target { f.append(("qualifier", str("target"))) }
        if !x.canonical.isEmpty { f.append(("canonical", str(x.canonical))) }
        if let c = x.change { f.append(("change", object([("from", str(c.fromText)), ("date", str(c.fromDate))]))) }
        f += [("date", str(x.date)), ("source", str(x.sourceID))]
        if !x.quote.isEmpty { f.append(("quote", str(x.quote))) }
        if let r = x.reportSpan { f.append(("span", "[\(r.line), \(r.column), \(r.length)]")) }
        return object(f)
    }

    public static func measure(_ x: Measure) -> String {
        var f = [("id", str(x.id)), ("province", str(x.province.shortName)), ("system", str(x.system.shortName)),
                 ("text", str(x.text)), ("date", str(x.date)), ("source", str(x.sourceID))]
        if !x.quote.isEmpty { f.append(("quote", str(x.quote))) }
        if let l = x.line { f.append(("line", String(l))) }
        return object(f)
    }

    public static func event(_ x: Event) -> String {
        var f = [("id", str(x.id)), ("province", str(x.province.shortName)), ("system", str(x.system.shortName)),
                 ("date", str(x.date)), ("kind", str(x.kind)), ("title", str(x.title)), ("body", str(x.body)),
                 ("chairs", JSONText.array(x.chairs)), ("decisions", JSONText.array(x.decisions)),
                 ("source", str(x.sourceID))]
        if !x.quote.isEmpty { f.append(("quote", str(x.quote))) }
        if let l = x.line { f.append(("line", String(l))) }
        return object(f)
    }
}
