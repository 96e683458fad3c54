/// Measure and event records of a JSON dataset.
extension LoadSession {
    func decodeMeasure(_ node: JSONNode, file: Int32) {
        let before = log.items.count
        guard let o = ObjectFields(node, kind: "measure", allowed: Self.measureKeys, file: files[Int(file)].name, log: log) else { return }
        let id = id(o, file: file)
        let province = province(o)
        let system = system(o)
        let text = o.string("text", "a short statement of the action")
        let date = date(o)
        let source = o.string("source", Expect.source)
        let quote = o.string("quote", required: false, Expect.quote)
        let line = line(o)
        guard let id, let province, let system, let text, let source, log.items.count == before else {
            if let id { rejected(id: id.value, file: file, at: id.at) }
            return
        }
        measurePlaces.append(.json(file: file, fields: Int32(jsonPlaces.count)))
        jsonPlaces.append(JSONPlaces(id: id.at, source: source.at, quote: quote?.at ?? id.at, place: line?.at))
        measures.append(Measure(id: id.value, provinceIndex: province.value, system: system, text: text.value,
                                date: date, sourceID: source.value, quote: quote?.value ?? "", line: line?.value))
    }

    func decodeEvent(_ node: JSONNode, file: Int32) {
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
        let quote = o.string("quote", required: false, Expect.quote)
        let line = line(o)
        guard let id, let province, let system, let title, let source, log.items.count == before else {
            if let id { rejected(id: id.value, file: file, at: id.at) }
            return
        }
        eventPlaces.append(.json(file: file, fields: Int32(jsonPlaces.count)))
        jsonPlaces.append(JSONPlaces(id: id.at, source: source.at, quote: quote?.at ?? id.at, place: line?.at))
        events.append(Event(id: id.value, provinceIndex: province.value, system: system, date: date,
                            kind: kind?.value ?? "", title: title.value, body: body?.value ?? "", chairs: chairs,
                            decisions: decisions, sourceID: source.value, quote: quote?.value ?? "", line: line?.value))
    }
}
