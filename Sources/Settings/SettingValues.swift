import Dashboard
import Protection

/// Checks a setting's value, whichever layer gave it; a failure is the message's tail:
/// what is wrong and the valid values.
enum SettingValues {
    static var themeNames: [String] { Theme.all.map(\.name) }
    static var formatNames: [String] { SnapshotFormat.allCases.map(\.rawValue) }
    static var actionNames: [String] { KeyMap.actionNames.map(\.0) }

    static func theme(_ text: String) -> Result<String, Failure> {
        if let t = Theme.named(text) { return .success(t.name) }
        return .failure(Failure("\"\(Excerpt.short(text))\" is not a theme, expected one of: " + themeNames.joined(separator: ", ")))
    }

    static func snapshotFormat(_ text: String) -> Result<SnapshotFormat, Failure> {
        if let f = SnapshotFormat(rawValue: text.lowercased()) { return .success(f) }
        return .failure(Failure("\"\(Excerpt.short(text))\" is not a snapshot format, expected one of: " + formatNames.joined(separator: ", ")))
    }

    /// Environment spellings of a switch.
    static func bool(_ text: String) -> Result<Bool, Failure> {
        switch text.lowercased() {
        case "1", "true", "yes", "on": return .success(true)
        case "0", "false", "no", "off": return .success(false)
        default: return .failure(Failure("\"\(Excerpt.short(text))\" is not a switch, expected one of: 1, 0, true, false, yes, no, on, off"))
        }
    }

    static func path(_ text: String) -> Result<String, Failure> {
        text.isEmpty ? .failure(Failure("an empty path, expected a file or folder")) : .success(text)
    }

    /// `quit` and `x<C-q>` (or several strings) into a remap.
    static func remap(action name: String, keys texts: [String]) -> Result<KeyRemap, Failure> {
        guard let action = KeyMap.action(named: name) else {
            var message = "unknown action \"\(Excerpt.short(name))\""
            if let guess = nearest(name, in: actionNames) { message += " (did you mean \(guess)?)" }
            return .failure(Failure(message + ", expected one of: " + actionNames.joined(separator: ", ")))
        }
        var keys: [Key] = []
        for text in texts {
            do {
                keys += try KeyMap.keys(text)
            } catch {
                // The parser's message lists every key name.
                return .failure(Failure("\"\(Excerpt.short(text))\" for \(name): \(error.message)"))
            }
        }
        guard !keys.isEmpty else {
            return .failure(Failure("no keys for \(name), expected at least one, such as \"x\" or \"<C-q>\""))
        }
        return .success(KeyRemap(name: name, action: action, keys: keys))
    }

    /// The closest name by edit distance, when it is close enough to be a typo.
    static func nearest(_ word: String, in names: [String]) -> String? {
        let scored = names.map { ($0, distance(word.lowercased(), $0)) }.min { $0.1 < $1.1 }
        guard let best = scored, best.1 <= max(1, best.0.count / 3) else { return nil }
        return best.0
    }

    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var row = Array(0...b.count)
        for i in 1...max(1, a.count) where !a.isEmpty {
            var previous = row[0]
            row[0] = i
            for j in 1...max(1, b.count) where !b.isEmpty {
                let old = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
                previous = old
            }
        }
        return a.isEmpty ? b.count : row[b.count]
    }

    typealias Failure = SettingFailure
}

/// Why a value cannot be used, and the valid ones.
public struct SettingFailure: Error, Equatable {
    public var message: String
    init(_ message: String) { self.message = message }
}
