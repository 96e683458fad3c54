/// Where everything goes at a given size. Pure: `update` uses it to keep selections visible
/// and to hit-test the mouse, `render` uses it to draw, so both always agree.
public struct Layout: Sendable, Equatable {
    public static let minWidth = 80
    public static let minHeight = 24

    public let width: Int
    public let height: Int

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    public var isTooSmall: Bool { width < Layout.minWidth || height < Layout.minHeight }

    public var titleRow: Rect { Rect(x: 0, y: 0, width: width, height: 1) }
    public var statusRow: Rect { Rect(x: 0, y: height - 2, width: width, height: 1) }
    public var footerRow: Rect { Rect(x: 0, y: height - 1, width: width, height: 1) }
    /// Between the title and the status line.
    public var body: Rect { Rect(x: 0, y: 1, width: width, height: height - 3) }

    // MARK: Home

    /// Province list width: marker, a six-column name, a count; wider screens get full names.
    public var provinceListWidth: Int { width >= 120 ? 26 : 20 }

    public var provincePane: Rect { body.splitLeft(provinceListWidth).0 }
    /// Rows of the province list below its heading.
    public var provinceRows: Rect { provincePane.splitTop(1).1 }
    /// The right side of Home: a one-column gap after the list.
    public var detailPane: Rect {
        let rest = body.splitLeft(provinceListWidth + 1).1
        return rest
    }

    public var tileColumns: Int { detailPane.width >= 96 ? 3 : 2 }

    /// Tile height including the gap row: five when there is room (title, counts, two
    /// headline figures), four on a 24-row screen (counts move into the title line).
    public var tileHeight: Int {
        let tileRows = (7 + tileColumns - 1) / tileColumns
        let available = detailPane.height - 2 - 3  // heading, and at least three event rows
        return max(3, min(5, available / tileRows))
    }

    /// The seven tiles (six systems and 综合), row by row, under the province heading.
    public var tiles: [Rect] {
        let area = detailPane.splitTop(2).1
        let cols = tileColumns
        let gap = 1
        let w = (area.width - gap * (cols - 1)) / cols
        let h = tileHeight
        return (0..<7).map { i in
            Rect(x: area.x + (i % cols) * (w + gap), y: area.y + (i / cols) * h, width: w, height: h - 1)
        }
    }

    /// Under the tiles: the province's events.
    public var eventsArea: Rect {
        let bottom = tiles.map(\.maxY).max() ?? detailPane.y
        return Rect(x: detailPane.x, y: bottom + 1, width: detailPane.width, height: body.maxY - bottom - 1)
    }

    // MARK: Matrix, Figures, Detail

    /// Rows of the matrix below its two heading lines.
    public var matrixRows: Rect { body.splitTop(2).1 }
    public var matrixNameWidth: Int { width >= 120 ? 16 : 10 }
    public var matrixCellWidth: Int { min(12, (width - matrixNameWidth - 2) / 8) }

    /// Rows of the figures table below its heading lines.
    public var tableRows: Rect { body.splitTop(2).1 }

    public var detailRows: Rect { body }
}
