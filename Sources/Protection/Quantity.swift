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

    static let prefixQualifiers: [(String, Qualifier)] = [
        ("不超过", .atMost), ("不足", .atMost), ("最高", .atMost), ("最多", .atMost),
        ("超过", .over), ("多于", .over), ("逾", .over),
        ("将近", .about), ("接近", .about), ("约", .about), ("近", .about), ("大约", .about),
    ]
    static let suffixQualifiers: [(String, Qualifier)] = [("以上", .atLeast), ("左右", .about)]
    static let rates: [(String, String)] = [
        ("每人每月", "/人/月"), ("每人每年", "/人/年"), ("每人每天", "/人/天"), ("每人每次", "/人/次"),
        ("每月", "/月"), ("每年", "/年"), ("每人", "/人"), ("每天", "/天"),
    ]
    static let chineseDigits: [Character: Int64] = [
        "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
        "六": 6, "七": 7, "八": 8, "九": 9,
    ]

    /// Reads an as-written quantity. Whitespace anywhere is ignored.
    public static func parse(_ written: String) -> Result<Quantity, Failure> {
        var text = Substring(String(written.unicodeScalars.filter { !SourceText.isSpace($0) }.map { SourceText.fold($0) }
            .reduce(into: String.UnicodeScalarView()) { $0.append($1) }))
        var qualifier = Qualifier.exact
        for (word, q) in prefixQualifiers where text.hasPrefix(word) {
            qualifier = q
            text = text.dropFirst(word.count)
            break
        }
        var rate = ""
        for (word, suffix) in rates where text.hasPrefix(word) {
            rate = suffix
            text = text.dropFirst(word.count)
            break
        }
        var value: ExactNumber
        switch readNumber(&text) {
        case .success(let v): value = v
        case .failure(let f): return .failure(f)
        }
        // Multipliers written after Arabic digits: 174万, 25.68亿, 1.2千万.
        while let c = text.first, let power = ["十": 1, "百": 2, "千": 3, "万": 4, "亿": 8][c] {
            guard let v = value.timesPowerOfTen(power) else { return .failure(.overflow) }
            value = v
            text = text.dropFirst()
        }
        if text.hasPrefix("余") || text.hasPrefix("多") {
            if qualifier == .exact { qualifier = .over }
            text = text.dropFirst()
        }
        for (word, q) in suffixQualifiers where text.hasSuffix(word) && text.count >= word.count {
            // 多 as a suffix only when it ends the text ("100人多" is rare but harmless).
            if qualifier == .exact { qualifier = q }
            text = text.dropLast(word.count)
            break
        }
        let unit = String(text)
        if unit.contains(where: { $0.isNumber && $0.isASCII }) { return .failure(.trailing(unit)) }
        return .success(Quantity(value: value, unit: unit + rate, qualifier: qualifier))
    }

    /// Reads Arabic digits (with . and ,) or a run of Chinese numerals off the front.
    static func readNumber(_ text: inout Substring) -> Result<ExactNumber, Failure> {
        var end = text.startIndex
        var digits = 0
        while end < text.endIndex, text[end].isASCII, text[end].isNumber || text[end] == "." || text[end] == "," {
            if text[end].isNumber { digits += 1 }
            end = text.index(after: end)
        }
        if end > text.startIndex {
            guard let n = ExactNumber(parsing: text[text.startIndex..<end]) else {
                return .failure(digits > 18 ? .overflow : .noNumber)
            }
            text = text[end...]
            return .success(n)
        }
        return readChineseNumber(&text)
    }

    /// 三千五百 → 3500, 一万二千 → 12000, 十二 → 12, 四 → 4, 两百 → 200.
    /// Arithmetic is checked: absurd numerals (一亿亿亿亿亿) fail as overflow, never trap.
    static func readChineseNumber(_ text: inout Substring) -> Result<ExactNumber, Failure> {
        var total: Int64 = 0, section: Int64 = 0, number: Int64 = 0
        var consumed = text.startIndex
        var sawAny = false
        var i = text.startIndex
        func add(_ a: Int64, _ b: Int64) -> Int64? {
            let (r, o) = a.addingReportingOverflow(b)
            return o ? nil : r
        }
        func times(_ a: Int64, _ b: Int64) -> Int64? {
            let (r, o) = a.multipliedReportingOverflow(by: b)
            return o ? nil : r
        }
        while i < text.endIndex {
            let c = text[i]
            if let d = chineseDigits[c] {
                number = d
            } else if let u = ["十": Int64(10), "百": 100, "千": 1000][c] {
                guard sawAny || c == "十" else { break }
                guard let part = times(number == 0 ? 1 : number, u), let s = add(section, part) else { return .failure(.overflow) }
                section = s
                number = 0
            } else if c == "万" || c == "亿", sawAny {
                let u: Int64 = c == "万" ? 10_000 : 100_000_000
                guard let s = add(section, number) else { return .failure(.overflow) }
                if c == "亿" {
                    guard let sum = add(total, s), let t = times(sum, u) else { return .failure(.overflow) }
                    total = t
                } else {
                    guard let part = times(s, u), let t = add(total, part) else { return .failure(.overflow) }
                    total = t
                }
                section = 0
                number = 0
            } else {
                break
            }
            sawAny = true
            i = text.index(after: i)
            consumed = i
        }
        guard sawAny else { return .failure(.noNumber) }
        guard let s = add(section, number), let value = add(total, s) else { return .failure(.overflow) }
        text = text[consumed...]
        return .success(ExactNumber(significand: value))
    }
}
