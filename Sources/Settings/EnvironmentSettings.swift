/// The environment's layer: `WEIBAO_THEME`, `WEIBAO_DATA`, `WEIBAO_REPORTS`, `WEIBAO_SNAPSHOT_DIR`,
/// `WEIBAO_SNAPSHOT_FORMAT`, `WEIBAO_MOUSE`, `WEIBAO_ASCII`, `WEIBAO_KEYS`; and `NO_COLOR`,
/// a layer of its own under the config file.
public enum EnvironmentSettings {
    public static let variables = ["WEIBAO_THEME", "WEIBAO_DATA", "WEIBAO_REPORTS", "WEIBAO_SNAPSHOT_DIR", "WEIBAO_SNAPSHOT_FORMAT",
                                   "WEIBAO_MOUSE", "WEIBAO_ASCII", "WEIBAO_KEYS"]

    public static func layer(_ env: [String: String]) -> (layer: Layer, problems: [SettingProblem]) {
        var layer = Layer()
        var problems: [SettingProblem] = []
        func value(_ name: String) -> String? { env[name].flatMap { $0.isEmpty ? nil : $0 } }
        func check<T>(_ name: String, _ result: Result<T, SettingFailure>) -> T? {
            switch result {
            case .success(let v): return v
            case .failure(let f):
                problems.append(SettingProblem(place: name, message: f.message))
                return nil
            }
        }
        if let v = value("WEIBAO_THEME") { layer.theme = check("WEIBAO_THEME", SettingValues.theme(v)) }
        if let v = value("WEIBAO_DATA") { layer.data = ConfigFile.expand(v, relativeTo: nil, home: env["HOME"]) }
        if let v = value("WEIBAO_REPORTS") { layer.reports = ConfigFile.expand(v, relativeTo: nil, home: env["HOME"]) }
        if let v = value("WEIBAO_SNAPSHOT_DIR") { layer.snapshotDir = ConfigFile.expand(v, relativeTo: nil, home: env["HOME"]) }
        if let v = value("WEIBAO_SNAPSHOT_FORMAT") { layer.snapshotFormat = check("WEIBAO_SNAPSHOT_FORMAT", SettingValues.snapshotFormat(v)) }
        if let v = value("WEIBAO_MOUSE") { layer.mouse = check("WEIBAO_MOUSE", SettingValues.bool(v)) }
        if let v = value("WEIBAO_ASCII") { layer.ascii = check("WEIBAO_ASCII", SettingValues.bool(v)) }
        if let v = value("WEIBAO_KEYS") {
            // Space-separated `action=keys` items: "quit=x<C-q> matrix=M".
            let items = v.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).map(String.init)
            layer.keys = items.compactMap { check("WEIBAO_KEYS", remap($0)) }
        }
        return (layer, problems)
    }

    /// no-color.org: present and not empty means no colour.
    public static func noColor(_ env: [String: String]) -> Layer {
        (env["NO_COLOR"] ?? "").isEmpty ? Layer() : Layer(theme: "monochrome")
    }

    /// `action=keys`, as `--key` and `WEIBAO_KEYS` write it.
    public static func remap(_ item: String) -> Result<KeyRemap, SettingFailure> {
        guard let eq = item.firstIndex(of: "="), eq != item.startIndex else {
            return .failure(.init("\"\(item)\" is not action=keys, expected such as quit=x or matrix=<F2>"))
        }
        return SettingValues.remap(action: String(item[..<eq]), keys: [String(item[item.index(after: eq)...])])
    }
}
