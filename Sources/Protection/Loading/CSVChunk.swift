import Foundation

/// Decodes the rows of one stretch of a CSV file into figures, without touching the load
/// session, so stretches of a big file can be decoded on several threads at once. Work that
/// depends only on a field's value (resolving a province, reading a quantity, checking a date)
/// is done once per distinct value, keyed by the reader's per-column value ids.
final class CSVChunk: @unchecked Sendable {
    typealias Column = LoadSession.Column

    let name: String
    let file: Int32
    /// Let go once the rows are read: a stretch streamed from disk is freed with it.
    private var reader: CSVReader?
    let segment: CSVSegment
    /// Where the reader's bytes start in the file: rows keep file offsets for later positions.
    let base: Int
    let col: [Int]
    let width: Int

    // Results.
    var rows: [Figure] = []
    var places: [RecordPlace] = []
    var diagnostics: [Diagnostic] = []
    /// Ids seen in this stretch (plus, for the first stretch, every id before the file).
    var seen = IDSet()
    /// Ids used twice within what `seen` held, with where the second use stands.
    var duplicates: [(String, TextPosition)] = []
    /// Of those, ids the load made up from the row's facts.
    var madeUpDuplicates: Set<String> = []
    /// Ids of rows not kept for other problems, with where they stand.
    var rejected: [(String, TextPosition)] = []
    /// Each (source, outlet) pair the first time it appears.
    var sourceNotes: [(String, String, RecordPlace)] = []
    var syntaxError: SyntaxError?
    /// Rows whose id, text or source this stretch made up because the file left them out.
    var filled: [FilledColumn: Int] = [:]
    /// The source of rows that name none: one for the file, named after it.
    let defaultSource: String

    // Caches per distinct value.
    private var provinces = LoadSession.Memo<Result<Int, ProblemMessage>>()
    private var codes = LoadSession.Memo<Int?>()
    private var systems = LoadSession.Memo<Result<ProtectionSystem, ProblemMessage>>()
    private var quantities = LoadSession.Memo<Result<Quantity, ProblemMessage>>()
    private var numbers = LoadSession.Memo<Result<ExactNumber, ProblemMessage>>()
    private var qualifiers = LoadSession.Memo<Qualifier?>()
    private var dates = LoadSession.Memo<ProblemMessage?>()
    private var changes: [LoadSession.ChangeKey: Result<Change?, FieldChecks.FieldProblem>] = [:]
    private var sourceOutlets: Set<UInt64> = []

    init(name: String, file: Int32, reader: CSVReader, segment: CSVSegment, columns col: [Int], width: Int, base: Int = 0) {
        self.name = name
        self.file = file
        self.reader = reader
        self.segment = segment
        self.base = base
        self.col = col
        self.width = width
        defaultSource = FilledColumn.sourceID(forFile: name)
    }

    func run() {
        // Room for every row up front: growing a million-entry set or array rehashes and copies.
        // About a row per 128 bytes: a guess on the high side (export rows run 150-250 bytes) that
        // keeps the id table small; a file of shorter rows grows it as it goes.
        let estimate = segment.range.count / 128
        seen.reserveCapacity(seen.count + estimate)
        rows.reserveCapacity(estimate)
        places.reserveCapacity(estimate)
        let skip: Set<Int> = col[Column.id.rawValue] >= 0 ? [col[Column.id.rawValue]] : []
        do {
            // Progress in steps of a few thousand rows: a lock per row would cost more than the row.
            var pending = 0
            defer { reader = nil }
            try reader?.read(segment, columns: width, skipInterning: skip) { row in
                decode(row)
                pending += 1
                if pending == 8192 { WorkProgress.shared.add(pending); pending = 0 }
            }
            WorkProgress.shared.add(pending)
        } catch {
            syntaxError = error
        }
    }

    /// One row through every field check; also how a workbook's sheet rows are read.
    func decode<Row: FieldRow>(_ row: Row) {
        guard row.count == width else {
            diagnostics.append(Diagnostic(file: name, at: row.start,
                "row has \(row.count) field\(row.count == 1 ? "" : "s"), expected \(width) as in the header (a field holding a comma or quote must be in quotes)"))
            return
        }
        var problems = 0
        func field(_ c: Column) -> String { col[c.rawValue] >= 0 ? row.text(col[c.rawValue]) : "" }
        func vid(_ c: Column) -> Int32 { col[c.rawValue] >= 0 ? row.valueIDs[col[c.rawValue]] : -1 }
        // A column the file left out is placed at the row's start.
        func at(_ c: Column) -> TextPosition { col[c.rawValue] >= 0 ? row.position(ofField: col[c.rawValue]) : row.start }
        func problem(_ c: Column, _ message: String) {
            problems += 1
            diagnostics.append(Diagnostic(file: name, at: at(c), message))
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

        var text = field(.text)
        var textID = vid(.text)
        if text.isEmpty, case let (v, u) = (field(.value), field(.unit)), !v.isEmpty, !u.isEmpty {
            // Only value and unit given: the text is written from them (91.9%, 1740000 人).
            text = u == "%" ? v + "%" : v + " " + u
            textID = -1
            filled[.text, default: 0] += 1
        }
        var quantity: Quantity?
        switch quantities.get(textID, { FieldChecks.quantity(text) }) {
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
            let key = LoadSession.ChangeKey(from: vid(.change_from), text: vid(.change_from_text), date: vid(.change_date), figureText: textID)
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
        var source = field(.source)
        if source.isEmpty {
            source = defaultSource
            filled[.source, default: 0] += 1
        }
        let quote = field(.quote)
        // An empty quote is a figure cited by its source and outlet (report figures carry none).

        var id = field(.id)
        let madeUp = id.isEmpty
        if id.isEmpty, let q = quantity {
            // Stable across loads and machines: the same row always gets the same id, and the
            // same facts given twice clash as a duplicate.
            id = FilledColumn.figureID(source: source, province: provinceName, indicator: indicator, value: q.value, unit: q.unit, date: date)
            filled[.id, default: 0] += 1
        }
        if !id.isEmpty || col[Column.id.rawValue] >= 0 {
            if let p = FieldChecks.id(id) {
                problem(.id, p.message)
            } else if !seen.insert(id) {
                // Worded later, when every earlier record is known.
                problems += 1
                duplicates.append((id, at(.id)))
                if madeUp { madeUpDuplicates.insert(id) }
            }
        }

        guard problems == 0, let provinceIndex, let system, let quantity else {
            if !id.isEmpty { rejected.append((id, at(.id))) }
            return
        }
        let place = RecordPlace.csv(file: file, line: Int32(row.line), offset: base + row.offset)
        rows.append(Figure(id: id, provinceIndex: provinceIndex, system: system, indicator: indicator,
                           value: quantity.value, unit: quantity.unit, text: text, qualifier: qualifier,
                           change: change, date: date, sourceID: source, quote: quote))
        places.append(place)
        // Each source's outlet is compared once per distinct outlet value, not per row.
        let pair = UInt64(UInt32(bitPattern: vid(.source))) << 32 | UInt64(UInt32(bitPattern: vid(.outlet)))
        if vid(.source) < 0 || sourceOutlets.insert(pair).inserted {
            sourceNotes.append((source, field(.outlet), place))
        }
    }
}
