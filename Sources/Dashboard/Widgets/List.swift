/// A scrolling list over a `ListState`: the visible window of rows, a marker on the selected
/// one, or a message when there are none. Rows draw themselves through `row`; the list keeps
/// them inside its area and blanks the rest of it.
public struct List {
    public var count: Int
    /// Drawn in the first column of the selected row (a blank on the others); nil for a list
    /// that only scrolls, with no marker column.
    public var marker: String?
    /// Shown, dimmed, on the first row when there are no rows.
    public var emptyMessage: String?
    /// Paint each whole row in its style before drawing it (a table's selection bar).
    public var fillRows: Bool

    public init(count: Int, marker: String?, emptyMessage: String? = nil, fillRows: Bool = false) {
        self.count = count
        self.marker = marker
        self.emptyMessage = emptyMessage
        self.fillRows = fillRows
    }

    /// Draws the rows of `state`'s window into `area`. `style(index, selected)` gives a row's
    /// style (for the marker and the fill); `row(screen, index, rect, selected)` draws the row
    /// in `rect`, which is the row after the marker column. The state is clamped here too, so
    /// an unfitted state still shows its selection.
    public func draw(into screen: inout Screen, _ area: Rect, state: ListState,
                     style: (Int, Bool) -> Style = { _, _ in .normal },
                     row: (inout Screen, Int, Rect, Bool) -> Void) {
        guard !area.isEmpty else { return }
        if count == 0 {
            screen.fill(area)
            if let emptyMessage {
                screen.putPadded(emptyMessage, x: area.x, y: area.y, columns: area.width, style: Style(.dim))
            }
            return
        }
        var state = state
        state.keepVisible(count: count, viewport: area.height)
        let markerWidth = marker.map { min(DisplayWidth.of($0), area.width) } ?? 0
        for r in 0..<area.height {
            let i = state.offset + r
            let y = area.y + r
            let line = Rect(x: area.x, y: y, width: area.width, height: 1)
            guard i < count else {
                // Rows past the end in the rows' own plain style (an overlay's shading).
                screen.fill(Rect(x: area.x, y: y, width: area.width, height: area.maxY - y),
                            style: fillRows ? style(i, false) : .normal)
                break
            }
            let selected = i == state.selected
            if !fillRows { screen.fill(line) }
            if fillRows || marker != nil {
                let s = style(i, selected)
                if fillRows { screen.fill(line, style: s) }
                if let marker {
                    if selected { screen.focus = (area.x, y) }
                    screen.put(selected ? marker : String(repeating: " ", count: markerWidth), x: area.x, y: y,
                               maxWidth: markerWidth, style: s)
                }
            }
            row(&screen, i, Rect(x: area.x + markerWidth, y: y, width: area.width - markerWidth, height: 1), selected)
        }
    }
}
