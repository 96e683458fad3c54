import Protection

extension Action {
    public static let compare = Action("compare")
    public static let trend = Action("trend")
    public static let sources = Action("sources")
}

extension KeyTable {
    // Between `m` (160) and `p` (170): the pages that read across figures.
    public static let compare = Binding([.char("c")], "c", "比较", .compare, rank: 162, footer: true)
    public static let trend = Binding([.char("t")], "t", "趋势", .trend, rank: 164, footer: true)
    public static let sources = Binding([.char("r")], "r", "来源", .sources, rank: 166, footer: true)
}

/// `c`, `t` and `r` from whichever page has a figure at hand: one place decides what they
/// open, so Figures, Detail, Home and the comparison agree.
enum Openers {
    /// The comparison on the figure's canonical indicator; the list of indicators when there
    /// is no figure or it has none (with the reason on the status line).
    static func compare(figure: Int?, _ ctx: PageContext) -> [Command] {
        if let figure, let indicator = Indicators.named(ctx.dataset.figures[figure].canonical) {
            return [.push(ComparisonPage.open(indicator: indicator, focus: ctx.dataset.figures[figure].provinceIndex, ctx))]
        }
        var commands: [Command] = [.push(IndicatorsPage.open(ctx))]
        if figure != nil {
            commands.append(.status(StatusMessage(text: "这项数据未归入统一指标，无法比较：请选一个统一指标", isError: false)))
        }
        return commands
    }

    /// The figure's division over time on its canonical indicator.
    static func trend(figure: Int, _ ctx: PageContext) -> [Command] {
        let f = ctx.dataset.figures[figure]
        guard let indicator = Indicators.named(f.canonical) else {
            return [.status(StatusMessage(text: "这项数据未归入统一指标，没有趋势可看", isError: false))]
        }
        return [.push(TrendPage.open(province: f.provinceIndex, indicator: indicator, figure: figure, ctx))]
    }

    /// The figure's source in the reader, on its number; every source without a figure.
    static func sources(figure: Int?, _ ctx: PageContext) -> [Command] {
        guard let figure else { return [.push(SourcesPage.open(ctx))] }
        let f = ctx.dataset.figures[figure]
        guard let source = ctx.dataset.sourceIndex(id: f.sourceID) else {
            return [.push(SourcesPage.open(ctx))]
        }
        return [.push(SourcesPage.open(ctx, source: source)), .push(ReaderPage(source: source, figure: figure, ctx))]
    }

    /// Whether `t` can act on the figure.
    static func hasTrend(_ figure: Int?, _ ctx: PageContext) -> Bool {
        guard let figure, figure < ctx.dataset.figures.count else { return false }
        return !ctx.dataset.figures[figure].canonical.isEmpty
    }
}
