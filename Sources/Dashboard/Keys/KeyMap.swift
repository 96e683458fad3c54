/// The one key table in force: the global bindings and every registered page's, with a
/// user's remaps applied. Update, the footer, the status line's format prompt and the help
/// overlay all read this one value, so remapped keys are what they show.
public struct KeyMap: Sendable, Hashable {
    public private(set) var bindings: [Binding]

    public static let standard = KeyMap(pages: Pages.all)

    public init(bindings: [Binding]) {
        self.bindings = bindings
    }

    /// The global bindings and each page's own, scoped to it; a binding several pages list
    /// is kept once, with all their ids.
    public init(pages: [any Page.Type]) {
        var merged = KeyTable.global
        for page in pages {
            for b in page.bindings {
                if let i = merged.firstIndex(where: { $0.same(as: b) }) {
                    merged[i].pages = merged[i].pages?.union([page.id])  // nil: already everywhere
                } else {
                    var own = b
                    own.pages = [page.id]
                    merged.append(own)
                }
            }
        }
        // Stable: equal ranks keep the order they were added in.
        bindings = merged.enumerated().sorted { ($0.element.rank, $0.offset) < ($1.element.rank, $1.offset) }.map(\.element)
    }

    /// Each named action gets exactly these keys (in every mode and on every page where it
    /// applies). A key taken from another action that could see the same key is removed
    /// there, so swapping `j` and `k` works.
    public func remapped(_ remaps: [(Action, [Key])]) -> KeyMap {
        var b = bindings
        for (action, keys) in remaps {
            let targets = b.filter { $0.action == action }
            for i in b.indices where b[i].action != action && targets.contains(where: { $0.overlaps(b[i]) }) {
                b[i].keys.removeAll { keys.contains($0) }
            }
            for i in b.indices where b[i].action == action {
                // Printable keys are typed on the filter line, so they cannot fire there.
                let usable = b[i].modes == [.filterEditing] ? keys.filter { !$0.isPrintable } : keys
                guard usable != b[i].keys else { continue }
                b[i].keys = usable
                b[i].label = usable.map(Self.name).joined(separator: " ")
            }
        }
        return KeyMap(bindings: b)
    }

    /// The action bound to `key` on `page` in `mode`, if any.
    public func action(for key: Key, on page: PageID, in mode: Mode = .normal) -> Action? {
        for b in bindings where b.applies(to: page, in: mode) && b.keys.contains(key) { return b.action }
        return nil
    }

    /// Bindings shown in the footer of `page` in `mode`, by rank; one whose keys were all
    /// taken by others is left out.
    public func footer(for page: PageID, in mode: Mode = .normal) -> [Binding] {
        bindings.filter { $0.inFooter && $0.applies(to: page, in: mode) && !$0.keys.isEmpty }
    }

    /// Bindings that work on `page` in `mode`, for the help overlay and the format prompt.
    public func help(for page: PageID, in mode: Mode = .normal) -> [Binding] {
        bindings.filter { $0.applies(to: page, in: mode) && !$0.keys.isEmpty }
    }

    /// Actions by the names config files and `--key` use, in the order help lists them.
    public static let actionNames: [(String, Action)] = {
        var seen = Set<Action>()
        return standard.bindings.compactMap { seen.insert($0.action).inserted ? ($0.action.name, $0.action) : nil }
    }()

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

extension Binding {
    /// The same binding apart from its scope: one a second page lists again.
    func same(as other: Binding) -> Bool {
        keys == other.keys && label == other.label && help == other.help && action == other.action
            && modes == other.modes && inFooter == other.inFooter && rank == other.rank
    }
}
