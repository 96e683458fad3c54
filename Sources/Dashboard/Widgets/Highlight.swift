import Protection

/// Marks the text a filter matched inside a cell that is already drawn.
enum Highlight {
    /// Restyles the characters of `text` (drawn at x, padded or cut to `columns`) that the
    /// query matched in `field`. Works in display columns: a wide character is two cells.
    static func apply(_ query: Query?, field: QueryField, text: String, into screen: inout Screen,
                      x: Int, y: Int, columns: Int, selected: Bool) {
        guard let query else { return }
        let ranges = query.highlights(in: text, field: field)
        guard !ranges.isEmpty else { return }
        let style = Style(selected ? .selected : .match, underline: true)
        var col = x
        for (i, ch) in text.enumerated() {
            let w = DisplayWidth.of(Screen.safe(ch))
            if col + w > x + columns { break }
            if ranges.contains(where: { $0.contains(i) }) {
                screen.restyle(x: col, y: y, columns: w, style: style)
            }
            col += w
        }
    }
}
