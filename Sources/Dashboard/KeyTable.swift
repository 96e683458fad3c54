/// What a key does. The key table maps keys to actions and carries their help text, so the
/// footer and the `?` overlay are generated from the same data that handles the keys.
public enum Action: Sendable, Hashable {
    case up, down, left, right
    case pageUp, pageDown, top, bottom
    case open, back, nextPane, previousPane
    case matrix, help, quit, redraw, sort, suspend
    case snapshot, snapshotAsk, filter
}

public struct Binding: Sendable, Hashable {
    public var keys: [Key]
    /// How the keys are written in help: "Up k".
    public var label: String
    /// What it does, in the UI's language.
    public var help: String
    public var action: Action
    /// Pages where it applies; nil means every page.
    public var pages: Set<Page>?
    /// Shown in the footer of those pages.
    public var inFooter: Bool

    public init(_ keys: [Key], _ label: String, _ help: String, _ action: Action,
                pages: Set<Page>? = nil, footer: Bool = false) {
        self.keys = keys
        self.label = label
        self.help = help
        self.action = action
        self.pages = pages
        self.inFooter = footer
    }

    public func applies(to page: Page) -> Bool { pages?.contains(page) ?? true }
}

public enum KeyTable {
    public static let bindings: [Binding] = [
        Binding([.up, .char("k")], "Up k", "上移", .up),
        Binding([.down, .char("j")], "Down j", "下移", .down),
        Binding([.left, .char("h")], "Left h", "左移", .left, pages: [.home, .matrix]),
        Binding([.right, .char("l")], "Right l", "右移", .right, pages: [.home, .matrix]),
        Binding([.pageUp, .ctrl("b")], "PgUp", "上一页", .pageUp),
        Binding([.pageDown, .ctrl("f")], "PgDn", "下一页", .pageDown),
        Binding([.home, .char("g")], "g Home", "到顶", .top),
        Binding([.end, .char("G")], "G End", "到底", .bottom),
        Binding([.enter], "Enter", "打开", .open, pages: [.home, .matrix, .figures], footer: true),
        Binding([.char("/")], "/", "筛选", .filter, pages: [.home, .matrix, .figures], footer: true),
        Binding([.escape, .backspace], "Esc", "返回", .back, pages: [.matrix, .figures, .detail], footer: true),
        Binding([.escape], "Esc", "清除筛选", .back, pages: [.home]),
        Binding([.tab], "Tab", "切换窗格", .nextPane, pages: [.home], footer: true),
        Binding([.backTab], "S-Tab", "反向切换", .previousPane, pages: [.home]),
        Binding([.char("s")], "s", "排序", .sort, pages: [.figures], footer: true),
        Binding([.char("m")], "m", "矩阵", .matrix, pages: [.home, .figures, .detail], footer: true),
        Binding([.char("p")], "p", "保存快照", .snapshot, footer: true),
        Binding([.char("P")], "P", "选择格式保存快照", .snapshotAsk),
        Binding([.char("?"), .function(1)], "? F1", "帮助", .help, footer: true),
        Binding([.ctrl("l")], "C-l", "重绘", .redraw),
        Binding([.ctrl("z")], "C-z", "挂起到 shell", .suspend),
        Binding([.char("q")], "q", "退出", .quit, footer: true),
    ]

    /// The action bound to `key` on `page`, if any.
    public static func action(for key: Key, on page: Page) -> Action? {
        for b in bindings where b.applies(to: page) && b.keys.contains(key) { return b.action }
        return nil
    }

    /// Bindings shown in the footer of `page`, in table order.
    public static func footer(for page: Page) -> [Binding] {
        bindings.filter { $0.inFooter && $0.applies(to: page) }
    }

    /// Bindings that work on `page`, for the help overlay.
    public static func help(for page: Page) -> [Binding] {
        bindings.filter { $0.applies(to: page) }
    }
}
