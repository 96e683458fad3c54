import Foundation
import Protection
import TOMLKit

/// The config file (TOML): read with TOMLKit, checked setting by setting. A bad setting is
/// reported with file:line and left at its default; the others still apply.
public enum ConfigFile {
    /// Top-level keys, and the one table.
    public static let keys = ["theme", "data", "reports", "snapshot_dir", "snapshot_format", "mouse", "ascii"]
    public static let tables = ["keys"]

    /// A file's layer and problems; a missing file is no problem (nothing is configured).
    public static func read(path: String, home: String?) -> (layer: Layer, problems: [SettingProblem]) {
        guard FileManager.default.fileExists(atPath: path) else { return (Layer(), []) }
        guard let data = FileManager.default.contents(atPath: path) else {
            return (Layer(), [SettingProblem(place: path, message: "cannot read the file; using the defaults")])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return (Layer(), [SettingProblem(place: path, message: "not UTF-8 text, expected a UTF-8 TOML file; using the defaults")])
        }
        return parse(text, name: path, directory: (path as NSString).deletingLastPathComponent, home: home)
    }

    /// `name` is how messages name the file; relative paths in it are taken from `directory`.
    public static func parse(_ text: String, name: String, directory: String, home: String?) -> (layer: Layer, problems: [SettingProblem]) {
        var problems: [SettingProblem] = []
        var lines = text.components(separatedBy: "\n")
        var table: TOMLTable?
        // A syntax error loses only its own line: it is blanked (keeping line numbers) and
        // the rest parsed again, so one typo does not cost every other setting.
        for _ in 0..<20 {
            do {
                table = try TOMLTable(string: lines.joined(separator: "\n"))
                break
            } catch let error as TOMLParseError {
                let line = error.source.begin.line
                problems.append(SettingProblem(place: "\(name):\(line):\(error.source.begin.column)",
                                               message: "TOML syntax: \(error.description); this line is ignored"))
                guard line >= 1, line <= lines.count, !lines[line - 1].isEmpty else { break }
                lines[line - 1] = ""
            } catch {
                problems.append(SettingProblem(place: name, message: "\(error); using the defaults"))
                break
            }
        }
        guard let table else { return (Layer(), problems) }

        let locator = KeyLocator(lines.joined(separator: "\n"))
        func place(_ key: String, in section: String? = nil) -> String {
            locator.line(of: key, in: section).map { "\(name):\($0)" } ?? name
        }
        func report(_ key: String, _ message: String, in section: String? = nil) {
            problems.append(SettingProblem(place: place(key, in: section), message: message))
        }
        func string(_ key: String, _ value: TOMLValueConvertible, expected: String) -> String? {
            if let s = value.string { return s }
            report(key, "\(key) = \(describe(value)) is not a string, expected \(expected)")
            return nil
        }

        var layer = Layer()
        let themes = SettingValues.themeNames.joined(separator: ", ")
        for key in locator.ordered(table.keys, in: nil) {
            guard let value = table[key] else { continue }
            switch key {
            case "theme":
                guard let s = string(key, value, expected: "one of: \(themes)") else { continue }
                switch SettingValues.theme(s) {
                case .success(let t): layer.theme = t
                case .failure(let f): report(key, "theme: \(f.message)")
                }
            case "snapshot_format":
                let formats = SettingValues.formatNames.joined(separator: ", ")
                guard let s = string(key, value, expected: "one of: \(formats)") else { continue }
                switch SettingValues.snapshotFormat(s) {
                case .success(let f): layer.snapshotFormat = f
                case .failure(let f): report(key, "snapshot_format: \(f.message)")
                }
            case "data", "reports", "snapshot_dir":
                guard let s = string(key, value, expected: "a file or folder path") else { continue }
                switch SettingValues.path(s) {
                case .success(let p):
                    let full = expand(p, relativeTo: directory, home: home)
                    switch key {
                    case "data": layer.data = full
                    case "reports": layer.reports = full
                    default: layer.snapshotDir = full
                    }
                case .failure(let f): report(key, "\(key): \(f.message)")
                }
            case "mouse", "ascii":
                guard let b = value.bool else {
                    report(key, "\(key) = \(describe(value)) is not true or false, expected \(key) = true or \(key) = false")
                    continue
                }
                if key == "mouse" { layer.mouse = b } else { layer.ascii = b }
            case "keys":
                guard let keys = value.table else {
                    report(key, "keys = \(describe(value)) is not a table, expected a [keys] table of action = \"key\" lines")
                    continue
                }
                layer.keys = remaps(keys, locator: locator, place: { place($0, in: "keys") }, problems: &problems)
            default:
                var message = "unknown setting \"\(Excerpt.short(key))\""
                if let guess = SettingValues.nearest(key, in: Self.keys + Self.tables) { message += " (did you mean \(guess)?)" }
                report(key, message + ", expected one of: " + (Self.keys + Self.tables.map { "[\($0)]" }).joined(separator: ", "))
            }
        }
        return (layer, problems)
    }

    /// `[keys]`: `quit = "x"`, `matrix = ["m", "<F2>"]`.
    static func remaps(_ table: TOMLTable, locator: KeyLocator, place: (String) -> String,
                       problems: inout [SettingProblem]) -> [KeyRemap] {
        var result: [KeyRemap] = []
        for action in locator.ordered(table.keys, in: "keys") {
            guard let value = table[action] else { continue }
            let shown = Excerpt.short(action)
            var texts: [String] = []
            if let s = value.string {
                texts = [s]
            } else if let a = value.array, a.allSatisfy({ $0.string != nil }) {
                texts = a.compactMap(\.string)
            } else {
                problems.append(SettingProblem(place: place(action), message:
                    "keys.\(shown) = \(describe(value)) is not a key or a list of keys, expected such as \(shown) = \"x\" or \(shown) = [\"x\", \"<C-q>\"]"))
                continue
            }
            switch SettingValues.remap(action: action, keys: texts) {
            case .success(let r): result.append(r)
            case .failure(let f): problems.append(SettingProblem(place: place(action), message: "keys.\(shown): \(f.message)"))
            }
        }
        return result
    }

    /// `~` is the home folder; a relative path is relative to the config file's folder.
    public static func expand(_ path: String, relativeTo directory: String?, home: String?) -> String {
        if path == "~" { return home ?? path }
        if path.hasPrefix("~/"), let home { return (home as NSString).appendingPathComponent(String(path.dropFirst(2))) }
        if path.hasPrefix("/") { return path }
        guard let directory, !directory.isEmpty else { return path }
        return (directory as NSString).appendingPathComponent(path)
    }

    /// A value as TOML would write it, for messages.
    static func describe(_ value: TOMLValueConvertible) -> String {
        if let s = value.string { return "\"\(Excerpt.short(s))\"" }
        if let b = value.bool { return String(b) }
        if let i = value.int { return String(i) }
        if let d = value.double { return String(d) }
        if value.array != nil { return "[…]" }
        if value.table != nil { return "{…}" }
        return "\(value.tomlValue.type)"
    }
}
