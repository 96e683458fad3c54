import Protection

/// One terminal cell: a grapheme, how many columns it covers, and its style.
/// The cell to the right of a wide glyph is a continuation (`width == 0`) and holds nothing.
public struct Cell: Equatable, Sendable {
    public var char: Character
    public var width: UInt8
    public var style: Style

    public init(_ char: Character, width: UInt8 = 1, style: Style = .normal) {
        self.char = char
        self.width = width
        self.style = style
    }

    public static let blank = Cell(" ")
    static func continuation(_ style: Style) -> Cell { Cell(" ", width: 0, style: style) }
}

/// The in-memory screen every view draws into. The terminal blits it, the snapshot
/// encoders write it and the golden tests read it: there is one renderer.
public struct Screen: Equatable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]
    /// Where the terminal cursor should stand (the filter caret), or nil to hide it.
    public var cursor: (x: Int, y: Int)? {
        get { cursorX >= 0 ? (cursorX, cursorY) : nil }
        set { cursorX = newValue?.x ?? -1; cursorY = newValue?.y ?? -1 }
    }
    /// Where the keyboard's focus is drawn (the selected row's marker): a terminal that cannot
    /// hide its cursor parks it here rather than wherever the last write ended, which also
    /// tells a screen reader what is selected.
    public var focus: (x: Int, y: Int)? {
        get { focusX >= 0 ? (focusX, focusY) : nil }
        set { focusX = newValue?.x ?? -1; focusY = newValue?.y ?? -1 }
    }
    private var focusX = -1
    private var focusY = -1
    /// Marks a truncated cell: "…", or "~" in ASCII mode.
    public var ellipsis = "…"
    private var cursorX = -1
    private var cursorY = -1

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell { cells[y * width + x] }

    /// One row of cells.
    public func row(_ y: Int) -> ArraySlice<Cell> { cells[(y * width)..<((y + 1) * width)] }

    /// Fills a rectangle with one character (one column wide) in a style.
    public mutating func fill(_ rect: Rect, _ char: Character = " ", style: Style = .normal) {
        let r = rect.clipped(to: Rect(x: 0, y: 0, width: width, height: height))
        guard !r.isEmpty else { return }
        let cell = Cell(char, width: 1, style: style)
        for y in r.y..<r.maxY {
            // Only the edges can cut a wide glyph (`set` blanks its other half outside); every
            // cell between them is simply replaced. Widgets blank their areas, so this is hot.
            set(r.x, y, cell)
            if r.width > 1 { set(r.maxX - 1, y, cell) }
            if r.width > 2 {
                let row = y * width
                for x in (r.x + 1)..<(r.maxX - 1) { cells[row + x] = cell }
            }
        }
    }

    /// Draws `text` at (x, y), clipped to `maxWidth` columns and the screen edge, without
    /// an ellipsis. Unsafe characters are replaced by visible ones. Returns columns used.
    @discardableResult
    public mutating func put(_ text: some StringProtocol, x: Int, y: Int, maxWidth: Int? = nil,
                             style: Style = .normal) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        let limit = min(x + (maxWidth ?? width), width)
        var col = x
        for ch in text {
            let safe = Self.safe(ch)
            let w = DisplayWidth.of(safe)
            if w == 0 { continue }  // combining marks and zero-width formats take no cell
            if col + w > limit {
                // Never split a wide glyph: blank what is left of the budget.
                while col < limit { if col >= 0 { set(col, y, Cell(" ", style: style)) }; col += 1 }
                break
            }
            if col >= 0 {
                set(col, y, Cell(safe, width: UInt8(w), style: style))
                if w == 2 { set(col + 1, y, .continuation(style)) }
            }
            col += w
        }
        return max(0, col - x)
    }

    /// Draws `text` truncated with "…" and padded to exactly `columns`.
    @discardableResult
    public mutating func putPadded(_ text: String, x: Int, y: Int, columns: Int, style: Style = .normal,
                                   alignRight: Bool = false) -> Int {
        guard columns > 0, y >= 0, y < height else { return 0 }
        // Tables draw hundreds of cells a frame: measure once, then write cells directly,
        // with a byte path for ASCII text.
        let ascii = text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
        let total = ascii ? text.utf8.count : text.reduce(0) { $0 + DisplayWidth.of(Screen.safe($1)) }
        let fits = total <= columns
        let budget = fits ? columns : max(0, columns - DisplayWidth.of(ellipsis))
        var col = x + (fits && alignRight ? columns - total : 0)
        for cx in x..<col { set(cx, y, Cell(" ", style: style)) }
        let end = x + budget
        if ascii {
            for b in text.utf8 {
                if col + 1 > end { break }
                set(col, y, Cell(Character(Unicode.Scalar(b)), width: 1, style: style))
                col += 1
            }
        } else {
            for ch in text {
                let safe = Screen.safe(ch)
                let w = DisplayWidth.of(safe)
                if w == 0 { continue }
                if col + w > end { break }
                set(col, y, Cell(safe, width: UInt8(w), style: style))
                if w == 2 { set(col + 1, y, .continuation(style)) }
                col += w
            }
        }
        if !fits, budget < columns { col += put(ellipsis, x: col, y: y, maxWidth: x + columns - col, style: style) }
        while col < x + columns { set(col, y, Cell(" ", style: style)); col += 1 }
        return columns
    }

    /// Restyles the cells of a row span without changing their characters.
    public mutating func restyle(x: Int, y: Int, columns: Int, style: Style) {
        guard y >= 0, y < height else { return }
        for cx in max(0, x)..<min(width, x + columns) { cells[y * width + cx].style = style }
    }

    /// What to draw for `ch`: itself, or a visible stand-in when it holds a scalar that could
    /// steer the terminal (Protection's `ControlCharacters`, the policy the exports use too):
    /// C0/C1 controls and DEL become Control Pictures (ESC shows as ␛), bidi overrides U+FFFD,
    /// so a dataset cannot retitle the window, clear the screen or reorder a row.
    /// The scalar drawn in place of `scalar`: itself when it is safe.
    public static func visible(_ scalar: Unicode.Scalar) -> Unicode.Scalar { ControlCharacters.visible(scalar) }

    static func safe(_ ch: Character) -> Character {
        let scalars = ch.unicodeScalars
        if scalars.count == 1, let s = scalars.first {
            return ControlCharacters.isUnsafe(s.value) ? Character(ControlCharacters.visible(s)) : ch
        }
        for s in scalars where ControlCharacters.isUnsafe(s.value) { return "\u{FFFD}" }
        return ch
    }

    /// Writes one cell, blanking the halves of any wide glyph it overwrites.
    mutating func set(_ x: Int, _ y: Int, _ cell: Cell) {
        guard x >= 0, x < width, y >= 0, y < height else { return }
        let i = y * width + x
        let old = cells[i]
        // A continuation written here belongs to the wide glyph just put at x - 1: keep it.
        if old.width == 0, cell.width != 0, x > 0, cells[i - 1].width == 2 {
            cells[i - 1] = Cell(" ", style: cells[i - 1].style)
        }
        if old.width == 2, x + 1 < width, cell.width != 2 {
            cells[i + 1] = Cell(" ", style: cells[i + 1].style)
        }
        cells[i] = cell
        if cell.width == 2 && x + 1 >= width {
            cells[i] = Cell(" ", style: cell.style)  // no room for the right half
        }
    }

    /// The screen as text lines: each wide glyph once, trailing spaces kept.
    public var lines: [String] {
        (0..<height).map { y in
            var line = ""
            for cell in row(y) where cell.width > 0 { line.append(cell.char) }
            return line
        }
    }

    public static func == (a: Screen, b: Screen) -> Bool {
        a.width == b.width && a.height == b.height && a.cells == b.cells && a.cursorX == b.cursorX && a.cursorY == b.cursorY
            && a.focusX == b.focusX && a.focusY == b.focusY
    }
}
