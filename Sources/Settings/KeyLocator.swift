import Foundation

/// Finds the line a key is written on, for messages: TOMLKit gives positions only for
/// syntax errors. Not a parser — the file has already parsed; this only reads `[table]`
/// headers and `key =` starts, skipping comments and multi-line strings.
struct KeyLocator {
    /// (table, key) → first line, 1-based; dotted keys at the top level count as their table.
    private var lines: [String: Int] = [:]

    init(_ text: String) {
        var section: String?
        var inMultiline = false
        for (k, raw) in text.components(separatedBy: "\n").enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            let fences = Self.count("\"\"\"", in: line) + Self.count("'''", in: line)
            if inMultiline {
                if fences % 2 == 1 { inMultiline = false }
                continue
            }
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("[") {
                let name = line.drop { $0 == "[" }.prefix { $0 != "]" }
                section = Self.unquote(String(name).trimmingCharacters(in: .whitespaces))
                note(nil, section!, k + 1)
                continue
            }
            guard let eq = line.firstIndex(of: "=") else { continue }
            let parts = line[..<eq].split(separator: ".").map { Self.unquote($0.trimmingCharacters(in: .whitespaces)) }
            if parts.count >= 2 {
                note(section.map { $0 + "." + parts.dropLast().joined(separator: ".") } ?? parts.dropLast().joined(separator: "."), parts.last!, k + 1)
                note(section, parts[0], k + 1)
            } else if let key = parts.first {
                note(section, key, k + 1)
            }
            if fences % 2 == 1 { inMultiline = true }
        }
    }

    private mutating func note(_ section: String?, _ key: String, _ line: Int) {
        let id = (section ?? "") + "\u{0}" + key
        if lines[id] == nil { lines[id] = line }
    }

    /// The key's line; for a key of a table written inline (`keys = { quit = "x" }`), the
    /// table's line.
    func line(of key: String, in section: String?) -> Int? {
        if let l = lines[(section ?? "") + "\u{0}" + key] { return l }
        guard let section else { return nil }
        return lines["\u{0}" + section]
    }

    /// Keys in the order the file gives them (TOMLKit sorts them).
    func ordered(_ keys: [String], in section: String?) -> [String] {
        keys.enumerated().sorted {
            (line(of: $0.element, in: section) ?? Int.max, $0.offset) < (line(of: $1.element, in: section) ?? Int.max, $1.offset)
        }.map(\.element)
    }

    static func unquote(_ s: String) -> String {
        if s.count >= 2, let f = s.first, f == s.last, f == "\"" || f == "'" { return String(s.dropFirst().dropLast()) }
        return s
    }

    static func count(_ needle: String, in s: String) -> Int {
        s.components(separatedBy: needle).count - 1
    }
}
