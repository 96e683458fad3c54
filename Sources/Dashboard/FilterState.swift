import Protection

/// The live filter: the line being typed, and the last query that parsed with its matches.
/// A query that does not parse leaves the last valid result on screen and shows the error.
public struct FilterState: Sendable, Equatable {
    /// What the filter line holds.
    public var text = ""
    /// Caret position in Characters of `text`.
    public var caret = 0
    /// The filter line has the keyboard.
    public var editing = false
    /// Why `text` does not parse, if it does not.
    public var error: QueryError?
    /// The last valid non-empty query; nil when nothing is filtered.
    public var query: Query?
    /// Its matches.
    public var result: FilterResult?

    public init() {}

    public var isActive: Bool { query != nil }

    public static func == (a: FilterState, b: FilterState) -> Bool {
        // The result follows from the query; comparing the query is enough.
        a.text == b.text && a.caret == b.caret && a.editing == b.editing && a.error == b.error && a.query == b.query
    }

    /// Does figure `index` pass the filter?
    func contains(_ index: Int) -> Bool {
        guard let result else { return true }
        // The result is ascending: binary search.
        var lo = 0, hi = result.count
        while lo < hi {
            let mid = (lo + hi) >> 1
            let v = result[mid]
            if v == index { return true }
            if v < index { lo = mid + 1 } else { hi = mid }
        }
        return false
    }
}

/// What the keys do while the filter line has the keyboard. Printable characters are typed;
/// arrows up and down and the page keys still move the selection, so results can be browsed
/// while typing.
public enum FilterAction: Sendable, Hashable {
    case keep, clear, clearLine, deleteWord, deleteBack, deleteForward
    case caretLeft, caretRight, caretStart, caretEnd
}

public struct FilterBinding: Sendable {
    public var keys: [Key]
    public var label: String
    public var help: String
    public var action: FilterAction
    public var inFooter: Bool
}

extension KeyTable {
    public static let filterBindings: [FilterBinding] = [
        FilterBinding(keys: [.enter], label: "Enter", help: "保留筛选", action: .keep, inFooter: true),
        FilterBinding(keys: [.escape], label: "Esc", help: "清除筛选", action: .clear, inFooter: true),
        FilterBinding(keys: [.ctrl("u")], label: "C-u", help: "清空", action: .clearLine, inFooter: true),
        FilterBinding(keys: [.ctrl("w")], label: "C-w", help: "删除一词", action: .deleteWord, inFooter: true),
        FilterBinding(keys: [.backspace], label: "BS", help: "删除前一字", action: .deleteBack, inFooter: false),
        FilterBinding(keys: [.delete, .ctrl("d")], label: "Del", help: "删除后一字", action: .deleteForward, inFooter: false),
        FilterBinding(keys: [.left, .ctrl("b")], label: "Left", help: "光标左移", action: .caretLeft, inFooter: false),
        FilterBinding(keys: [.right, .ctrl("f")], label: "Right", help: "光标右移", action: .caretRight, inFooter: false),
        FilterBinding(keys: [.home, .ctrl("a")], label: "C-a", help: "到行首", action: .caretStart, inFooter: false),
        FilterBinding(keys: [.end, .ctrl("e")], label: "C-e", help: "到行尾", action: .caretEnd, inFooter: false),
    ]

    static func filterAction(for key: Key) -> FilterAction? {
        filterBindings.first { $0.keys.contains(key) }?.action
    }
}
