import Protection

/// The figures table's columns. Value, unit, as-written text, qualifier, change, date and
/// outlet get their natural widths (the widest cell among the context's figures, never less
/// than the heading); the indicator takes what they leave, up to its own natural width. When
/// the window is narrow the optional columns give way: the outlet unless the indicator can
/// have its whole name beside it, the as-written text when the indicator would fall below
/// `indicatorRoom`.
enum FigureColumns {
    typealias Column = Table<Figure>.Column

    /// Widest cells, in display columns. Measured over at most `sampled` figures: a real
    /// province has a few hundred, the million-figure benchmark tens of thousands, and the
    /// first few thousand already hold every width that matters.
    struct Natural: Sendable, Hashable {
        static let sampled = 4096
        var context: FiguresContext?
        var indicator = 4, value = 4, unit = 4, text = 4, qualifier = 4, change = 4, date = 4, source = 4

        init() {}

        init(_ figures: [Int], _ context: FiguresContext, _ ctx: PageContext) {
            self.context = context
            let d = ctx.dataset
            for i in figures.prefix(Self.sampled) {
                let f = d.figures[i]
                indicator = max(indicator, DisplayWidth.of(f.indicator))
                value = max(value, DisplayWidth.of(Format.value(f)))
                unit = max(unit, DisplayWidth.of(f.unit))
                text = max(text, DisplayWidth.of(f.text))
                qualifier = max(qualifier, DisplayWidth.of(Format.qualifier(f)))
                change = max(change, DisplayWidth.of(Format.change(f, ctx.glyphs)))
                date = max(date, DisplayWidth.of(f.date))
                source = max(source, DisplayWidth.of(Format.outlet(f, d)))
            }
        }
    }

    /// The indicator column never goes below this while an optional column could give way.
    static let indicatorRoom = 16

    static func columns(width: Int, _ n: Natural, showSystem: Bool, _ d: Dataset, _ g: Glyphs) -> [Column] {
        // Caps keep one odd cell (a 60-column as-written phrase) from taking the table.
        let value = min(n.value, 16), unit = min(n.unit, 12), text = min(n.text, 24)
        let qualifier = min(n.qualifier, 8), change = min(n.change, 23), source = min(n.source, 20)
        // The marker, the fixed columns, and a gap after each column.
        let core = 1 + (showSystem ? 5 : 0) + value + unit + qualifier + change + n.date + 5
        // The as-written text before the indicator's full width; the outlet only after it.
        let hasText = width - core - (text + 1) >= indicatorRoom
        let afterText = core + (hasText ? text + 1 : 0)
        let hasSource = width - afterText - (source + 1) >= max(indicatorRoom, min(n.indicator, 40))
        let used = afterText + (hasSource ? source + 1 : 0)
        let indicator = max(8, min(n.indicator, width - used))

        var columns: [Column] = []
        if showSystem { columns.append(Column("系统", .fixed(4), field: .system) { $0.system.shortName }) }
        columns.append(Column("指标", .fixed(indicator), field: .indicator) { $0.indicator })
        columns.append(Column("数值", .fixed(value), alignRight: true, role: .number) { Format.value($0) })
        columns.append(Column("单位", .fixed(unit), field: .unit) { $0.unit })
        if hasText { columns.append(Column("原文", .fixed(text), field: .value) { $0.text }) }
        columns.append(Column("限定", .fixed(qualifier)) { Format.qualifier($0) })
        columns.append(Column("变化", .fixed(change)) { Format.change($0, g) })
        columns.append(Column("日期", .fixed(n.date)) { $0.date })
        if hasSource { columns.append(Column("来源", .fixed(source), field: .source) { Format.outlet($0, d) }) }
        return columns
    }
}
