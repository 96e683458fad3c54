extension Query {
    /// Reads a query. Never traps: any text is either a query or a `QueryError` that says
    /// where (in Characters) and what is wrong. Blank text is `Query.everything`.
    public static func parse(_ text: String) throws(QueryError) -> Query {
        let original = Array(text.unicodeScalars)
        var parser = QueryParser(scalars: original.map { TextFold.fold($0.value) })
        switch parser.parse() {
        case .success(let query):
            return query
        case .failure(let f):
            // Offsets are found in scalars; the dashboard counts Characters.
            let start = characterOffset(ofScalar: f.offset, in: original)
            let end = characterOffset(ofScalar: f.offset + f.length, in: original)
            throw QueryError(offset: start, length: end - start, message: f.message)
        }
    }

    private static func characterOffset(ofScalar target: Int, in scalars: [Unicode.Scalar]) -> Int {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[0..<min(target, scalars.count)])
        return String(view).count
    }
}

/// Field names a term may start with (`p:`, `省:`; a full-width colon works too).
enum FieldName {
    static let table: [String: QueryFields] = [
        "省": .province, "省份": .province, "p": .province, "province": .province,
        "系统": .system, "s": .system, "sys": .system, "system": .system,
        "单位": .unit, "u": .unit, "unit": .unit,
        "源": .source, "来源": .source, "src": .source, "source": .source,
        "指标": .indicator, "i": .indicator, "indicator": .indicator,
        "引文": .quote, "q": .quote, "quote": .quote,
    ]
    static let help = "fields: 省 p, 系统 s, 单位 u, 源 src, 指标 i, 引文 q"
}

struct ParseFailure: Error {
    let offset: Int
    let length: Int
    let message: String
}

/// Recursive-descent reader over folded scalars (so `！`, `：`, `｜`, `＞` read as ASCII).
struct QueryParser {
    let s: [UInt32]
    var i = 0

    init(scalars: [UInt32]) { s = scalars }

    private static let space: UInt32 = 0x20, bang: UInt32 = 0x21, quote: UInt32 = 0x22
    private static let bar: UInt32 = 0x7C, colon: UInt32 = 0x3A, dot: UInt32 = 0x2E
    private static let greaterEqual: UInt32 = 0x2265, lessEqual: UInt32 = 0x2264

    private func isSpace(_ v: UInt32) -> Bool { v == 0x20 || v == 0x09 || v == 0x0A || v == 0x0D }
    private var atEnd: Bool { i >= s.count }
    private var atTermEnd: Bool { atEnd || isSpace(s[i]) || s[i] == Self.bar }

    private func fail(_ offset: Int, _ length: Int, _ message: String) -> Result<Never, ParseFailure> {
        .failure(ParseFailure(offset: offset, length: length, message: message))
    }

    private func text(_ range: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        for v in s[range] { view.append(Unicode.Scalar(v) ?? "\u{FFFD}") }
        return String(view)
    }

    mutating func parse() -> Result<Query, ParseFailure> {
        var clauses: [Query.Clause] = []
        while true {
            while !atEnd && isSpace(s[i]) { i += 1 }
            if atEnd { break }
            switch clause() {
            case .success(let c): clauses.append(c)
            case .failure(let f): return .failure(f)
            }
        }
        return .success(Query(clauses: clauses))
    }

    private mutating func clause() -> Result<Query.Clause, ParseFailure> {
        let start = i
        var negated = false
        if s[i] == Self.bang {
            negated = true
            i += 1
            if atEnd || isSpace(s[i]) { return .failure(ParseFailure(offset: start, length: 1, message: "nothing after !")) }
            if s[i] == Self.bang { return .failure(ParseFailure(offset: i, length: 1, message: "! twice; one ! excludes")) }
        }
        var alternatives: [Query.Term] = []
        var fields: QueryFields = .all
        var fieldName: String?
        while true {
            let altStart = i
            if s[i] == Self.bar {
                return .failure(ParseFailure(offset: i, length: 1, message: "nothing before |"))
            }
            if s[i] == Self.bang {
                return .failure(ParseFailure(offset: i, length: 1, message: "! excludes a whole term; write it first: !a|b"))
            }
            if let (f, name, length) = fieldPrefix() {
                guard let f else {
                    return .failure(ParseFailure(offset: i, length: length, message: "unknown field \(Excerpt.short(name)): (\(FieldName.help))"))
                }
                fields = f
                fieldName = name
                i += length
                if atTermEnd {
                    return .failure(ParseFailure(offset: altStart, length: length, message: "nothing after \(Excerpt.short(name)):"))
                }
            }
            switch term(fields: fields, fieldName: fieldName) {
            case .success(let t): alternatives.append(t)
            case .failure(let f): return .failure(f)
            }
            if atEnd || isSpace(s[i]) { break }
            // At a bar: another alternative must follow.
            let barAt = i
            i += 1
            if atEnd || isSpace(s[i]) {
                return .failure(ParseFailure(offset: barAt, length: 1, message: "nothing after |"))
            }
            if s[i] == Self.bar {
                return .failure(ParseFailure(offset: i, length: 1, message: "nothing between | and |"))
            }
        }
        return .success(Query.Clause(negated: negated, alternatives: alternatives))
    }

    /// A `name:` at `i`: the fields (nil when unknown), the name, and the length with the colon.
    private func fieldPrefix() -> (QueryFields?, String, Int)? {
        var j = i
        while j < s.count, Self.isNameScalar(s[j]) { j += 1 }
        guard j > i, j < s.count, s[j] == Self.colon else { return nil }
        let name = text(i..<j)
        return (FieldName.table[name], name, j - i + 1)
    }

    private static func isNameScalar(_ v: UInt32) -> Bool {
        (v >= 0x61 && v <= 0x7A) || (v >= 0x4E00 && v <= 0x9FFF) || (v >= 0x3400 && v <= 0x4DBF)
    }

    private mutating func term(fields: QueryFields, fieldName: String?) -> Result<Query.Term, ParseFailure> {
        let start = i
        if s[i] == Self.quote {
            i += 1
            let contentStart = i
            while !atEnd && s[i] != Self.quote { i += 1 }
            if atEnd { return .failure(ParseFailure(offset: start, length: 1, message: "unclosed quote")) }
            let content = contentStart..<i
            i += 1
            if !atTermEnd {
                return .failure(ParseFailure(offset: i, length: 1, message: "expected a space or | after the closing quote"))
            }
            if content.isEmpty { return .failure(ParseFailure(offset: start, length: 2, message: "empty quotes")) }
            return .success(.text(TextTerm(text(content), fields: fields)))
        }
        while !atTermEnd { i += 1 }
        let body = start..<i
        let first = s[start]
        let isComparison = first == 0x3E || first == 0x3C || first == 0x3D
            || first == Self.greaterEqual || first == Self.lessEqual
        if isComparison {
            if let fieldName {
                return .failure(ParseFailure(offset: start, length: 1,
                                             message: "a number compares the value; drop \(Excerpt.short(fieldName)):"))
            }
            return comparison(body).map { .number($0) }
        }
        if fieldName == nil, let dots = rangeDots(body) {
            return range(body, dots: dots).map { .number($0) }
        }
        return .success(.text(TextTerm(text(body), fields: fields)))
    }

    // MARK: numbers

    private func comparison(_ body: Range<Int>) -> Result<NumberTerm, ParseFailure> {
        var j = body.lowerBound
        let op = s[j]
        j += 1
        var inclusive = op == Self.greaterEqual || op == Self.lessEqual || op == 0x3D
        if (op == 0x3E || op == 0x3C), j < body.upperBound, s[j] == 0x3D {
            inclusive = true
            j += 1
        }
        let opText = text(body.lowerBound..<j)
        if j == body.upperBound {
            return .failure(ParseFailure(offset: j, length: 0, message: "expected a number after \(opText)"))
        }
        let parsed: (ExactNumber, String?)
        switch number(j..<body.upperBound, after: opText) {
        case .success(let p): parsed = p
        case .failure(let f): return .failure(f)
        }
        let bound = NumberTerm.Bound(parsed.0, inclusive: inclusive)
        switch op {
        case 0x3E, Self.greaterEqual: return .success(NumberTerm(lower: bound, upper: nil, unit: parsed.1))
        case 0x3C, Self.lessEqual: return .success(NumberTerm(lower: nil, upper: bound, unit: parsed.1))
        default: return .success(NumberTerm(lower: bound, upper: bound, unit: parsed.1))
        }
    }

    /// Offset of `..` when the body reads as a range (`1..5`, `1万..`, `..50%`).
    private func rangeDots(_ body: Range<Int>) -> Int? {
        var j = body.lowerBound
        while j + 1 < body.upperBound, !(s[j] == Self.dot && s[j + 1] == Self.dot) { j += 1 }
        guard j + 1 < body.upperBound else { return nil }
        func startsNumber(_ k: Int) -> Bool {
            guard k < body.upperBound else { return false }
            if s[k] == 0x2D || s[k] == 0x2B { return k + 1 < body.upperBound && Self.isDigit(s[k + 1]) }
            return Self.isDigit(s[k])
        }
        let leftEmpty = j == body.lowerBound, rightEmpty = j + 2 == body.upperBound
        if leftEmpty && rightEmpty { return nil }
        guard leftEmpty || startsNumber(body.lowerBound), rightEmpty || startsNumber(j + 2) else { return nil }
        return j
    }

    private func range(_ body: Range<Int>, dots: Int) -> Result<NumberTerm, ParseFailure> {
        var lower: (ExactNumber, String?)?
        var upper: (ExactNumber, String?)?
        if dots > body.lowerBound {
            switch number(body.lowerBound..<dots, after: nil) {
            case .success(let p): lower = p
            case .failure(let f): return .failure(f)
            }
        }
        if dots + 2 < body.upperBound {
            switch number((dots + 2)..<body.upperBound, after: "..") {
            case .success(let p): upper = p
            case .failure(let f): return .failure(f)
            }
        }
        if let a = lower?.1, let b = upper?.1, a != b {
            return .failure(ParseFailure(offset: body.lowerBound, length: body.count,
                                         message: "the two ends have different units (\(Excerpt.short(a)), \(Excerpt.short(b)))"))
        }
        return .success(NumberTerm(lower: lower.map { .init($0.0, inclusive: true) },
                                   upper: upper.map { .init($0.0, inclusive: true) },
                                   unit: lower?.1 ?? upper?.1))
    }

    private static func isDigit(_ v: UInt32) -> Bool { v >= 0x30 && v <= 0x39 }

    private static let multipliers: [UInt32: Int] = [0x5341: 1, 0x767E: 2, 0x5343: 3, 0x4E07: 4, 0x4EBF: 8]  // 十百千万亿

    /// `1,200`, `1.5万`, `50%`, `3千万人`: the value in base units and the unit written after it.
    private func number(_ r: Range<Int>, after op: String?) -> Result<(ExactNumber, String?), ParseFailure> {
        var j = r.lowerBound
        if s[j] == 0x2D || s[j] == 0x2B { j += 1 }
        let digitsStart = j
        while j < r.upperBound, Self.isDigit(s[j]) || s[j] == 0x2C || s[j] == Self.dot { j += 1 }
        let expected = op.map { "expected a number after \($0)" } ?? "expected a number"
        guard j > digitsStart, s[digitsStart..<j].contains(where: Self.isDigit) else {
            return .failure(ParseFailure(offset: r.lowerBound, length: r.count, message: expected))
        }
        guard var value = ExactNumber(parsing: text(r.lowerBound..<j)) else {
            return .failure(ParseFailure(offset: r.lowerBound, length: j - r.lowerBound, message: "not a number: \(Excerpt.short(text(r.lowerBound..<j)))"))
        }
        while j < r.upperBound, let power = Self.multipliers[s[j]] {
            guard let v = value.timesPowerOfTen(power) else {
                return .failure(ParseFailure(offset: r.lowerBound, length: j + 1 - r.lowerBound, message: "number too large"))
            }
            value = v
            j += 1
        }
        if j == r.upperBound { return .success((value, nil)) }
        let unit = text(j..<r.upperBound)
        if s[j..<r.upperBound].contains(where: { $0 < 0x80 && $0 != 0x25 && $0 != 0x2F }) {
            return .failure(ParseFailure(offset: j, length: r.upperBound - j,
                                         message: "unexpected \(Excerpt.short(unit)) after the number (a unit such as % or 人 may follow)"))
        }
        return .success((value, unit))
    }
}
