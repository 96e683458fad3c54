import Protection

/// A page's name, for key scopes and config files: "home", "figures".
public struct PageID: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    public let name: String
    public init(stringLiteral name: String) { self.name = name }
    public var description: String { name }
}

/// One screen of the dashboard as a component: it owns its state, its layout, its key
/// bindings, its drawing and its handling of messages. The root keeps the stack of pages,
/// routes to the top one and draws the chrome around it. Adding a page is one new file with a
/// type conforming to this, and one line in `Pages.all`.
public protocol Page: Sendable, Equatable {
    static var id: PageID { get }
    /// Its name in the help overlay's title.
    static var title: String { get }
    /// The keys it handles besides the global ones (moving, `p`, `?`, `q` …); the KeyMap
    /// scopes them to this page, and its footer and help list them.
    static var bindings: [Binding] { get }

    /// Where the user stands, after "weibao 未成年人保护": ["内蒙古", "家庭保护"].
    func breadcrumb(_ ctx: PageContext) -> [String]
    /// The status line when there is no message and no filter to show.
    func summary(_ ctx: PageContext) -> String
    /// A key's action (one of its bindings, or a move). Returns what the root should do.
    mutating func perform(_ action: Action, _ ctx: PageContext) -> [Command]
    /// A left click at screen coordinates.
    mutating func click(_ event: MouseEvent, _ ctx: PageContext) -> [Command]
    /// The filter changed from `previous` to `ctx.filter`: narrow what is shown, keeping
    /// selections on what they were on.
    mutating func filterChanged(from previous: FilterState, _ ctx: PageContext)
    /// Keeps selections in range and visible in `ctx.area`; runs after every message, for
    /// every page on the stack (and the popped ones a page may inherit from).
    mutating func fit(_ ctx: PageContext)
    /// Draws the page into `ctx.area`, never past it.
    func draw(into screen: inout Screen, _ ctx: PageContext)
    /// Whether one of its actions would do anything now (Enter on an empty table would not),
    /// so the footer offers only keys that act.
    func offers(_ action: Action, _ ctx: PageContext) -> Bool
    /// A key while the page's own text field has the keyboard (`Mode.pageInput`, entered with
    /// `Command.beginInput`): `action` is the key's binding in that mode, if any; printable
    /// keys come without one, to be typed.
    mutating func input(_ key: Key, action: Action?, _ ctx: PageContext) -> [Command]
    /// Decisions the page holds that are not saved yet; `q` asks before leaving them.
    func unsavedChanges(_ ctx: PageContext) -> Int
    /// The answer to a `.saveReview` the page asked for.
    mutating func reviewSaved(_ outcome: ReviewOutcome, _ ctx: PageContext) -> [Command]
}

extension Page {
    public func click(_ event: MouseEvent, _ ctx: PageContext) -> [Command] { [] }
    public mutating func filterChanged(from previous: FilterState, _ ctx: PageContext) {}
    public func offers(_ action: Action, _ ctx: PageContext) -> Bool { true }
    public mutating func input(_ key: Key, action: Action?, _ ctx: PageContext) -> [Command] { [.endInput] }
    public func unsavedChanges(_ ctx: PageContext) -> Int { 0 }
    public mutating func reviewSaved(_ outcome: ReviewOutcome, _ ctx: PageContext) -> [Command] { [] }

    func isEqual(_ other: any Page) -> Bool { (other as? Self) == self }
}

/// What a page asks of the root.
public enum Command {
    case push(any Page)
    /// Back to the page below (never past Home).
    case pop
    case clearFilter
    case status(StatusMessage)
    /// Something for the run loop to do (a save); its answer comes back as a message.
    case effect(Effect)
    /// Give the keyboard to the page's text field (`Mode.pageInput`), and take it back.
    case beginInput
    case endInput
}

/// What a page sees of the rest of the dashboard while it handles a message or draws.
public struct PageContext {
    public let catalog: Catalog
    public let options: DashboardOptions
    public let filter: FilterState
    public let mode: Mode
    /// The page's area: the rows between the title and the status line.
    public let area: Rect
    /// Whether the page is the one on screen.
    public let isTop: Bool
    let state: DashboardState

    init(_ state: DashboardState, _ catalog: Catalog, isTop: Bool = true) {
        self.catalog = catalog
        options = state.options
        filter = state.filter
        mode = state.mode
        area = Layout(width: state.width, height: state.height).body
        self.isTop = isTop
        self.state = state
    }

    public var dataset: Dataset { catalog.dataset }
    public var glyphs: Glyphs { options.ascii ? .ascii : .unicode }

    /// The page of this kind opened last, on the stack or popped: one opened again starts
    /// from it.
    public func latest<P: Page>(_ type: P.Type) -> P? { state.latest(P.id) as? P }

    /// The one-line account of the dataset that Home and the matrix show.
    public var datasetSummary: String {
        let d = dataset
        let sep = glyphs.separator
        let with = catalog.hasData.filter { $0 }.count
        return "\(Province.all.count) 个省级行政区，\(with) 个有数据 \(sep) 数据 \(d.figures.count) 项 \(sep) 措施 \(d.measures.count) 项 \(sep) 事件 \(d.events.count) 项"
    }
}

/// Every page the dashboard has: their bindings make up the KeyMap, and their ids the
/// scopes a config file's remaps reach. Home comes first: it is the bottom of the stack.
public enum Pages {
    public static let all: [any Page.Type] = [HomePage.self, MatrixPage.self, FiguresPage.self, DetailPage.self,
                                           IndicatorsPage.self, ComparisonPage.self, TrendPage.self, SourcesPage.self,
                                           ReaderPage.self, ReviewPage.self]
}
