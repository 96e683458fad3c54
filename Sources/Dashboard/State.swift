import Protection

/// The screens, stacked as the user drills in; Esc pops one.
public enum Page: Sendable, Hashable {
    case home, matrix, figures, detail
}

/// Which pane of Home has the keyboard.
public enum HomePane: Sendable, Hashable {
    case provinces, tiles
}

/// How the figures table is ordered; `s` cycles through them.
public enum SortOrder: CaseIterable, Sendable, Hashable {
    /// By system, then in the order the report gives them.
    case system
    case valueDescending
    case indicator

    public var label: String {
        switch self {
        case .system: "系统"
        case .valueDescending: "数值↓"
        case .indicator: "指标"
        }
    }

    var next: SortOrder {
        let all = SortOrder.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }
}

/// A selection in a scrolling list: kept in range and inside the visible window.
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
}

/// The figures page shows one province, one system or all of them.
public struct FiguresContext: Sendable, Hashable {
    public var province: Int
    public var system: ProtectionSystem?
}

/// A message on the status line.
public struct StatusMessage: Sendable, Hashable {
    public var text: String
    public var isError: Bool

    public init(text: String, isError: Bool) {
        self.text = text
        self.isError = isError
    }
}

/// Choices fixed at start-up.
public struct DashboardOptions: Sendable, Hashable {
    public var ascii: Bool
    public var mouse: Bool
    /// What `p` saves.
    public var snapshotFormat: SnapshotFormat
    /// The key table with the user's remaps.
    public var keys: KeyMap

    public init(ascii: Bool = false, mouse: Bool = true, snapshotFormat: SnapshotFormat = .text, keys: KeyMap = .standard) {
        self.ascii = ascii
        self.mouse = mouse
        self.snapshotFormat = snapshotFormat
        self.keys = keys
    }
}

/// Everything the dashboard shows, as a value: `update` changes it, `render` draws it.
public struct DashboardState: Sendable, Equatable {
    public var width: Int
    public var height: Int
    public var options: DashboardOptions
    public var stack: [Page] = [.home]
    public var focus: HomePane = .provinces
    /// Selection in `catalog.provinceOrder`.
    public var provinces = ListState()
    /// Selected tile on Home: `ProtectionSystem.rawValue`.
    public var tile = 0
    /// Matrix cursor: row in `provinceOrder`, column = system raw value (7 = total is not selectable).
    public var matrixRow = ListState()
    public var matrixColumn = 0
    public var figuresContext = FiguresContext(province: 0, system: nil)
    public var sort: SortOrder = .system
    /// Rows of the figures table: indices into `dataset.figures`, in display order.
    public var figureRows: [Int] = []
    public var figures = ListState()
    /// Index into `dataset.figures` shown by Detail.
    public var detailFigure = 0
    public var detailScroll = 0
    public var showHelp = false
    public var helpScroll = 0
    /// `P` was pressed: the status line asks which format to save.
    public var askingSnapshotFormat = false
    public var filter = FilterState()
    public var status: StatusMessage?
    /// Set after Ctrl-L, resume or resize: the backend repaints every cell.
    public var page: Page { stack.last ?? .home }

    public init(width: Int, height: Int, options: DashboardOptions = DashboardOptions()) {
        self.width = width
        self.height = height
        self.options = options
    }

    /// The province selected on Home (an index into `Province.all`). While a filter matches
    /// nothing the list is empty, and the last opened province stands in.
    public func selectedProvince(_ catalog: Catalog) -> Int {
        let visible = Dashboard.visibleProvinces(self, catalog)
        guard !visible.isEmpty else { return figuresContext.province }
        return visible[min(max(0, provinces.selected), visible.count - 1)]
    }

    public var glyphs: Glyphs { options.ascii ? .ascii : .unicode }
}

/// The few symbols the UI draws besides text. Unicode ones are East Asian Ambiguous or
/// Neutral; `--ascii` swaps them for plain ASCII for terminals that draw them two columns wide.
public struct Glyphs: Sendable, Hashable {
    public var ellipsis: String
    public var arrow: String
    public var marker: String
    public var up: String
    public var down: String
    public var separator: String
    public var crumb: String
    /// Bars and gauges: a full block, and a light shade for a gauge's empty part.
    public var bar: String
    public var gaugeEmpty: String

    public static let unicode = Glyphs(ellipsis: "…", arrow: "→", marker: "›", up: "▲", down: "▼", separator: "·",
                                       crumb: " › ", bar: "█", gaugeEmpty: "░")
    public static let ascii = Glyphs(ellipsis: "~", arrow: "->", marker: ">", up: "+", down: "-", separator: "|",
                                     crumb: " > ", bar: "#", gaugeEmpty: ".")
}
