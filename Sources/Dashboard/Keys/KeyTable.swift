/// The bindings that are not any one page's: moving, the root's own keys, the filter line and
/// the format choice; and the shared ones a page lists among its own (`KeyTable.open`).
/// Ranks are spaced by ten so a page's own binding can stand between two of these.
public enum KeyTable {
    static let moveAndHelp: Set<Mode> = [.normal, .help]
    static let anywhere: Set<Mode> = [.normal, .filterEditing, .help]

    public static let global: [Binding] = [
        Binding([.up, .char("k")], "Up k", "上移", .up, rank: 10, modes: moveAndHelp),
        Binding([.down, .char("j")], "Down j", "下移", .down, rank: 20, modes: moveAndHelp),
        Binding([.pageUp, .ctrl("b")], "PgUp", "上一页", .pageUp, rank: 50, modes: moveAndHelp),
        Binding([.pageDown, .ctrl("f")], "PgDn", "下一页", .pageDown, rank: 60, modes: moveAndHelp),
        Binding([.home, .char("g")], "g Home", "到顶", .top, rank: 70),
        Binding([.end, .char("G")], "G End", "到底", .bottom, rank: 80),
        Binding([.char("p")], "p", "保存快照", .snapshot, rank: 170, footer: true),
        Binding([.char("P")], "P", "选择格式保存快照", .snapshotAsk, rank: 180),
        Binding([.char("?"), .function(1)], "? F1", "帮助", .help, rank: 190, footer: true),
        Binding([.ctrl("l")], "C-l", "重绘", .redraw, rank: 200, modes: anywhere),
        Binding([.ctrl("z")], "C-z", "挂起到 shell", .suspend, rank: 210, modes: anywhere),
        Binding([.char("q")], "q", "退出", .quit, rank: 220, footer: true),
    ] + filterLine + formatChoice + quitChoice

    // Shared by pages, each of which lists the ones it handles.
    public static let left = Binding([.left, .char("h")], "Left h", "左移", .left, rank: 30)
    public static let right = Binding([.right, .char("l")], "Right l", "右移", .right, rank: 40)
    public static let open = Binding([.enter], "Enter", "打开", .open, rank: 90, footer: true)
    public static let filter = Binding([.char("/")], "/", "筛选", .filter, rank: 100, footer: true)
    public static let back = Binding([.escape, .backspace], "Esc", "返回", .back, rank: 110, footer: true)
    public static let matrix = Binding([.char("m")], "m", "矩阵", .matrix, rank: 160, footer: true)

    /// While the filter line has the keyboard. Printable keys are typed, never looked up, so
    /// letters are text there; the arrows still move, to browse while typing.
    public static let filterLine: [Binding] = {
        let modes: Set<Mode> = [.filterEditing]
        func line(_ keys: [Key], _ label: String, _ help: String, _ action: Action, _ rank: Int, footer: Bool = false) -> Binding {
            Binding(keys, label, help, action, rank: rank, modes: modes, footer: footer)
        }
        return [
            line([.enter], "Enter", "保留筛选", .filterKeep, 300, footer: true),
            line([.escape], "Esc", "清除筛选", .filterClear, 310, footer: true),
            line([.ctrl("u")], "C-u", "清空", .filterClearLine, 320, footer: true),
            line([.ctrl("w")], "C-w", "删除一词", .filterDeleteWord, 330, footer: true),
            line([.backspace], "BS", "删除前一字", .filterDeleteBack, 340),
            line([.delete, .ctrl("d")], "Del", "删除后一字", .filterDeleteForward, 350),
            line([.left, .ctrl("b")], "Left", "光标左移", .filterCaretLeft, 360),
            line([.right, .ctrl("f")], "Right", "光标右移", .filterCaretRight, 370),
            line([.home, .ctrl("a")], "C-a", "到行首", .filterCaretStart, 380),
            line([.end, .ctrl("e")], "C-e", "到行尾", .filterCaretEnd, 390),
            line([.up], "Up/Down", "移动", .up, 400, footer: true),
            line([.down], "Down", "下移", .down, 410),
            line([.pageUp], "PgUp", "上一页", .pageUp, 420),
            line([.pageDown], "PgDn", "下一页", .pageDown, 430),
            line([.function(1)], "F1", "帮助", .help, 440),
        ]
    }()

    /// After `P`: the first letter of each format, or Esc. The status line lists them.
    public static let formatChoice: [Binding] =
        SnapshotFormat.allCases.enumerated().map { i, format in
            Binding([.char(format.rawValue.first!)], String(format.rawValue.first!), format.rawValue, .save(format),
                    rank: 500 + 10 * i, modes: [.choosingFormat])
        } + [Binding([.escape], "Esc", "取消", .saveCancel, rank: 590, modes: [.choosingFormat])]

    /// After `q` while a page holds work not saved: save and leave, leave without saving, or stay.
    public static let quitChoice: [Binding] = [
        Binding([.char("s")], "s", "保存后退出", .quitSave, rank: 600, modes: [.confirmQuit]),
        Binding([.char("y")], "y", "不保存，退出", .quitDiscard, rank: 610, modes: [.confirmQuit]),
        Binding([.escape, .char("n")], "Esc n", "返回", .quitCancel, rank: 620, modes: [.confirmQuit]),
    ]
}
