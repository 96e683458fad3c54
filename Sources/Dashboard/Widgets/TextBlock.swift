/// Wrapped text that scrolls: lines of styled spans (wrapped by `TextLayout`'s Chinese
/// line-breaking rules), drawn from a scroll position, with a mark saying where the window is
/// or how much is left below.
public struct TextBlock {
    public enum Mark: Sendable, Equatable {
        case none
        /// "21-40/96" at the top right, when the text does not fit.
        case position
        /// " … 还有 3 行 " at the bottom right, when the text does not fit (no scrolling).
        case more(ellipsis: String)
    }

    public var lines: [StyledLine]

    public init(_ lines: [StyledLine]) {
        self.lines = lines
    }

    /// `spans` wrapped to `width` columns; `indent` columns start every continuation line.
    public init(wrapping spans: [Span], width: Int, indent: Int = 0) {
        lines = TextLayout.wrap(spans, width: width, indent: indent)
    }

    /// Where a scrolling key takes a scroll position (`page` rows a page), or nil for a key
    /// that does not scroll. Past-the-end positions are the caller's `fit` to clamp.
    public static func scrolled(_ scroll: Int, by action: Action, page: Int) -> Int? {
        switch action {
        case .up: scroll - 1
        case .down: scroll + 1
        case .pageUp: scroll - page
        case .pageDown: scroll + page
        case .top: 0
        case .bottom: Int.max / 2
        default: nil
        }
    }

    /// The largest scroll position that still fills `height` rows.
    public func maxScroll(height: Int) -> Int { max(0, lines.count - height) }

    /// Draws the lines from `scroll` into `area`, `margin` columns in from each side.
    public func draw(into screen: inout Screen, _ area: Rect, scroll: Int = 0, margin: Int = 0, mark: Mark = .none) {
        guard !area.isEmpty else { return }
        screen.fill(area)
        let start = max(0, scroll)
        let width = area.width - 2 * margin
        if width > 0 {
            for r in 0..<area.height {
                let i = start + r
                guard i < lines.count else { break }
                TextLayout.draw(lines[i], into: &screen, x: area.x + margin, y: area.y + r, width: width)
            }
        }
        guard lines.count > area.height else { return }
        switch mark {
        case .none:
            break
        case .position:
            let text = "\(start + 1)-\(min(lines.count, start + area.height))/\(lines.count)"
            putRight(text, into: &screen, area, y: area.y)
        case .more(let ellipsis):
            putRight(" \(ellipsis) 还有 \(lines.count - area.height) 行 ", into: &screen, area, y: area.maxY - 1)
        }
    }

    private func putRight(_ text: String, into screen: inout Screen, _ area: Rect, y: Int) {
        let x = max(area.x, area.maxX - DisplayWidth.of(text))
        screen.put(text, x: x, y: y, maxWidth: area.maxX - x, style: Style(.dim))
    }
}
