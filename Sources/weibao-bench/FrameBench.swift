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
}
