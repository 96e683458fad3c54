/// What a key does, by the name config files and `--key` use (`page_down`, `filter_keep` …).
/// A name rather than a closed enum, so a page declares its own actions in its own file
/// (`Action.sort` lives with the figures page).
public struct Action: Hashable, Sendable, CustomStringConvertible {
    public let name: String

    public init(_ name: String) { self.name = name }

    public var description: String { name }

    // Moving, on every page (and scrolling the help overlay).
    public static let up = Action("up")
    public static let down = Action("down")
    public static let left = Action("left")
    public static let right = Action("right")
    public static let pageUp = Action("page_up")
    public static let pageDown = Action("page_down")
    public static let top = Action("top")
    public static let bottom = Action("bottom")
    // What pages share.
    public static let open = Action("open")
    public static let back = Action("back")
    public static let matrix = Action("matrix")
    // The root's own.
    public static let filter = Action("filter")
    public static let help = Action("help")
    public static let quit = Action("quit")
    public static let redraw = Action("redraw")
    public static let suspend = Action("suspend")
    public static let snapshot = Action("snapshot")
    public static let snapshotAsk = Action("snapshot_ask")
    // The filter line, while it has the keyboard.
    public static let filterKeep = Action("filter_keep")
    public static let filterClear = Action("filter_clear")
    public static let filterClearLine = Action("filter_clear_line")
    public static let filterDeleteWord = Action("filter_delete_word")
    public static let filterDeleteBack = Action("filter_delete_back")
    public static let filterDeleteForward = Action("filter_delete_forward")
    public static let filterCaretLeft = Action("filter_caret_left")
    public static let filterCaretRight = Action("filter_caret_right")
    public static let filterCaretStart = Action("filter_caret_start")
    public static let filterCaretEnd = Action("filter_caret_end")
    // After `P`: which format to save.
    public static func save(_ format: SnapshotFormat) -> Action { Action("save_" + format.rawValue) }
    public static let saveCancel = Action("save_cancel")
    // After `q` with work not saved.
    public static let quitSave = Action("quit_save")
    public static let quitDiscard = Action("quit_discard")
    public static let quitCancel = Action("quit_cancel")
}

/// Who has the keyboard. One value instead of flags: each key is looked up in the bindings of
/// the current mode (and page), so the modes cannot disagree about who handles it.
public enum Mode: Sendable, Hashable, CaseIterable {
    case normal
    /// The filter line: printable keys are typed, bindings edit the line.
    case filterEditing
    /// `P` was pressed: the status line asks which format to save.
    case choosingFormat
    /// The `?` overlay.
    case help
    /// A page's own text field has the keyboard (the review page's indicator): printable keys
    /// are typed into it, the page's bindings for this mode edit it.
    case pageInput
    /// `q` with decisions not saved: the status line asks whether to save, leave or stay.
    case confirmQuit
}

/// Keys, the action they trigger, and where: the footer and the `?` overlay are generated from
/// the same data that handles the keys.
public struct Binding: Sendable, Hashable {
    public var keys: [Key]
    /// How the keys are written in help: "Up k".
    public var label: String
    /// What it does, in the UI's language.
    public var help: String
    public var action: Action
    /// Pages where it applies; nil means every page. A page's own bindings get its id.
    public var pages: Set<PageID>?
    public var modes: Set<Mode>
    /// Shown in the footer of those pages.
    public var inFooter: Bool
    /// Place in help and the footer: bindings are listed by rank, whichever page adds them.
    public var rank: Int

    public init(_ keys: [Key], _ label: String, _ help: String, _ action: Action, rank: Int,
                pages: Set<PageID>? = nil, modes: Set<Mode> = [.normal], footer: Bool = false) {
        self.keys = keys
        self.label = label
        self.help = help
        self.action = action
        self.rank = rank
        self.pages = pages
        self.modes = modes
        self.inFooter = footer
    }

    public func applies(to page: PageID, in mode: Mode) -> Bool {
        modes.contains(mode) && (pages?.contains(page) ?? true)
    }

    /// Could one key mean both? Only then does remapping one take the key from the other.
    func overlaps(_ other: Binding) -> Bool {
        guard !modes.isDisjoint(with: other.modes) else { return false }
        guard let a = pages, let b = other.pages else { return true }
        return !a.isDisjoint(with: b)
    }
}
