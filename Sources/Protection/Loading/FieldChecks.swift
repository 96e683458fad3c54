/// Checks of single fields, shared by the JSON and CSV decoders so both say the same thing.
enum FieldChecks {
    typealias Outcome<T> = Result<T, ProblemMessage>

    static func fail<T>(_ message: String) -> Outcome<T> { .failure(ProblemMessage(message)) }

    /// Letters, digits, "-", "_" and "."; ids end up in URLs and file names.
    static func id(_ s: String) -> ProblemMessage? {
        guard !s.isEmpty else { return badID(s) }
        for b in s.utf8 {
            switch b {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x2D, 0x5F, 0x2E: continue
            case 0x80...:  // rare: check letters of any script by scalar
                let ok = s.unicodeScalars.allSatisfy {
                    $0.isASCII ? isIDByte($0) : $0.properties.isAlphabetic || $0.properties.numericType != nil
                }
                return ok ? nil : badID(s)
            default: return badID(s)
            }
        }
        return nil
    }

    private static func isIDByte(_ c: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(c) || ("a"..."z").contains(c) || ("A"..."Z").contains(c) || c == "-" || c == "_" || c == "."
    }

    private static func badID(_ s: String) -> ProblemMessage {
        ProblemMessage(s.isEmpty ? "empty id, expected letters, digits, \"-\", \"_\" or \".\""
                                 : "bad id \"\(s)\", expected only letters, digits, \"-\", \"_\" or \".\"")
    }

    /// "", 2022, 2022-06 or 2022-06-15, with real months and days.
    static func date(_ s: String) -> ProblemMessage? {
        if s.isEmpty { return nil }
        let u = Array(s.utf8)
        func digits(_ r: Range<Int>) -> Int? {
            var v = 0
            for k in r {
                guard u[k] >= 0x30 && u[k] <= 0x39 else { return nil }
                v = v * 10 + Int(u[k] - 0x30)
            }
            return v
        }
        let bad = ProblemMessage("bad date \"\(s)\", expected a partial ISO date: 2022, 2022-06 or 2022-06-15 (\"\" when the report gives none)")
        guard u.count == 4 || u.count == 7 || u.count == 10, let year = digits(0..<4) else { return bad }
        if u.count == 4 { return nil }
        guard u[4] == 0x2D, let month = digits(5..<7), (1...12).contains(month) else { return bad }
        if u.count == 7 { return nil }
        guard u[7] == 0x2D, let day = digits(8..<10) else { return bad }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return (1...lengths[month - 1]).contains(day) ? nil : bad
    }

    /// The quantity a `text` field writes.
    static func quantity(_ text: String, field: String = "text") -> Outcome<Quantity> {
        switch Quantity.parse(text) {
        case .success(let q): return .success(q)
        case .failure(let f):
            return fail("\(field) \"\(text)\" is not a quantity (\(f.message)), expected a number with its unit such as \"174 万人\" or \"91.9%\"")
        }
    }

    /// A given `value`: plain decimal digits, no exponent (a JSON number's text or a string).
    static func number(_ s: String, field: String = "value") -> Outcome<ExactNumber> {
        if let n = ExactNumber(parsing: s) { return .success(n) }
        let why = s.contains(where: { $0 == "e" || $0 == "E" }) ? " (no exponent)" : ""
        return fail("bad number \"\(s)\" for \(field), expected plain decimal digits such as 3295500 or 91.9\(why)")
    }

    /// "(1740000 人)": what a text means, for mismatch messages.
    static func meaning(_ q: Quantity) -> String {
        q.unit.isEmpty ? "(\(q.value))" : "(\(q.value) \(q.unit))"
    }

    static func value(_ v: ExactNumber, matches q: Quantity, text: String) -> ProblemMessage? {
        v == q.value ? nil : ProblemMessage("value \(v) does not match text \"\(text)\" \(meaning(q)), expected \(q.value) or no value")
    }

    static func unit(_ u: String, matches q: Quantity, text: String) -> ProblemMessage? {
        u == q.unit ? nil : ProblemMessage("unit \"\(u)\" does not match text \"\(text)\" \(meaning(q)), expected \"\(q.unit)\" or no unit")
    }

    /// A given qualifier must agree with the text, except `target`, which marks a goal.
    static func qualifier(_ s: String, matches q: Quantity, text: String) -> Outcome<Qualifier> {
        guard let given = Qualifier(rawValue: s) else {
            return fail("unknown qualifier \"\(s)\", expected \(Qualifier.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        if given == q.qualifier || given == .target { return .success(given) }
        return fail("qualifier \(given.rawValue) does not match text \"\(text)\" (\(q.qualifier.rawValue)), expected \(q.qualifier.rawValue), target or no qualifier")
    }

    /// The earlier value of a change, from its number and/or its text as written.
    /// Returns the problem with the name of the field it belongs to.
    static func change(number: String?, text: String?, date: String?, figureUnit: String)
        -> Result<Change?, FieldProblem> {
        let number = number.flatMap { $0.isEmpty ? nil : $0 }
        let text = text.flatMap { $0.isEmpty ? nil : $0 }
        let date = date ?? ""
        guard number != nil || text != nil else {
            return date.isEmpty ? .success(nil)
                : .failure(FieldProblem(.date, "change date \"\(date)\" without an earlier value, expected the earlier value too"))
        }
        if let p = FieldChecks.date(date) { return .failure(FieldProblem(.date, p.message)) }
        var from: ExactNumber?
        if let number {
            switch FieldChecks.number(number, field: "change from") {
            case .success(let n): from = n
            case .failure(let p): return .failure(FieldProblem(.number, p.message))
            }
        }
        guard let text else { return .success(Change(from: from!, fromText: "", fromDate: date)) }
        let q: Quantity
        switch quantity(text, field: "change from") {
        case .success(let v): q = v
        case .failure(let p): return .failure(FieldProblem(.text, p.message))
        }
        if let from, from != q.value {
            return .failure(FieldProblem(.number, "change from \(from) does not match its text \"\(text)\" \(meaning(q)), expected \(q.value)"))
        }
        if !q.unit.isEmpty, !figureUnit.isEmpty, q.unit != figureUnit {
            return .failure(FieldProblem(.text, "change from \"\(text)\" is in \(q.unit), expected the figure's unit \(figureUnit)"))
        }
        return .success(Change(from: q.value, fromText: text, fromDate: date))
    }

    /// A problem in one of the fields of a change.
    struct FieldProblem: Error {
        enum Field { case number, text, date }
        var field: Field
        var message: String
        init(_ field: Field, _ message: String) {
            self.field = field
            self.message = message
        }
    }
}
