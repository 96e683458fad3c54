import Dashboard

/// What the user chose, from every layer: built-in defaults, the config file, the
/// environment and the command line, later layers winning (docs/config.md).
public struct Settings: Sendable, Equatable {
    public var theme = "dark"
    /// A dataset file or folder; nil for the built-in dataset.
    public var data: String?
    /// The folder of report texts that sources name by `report`; nil for none.
    public var reports: String?
    public var snapshotDir = "."
    public var snapshotFormat = SnapshotFormat.text
    public var mouse = true
    public var ascii = false
    /// Remaps in the order given: each action gets exactly these keys.
    public var keys: [KeyRemap] = []
    /// Where each setting's value came from, by its config name.
    public var origins: [String: Origin] = [:]

    public init() {}

    public enum Origin: String, Sendable, Equatable {
        case `default`, noColor = "NO_COLOR", config, environment, flag
    }

    /// The layers in rising precedence: NO_COLOR is a default every program shares, so a
    /// config file may override it (as no-color.org asks).
    public static func resolve(noColor: Layer = Layer(), config: Layer, environment: Layer, flags: Layer) -> Settings {
        var s = Settings()
        for (layer, origin) in [(noColor, Origin.noColor), (config, .config), (environment, .environment), (flags, .flag)] {
            if let v = layer.theme { s.theme = v; s.origins["theme"] = origin }
            if let v = layer.data { s.data = v; s.origins["data"] = origin }
            if let v = layer.reports { s.reports = v; s.origins["reports"] = origin }
            if let v = layer.snapshotDir { s.snapshotDir = v; s.origins["snapshot_dir"] = origin }
            if let v = layer.snapshotFormat { s.snapshotFormat = v; s.origins["snapshot_format"] = origin }
            if let v = layer.mouse { s.mouse = v; s.origins["mouse"] = origin }
            if let v = layer.ascii { s.ascii = v; s.origins["ascii"] = origin }
            for remap in layer.keys {
                s.keys.removeAll { $0.action == remap.action }
                s.keys.append(remap)
                s.origins["keys.\(remap.name)"] = origin
            }
        }
        return s
    }

    public func origin(_ name: String) -> Origin { origins[name] ?? .default }

    /// The theme to draw with: by name (validated when read, so never unknown here).
    public var resolvedTheme: Theme { Theme.named(theme) ?? .dark }

    public var keyMap: KeyMap { KeyMap.standard.remapped(keys.map { ($0.action, $0.keys) }) }

    /// Every setting's config name, for messages and `weibao info`.
    public static let names = ["theme", "data", "reports", "snapshot_dir", "snapshot_format", "mouse", "ascii", "keys"]
}

/// One layer's choices: nil (or no remap) where it says nothing.
public struct Layer: Sendable, Equatable {
    public var theme: String?
    public var data: String?
    public var reports: String?
    public var snapshotDir: String?
    public var snapshotFormat: SnapshotFormat?
    public var mouse: Bool?
    public var ascii: Bool?
    public var keys: [KeyRemap] = []

    public init(theme: String? = nil, data: String? = nil, reports: String? = nil, snapshotDir: String? = nil,
                snapshotFormat: SnapshotFormat? = nil, mouse: Bool? = nil, ascii: Bool? = nil, keys: [KeyRemap] = []) {
        self.theme = theme
        self.data = data
        self.reports = reports
        self.snapshotDir = snapshotDir
        self.snapshotFormat = snapshotFormat
        self.mouse = mouse
        self.ascii = ascii
        self.keys = keys
    }
}

public struct KeyRemap: Sendable, Equatable {
    /// The action's config name: `quit`, `page_down`.
    public var name: String
    public var action: Action
    public var keys: [Key]

    public init(name: String, action: Action, keys: [Key]) {
        self.name = name
        self.action = action
        self.keys = keys
    }
}

/// A setting that could not be used, and why; the rest of its layer still counts.
public struct SettingProblem: Sendable, Equatable, CustomStringConvertible {
    /// `config.toml:3`, `WEIBAO_THEME` or `--key`.
    public var place: String
    public var message: String

    public init(place: String, message: String) {
        self.place = place
        self.message = message
    }

    public var description: String { "\(place): \(message)" }
}
