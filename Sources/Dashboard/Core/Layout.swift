/// The frame every page sits in: title bar, page area, status line, footer. Pages lay out
/// their own area (HomePage.Layout …), so `update` and `render` ask the page, and agree.
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
    /// Between the title and the status line: the page's area.
    public var body: Rect { Rect(x: 0, y: 1, width: width, height: height - 3) }
}
