/// A readable script of keys for `weibao snapshot --keys`: literal characters, and named
/// keys in angle brackets: `jj<Enter><Down><Enter>`, `/学校<Enter>`, `<C-l>`, `<lt>` for "<".
public enum KeyScript {
    public struct ParseError: Error, Sendable, Equatable, CustomStringConvertible {
        public var offset: Int
        public var message: String
        public var description: String { "--keys: at character \(offset + 1): \(message)" }
    }

    static let named: [(String, Key)] = [
        ("Enter", .enter), ("Return", .enter), ("CR", .enter),
        ("Esc", .escape), ("Escape", .escape),
        ("Tab", .tab), ("S-Tab", .backTab), ("BTab", .backTab),
        ("Up", .up), ("Down", .down), ("Left", .left), ("Right", .right),
        ("PgUp", .pageUp), ("PageUp", .pageUp), ("PgDn", .pageDown), ("PageDown", .pageDown),
        ("Home", .home), ("End", .end),
        ("BS", .backspace), ("Backspace", .backspace), ("Del", .delete), ("Delete", .delete),
        ("Space", .char(" ")), ("lt", .char("<")), ("gt", .char(">")),
    ]

    /// Every accepted name, for error messages and docs.
    public static var validNames: [String] {
        named.map(\.0) + ["C-a … C-z", "F1 … F12"]
    }

    public static func parse(_ script: String) throws(ParseError) -> [Key] {
        var keys: [Key] = []
        let chars = Array(script)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            guard c == "<" else {
                keys.append(key(for: c))
                i += 1
                continue
            }
            guard let close = chars[(i + 1)...].firstIndex(of: ">") else {
                throw ParseError(offset: i, message: "\"<\" opens a key name that is never closed with \">\" (write <lt> for a literal \"<\")")
            }
            let name = String(chars[(i + 1)..<close])
            guard let k = namedKey(name) else {
                throw ParseError(offset: i, message: "unknown key <\(name)>; valid names: " + validNames.map { "<\($0)>" }.joined(separator: " "))
            }
            keys.append(k)
            i = close + 1
        }
        return keys
    }

    static func key(for c: Character) -> Key {
        switch c {
        case "\n", "\r": .enter
        case "\t": .tab
        default: .char(c)
        }
    }

    static func namedKey(_ name: String) -> Key? {
        if let hit = named.first(where: { $0.0.lowercased() == name.lowercased() }) { return hit.1 }
        let lower = name.lowercased()
        if lower.hasPrefix("c-"), lower.count == 3, let letter = lower.last, letter.isASCII, letter.isLetter {
            return .ctrl(letter)
        }
        if lower.hasPrefix("f"), let n = Int(lower.dropFirst()), (1...12).contains(n) { return .function(n) }
        return nil
    }
}
