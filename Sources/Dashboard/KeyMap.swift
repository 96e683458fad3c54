/// The key table in force: `KeyTable.bindings` with a user's remaps applied. Update, the
/// footer and the help overlay all read this one value, so remapped keys are what they show.
public struct KeyMap: Sendable, Hashable {
    public private(set) var bindings: [Binding]

    public static let standard = KeyMap(bindings: KeyTable.bindings)

    public init(bindings: [Binding]) {
        self.bindings = bindings
    }

    /// Each named action gets exactly these keys (on every page where it applies). A key
    /// taken from another action is removed there, so swapping `j` and `k` works.
    public func remapped(_ remaps: [(Action, [Key])]) -> KeyMap {
        var b = bindings
        for (action, keys) in remaps {
            for i in b.indices where b[i].action != action {
                b[i].keys.removeAll { keys.contains($0) }
            }
            for i in b.indices where b[i].action == action {
                b[i].keys = keys
                b[i].label = keys.map(Self.name).joined(separator: " ")
            }
        }
        return KeyMap(bindings: b)
    }

    /// The action bound to `key` on `page`, if any.
    public func action(for key: Key, on page: Page) -> Action? {
        for b in bindings where b.applies(to: page) && b.keys.contains(key) { return b.action }
        return nil
    }

    /// Bindings shown in the footer of `page`, in table order; one whose keys were all taken
    /// by others is left out.
    public func footer(for page: Page) -> [Binding] {
        bindings.filter { $0.inFooter && $0.applies(to: page) && !$0.keys.isEmpty }
    }

    /// Bindings that work on `page`, for the help overlay.
    public func help(for page: Page) -> [Binding] {
        bindings.filter { $0.applies(to: page) && !$0.keys.isEmpty }
    }

    /// Actions by the names config files and `--key` use: `page_down`, `snapshot_ask` …
    public static let actionNames: [(String, Action)] = [
        ("up", .up), ("down", .down), ("left", .left), ("right", .right),
        ("page_up", .pageUp), ("page_down", .pageDown), ("top", .top), ("bottom", .bottom),
        ("open", .open), ("back", .back), ("next_pane", .nextPane), ("previous_pane", .previousPane),
        ("matrix", .matrix), ("help", .help), ("quit", .quit), ("redraw", .redraw), ("sort", .sort),
        ("suspend", .suspend), ("snapshot", .snapshot), ("snapshot_ask", .snapshotAsk), ("filter", .filter),
    ]

    public static func action(named name: String) -> Action? {
        actionNames.first { $0.0 == name }?.1
    }

    /// Keys written as in `--keys` scripts: `x`, `<C-q>`, `<F2>`, `<Space>`; every key the
    /// text names, in order.
    public static func keys(_ text: String) throws(KeyScript.ParseError) -> [Key] {
        try KeyScript.parse(text)
    }

    /// Every key name a config file may use, for messages.
    public static var keyNames: [String] { KeyScript.validNames.map { "<\($0)>" } }

    /// How help and the footer write a key: `x`, `C-q`, `PgDn`, `F2`.
    public static func name(_ key: Key) -> String {
        switch key {
        case .char(" "): "Space"
        case .char(let c): String(c)
        case .ctrl(let c): "C-\(c)"
        case .up: "Up"
        case .down: "Down"
        case .left: "Left"
        case .right: "Right"
        case .enter: "Enter"
        case .escape: "Esc"
        case .backspace: "BS"
        case .tab: "Tab"
        case .backTab: "S-Tab"
        case .delete: "Del"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .home: "Home"
        case .end: "End"
        case .function(let n): "F\(n)"
        }
    }
}
