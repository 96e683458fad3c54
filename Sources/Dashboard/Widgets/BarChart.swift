/// Horizontal bars: a label, a bar whose length is the value's share of the largest, and the
/// value as written. Bars fill in eighths of a cell (▏▎▍▌▋▊▉█), or in whole cells; with
/// `--ascii` always in whole `#` cells. A gauge is one bar with its empty part shaded.
public struct BarChart {
    public struct Bar: Sendable, Equatable {
        public var label: String
        public var value: Double
        /// The value as the source writes it: "1.2万人".
        public var text: String
        public var role: Role

        public init(_ label: String, value: Double, text: String, role: Role = .barTo) {
            self.label = label
            self.value = value
            self.text = text
            self.role = role
        }
    }

    public var bars: [Bar]
    /// The value of a full bar; the largest value when nil.
    public var maximum: Double?
    public var glyphs: Glyphs
    public var eighths: Bool

    public init(_ bars: [Bar], maximum: Double? = nil, glyphs: Glyphs, eighths: Bool = true) {
        self.bars = bars
        self.maximum = maximum
        self.glyphs = glyphs
        self.eighths = eighths
    }

    var top: Double { maximum ?? bars.map(\.value).max() ?? 0 }

    /// The bar for `fraction` (clamped to 0…1) of `width` cells: whole cells rounded to the
    /// nearest, or eighths when asked and the glyphs have them.
    public static func cells(_ fraction: Double, of width: Int, glyphs: Glyphs, eighths: Bool) -> String {
        let f = fraction.isFinite ? min(1, max(0, fraction)) : 0
        guard width > 0 else { return "" }
        if eighths, !glyphs.partialBars.isEmpty {
            let total = Int((f * Double(width * 8)).rounded())
            let rest = total % 8
            return String(repeating: glyphs.bar, count: total / 8) + (rest > 0 ? glyphs.partialBars[rest - 1] : "")
        }
        return String(repeating: glyphs.bar, count: Int((f * Double(width)).rounded()))
    }

    /// One bar as a line of spans for running text: `indent`, the label padded to
    /// `labelWidth`, the bar in whole cells of `barWidth`, then the value as written.
    public func spans(_ bar: Bar, labelWidth: Int, barWidth: Int, indent: String = "") -> [Span] {
        let cells = top > 0 ? Int((bar.value / top * Double(barWidth)).rounded()) : 0
        let drawn = min(barWidth, max(0, cells))
        return [Span(indent + DisplayWidth.pad(bar.label, to: labelWidth) + "  "),
                Span(String(repeating: glyphs.bar, count: drawn), Style(bar.role)),
                Span(String(repeating: " ", count: barWidth - drawn + 1) + bar.text)]
    }

    /// A gauge: `fraction` of `width` cells filled, the rest shaded.
    public static func gauge(_ fraction: Double, width: Int, glyphs: Glyphs) -> [Span] {
        let f = fraction.isFinite ? min(1, max(0, fraction)) : 0
        let filled = Int((f * Double(max(0, width))).rounded())
        return [Span(String(repeating: glyphs.bar, count: filled), Style(.gauge)),
                Span(String(repeating: glyphs.gaugeEmpty, count: max(0, width - filled)), Style(.gaugeEmpty))]
    }

    /// One bar per row of `area`: labels in a column (at most a third of the width), values
    /// aligned right, the bars between them.
    public func draw(into screen: inout Screen, _ area: Rect) {
        guard !area.isEmpty, !bars.isEmpty else { return }
        let labelWidth = min(bars.map { DisplayWidth.of($0.label) }.max() ?? 0, area.width / 3)
        let valueWidth = min(bars.map { DisplayWidth.of($0.text) }.max() ?? 0, area.width / 3)
        let barWidth = max(0, area.width - labelWidth - valueWidth - 2)
        let top = self.top
        for (r, bar) in bars.prefix(area.height).enumerated() {
            let y = area.y + r
            screen.fill(Rect(x: area.x, y: y, width: area.width, height: 1))
            if labelWidth > 0 { screen.putPadded(bar.label, x: area.x, y: y, columns: labelWidth) }
            let cells = Self.cells(top > 0 ? bar.value / top : 0, of: barWidth, glyphs: glyphs, eighths: eighths)
            screen.put(cells, x: area.x + labelWidth + 1, y: y, maxWidth: barWidth, style: Style(bar.role))
            if valueWidth > 0 {
                screen.putPadded(bar.text, x: area.maxX - valueWidth, y: y, columns: valueWidth, style: Style(.number),
                                 alignRight: true)
            }
        }
    }
}
