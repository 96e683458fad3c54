/// A decimal number kept exact: `significand / 10^scale`.
///
/// Figures are counted in base units (329.55万人 is 3,295,500 people), and binary floating
/// point would turn 329.55 × 10 000 into 3295499.9999…; so values never pass through Double.
public struct ExactNumber: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let significand: Int64
    public let scale: UInt8

    public init(significand: Int64, scale: UInt8 = 0) {
        // Normalise trailing zeros so equal values are equal structs.
        var s = significand, k = scale
        while k > 0, s % 10 == 0 { s /= 10; k -= 1 }
        self.significand = s
        self.scale = k
    }

    public init(_ integer: Int) { self.init(significand: Int64(integer)) }

    /// Parses plain decimal text: `329.55`, `-3`, `1,712`, `１０` (full-width digits).
    /// Rejects exponents, empty text and more than 18 significant digits.
    public init?(parsing text: some StringProtocol) {
        var digits: Int64 = 0
        var scale: UInt8 = 0
        var sawDigit = false, sawPoint = false, negative = false
        var count = 0
        for (i, scalar) in text.unicodeScalars.enumerated() {
            var v = scalar.value
            if v >= 0xFF10 && v <= 0xFF19 { v = v - 0xFF10 + 0x30 }  // full-width digits
            if v == 0xFF0E { v = 0x2E }
            switch v {
            case 0x30...0x39:
                count += 1
                guard count <= 18 else { return nil }
                digits = digits * 10 + Int64(v - 0x30)
                if sawPoint { scale += 1 }
                sawDigit = true
            case 0x2E:
                guard !sawPoint else { return nil }
                sawPoint = true
            case 0x2C:
                guard sawDigit, !sawPoint else { return nil }  // thousands separator
            case 0x2D where i == 0: negative = true
            case 0x2B where i == 0: break
            default: return nil
            }
        }
        guard sawDigit else { return nil }
        self.init(significand: negative ? -digits : digits, scale: scale)
    }

    /// Multiplies by a power of ten (万 = 4, 亿 = 8); nil on overflow.
    public func timesPowerOfTen(_ power: Int) -> ExactNumber? {
        var s = significand
        var k = Int(scale)
        var p = power
        while p > 0 && k > 0 { k -= 1; p -= 1 }
        for _ in 0..<p {
            let (r, o) = s.multipliedReportingOverflow(by: 10)
            if o { return nil }
            s = r
        }
        return ExactNumber(significand: s, scale: UInt8(k))
    }

    public var isInteger: Bool { scale == 0 }

    /// The value as a Double, for drawing bars and gauges only; never for storage.
    public var approximate: Double {
        var d = Double(significand)
        for _ in 0..<scale { d /= 10 }
        return d
    }

    /// Plain decimal text without grouping: 3295500, 91.9, -0.5.
    public var description: String {
        if scale == 0 { return String(significand) }
        let negative = significand < 0
        var digits = String(significand.magnitude)
        let k = Int(scale)
        if digits.count <= k { digits = String(repeating: "0", count: k - digits.count + 1) + digits }
        let cut = digits.index(digits.endIndex, offsetBy: -k)
        return (negative ? "-" : "") + digits[..<cut] + "." + digits[cut...]
    }

    /// Decimal text with thousands grouping in the integer part: 3,295,500 and 12,522.5.
    public var grouped: String {
        let plain = description
        let negative = plain.hasPrefix("-")
        let body = negative ? String(plain.dropFirst()) : plain
        let parts = body.split(separator: ".", maxSplits: 1)
        let intPart = Array(parts[0])
        var out = ""
        for (i, ch) in intPart.enumerated() {
            if i > 0 && (intPart.count - i) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        if parts.count == 2 { out += "." + parts[1] }
        return (negative ? "-" : "") + out
    }

    public static func < (a: ExactNumber, b: ExactNumber) -> Bool {
        compare(a, b) < 0
    }

    /// -1, 0, 1. Brings both to a common scale; falls back to Double only on overflow,
    /// where the magnitudes already differ by orders of magnitude.
    public static func compare(_ a: ExactNumber, _ b: ExactNumber) -> Int {
        if a.scale == b.scale { return a.significand < b.significand ? -1 : (a.significand == b.significand ? 0 : 1) }
        let (lo, hi, flipped) = a.scale < b.scale ? (a, b, false) : (b, a, true)
        if let raised = lo.raised(to: hi.scale) {
            let r = raised < hi.significand ? -1 : (raised == hi.significand ? 0 : 1)
            return flipped ? -r : r
        }
        let x = a.approximate, y = b.approximate
        return x < y ? -1 : (x == y ? 0 : 1)
    }

    private func raised(to newScale: UInt8) -> Int64? {
        var s = significand
        for _ in scale..<newScale {
            let (r, o) = s.multipliedReportingOverflow(by: 10)
            if o { return nil }
            s = r
        }
        return s
    }
}
