import Dashboard
import Foundation
import Protection

/// What the user sees per keystroke in the dashboard, and what one frame costs.
enum FrameBench {
    static let width = 200
    static let height = 60

    /// Renders the figures table at 200×60 over rows of `rows.count` figures (every figure
    /// the filter matched), `runs` times.
    static func tableFrame(_ catalog: Catalog, rows: [Int], runs: Int) -> Samples {
        var samples = Samples("render frame: table 200x60, \(rows.count) rows")
        var state = Root.initialState(width: width, height: height, catalog: catalog)
        state.push(FiguresPage(context: FiguresContext(province: catalog.provinceOrder[0], system: nil), rows: rows))
        var sink = 0
        for i in 0..<runs {
            // Move the window through the table so every frame draws other rows.
            state.replace(FiguresPage(context: FiguresContext(province: catalog.provinceOrder[0], system: nil), rows: rows,
                                      list: ListState(selected: (i * 7919) % max(1, rows.count), offset: 0)))
            Root.normalize(&state, catalog)
            let (screen, ms) = Clock.time { Root.render(state, catalog) }
            sink &+= Int(screen.cells[screen.width + 1].width)
            samples.values.append(ms)
        }
        if sink == -1 { print(sink) }
        return samples
    }

    /// Types each query into the dashboard's filter line on Home at 200×60 and deletes it back:
    /// `update` (parse, filter, counts, selection) plus `render`, as the terminal loop does.
    static func dashboardKeystrokes(_ catalog: Catalog, queries: [String], rounds: Int) -> (typing: Samples, deleting: Samples) {
        var typing = Samples("dashboard keystroke+frame: typing")
        var deleting = Samples("dashboard keystroke+frame: deleting")
        for _ in 0..<rounds {
            catalog.index.clearCache()
            var state = Root.initialState(width: width, height: height, catalog: catalog)
            _ = Root.update(&state, .key(.char("/")), catalog)
            for q in queries {
                for c in q {
                    let (_, ms) = Clock.time {
                        _ = Root.update(&state, .key(.char(c)), catalog)
                        return Root.render(state, catalog)
                    }
                    typing.values.append(ms)
                }
                for _ in q {
                    let (_, ms) = Clock.time {
                        _ = Root.update(&state, .key(.backspace), catalog)
                        return Root.render(state, catalog)
                    }
                    deleting.values.append(ms)
                }
            }
        }
        return (typing, deleting)
    }

    /// Opening the comparison (`c` on a figure with a canonical indicator, from its figures
    /// table) and then its trend (`t`), each `update` plus the frame, `runs` times from the
    /// same starting state; then keys on each page (moving, the year, the sort).
    static func nationalPages(_ catalog: Catalog, runs: Int) -> [Samples] {
        var openCompare = Samples("open comparison (c): update+frame 200x60")
        var openTrend = Samples("open trend (t): update+frame 200x60")
        var compareKeys = Samples("comparison keystroke+frame")
        var trendKeys = Samples("trend keystroke+frame")
        let d = catalog.dataset
        // The indicator with the most figures, and a figure of it in the first division.
        guard let (id, figures) = catalog.figuresByCanonical.max(by: { $0.value.count < $1.value.count }),
              let figure = figures.first else { return [] }
        let p = d.figures[figure].provinceIndex
        var start = Root.initialState(width: width, height: height, catalog: catalog)
        var table = FiguresPage(context: FiguresContext(province: p, system: nil), rows: catalog.figures(province: p, system: nil))
        table.list.selected = table.rows.firstIndex(of: figure) ?? 0
        start.push(table)
        Root.normalize(&start, catalog)
        var sink = 0
        func timed(_ s: inout DashboardState, _ key: Key) -> Double {
            let (screen, ms) = Clock.time {
                _ = Root.update(&s, .key(key), catalog)
                return Root.render(s, catalog)
            }
            sink &+= Int(screen.cells[screen.width + 1].width)
            return ms
        }
        let moves: [Key] = [.down, .down, .char("]"), .down, .char("s"), .up, .char("["), .pageDown, .char("s"), .char("s"), .up]
        for _ in 0..<runs {
            var s = start
            openCompare.values.append(timed(&s, .char("c")))
            for k in moves { compareKeys.values.append(timed(&s, k)) }
            _ = Root.update(&s, .key(.char("g")), catalog)
            openTrend.values.append(timed(&s, .char("t")))
            for k: Key in [.down, .up, .left, .right, .end, .home] { trendKeys.values.append(timed(&s, k)) }
        }
        if sink == -1 { print(sink, id) }
        return [openCompare, compareKeys, openTrend, trendKeys]
    }
}
