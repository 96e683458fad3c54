/// Decoding a JSON file into records: a dataset object (docs/data-format.md) or the array
/// that `weibao export --format json` writes.
extension LoadSession {
    static let topKeys = ["format", "version", "sources", "figures", "measures", "events"]
    static let sourceKeys = ["id", "outlet", "headline", "date", "file", "lines", "url", "publisher", "kind",
                             "report", "sha256"]
    static let figureKeys = ["id", "province", "system", "indicator", "value", "unit", "text", "qualifier",
                             "change", "date", "source", "quote", "span", "canonical"]
    static let exportKeys = ["id", "province", "province_code", "system", "indicator", "value", "unit", "text",
                             "qualifier", "change", "date", "source", "outlet", "quote"]
    static let measureKeys = ["id", "province", "system", "text", "date", "source", "quote", "line"]
    static let eventKeys = ["id", "province", "system", "date", "kind", "title", "body", "chairs", "decisions",
                            "source", "quote", "line"]
    static let changeKeys = ["from", "from_text", "date"]

    enum Expect {
        static let id = "a unique id of letters, digits, \"-\", \"_\" or \".\""
        static let province = "a province name such as 内蒙古 or 内蒙古自治区"
        static let system = "a protection system such as 家庭, 学校, 社会, 网络, 政府, 司法 or 综合"
        static let date = "a partial ISO date such as 2022-06, or \"\""
        static let source = "the id of a source record"
        static let quote = "the report's sentence, verbatim"
        static let line = "the line of the report where it stands, a number from 1"
        static let text = "the quantity as written, such as \"174 万人\""
    }

    /// The parsed document, or nil with the syntax error logged at its place.
    func parse(_ bytes: [UInt8], file: Int32) -> JSONNode? {
        do {
            return try JSONParser.parse(bytes)
        } catch {
            log.add(files[Int(file)].name, error.position, error.message)
            return nil
        }
    }

    func decodeJSON(_ bytes: [UInt8], file: Int32) {
        let name = files[Int(file)].name
        guard let root = parse(bytes, file: file) else { return }
        switch root.value {
        case .object: decodeDataset(root, file: file)
        case .array(let elements):
            for (k, e) in elements.enumerated() {
                decodeFigure(e, file: file, export: true)
                if k % 8192 == 8191 { WorkProgress.shared.add(8192) }
            }
        default:
            log.add(name, root.position, "top level is \(ObjectFields.article(root.value.kindName)), expected a dataset object { \"format\": \"weibao-dataset\", … } or an exported array [ … ]")
        }
    }

    private func decodeDataset(_ root: JSONNode, file: Int32) {
        let name = files[Int(file)].name
        guard let top = ObjectFields(root, kind: "dataset", allowed: Self.topKeys, file: name, log: log) else { return }
        if let m = top.member("format"), m.value.string != "weibao-dataset" {
            log.add(name, m.value.position, "format is \(describe(m.value)), expected \"weibao-dataset\"")
        }
        if let m = top.member("version"), m.value.value != .number("1") {
            log.add(name, m.value.position, "version \(describe(m.value)) is not supported, expected 1")
        }
        func array(_ key: String) -> [JSONNode] { top.array(key, "an array of records") }
        for s in array("sources") { decodeSource(s, file: file) }
        for (k, f) in array("figures").enumerated() {
            decodeFigure(f, file: file, export: false)
            if k % 8192 == 8191 { WorkProgress.shared.add(8192) }
        }
        for m in array("measures") { decodeMeasure(m, file: file) }
        for e in array("events") { decodeEvent(e, file: file) }
    }

    private func describe(_ node: JSONNode) -> String {
        switch node.value {
        case .string(let s): "\"\(s)\""
        case .number(let n): n
        default: node.value.kindName
        }
    }

    /// The id, logged and registered; nil when missing or malformed.
    func id(_ o: ObjectFields, file: Int32) -> Located<String>? {
        guard let id = o.string("id", Expect.id) else { return nil }
        if let p = FieldChecks.id(id.value) {
            log.add(o.file, id.at, p.message)
            return nil
        }
        register(id: id.value, file: file, at: id.at)
        return id
    }

    func province(_ o: ObjectFields) -> Located<Int>? {
        guard let p = o.string("province", Expect.province) else { return nil }
        switch ReferenceNames.province(p.value) {
        case .success(let index): return Located(value: index, at: p.at)
        case .failure(let e):
            log.add(o.file, p.at, e.message)
            return nil
        }
    }

    func system(_ o: ObjectFields, default fallback: ProtectionSystem? = nil) -> ProtectionSystem? {
        guard let s = o.string("system", required: fallback == nil, Expect.system) else { return fallback }
        switch ReferenceNames.system(s.value) {
        case .success(let system): return system
        case .failure(let e):
            log.add(o.file, s.at, e.message)
            return nil
        }
    }

    /// `line`: a line number from 1, or nil (missing or bad, the latter logged).
    func line(_ o: ObjectFields) -> Located<Int>? {
        guard let m = o.member("line") else { return nil }
        if case .number(let n) = m.value.value, let v = Int(n), v >= 1 { return Located(value: v, at: m.value.position) }
        log.add(o.file, m.value.position, "bad \"line\", expected \(Expect.line)")
        return nil
    }

    func date(_ o: ObjectFields) -> String {
        guard let d = o.string("date", required: false, allowEmpty: true, Expect.date) else { return "" }
        if let p = FieldChecks.date(d.value) { log.add(o.file, d.at, p.message) }
        return d.value
    }
}
