import Foundation

/// Lines of `key: value` at the top of a stored report (`source: URL`, `title: …`,
/// `date: 2023-09-20`), as text archives write them: metadata, not the body. The title serves
/// as headline and for the province; the date where the caller gave none.
struct FrontMatter {
    /// 0-based lines the front matter occupies.
    var lines: Range<Int> = 0..<0
    var title = ""
    var date = ""

    static let keys: Set<String> = ["source", "url", "title", "date", "author", "outlet", "publisher"]

    init(_ page: Page) {
        var l = 0
        while l < page.lineCount, l < 8 {
            let line = String(String.UnicodeScalarView(page.source.scalars[page.range(ofLine: l)]))
            guard let colon = line.firstIndex(of: ":") else { break }
            let key = line[..<colon].lowercased()
            guard Self.keys.contains(key) else { break }
            var value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            switch key {
            case "title":
                // "[title not in stored text…]" says there is none; a note after the title goes.
                if value.hasPrefix("[") { value = "" }
                if let note = value.range(of: " (") { value = String(value[..<note.lowerBound]) }
                title = value
            case "date":
                date = Self.isoPrefix(value)
            default: break
            }
            l += 1
        }
        lines = 0..<l
    }

    /// The leading YYYY, YYYY-MM or YYYY-MM-DD of a value, else "".
    static func isoPrefix(_ s: String) -> String {
        let u = Array(s.unicodeScalars)
        func digits(_ a: Int, _ n: Int) -> Bool { a + n <= u.count && (a..<(a + n)).allSatisfy { Numerals.isArabic(u[$0]) } }
        guard digits(0, 4), u.count == 4 || !Numerals.isArabic(u[4]) else { return "" }
        var end = 4
        if u.count > 6, u[4] == "-", digits(5, 2) {
            end = 7
            if u.count > 9, u[7] == "-", digits(8, 2) { end = 10 }
        }
        return String(String.UnicodeScalarView(u[0..<end]))
    }
}
