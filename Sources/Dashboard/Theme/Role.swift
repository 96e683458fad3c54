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
    /// The help overlay's background: shaded, so it reads apart from the page beneath.
    case overlay
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
