/// Decoding a CSV file in the columns of `weibao export --format csv` into figures.
///
/// Built for a million rows: work that depends only on a field's value (resolving a
/// province, reading a quantity, checking a date) is done once per distinct value, keyed by
/// the reader's per-column value ids, and positions are worked out only for problems.
extension LoadSession {
    /// The columns, in the order the export writes them.
    enum Column: Int, CaseIterable {
        case id, province, province_code, system, indicator, value, unit, text, qualifier,
             change_from, change_from_text, change_date, date, source, outlet, quote

        static let required: [Column] = [.id, .province, .system, .indicator, .text, .source, .quote]
        static let byName: [String: Column] = Dictionary(uniqueKeysWithValues: allCases.map { ($0.name, $0) })

        /// The header title: the case name.
        var name: String { "\(self)" }
    }

    /// A per-value cache: ids are dense, so an array indexed by id.
    struct Memo<T> {
        private var slots: [T?] = []

        @inline(__always)
        mutating func get(_ id: Int32, _ compute: () -> T) -> T {
            let k = Int(id)
            guard k >= 0 else { return compute() }
            if k < slots.count, let v = slots[k] { return v }
            let v = compute()
            if k >= slots.count { slots.append(contentsOf: repeatElement(nil, count: k - slots.count + 1)) }
            slots[k] = v
            return v
        }
    }

    struct ChangeKey: Hashable {
        var from: Int32, text: Int32, date: Int32, figureText: Int32
    }

    func decodeCSV(_ bytes: [UInt8], file: Int32) {
        let name = files[Int(file)].name
        var col = [Int](repeating: -1, count: Column.allCases.count)
        var width = 0
        var usable = false

        var provinces = Memo<Result<Int, ProblemMessage>>()
        var codes = Memo<Int?>()
        var systems = Memo<Result<ProtectionSystem, ProblemMessage>>()
        var quantities = Memo<Result<Quantity, ProblemMessage>>()
        var numbers = Memo<Result<ExactNumber, ProblemMessage>>()
        var qualifiers = Memo<Qualifier?>()
        var dates = Memo<ProblemMessage?>()
        var idChecks = Memo<ProblemMessage?>()
        var changes: [ChangeKey: Result<Change?, FieldChecks.FieldProblem>] = [:]
        var sourceOutlets: Set<UInt64> = []  // (source value id, outlet value id) pairs already noted

        files[Int(file)].csvBytes = bytes  // shared, not copied: for positions of earlier rows
        let reader = CSVReader(bytes)
        do {
            try reader.read(skipInterning: { header in Set(header.indices.filter { header[$0] == "id" }) }) { row in
                if row.index == 0 {
                    width = row.count
                    usable = readHeader(row, name: name, into: &col)
                    for (c, f) in [(Column.id, PlacedField.id), (.source, .source), (.quote, .quote), (.outlet, .outlet)] where col[c.rawValue] >= 0 {
                        files[Int(file)].csvColumns[f] = col[c.rawValue]
                    }
                    return
                }
                guard usable else { return }
                guard row.count == width else {
                    log.add(name, row.start, "row has \(row.count) field\(row.count == 1 ? "" : "s"), expected \(width) as in the header (a field holding a comma or quote must be in quotes)")
                    return
                }
                let before = log.items.count
                func field(_ c: Column) -> String { col[c.rawValue] >= 0 ? row[col[c.rawValue]] : "" }
                func vid(_ c: Column) -> Int32 { col[c.rawValue] >= 0 ? row.valueIDs[col[c.rawValue]] : -1 }
                func problem(_ c: Column, _ message: String) { log.add(name, row.position(ofField: col[c.rawValue]), message) }

                let id = field(.id)
                if let p = idChecks.get(vid(.id), { FieldChecks.id(id) }) {
                    problem(.id, p.message)
                } else {
                    register(id: id, file: file, at: row.position(ofField: col[Column.id.rawValue]))
                }

                var provinceIndex: Int?
                let provinceName = field(.province)
                switch provinces.get(vid(.province), { ReferenceNames.province(provinceName) }) {
                case .success(let p): provinceIndex = p
                case .failure(let e): problem(.province, e.message)
                }
                let codeText = field(.province_code)
                if !codeText.isEmpty, let p = provinceIndex {
                    let code = codes.get(vid(.province_code)) { Int(codeText) }
                    if code != Province.all[p].code {
                        problem(.province_code, "province_code \(codeText) does not match province \(Province.all[p].fullName), expected \(Province.all[p].code)")
                    }
                }
                var system: ProtectionSystem?
                let systemName = field(.system)
                switch systems.get(vid(.system), { ReferenceNames.system(systemName) }) {
                case .success(let s): system = s
                case .failure(let e): problem(.system, e.message)
                }
                let indicator = field(.indicator)
                if indicator.isEmpty { problem(.indicator, "empty indicator, expected what is measured, such as \"家长学校开办率\"") }

                let text = field(.text)
                var quantity: Quantity?
                switch quantities.get(vid(.text), { FieldChecks.quantity(text) }) {
                case .success(let q): quantity = q
                case .failure(let p): problem(.text, p.message)
                }
                var qualifier = quantity?.qualifier ?? .exact
                if let q = quantity {
                    let valueText = field(.value)
                    if !valueText.isEmpty {
                        switch numbers.get(vid(.value), { FieldChecks.number(valueText) }) {
                        case .success(let n):
                            if n != q.value, let p = FieldChecks.value(n, matches: q, text: text) { problem(.value, p.message) }
                        case .failure(let p): problem(.value, p.message)
                        }
                    }
                    let unit = field(.unit)
                    if !unit.isEmpty, unit != q.unit, let p = FieldChecks.unit(unit, matches: q, text: text) {
                        problem(.unit, p.message)
                    }
                    let qualifierText = field(.qualifier)
                    if !qualifierText.isEmpty {
                        if let given = qualifiers.get(vid(.qualifier), { Qualifier(rawValue: qualifierText) }),
                           given == q.qualifier || given == .target {
                            qualifier = given
                        } else if case .failure(let p) = FieldChecks.qualifier(qualifierText, matches: q, text: text) {
                            problem(.qualifier, p.message)
                        }
                    }
                }

                var change: Change?
                let fromText = field(.change_from_text), fromNumber = field(.change_from), changeDate = field(.change_date)
                if !fromText.isEmpty || !fromNumber.isEmpty || !changeDate.isEmpty {
                    let key = ChangeKey(from: vid(.change_from), text: vid(.change_from_text), date: vid(.change_date), figureText: vid(.text))
                    let unit = quantity?.unit ?? ""
                    let outcome: Result<Change?, FieldChecks.FieldProblem>
                    if let known = changes[key], key.from >= 0, key.text >= 0, key.date >= 0, key.figureText >= 0 {
                        outcome = known
                    } else {
                        outcome = FieldChecks.change(number: fromNumber, text: fromText, date: changeDate, figureUnit: unit)
                        changes[key] = outcome
                    }
                    switch outcome {
                    case .success(let c): change = c
                    case .failure(let p):
                        switch p.field {
                        case .number: problem(.change_from, p.message)
                        case .text: problem(.change_from_text, p.message)
                        case .date: problem(.change_date, p.message)
                        }
                    }
                }

                let date = field(.date)
                if let p = dates.get(vid(.date), { FieldChecks.date(date) }) { problem(.date, p.message) }
                let source = field(.source)
                if source.isEmpty { problem(.source, "empty source, expected the id of a source") }
                let quote = field(.quote)
                if quote.isEmpty { problem(.quote, "empty quote, expected the report's sentence, verbatim") }

                guard log.items.count == before, let provinceIndex, let system, let quantity else {
                    if !id.isEmpty { rejected(id: id, file: file, at: row.position(ofField: col[Column.id.rawValue])) }
                    return
                }
                let place = RecordPlace.csv(file: file, line: Int32(row.line), offset: row.offset)
                figures.append(Figure(id: id, provinceIndex: provinceIndex, system: system, indicator: indicator,
                                      value: quantity.value, unit: quantity.unit, text: text, qualifier: qualifier,
                                      change: change, date: date, sourceID: source, quote: quote))
                figurePlaces.append(place)
                // Each source's outlet is compared once per distinct outlet value, not per row.
                let pair = UInt64(UInt32(bitPattern: vid(.source))) << 32 | UInt64(UInt32(bitPattern: vid(.outlet)))
                if vid(.source) < 0 || sourceOutlets.insert(pair).inserted {
                    noteImplicitSource(source, outlet: field(.outlet), place: place)
                }
            }
        } catch {
            log.add(name, error.position, error.message)
        }
    }

    /// Checks the header; false when rows cannot be read (a required column is missing).
    private func readHeader(_ row: CSVRow, name: String, into col: inout [Int]) -> Bool {
        var ok = true
        for (k, title) in row.fields.enumerated() {
            guard let c = Column.byName[title] else {
                log.add(name, row.position(ofField: k), "unknown column \"\(title)\", expected: " + Column.allCases.map(\.name).joined(separator: ", "))
                continue
            }
            if col[c.rawValue] >= 0 {
                log.add(name, row.position(ofField: k), "column \"\(title)\" given twice, expected each column once")
                continue
            }
            col[c.rawValue] = k
        }
        let missing = Column.required.filter { col[$0.rawValue] < 0 }.map { "\"\($0.name)\"" }
        if !missing.isEmpty {
            let what = missing.count == 1 ? "column" : "columns"
            log.add(name, row.start, "missing \(what) \(missing.joined(separator: ", ")), expected the header of weibao export --format csv: " + Column.allCases.map(\.name).joined(separator: ","))
            ok = false
        }
        return ok
    }
}
