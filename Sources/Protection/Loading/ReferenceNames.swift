/// Resolving province and system names, with messages that say what is accepted.
public enum ReferenceNames {
    /// Index into `Province.all`, or a message listing what is accepted.
    public static func province(_ name: String) -> Result<Int, ProblemMessage> {
        if let index = Province.index(named: name) { return .success(index) }
        var message = "unknown province \"\(name)\""
        if let guess = provinceGuess(name) { message += " (did you mean \(guess.shortName)?)" }
        message += ", expected a full or short name, abbreviation, romanization, English name or GB/T 2260 code, such as 内蒙古自治区, 内蒙古, 蒙, Nei Mongol, Inner Mongolia or 150000"
        return .failure(ProblemMessage(message))
    }

    /// The same message with every division named, for the command line, where a user is
    /// choosing rather than fixing a file.
    public static var allProvinceNames: String {
        Province.all.map { "\($0.shortName) \($0.romanization)" }.joined(separator: ", ")
    }

    public static func system(_ name: String) -> Result<ProtectionSystem, ProblemMessage> {
        if let system = ProtectionSystem(named: name) { return .success(system) }
        return .failure(ProblemMessage("unknown system \"\(name)\", expected \(acceptedSystems)"))
    }

    /// "家庭, 学校, 社会, 网络, 政府, 司法 or 综合 (or 家庭保护 …, or family, school …)".
    public static var acceptedSystems: String {
        let short = ProtectionSystem.allCases.map(\.shortName)
        let english = ProtectionSystem.allCases.map(\.english)
        return short.dropLast().joined(separator: ", ") + " or " + short.last!
            + " (or the full names 家庭保护 … 司法保护, or " + english.joined(separator: ", ") + ")"
    }

    /// A division whose name starts like the given one, or is a near miss of a Latin name.
    static func provinceGuess(_ name: String) -> Province? {
        let key = name.trimmingSpaces.lowercased()
        guard !key.isEmpty else { return nil }
        for p in Province.all {
            for n in p.names where n.lowercased().hasPrefix(key) || key.hasPrefix(n.lowercased()) && n.count >= 2 {
                return p
            }
        }
        for p in Province.all {
            for n in [p.romanization, p.englishName] where editDistance(n.lowercased(), key) <= 2 {
                return p
            }
        }
        return nil
    }

    /// Levenshtein distance, for "did you mean" hints only.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        guard !x.isEmpty else { return y.count }
        guard !y.isEmpty else { return x.count }
        var previous = Array(0...y.count)
        for i in 1...x.count {
            var current = [i] + Array(repeating: 0, count: y.count)
            for j in 1...y.count {
                current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[y.count]
    }
}

/// Why a field or name is wrong, worded for the user: "what is wrong, what was expected".
public struct ProblemMessage: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

extension String {
    /// Trimmed of ASCII and ideographic spaces, without Foundation.
    var trimmingSpaces: Substring {
        var s = Substring(self)
        while let c = s.first, c == " " || c == "\t" || c == "\u{3000}" { s = s.dropFirst() }
        while let c = s.last, c == " " || c == "\t" || c == "\u{3000}" { s = s.dropLast() }
        return s
    }
}
