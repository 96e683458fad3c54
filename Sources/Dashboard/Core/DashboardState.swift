import Protection

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
    /// Where `p` saves; "." shows saved files by name alone.
    public var snapshotDirectory: String
    /// The key table with the user's remaps.
    public var keys: KeyMap

    public init(ascii: Bool = false, mouse: Bool = true, snapshotFormat: SnapshotFormat = .text,
                snapshotDirectory: String = ".", keys: KeyMap = .standard) {
        self.ascii = ascii
        self.mouse = mouse
        self.snapshotFormat = snapshotFormat
        self.snapshotDirectory = snapshotDirectory
        self.keys = keys
    }
}

/// One page on the stack, numbered in the order pages were opened.
struct PageEntry: Sendable, Equatable {
    var page: any Page
    var serial: Int

    static func == (a: PageEntry, b: PageEntry) -> Bool { a.serial == b.serial && a.page.isEqual(b.page) }
}

/// Everything the dashboard shows, as a value: `Root.update` changes it, `Root.render` draws it.
/// The pages own their own state; this holds the stack and what every page shares.
public struct DashboardState: Sendable, Equatable {
    public var width: Int
    public var height: Int
    public var options: DashboardOptions
    public var mode: Mode = .normal
    /// The mode the help overlay was opened from, and returns to.
    public var helpFrom: Mode = .normal
    public var helpScroll = 0
    public var filter = FilterState()
    public var status: StatusMessage?
    /// Pages as the user drilled in; Esc pops one. Home is always at the bottom.
    var stack: [PageEntry]
    /// The last popped page of each kind: a page opened again inherits from it (the figures
    /// table keeps its sort order, the matrix its scroll).
    var popped: [PageID: PageEntry] = [:]
    var serial = 0

    public init(width: Int, height: Int, options: DashboardOptions = DashboardOptions(), home: any Page) {
        self.width = width
        self.height = height
        self.options = options
        stack = [PageEntry(page: home, serial: 0)]
    }

    /// The page on top.
    public var top: any Page { stack[stack.count - 1].page }
    public var pageID: PageID { type(of: top).id }
    /// The ids of the stack, bottom first.
    public var pageIDs: [PageID] { stack.map { type(of: $0.page).id } }
    public var glyphs: Glyphs { options.ascii ? .ascii : .unicode }

    /// The topmost page of a kind on the stack.
    public func page<P: Page>(_ type: P.Type) -> P? {
        stack.last { $0.page is P }?.page as? P
    }

    /// The page of a kind opened last, on the stack or popped.
    func latest(_ id: PageID) -> (any Page)? {
        var best = popped[id]
        for entry in stack where type(of: entry.page).id == id && entry.serial > (best?.serial ?? -1) { best = entry }
        return best?.page
    }

    /// Replaces the topmost page of a kind (tests and the benchmark set a page up directly).
    public mutating func replace<P: Page>(_ page: P) {
        guard let i = stack.lastIndex(where: { $0.page is P }) else { return }
        stack[i].page = page
    }

    /// Puts a page on top.
    /// How deep Esc can go back: `c`, Enter, `c` … from page to page would otherwise grow the
    /// stack for as long as a session lasts. The oldest pages above Home give way.
    static let maxDepth = 32

    public mutating func push(_ page: any Page) {
        serial += 1
        stack.append(PageEntry(page: page, serial: serial))
        if stack.count > Self.maxDepth { stack.remove(at: 1) }
    }
}
