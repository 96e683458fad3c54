/// A parsed live-filter query: clauses that must all hold (AND), each a set of
/// alternatives of which one must hold (OR), optionally negated.
///
/// `学校 p:nmg|hn !网络 >1万` has four clauses. See docs/filter.md for the language.
/// Build one with `Query.parse(_:)`; run it with `FilterIndex.filter(_:)`, or on a single
/// figure with `matches(_:in:)`.
public struct Query: Sendable, Hashable {
    public let clauses: [Clause]

    public init(clauses: [Clause]) {
        self.clauses = clauses
    }

    /// The query with no clauses; it matches every figure.
    public static let everything = Query(clauses: [])

    public var isEmpty: Bool { clauses.isEmpty }

    /// One space-separated term: `!a|b` is `Clause(negated: true, alternatives: [a, b])`.
    public struct Clause: Sendable, Hashable {
        public let negated: Bool
        public let alternatives: [Term]

        public init(negated: Bool, alternatives: [Term]) {
            self.negated = negated
            self.alternatives = alternatives
        }
    }

    /// One alternative of a clause.
    public enum Term: Sendable, Hashable {
        case text(TextTerm)
        case number(NumberTerm)
    }
}

/// Which text of a figure a term looks at. `value` is the quantity as written
/// (`174 万人`): number terms compare it, and highlight it.
public enum QueryField: String, Sendable, Hashable, CaseIterable {
    case indicator, province, system, unit, source, quote, value
}

/// A set of the text fields; `all` for a term typed without a field.
public struct QueryFields: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let indicator = QueryFields(rawValue: 1 << 0)
    public static let province = QueryFields(rawValue: 1 << 1)
    public static let system = QueryFields(rawValue: 1 << 2)
    public static let unit = QueryFields(rawValue: 1 << 3)
    public static let source = QueryFields(rawValue: 1 << 4)
    public static let quote = QueryFields(rawValue: 1 << 5)
    public static let all: QueryFields = [.indicator, .province, .system, .unit, .source, .quote]

    public init(_ field: QueryField) {
        switch field {
        case .indicator: self = .indicator
        case .province: self = .province
        case .system: self = .system
        case .unit: self = .unit
        case .source: self = .source
        case .quote: self = .quote
        case .value: self = []
        }
    }
}

/// A substring to find, folded (lowercase, half-width), in some fields.
public struct TextTerm: Sendable, Hashable {
    /// The folded needle: `ＡＢ` is stored as `ab`.
    public let needle: String
    public let fields: QueryFields
    /// Folded UTF-8 bytes of the needle, for the byte scans.
    let bytes: [UInt8]
    /// Set when the needle has an ASCII letter: then it also matches by pinyin
    /// (in every field but the quote; see docs/filter.md).
    let pinyin: Pinyin.Query?

    public init(_ text: String, fields: QueryFields = .all) {
        needle = TextFold.fold(text)
        self.fields = fields
        bytes = Array(needle.utf8)
        pinyin = bytes.contains { TextFold.isASCIILetter($0) } ? Pinyin.Query(needle) : nil
    }

    public var usesPinyin: Bool { pinyin != nil }

    public static func == (a: TextTerm, b: TextTerm) -> Bool {
        a.needle == b.needle && a.fields == b.fields
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(needle)
        hasher.combine(fields)
    }
}

/// A comparison of the exact value in base units: `>1万`, `>=50%`, `100..500`.
public struct NumberTerm: Sendable, Hashable {
    public struct Bound: Sendable, Hashable {
        public let value: ExactNumber
        public let inclusive: Bool

        public init(_ value: ExactNumber, inclusive: Bool) {
            self.value = value
            self.inclusive = inclusive
        }
    }

    public let lower: Bound?
    public let upper: Bound?
    /// When set, the figure's unit must equal it (`%` for `>=50%`).
    public let unit: String?

    public init(lower: Bound?, upper: Bound?, unit: String?) {
        self.lower = lower
        self.upper = upper
        self.unit = unit
    }

    /// Whether `value` lies within the bounds (units aside).
    public func contains(_ value: ExactNumber) -> Bool {
        if let lower {
            let c = ExactNumber.compare(value, lower.value)
            if c < 0 || (c == 0 && !lower.inclusive) { return false }
        }
        if let upper {
            let c = ExactNumber.compare(value, upper.value)
            if c > 0 || (c == 0 && !upper.inclusive) { return false }
        }
        return true
    }
}

extension Query {
    /// What a query reads of each figure: the text fields its terms look in (a number term
    /// with a unit reads the unit), and whether any term compares values.
    struct Reads {
        var fields: QueryFields
        var values: Bool
    }

    var reads: Reads {
        var r = Reads(fields: [], values: false)
        for clause in clauses {
            for term in clause.alternatives {
                switch term {
                case .text(let t): r.fields.formUnion(t.fields)
                case .number(let n):
                    r.values = true
                    if n.unit != nil { r.fields.insert(.unit) }
                }
            }
        }
        return r
    }
}
