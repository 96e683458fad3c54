import Protection

/// A table of rows under a heading line: columns with a width policy, numbers aligned right,
/// an optional sort mark on one heading, filter matches underlined, the selected row as a bar.
public struct Table<Row> {
    public enum Width: Sendable, Equatable {
        case fixed(Int)
        /// What the fixed columns leave, but at least this many.
        case fill(min: Int)
    }

    public struct Column {
        public var title: String
        public var width: Width
        public var alignRight: Bool
        /// Style of the column's cells on rows that are not selected (numbers stand out).
        public var role: Role?
        /// The record field the column shows, for underlining filter matches.
        public var field: QueryField?
        public var value: (Row) -> String

        public init(_ title: String, _ width: Width, alignRight: Bool = false, role: Role? = nil,
                    field: QueryField? = nil, value: @escaping (Row) -> String) {
            self.title = title
            self.width = width
            self.alignRight = alignRight
            self.role = role
            self.field = field
            self.value = value
        }
    }

    public var columns: [Column]
    public var count: Int
    public var row: (Int) -> Row
    public var marker: String
    public var emptyMessage: String?
    /// The column the rows are sorted by, marked in its heading.
    public var sortColumn: Int?
    public var sortMark: String
    /// Matches to underline.
    public var query: Query?

    public init(columns: [Column], count: Int, row: @escaping (Int) -> Row, marker: String, emptyMessage: String? = nil,
                sortColumn: Int? = nil, sortMark: String = "", query: Query? = nil) {
        self.columns = columns
        self.count = count
        self.row = row
        self.marker = marker
        self.emptyMessage = emptyMessage
        self.sortColumn = sortColumn
        self.sortMark = sortMark
        self.query = query
    }

    /// Column widths in `width` columns: the marker column, then each column and a one-column
    /// gap after it; fill columns share what the fixed ones leave.
    public func widths(_ width: Int) -> [Int] {
        let markerWidth = DisplayWidth.of(marker)
        var fixed = 0, fills = 0
        for c in columns {
            switch c.width {
            case .fixed(let w): fixed += w + 1
            case .fill: fills += 1
            }
        }
        let share = fills == 0 ? 0 : (width - markerWidth - fixed - fills) / fills
        return columns.map {
            switch $0.width {
            case .fixed(let w): w
            case .fill(let least): max(least, share)
            }
        }
    }

    /// The heading line: the first row of `area`.
    public func drawHeading(into screen: inout Screen, _ area: Rect) {
        guard !area.isEmpty else { return }
        screen.fill(Rect(x: area.x, y: area.y, width: area.width, height: 1))
        var x = area.x + DisplayWidth.of(marker)
        for (i, (c, w)) in zip(columns, widths(area.width)).enumerated() {
            let columns = min(w, area.maxX - x)
            guard columns > 0 else { break }
            let title = i == sortColumn ? c.title + sortMark : c.title
            screen.putPadded(title, x: x, y: area.y, columns: columns, style: Style(.heading), alignRight: c.alignRight)
            x += w + 1
        }
    }

    /// The rows of `state`'s window in `area`.
    public func drawRows(into screen: inout Screen, _ area: Rect, state: ListState) {
        let widths = widths(area.width)
        let list = List(count: count, marker: marker, emptyMessage: emptyMessage, fillRows: true)
        list.draw(into: &screen, area, state: state, style: { Style($1 ? .selected : .normal) }) { screen, i, rect, selected in
            let record = row(i)
            let rowStyle = Style(selected ? .selected : .normal)
            var x = rect.x
            for (c, w) in zip(columns, widths) {
                let columns = min(w, rect.maxX - x)
                guard columns > 0 else { break }
                let style = !selected && c.role != nil ? Style(c.role!) : rowStyle
                let text = c.value(record)
                screen.putPadded(text, x: x, y: rect.y, columns: columns, style: style, alignRight: c.alignRight)
                if let field = c.field, !c.alignRight {
                    Highlight.apply(query, field: field, text: text, into: &screen, x: x, y: rect.y, columns: columns,
                                    selected: selected)
                }
                x += w + 1
            }
        }
    }
}
