import Protection

extension Root {
    /// The whole screen for a state: the one renderer behind the terminal, snapshots and tests.
    /// The chrome around the top page, the page itself, and the help overlay over it.
    public static func render(_ s: DashboardState, _ catalog: Catalog) -> Screen {
        var screen = Screen(width: s.width, height: s.height)
        screen.ellipsis = s.glyphs.ellipsis
        let layout = Layout(width: s.width, height: s.height)
        if layout.isTooSmall {
            drawTooSmall(s, into: &screen)
            return screen
        }
        let ctx = PageContext(s, catalog)
        let page = s.top
        Chrome.drawTitle(page.breadcrumb(ctx), catalog, s.glyphs, into: &screen, layout)
        page.draw(into: &screen, ctx)
        Chrome.drawStatus(s, summary: { page.summary(ctx) }, catalog, into: &screen, layout)
        Chrome.drawFooter(s, into: &screen, layout)
        if s.mode == .help { HelpOverlay(s).draw(into: &screen, scroll: s.helpScroll, s.glyphs) }
        return screen
    }

    /// Below 80×24 nothing else fits: say what is needed and wait for a larger window.
    static func drawTooSmall(_ s: DashboardState, into screen: inout Screen) {
        let times = s.options.ascii ? "x" : "×"
        let lines = ["need \(Layout.minWidth)\(times)\(Layout.minHeight), have \(s.width)\(times)\(s.height)",
                     "enlarge the window, or q to quit"]
        let top = max(0, (s.height - lines.count) / 2)
        for (i, line) in lines.enumerated() where top + i < s.height {
            let w = DisplayWidth.of(line)
            screen.put(line, x: max(0, (s.width - w) / 2), y: top + i, style: Style(i == 0 ? .status : .dim))
        }
    }
}
