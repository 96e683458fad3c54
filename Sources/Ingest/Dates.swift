import Foundation

/// Dates written in a body: 2021 年 5 月 25 日, 2021 年 6 月, 2022 年, 6 月 15 日.
struct WrittenDate {
    var range: Range<Int>
    var year: Int?
    var month: Int?
    var day: Int?

    /// Partial ISO date; a missing year comes from `year`.
    func iso(year fallback: Int?) -> String {
        guard let y = year ?? fallback else { return "" }
        var s = String(format: "%04d", y)
        if let month { s += String(format: "-%02d", month) } else { return s }
        if let day { s += String(format: "-%02d", day) }
        return s
    }
}


enum DateReader {
    static func dates(in c: [Unicode.Scalar]) -> [WrittenDate] {
        var out: [WrittenDate] = []
        var i = 0
        func number(at k: Int, max digits: Int) -> (Int, Int)? {
            var e = k, v = 0
            while e < c.count && e - k < digits && Numerals.isArabic(c[e]) { v = v * 10 + Int(c[e].value - 0x30); e += 1 }
            if e == k || (e < c.count && Numerals.isArabic(c[e])) { return nil }
            return (v, e)
        }
        while i < c.count {
            guard Numerals.isArabic(c[i]), i == 0 || !Numerals.isArabic(c[i - 1]) && c[i - 1] != "." else { i += 1; continue }
            var d = WrittenDate(range: i..<i)
            var k = i
            if let (y, e) = number(at: k, max: 4), e - k == 4, e < c.count, c[e] == "年", (1900...2100).contains(y) {
                d.year = y
                k = e + 1
                // 2022 年底, 年初, 年末: still the year.
                if k < c.count, c[k] == "底" || c[k] == "初" || c[k] == "末" { k += 1 }
            }
            if let (m, e) = number(at: k, max: 2), e < c.count, c[e] == "月", (1...12).contains(m) {
                d.month = m
                k = e + 1
                if let (day, e2) = number(at: k, max: 2), e2 < c.count, c[e2] == "日" || c[e2] == "号", (1...31).contains(day) {
                    d.day = day
                    k = e2 + 1
                }
            }
            if d.year != nil || (d.month != nil && d.day != nil) {
                d.range = i..<k
                out.append(d)
                i = k
            } else {
                i += 1
            }
        }
        return out
    }
}
