/// What a cell means, not how it looks: themes map roles to colors and attributes, so the
/// renderer stays the same for dark, light and monochrome terminals and for every snapshot.
public enum Role: UInt8, CaseIterable, Sendable, Hashable {
    case normal
    /// Provinces without data, secondary text.
    case dim
    /// Title bar.
    case title
    /// Column headings and section labels.
    case heading
    case border
    /// Selected row in the focused pane.
    case selected
    /// Selected row in a pane without focus.
    case selectedInactive
    case footerKey
    case footerText
    case status
    case error
    /// Text matched by the filter.
    case match
    /// Figures' values.
    case number
    /// The quote's figure inside the source passage.
    case quoteMark
    case barFrom
    case barTo
    case gauge
    case gaugeEmpty
    /// Matrix density, lowest to highest.
    case heat0, heat1, heat2, heat3, heat4
    case tileTitle
    case input
}

/// A cell's role and the attributes the renderer adds on top of its theme.
public struct Style: Hashable, Sendable {
    public var role: Role
    public var bold: Bool
    public var underline: Bool

    public init(_ role: Role = .normal, bold: Bool = false, underline: Bool = false) {
        self.role = role
        self.bold = bold
        self.underline = underline
    }

    public static let normal = Style()
}

/// A terminal color: the terminal's own default, one of the 16 ANSI colors, or one of 256.
public enum TermColor: Hashable, Sendable {
    case `default`
    case ansi(UInt8)
    case indexed(UInt8)
}

/// How one role looks.
public struct Look: Hashable, Sendable {
    public var fg: TermColor
    public var bg: TermColor
    public var bold: Bool
    public var reverse: Bool
    public var dim: Bool
    public var underline: Bool

    public init(fg: TermColor = .default, bg: TermColor = .default, bold: Bool = false,
                reverse: Bool = false, dim: Bool = false, underline: Bool = false) {
        self.fg = fg
        self.bg = bg
        self.bold = bold
        self.reverse = reverse
        self.dim = dim
        self.underline = underline
    }
}

/// Role → look. The terminal's own background is kept: no theme paints `bg` on normal text.
public struct Theme: Sendable {
    public var name: String
    private var looks: [Look]

    public init(name: String, _ table: [Role: Look]) {
        self.name = name
        looks = Role.allCases.map { table[$0] ?? Look() }
    }

    public func look(_ role: Role) -> Look { looks[Int(role.rawValue)] }

    /// The look of a styled cell: the role's look plus the cell's own bold and underline.
    public func look(_ style: Style) -> Look {
        var l = look(style.role)
        if style.bold { l.bold = true }
        if style.underline { l.underline = true }
        return l
    }

    public static let dark = Theme(name: "dark", [
        .dim: Look(fg: .ansi(8)),
        .title: Look(fg: .ansi(15), bg: .ansi(4), bold: true),
        .heading: Look(fg: .ansi(6), bold: true),
        .border: Look(fg: .ansi(8)),
        .selected: Look(fg: .ansi(0), bg: .ansi(6), bold: true),
        .selectedInactive: Look(reverse: true),
        .footerKey: Look(fg: .ansi(0), bg: .ansi(6), bold: true),
        .footerText: Look(fg: .ansi(7)),
        .status: Look(fg: .ansi(3), bold: true),
        .error: Look(fg: .ansi(15), bg: .ansi(1), bold: true),
        .match: Look(fg: .ansi(0), bg: .ansi(3), bold: true),
        .number: Look(fg: .ansi(14), bold: true),
        .quoteMark: Look(fg: .ansi(0), bg: .ansi(3), bold: true),
        .barFrom: Look(fg: .ansi(7)),
        .barTo: Look(fg: .ansi(6)),
        .gauge: Look(fg: .ansi(2)),
        .gaugeEmpty: Look(fg: .ansi(8)),
        .heat0: Look(fg: .ansi(8)),
        // A blue ramp, dark to bright, distinct from the cyan selection.
        .heat1: Look(fg: .ansi(15), bg: .indexed(17)),
        .heat2: Look(fg: .ansi(15), bg: .indexed(19)),
        .heat3: Look(fg: .ansi(15), bg: .indexed(26)),
        .heat4: Look(fg: .ansi(15), bg: .indexed(33), bold: true),
        .tileTitle: Look(fg: .ansi(11), bold: true),
        .input: Look(fg: .ansi(15), bold: true),
    ])

    /// No colors at all: bold, reverse, dim and underline carry every distinction.
    public static let monochrome = Theme(name: "monochrome", [
        .dim: Look(dim: true),
        .title: Look(bold: true, reverse: true),
        .heading: Look(bold: true, underline: true),
        .selected: Look(bold: true, reverse: true),
        .selectedInactive: Look(reverse: true),
        .footerKey: Look(bold: true, reverse: true),
        .status: Look(bold: true),
        .error: Look(bold: true, reverse: true),
        .match: Look(bold: true, underline: true),
        .number: Look(bold: true),
        .quoteMark: Look(bold: true, reverse: true),
        .barFrom: Look(dim: true),
        .gaugeEmpty: Look(dim: true),
        .heat0: Look(dim: true),
        .heat3: Look(bold: true),
        .heat4: Look(bold: true, reverse: true),
        .tileTitle: Look(bold: true),
        .input: Look(bold: true),
    ])
}
