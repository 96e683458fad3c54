/// Figure records of a JSON dataset or export, with their quantities and changes checked.
extension LoadSession {
    func decodeFigure(_ node: JSONNode, file: Int32, export: Bool, also extraKeys: [String] = []) {
        let before = log.items.count
        guard let o = ObjectFields(node, kind: "figure", allowed: (export ? Self.exportKeys : Self.figureKeys) + extraKeys,
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
        // Exported records of figures without a quote carry an empty one.
        let quote = o.string("quote", required: false, allowEmpty: export, Expect.quote)
        let outlet = export ? o.string("outlet", required: false, allowEmpty: true, "the outlet") : nil
        let span = export ? nil : reportSpan(o)
        let canonical = export ? nil : canonical(o, unit: quantity?.unit)
        guard let id, let province, let system, let indicator, let text, let quantity, let source,
              log.items.count == before, let change else {
            if let id { rejected(id: id.value, file: file, at: id.at) }
            return
        }
        let place = RecordPlace.json(file: file, fields: Int32(jsonPlaces.count))
        jsonPlaces.append(JSONPlaces(id: id.at, source: source.at, quote: quote?.at ?? id.at, outlet: outlet?.at,
                                     place: span?.at))
        figures.append(Figure(id: id.value, provinceIndex: province.value, system: system, indicator: indicator.value,
                              value: quantity.value, unit: quantity.unit, text: text.value, qualifier: qualifier,
                              change: change.value, date: date, sourceID: source.value, quote: quote?.value ?? "",
                              reportSpan: span?.value, canonical: canonical ?? ""))
        figurePlaces.append(place)
        if export { noteImplicitSource(source.value, outlet: outlet?.value ?? "", place: place) }
    }

    /// `span`: `[line, column, length]`, each a whole number from 1.
    private func reportSpan(_ o: ObjectFields) -> Located<ReportSpan>? {
        guard let m = o.member("span") else { return nil }
        let numbers = m.value.elements?.compactMap { e -> Int? in
            if case .number(let n) = e.value, let v = Int(n), v >= 1 { return v }
            return nil
        }
        guard let n = numbers, n.count == 3, m.value.elements?.count == 3 else {
            log.add(o.file, m.value.position, "bad \"span\", expected [line, column, length]: where the as-written number stands in the report, three whole numbers from 1")
            return nil
        }
        return Located(value: ReportSpan(line: n[0], column: n[1], length: n[2]), at: m.value.position)
    }

    /// `canonical`: an id of the vocabulary whose unit the figure's fits. nil when missing;
    /// a problem is logged when it is unknown or does not fit.
    private func canonical(_ o: ObjectFields, unit: String?) -> String? {
        guard let c = o.string("canonical", required: false, "the id of a canonical indicator, such as juvenile-courts") else { return nil }
        guard let indicator = Indicators.named(c.value) else {
            let near = Indicators.closest(to: c.value).joined(separator: ", ")
            log.add(o.file, c.at, "unknown canonical indicator \"\(c.value)\", expected an id of docs/indicators.md (closest: \(near))")
            return nil
        }
        if let unit, !UnitFamily.fits(unit, indicatorUnit: indicator.unit) {
            let units = UnitFamily.members(of: indicator.unit).joined(separator: ", ")
            log.add(o.file, c.at, "canonical indicator \"\(c.value)\" (\(indicator.name)) is counted in \(indicator.unit), the figure's unit is \(unit), expected a figure in \(units), or no canonical indicator")
            return nil
        }
        return c.value
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
}
