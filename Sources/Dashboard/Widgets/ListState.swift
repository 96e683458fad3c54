/// A selection in a scrolling list, as a value the page keeps: the selected row and the first
/// row shown. `keepVisible` clamps both, so the selection is always inside the window.
public struct ListState: Sendable, Hashable {
    public var selected = 0
    public var offset = 0

    public init(selected: Int = 0, offset: Int = 0) {
        self.selected = selected
        self.offset = offset
    }

    /// Clamps the selection to `count` rows and scrolls so it is inside `viewport` rows.
    public mutating func keepVisible(count: Int, viewport: Int) {
        guard count > 0 else { selected = 0; offset = 0; return }
        selected = min(max(0, selected), count - 1)
        let v = max(1, viewport)
        if selected < offset { offset = selected }
        if selected >= offset + v { offset = selected - v + 1 }
        offset = min(max(0, offset), max(0, count - v))
    }

    /// Moves the selection for a movement action; `page` rows for PgUp/PgDn. Leaves clamping
    /// to `keepVisible`, which runs after every message.
    public mutating func step(_ action: Action, page: Int, count: Int) {
        switch action {
        case .up: selected -= 1
        case .down: selected += 1
        case .pageUp: selected -= max(1, page)
        case .pageDown: selected += max(1, page)
        case .top: selected = 0
        case .bottom: selected = count - 1
        default: break
        }
    }

    /// A left click at `x`, `y` on the list drawn in `area` with `count` rows: selects the row
    /// under it. True when that row was selected already: a second click opens it.
    public mutating func click(x: Int, y: Int, in area: Rect, count: Int) -> Bool {
        guard area.contains(x: x, y: y) else { return false }
        let row = offset + (y - area.y)
        guard row < count else { return false }
        if row == selected { return true }
        selected = row
        return false
    }
}
