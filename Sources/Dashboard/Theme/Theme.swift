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
    /// Looks for 8- and 16-colour terminals where folding the 256-colour ones would merge
    /// steps (the heat ramp); see `forColors(_:)`.
    var lowColorLooks: [Role: Look]
    /// Made for a light terminal background: a snapshot that paints its own page paints it light.
    public var lightBackground: Bool

    public init(name: String, _ table: [Role: Look], lowColor: [Role: Look] = [:], lightBackground: Bool = false) {
        self.name = name
        looks = Role.allCases.map { table[$0] ?? Look() }
        lowColorLooks = lowColor
        self.lightBackground = lightBackground
    }

    public func look(_ role: Role) -> Look { looks[Int(role.rawValue)] }

    /// The themes a user can choose by name (`--theme`, `theme =`), default first.
    public static let all: [Theme] = [.dark, .light, .monochrome, .colorblind]

    public static func named(_ name: String) -> Theme? {
        all.first { $0.name == name.lowercased() }
    }

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
        .overlay: Look(bg: .indexed(236)),
    ], lowColor: blueHeatLowColor)

    /// Four steps from the 16 colours: folding 17/19/26/33 would leave one or two blues.
    static let blueHeatLowColor: [Role: Look] = [
        .heat1: Look(fg: .ansi(4)),
        .heat2: Look(fg: .ansi(12), bold: true),
        // Plain white, so on 8 colours (where 15 becomes bold 7) step 4 still differs.
        .heat3: Look(fg: .ansi(7), bg: .ansi(4)),
        .heat4: Look(fg: .ansi(15), bg: .ansi(12), bold: true),
        .overlay: Look(fg: .ansi(7), bg: .ansi(4)),
    ]

    /// For light backgrounds: no yellow or cyan text, which vanishes on white; dark text on
    /// pale highlights.
    public static let light = Theme(name: "light", [
        .dim: Look(fg: .ansi(8)),
        .title: Look(fg: .ansi(15), bg: .ansi(4), bold: true),
        .heading: Look(fg: .ansi(4), bold: true),
        .border: Look(fg: .ansi(8)),
        // Black, not blue: the matrix cursor must stand out from the blue heat ramp.
        .selected: Look(fg: .ansi(15), bg: .ansi(0), bold: true),
        .selectedInactive: Look(reverse: true),
        .footerKey: Look(fg: .ansi(15), bg: .ansi(4), bold: true),
        .status: Look(fg: .ansi(5), bold: true),
        .error: Look(fg: .ansi(15), bg: .ansi(1), bold: true),
        .match: Look(fg: .ansi(0), bg: .indexed(229), bold: true, underline: true),
        .number: Look(fg: .indexed(25), bold: true),
        .quoteMark: Look(fg: .ansi(0), bg: .indexed(229), bold: true),
        .barFrom: Look(fg: .ansi(8)),
        .barTo: Look(fg: .ansi(4)),
        .gauge: Look(fg: .indexed(28)),
        .gaugeEmpty: Look(fg: .ansi(8)),
        .heat0: Look(fg: .ansi(8)),
        // Pale to deep blue.
        .heat1: Look(fg: .ansi(0), bg: .indexed(153)),
        .heat2: Look(fg: .ansi(0), bg: .indexed(111)),
        .heat3: Look(fg: .ansi(15), bg: .indexed(68)),
        .heat4: Look(fg: .ansi(15), bg: .indexed(24), bold: true),
        .tileTitle: Look(fg: .indexed(90), bold: true),
        .input: Look(bold: true),
        .overlay: Look(bg: .indexed(254)),
    ], lowColor: [
        .overlay: Look(fg: .ansi(0), bg: .ansi(7)),
        .match: Look(fg: .ansi(0), bg: .ansi(3), bold: true, underline: true),
        .quoteMark: Look(fg: .ansi(0), bg: .ansi(3), bold: true),
        .number: Look(fg: .ansi(4), bold: true),
        .gauge: Look(fg: .ansi(2)),
        .tileTitle: Look(fg: .ansi(5), bold: true),
        .heat1: Look(fg: .ansi(4)),
        .heat2: Look(fg: .ansi(4), bold: true, underline: true),
        .heat3: Look(fg: .ansi(7), bg: .ansi(4)),
        .heat4: Look(fg: .ansi(15), bg: .ansi(4), bold: true),
    ], lightBackground: true)

    /// Safe for red-green and blue-yellow colour blindness: Okabe–Ito hues (blue, orange,
    /// sky blue, vermilion) that differ in lightness too, never red against green; the heat
    /// ramp changes lightness only.
    public static let colorblind = Theme(name: "colorblind", [
        .dim: Look(fg: .ansi(8)),
        .title: Look(fg: .ansi(15), bg: .indexed(25), bold: true),
        .heading: Look(fg: .indexed(74), bold: true),
        .border: Look(fg: .ansi(8)),
        .selected: Look(fg: .ansi(0), bg: .indexed(214), bold: true),
        .selectedInactive: Look(reverse: true),
        .footerKey: Look(fg: .ansi(0), bg: .indexed(214), bold: true),
        .footerText: Look(fg: .ansi(7)),
        .status: Look(fg: .indexed(74), bold: true),
        .error: Look(fg: .ansi(15), bg: .indexed(166), bold: true, underline: true),
        .match: Look(fg: .ansi(0), bg: .indexed(227), bold: true, underline: true),
        .number: Look(fg: .indexed(117), bold: true),
        .quoteMark: Look(fg: .ansi(0), bg: .indexed(227), bold: true),
        .barFrom: Look(fg: .indexed(214)),
        .barTo: Look(fg: .indexed(74)),
        .gauge: Look(fg: .indexed(74)),
        .gaugeEmpty: Look(fg: .ansi(8)),
        .heat0: Look(fg: .ansi(8)),
        .heat1: Look(fg: .ansi(15), bg: .indexed(236)),
        .heat2: Look(fg: .ansi(15), bg: .indexed(240)),
        .heat3: Look(fg: .ansi(0), bg: .indexed(248)),
        .heat4: Look(fg: .ansi(0), bg: .indexed(255), bold: true),
        .tileTitle: Look(fg: .indexed(214), bold: true),
        .input: Look(fg: .ansi(15), bold: true),
        .overlay: Look(bg: .indexed(236)),
    ], lowColor: [
        .overlay: Look(fg: .ansi(15), bg: .ansi(4)),
        // Orange is not among the 16: yellow stands in; blue and yellow stay apart for every
        // kind of colour blindness but the rare tritanopia, where lightness still differs.
        .title: Look(fg: .ansi(15), bg: .ansi(4), bold: true),
        .heading: Look(fg: .ansi(14), bold: true),
        .selected: Look(fg: .ansi(0), bg: .ansi(3), bold: true),
        .footerKey: Look(fg: .ansi(0), bg: .ansi(3), bold: true),
        .status: Look(fg: .ansi(14), bold: true),
        .error: Look(fg: .ansi(15), bg: .ansi(5), bold: true, underline: true),
        .match: Look(fg: .ansi(0), bg: .ansi(7), bold: true, underline: true),
        .number: Look(fg: .ansi(14), bold: true),
        .quoteMark: Look(fg: .ansi(0), bg: .ansi(7), bold: true),
        .barFrom: Look(fg: .ansi(3)),
        .barTo: Look(fg: .ansi(14)),
        .gauge: Look(fg: .ansi(14)),
        .tileTitle: Look(fg: .ansi(11), bold: true),
        .heat1: Look(fg: .ansi(7)),
        .heat2: Look(fg: .ansi(15), bold: true),
        .heat3: Look(fg: .ansi(0), bg: .ansi(7)),
        .heat4: Look(fg: .ansi(0), bg: .ansi(15), bold: true),
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
        // Four steps above zero without colour: plain, underlined, bold, both.
        .heat2: Look(underline: true),
        .heat3: Look(bold: true),
        // Not reverse: that is the cursor.
        .heat4: Look(bold: true, underline: true),
        .tileTitle: Look(bold: true),
        .input: Look(bold: true),
    ])
}
