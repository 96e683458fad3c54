/// A quantity as a report writes it, read into an exact value in base units.
///
/// `174 万人` → 1,740,000 人; `25.68 亿元` → 2,568,000,000 元; `680 余份` → 680 份 (over);
/// `每人每月 2004 元` → 2004 元/人/月; `91.9%` → 91.9 %; `三千余人` → 3000 人 (over).
public struct Quantity: Sendable, Hashable {
    public var value: ExactNumber
    /// Base unit after multipliers are applied: 人, 元, %, 元/人/月 …
    public var unit: String
    public var qualifier: Qualifier

    public init(value: ExactNumber, unit: String, qualifier: Qualifier) {
        self.value = value
        self.unit = unit
        self.qualifier = qualifier
    }

    /// Why a text is not a quantity, for validation messages.
    public enum Failure: Error, Sendable, Equatable {
        case noNumber
        case overflow
        case trailing(String)

        public var message: String {
            switch self {
            case .noNumber: "no number in it"
            case .overflow: "a number too large to hold exactly"
            case .trailing(let rest): "unexpected \"\(rest)\" after the unit"
            }
        }
    }

    static let prefixQualifiers: [([Unicode.Scalar], Qualifier)] = scalars([
        ("不超过", .atMost), ("不足", .atMost), ("最高", .atMost), ("最多", .atMost),
        ("超过", .over), ("多于", .over), ("逾", .over),
        ("将近", .about), ("接近", .about), ("约", .about), ("近", .about), ("大约", .about),
    ])
    static let suffixQualifiers: [([Unicode.Scalar], Qualifier)] = scalars([("以上", .atLeast), ("左右", .about)])
    static let rates: [([Unicode.Scalar], String)] = scalars([
        ("每人每月", "/人/月"), ("每人每年", "/人/年"), ("每人每天", "/人/天"), ("每人每次", "/人/次"),
        ("每月", "/月"), ("每年", "/年"), ("每人", "/人"), ("每天", "/天"),
    ])

    private static func scalars<T>(_ table: [(String, T)]) -> [([Unicode.Scalar], T)] {
        table.map { (Array($0.0.unicodeScalars), $0.1) }
    }
    static let smallUnits: [Unicode.Scalar: Int64] = ["十": 10, "百": 100, "千": 1000]
    static let chineseDigits: [Unicode.Scalar: Int64] = [
        "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
        "六": 6, "七": 7, "八": 8, "九": 9,
    ]

    /// Reads an as-written quantity. Whitespace anywhere is ignored.
    ///
    /// Works on Unicode scalars, not Characters: a million-row CSV has hundreds of thousands of
    /// distinct texts, and grapheme-by-grapheme Substring work made this the slowest step of a load.
    public static func parse(_ written: String) -> Result<Quantity, Failure> {
        var s: [Unicode.Scalar] = []
        s.reserveCapacity(written.utf8.count)
        for c in written.unicodeScalars where !SourceText.isSpace(c) { s.append(SourceText.fold(c)) }
        var i = 0
        var end = s.count
        func hasPrefix(_ word: [Unicode.Scalar]) -> Bool {
            end - i >= word.count && s[i..<(i + word.count)].elementsEqual(word)
        }
        func hasSuffix(_ word: [Unicode.Scalar]) -> Bool {
            end - i >= word.count && s[(end - word.count)..<end].elementsEqual(word)
        }
        var qualifier = Qualifier.exact
        for (word, q) in prefixQualifiers where hasPrefix(word) {
            qualifier = q
            i += word.count
            break
        }
        var rate = ""
        for (word, suffix) in rates where hasPrefix(word) {
            rate = suffix
            i += word.count
            break
        }
        var value: ExactNumber
        switch readNumber(s, &i, end) {
        case .success(let v): value = v
        case .failure(let f): return .failure(f)
        }
        // Multipliers written after Arabic digits: 174万, 25.68亿, 1.2千万; also after 余 or
        // 多, which may stand before them (1500余万 is more than 15 million).
        func multiply() -> Failure? {
            while i < end, let power = multiplierPowers[s[i]] {
                guard let v = value.timesPowerOfTen(power) else { return .overflow }
                value = v
                i += 1
            }
            return nil
        }
        if let f = multiply() { return .failure(f) }
        if i < end, s[i] == "余" || s[i] == "多" {
            if qualifier == .exact { qualifier = .over }
            i += 1
            if let f = multiply() { return .failure(f) }
        }
        for (word, q) in suffixQualifiers where hasSuffix(word) {
            if qualifier == .exact { qualifier = q }
            end -= word.count
            break
        }
        var unit: [UInt8] = []
        var trailingDigit = false
        for c in s[i..<end] {
            if c.value >= 0x30 && c.value <= 0x39 { trailingDigit = true }
            UTF8.encode(c) { unit.append($0) }
        }
        let unitText = String(decoding: unit, as: UTF8.self)
        if trailingDigit { return .failure(.trailing(unitText)) }
        return .success(Quantity(value: value, unit: rate.isEmpty ? unitText : unitText + rate, qualifier: qualifier))
    }

    static let multiplierPowers: [Unicode.Scalar: Int] = ["十": 1, "百": 2, "千": 3, "万": 4, "亿": 8]

    /// Reads Arabic digits (with . and , as `ExactNumber(parsing:)` takes them) or a run of
    /// Chinese numerals from `i`.
    static func readNumber(_ s: [Unicode.Scalar], _ i: inout Int, _ end: Int) -> Result<ExactNumber, Failure> {
        var k = i
        var significand: Int64 = 0
        var scale: UInt8 = 0
        var digits = 0
        var sawPoint = false, malformed = false
        while k < end {
            let v = s[k].value
            if v >= 0x30 && v <= 0x39 {
                digits += 1
                if digits <= 18 {
                    significand = significand * 10 + Int64(v - 0x30)
                    if sawPoint { scale += 1 }
                }
            } else if v == 0x2E {
                if sawPoint { malformed = true }
                sawPoint = true
            } else if v == 0x2C {
                if digits == 0 || sawPoint { malformed = true }  // thousands separator only
            } else {
                break
            }
            k += 1
        }
        guard k > i else { return readChineseNumber(s, &i, end) }
        if digits > 18 { return .failure(.overflow) }
        if digits == 0 || malformed { return .failure(.noNumber) }
        i = k
        return .success(ExactNumber(significand: significand, scale: scale))
    }

    /// 三千五百 → 3500, 一万二千 → 12000, 十二 → 12, 四 → 4, 两百 → 200.
    /// Arithmetic is checked: absurd numerals (一亿亿亿亿亿) fail as overflow, never trap.
    static func readChineseNumber(_ s: [Unicode.Scalar], _ i: inout Int, _ end: Int) -> Result<ExactNumber, Failure> {
        var total: Int64 = 0, section: Int64 = 0, number: Int64 = 0
        var sawAny = false
        var k = i
        func add(_ a: Int64, _ b: Int64) -> Int64? {
            let (r, o) = a.addingReportingOverflow(b)
            return o ? nil : r
        }
        func times(_ a: Int64, _ b: Int64) -> Int64? {
            let (r, o) = a.multipliedReportingOverflow(by: b)
            return o ? nil : r
        }
        while k < end {
            let c = s[k]
            if let d = chineseDigits[c] {
                number = d
            } else if let u = smallUnits[c] {
                guard sawAny || c == "十" else { break }
                guard let part = times(number == 0 ? 1 : number, u), let t = add(section, part) else { return .failure(.overflow) }
                section = t
                number = 0
            } else if c == "万" || c == "亿", sawAny {
                let u: Int64 = c == "万" ? 10_000 : 100_000_000
                guard let t = add(section, number) else { return .failure(.overflow) }
                if c == "亿" {
                    guard let sum = add(total, t), let v = times(sum, u) else { return .failure(.overflow) }
                    total = v
                } else {
                    guard let part = times(t, u), let v = add(total, part) else { return .failure(.overflow) }
                    total = v
                }
                section = 0
                number = 0
            } else {
                break
            }
            sawAny = true
            k += 1
        }
        guard sawAny else { return .failure(.noNumber) }
        guard let t = add(section, number), let value = add(total, t) else { return .failure(.overflow) }
        i = k
        return .success(ExactNumber(significand: value))
    }
}
