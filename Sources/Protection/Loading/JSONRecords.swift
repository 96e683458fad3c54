/// Decoding a JSON file into records: a dataset object (docs/data-format.md) or the array
/// that `weibao export --format json` writes.
extension LoadSession {
    static let topKeys = ["format", "version", "sources", "figures", "measures", "events"]
    static let sourceKeys = ["id", "outlet", "headline", "date", "file", "lines"]
    static let figureKeys = ["id", "province", "system", "indicator", "value", "unit", "text", "qualifier",
                             "change", "date", "source", "quote"]
    static let exportKeys = ["id", "province", "province_code", "system", "indicator", "value", "unit", "text",
                             "qualifier", "change", "date", "source", "outlet", "quote"]
    static let measureKeys = ["id", "province", "system", "text", "date", "source", "quote"]
    static let eventKeys = ["id", "province", "system", "date", "kind", "title", "body", "chairs", "decisions",
                            "source", "quote"]
    static let changeKeys = ["from", "from_text", "date"]

    enum Expect {
        static let id = "a unique id of letters, digits, \"-\", \"_\" or \".\""
        static let province = "a province name such as 内蒙古 or 内蒙古自治区"
        static let system = "a protection system such as 家庭, 学校, 社会, 网络, 政府, 司法 or 综合"
        static let date = "a partial ISO date such as 2022-06, or \"\""
        static let source = "the id of a source record"
        static let quote = "the report's sentence, verbatim"
        static let text = "the quantity as written, such as \"174 万人\""
    }

    func decodeJSON(_ bytes: [UInt8], file: Int32) {
        let name = files[Int(file)].name
        let root: JSONNode
        do {
            root = try JSONParser.parse(bytes)
        } catch {
            log.add(name, error.position, error.message)
            return
        }
        switch root.value {
        case .object: decodeDataset(root, file: file)
        case .array(let elements):
            for e in elements { decodeFigure(e, file: file, export: true) }
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
        func array(_ key: String) -> [JSONNode] {
            guard let m = top.member(key) else { return [] }
            guard let a = m.value.elements else {
                top.wrongType(m, "an array of records")
                return []
            }
            return a
        }
        for s in array("sources") { decodeSource(s, file: file) }
        for f in array("figures") { decodeFigure(f, file: file, export: false) }
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
    private func id(_ o: ObjectFields, file: Int32) -> Located<String>? {
        guard let id = o.string("id", Expect.id) else { return nil }
        if let p = FieldChecks.id(id.value) {
            log.add(o.file, id.at, p.message)
            return nil
        }
        register(id: id.value, file: file, at: id.at)
        return id
    }

    private func province(_ o: ObjectFields) -> Located<Int>? {
        guard let p = o.string("province", Expect.province) else { return nil }
        switch ReferenceNames.province(p.value) {
        case .success(let index): return Located(value: index, at: p.at)
        case .failure(let e):
            log.add(o.file, p.at, e.message)
            return nil
        }
    }

    private func system(_ o: ObjectFields, default fallback: ProtectionSystem? = nil) -> ProtectionSystem? {
        guard let s = o.string("system", required: fallback == nil, Expect.system) else { return fallback }
        switch ReferenceNames.system(s.value) {
        case .success(let system): return system
        case .failure(let e):
            log.add(o.file, s.at, e.message)
            return nil
        }
    }

    private func date(_ o: ObjectFields) -> String {
        guard let d = o.string("date", required: false, allowEmpty: true, Expect.date) else { return "" }
        if let p = FieldChecks.date(d.value) { log.add(o.file, d.at, p.message) }
        return d.value
    }

    private func decodeSource(_ node: JSONNode, file: Int32) {
        let before = log.items.count
        guard let o = ObjectFields(node, kind: "source", allowed: Self.sourceKeys, file: files[Int(file)].name, log: log) else { return }
        let id = id(o, file: file)
        let outlet = o.string("outlet", "the outlet as the report cites it, such as 《河南日报》")
        let headline = o.string("headline", required: false, allowEmpty: true, "the report's headline")
        let date = date(o)
        let path = o.string("file", required: false, allowEmpty: true, "the report's text file, such as seeds/000_….txt")
        var lines: ClosedRange<Int>?
        var linesAt: TextPosition?
        if let m = o.member("lines") {
            linesAt = m.value.position
            let bounds = m.value.elements?.compactMap { e -> Int? in
                if case .number(let n) = e.value, let v = Int(n), v >= 1 { return v }
                return nil
            }
            if let b = bounds, b.count == 2, m.value.elements?.count == 2, b[0] <= b[1] {
                lines = b[0]...b[1]
            } else {
                log.add(o.file, m.value.position, "bad \"lines\", expected [first, last]: two line numbers from 1, first ≤ last")
            }
        }
        guard let id, log.items.count == before, let outlet else {
            if let id { rejected(id: id.value, file: file, at: id.at) }
            return
        }
        let source = Source(id: id.value, outlet: outlet.value, headline: headline?.value ?? "", date: date,
                            file: path?.value ?? "", lines: lines)
        sources.append(SourceDraft(source: source, file: file, idAt: id.at, fileAt: path?.at ?? o.at, linesAt: linesAt))
    }

    private func decodeFigure(_ node: JSONNode, file: Int32, export: Bool) {
        let before = log.items.count
        guard let o = ObjectFields(node, kind: "figure", allowed: export ? Self.exportKeys : Self.figureKeys,
                                   file: files[Int(file)].name, log: log) else { return }
        let id = id(o, file: file)
        let province = province(o)
        if let code = o.numberText("province_code", "the GB/T 2260 code"), let province {
            let expected = Province.all[province.value].code
            if Int(code.value) != expected {
                log.add(o.file, code.at, "province_code \(code.value) does not match province \(Province.all[province.value].fullName), expected \(expected)")
            }
        }
        let system = system(o)
        let indicator = o.string("indicator", "what is measured, such as \"家长学校开办率\"")
        let text = o.string("text", Expect.text)
        var quantity: Quantity?
        if let text {
            switch FieldChecks.quantity(text.value) {
            case .success(let q): quantity = q
            case .failure(let p): log.add(o.file, text.at, p.message)
            }
        }
        var qualifier = quantity?.qualifier ?? .exact
        if let q = quantity, let text {
            if let v = o.numberText("value", "the exact value in base units") {
                switch FieldChecks.number(v.value) {
                case .success(let n):
                    if let p = FieldChecks.value(n, matches: q, text: text.value) { log.add(o.file, v.at, p.message) }
                case .failure(let p): log.add(o.file, v.at, p.message)
                }
            }
            if let u = o.string("unit", required: false, allowEmpty: true, "the base unit"),
               let p = FieldChecks.unit(u.value, matches: q, text: text.value) {
                log.add(o.file, u.at, p.message)
            }
            if let g = o.string("qualifier", required: false, "a qualifier") {
                switch FieldChecks.qualifier(g.value, matches: q, text: text.value) {
                case .success(let given): qualifier = given
                case .failure(let p): log.add(o.file, g.at, p.message)
                }
            }
        } else {
            _ = o.numberText("value", "the exact value in base units")
        }
        let change = change(o, unit: quantity?.unit ?? "")
        let date = date(o)
        let source = o.string("source", Expect.source)
        let quote = o.string("quote", Expect.quote)
        let outlet = export ? o.string("outlet", required: false, allowEmpty: true, "the outlet") : nil
        guard let id, let province, let system, let indicator, let text, let quantity, let source, let quote,
              log.items.count == before, let change else {
            if let id { rejected(id: id.value, file: file, at: id.at) }
            return
        }
        let place = RecordPlace.json(file: file, fields: Int32(jsonPlaces.count))
        jsonPlaces.append(JSONPlaces(id: id.at, source: source.at, quote: quote.at, outlet: outlet?.at))
        figures.append(Figure(id: id.value, provinceIndex: province.value, system: system, indicator: indicator.value,
                              value: quantity.value, unit: quantity.unit, text: text.value, qualifier: qualifier,
                              change: change.value, date: date, sourceID: source.value, quote: quote.value))
        figurePlaces.append(place)
        if export { noteImplicitSource(source.value, outlet: outlet?.value ?? "", place: place) }
    }

    /// `change`: `{ "from": "201 人", "date": "2021-06" }` or, as exported,
    /// `{ "from": 201, "from_text": "201 人", "date": "2021-06" }`. Outer nil means a problem was logged.
    private func change(_ o: ObjectFields, unit: String) -> Located<Change?>? {
        guard let m = o.member("change") else { return Located(value: nil, at: o.at) }
        if m.value.value == .null { return Located(value: nil, at: m.value.position) }
        guard let c = ObjectFields(m.value, kind: "change", allowed: Self.changeKeys, file: o.file, log: log) else { return nil }
        let before = log.items.count
        var number: Located<String>?
        var text: Located<String>?
        if let from = c.member("from") {
            switch from.value.value {
            case .number(let n): number = Located(value: n, at: from.value.position)
            case .string(let s): text = Located(value: s, at: from.value.position)
            default: c.wrongType(from, "the earlier value as written, such as \"201 人\"")
            }
        } else {
            c.missing("from", "the earlier value as written, such as \"201 人\"")
        }
        if let t = c.string("from_text", required: false, "the earlier value as written") {
            if text != nil {
                log.add(o.file, t.at, "\"from_text\" beside a text \"from\", expected \"from\" as a number when \"from_text\" is given")
            }
            text = t
        }
        let date = c.string("date", required: false, allowEmpty: true, Expect.date)
        guard log.items.count == before else { return nil }
        switch FieldChecks.change(number: number?.value, text: text?.value, date: date?.value, figureUnit: unit) {
        case .success(let change): return Located(value: change, at: m.value.position)
        case .failure(let p):
            let at: TextPosition
            switch p.field {
            case .number: at = number?.at ?? m.value.position
            case .text: at = text?.at ?? m.value.position
            case .date: at = date?.at ?? m.value.position
            }
            log.add(o.file, at, p.message)
            return nil
        }
    }

    private func decodeMeasure(_ node: JSONNode, file: Int32) {
        let before = log.items.count
        guard let o = ObjectFields(node, kind: "measure", allowed: Self.measureKeys, file: files[Int(file)].name, log: log) else { return }
        let id = id(o, file: file)
        let province = province(o)
        let system = system(o)
        let text = o.string("text", "a short statement of the action")
        let date = date(o)
        let source = o.string("source", Expect.source)
        let quote = o.string("quote", Expect.quote)
        guard let id, let province, let system, let text, let source, let quote, log.items.count == before else {
            if let id { rejected(id: id.value, file: file, at: id.at) }
            return
        }
        measurePlaces.append(.json(file: file, fields: Int32(jsonPlaces.count)))
        jsonPlaces.append(JSONPlaces(id: id.at, source: source.at, quote: quote.at))
        measures.append(Measure(id: id.value, provinceIndex: province.value, system: system, text: text.value,
                                date: date, sourceID: source.value, quote: quote.value))
    }

    private func decodeEvent(_ node: JSONNode, file: Int32) {
        let before = log.items.count
        guard let o = ObjectFields(node, kind: "event", allowed: Self.eventKeys, file: files[Int(file)].name, log: log) else { return }
        let id = id(o, file: file)
        let province = province(o)
        let system = system(o, default: .general)
        let date = date(o)
        let kind = o.string("kind", required: false, allowEmpty: true, "what it was, such as 会议 or 新闻发布会")
        let title = o.string("title", "the meeting's name")
        let body = o.string("body", required: false, allowEmpty: true, "who convened it")
        let chairs = o.strings("chairs", "who chaired or spoke")
        let decisions = o.strings("decisions", "what it decided")
        let source = o.string("source", Expect.source)
        let quote = o.string("quote", Expect.quote)
        guard let id, let province, let system, let title, let source, let quote, log.items.count == before else {
            if let id { rejected(id: id.value, file: file, at: id.at) }
            return
        }
        eventPlaces.append(.json(file: file, fields: Int32(jsonPlaces.count)))
        jsonPlaces.append(JSONPlaces(id: id.at, source: source.at, quote: quote.at))
        events.append(Event(id: id.value, provinceIndex: province.value, system: system, date: date,
                            kind: kind?.value ?? "", title: title.value, body: body?.value ?? "", chairs: chairs,
                            decisions: decisions, sourceID: source.value, quote: quote.value))
    }
}
