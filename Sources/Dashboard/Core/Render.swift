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
        Chrome.drawFooter(s, page: page, ctx, into: &screen, layout)
        if s.mode == .help { HelpOverlay(s).draw(into: &screen, scroll: s.helpScroll, s.glyphs) }
        return screen
    }

    /// Below 80×24 nothing else fits: say what is needed, which keys still act, and wait for a
    /// larger window. Each line is the longest of its wordings that fits the width, so a tiny
    /// window still reads whole words rather than a cut-off sentence.
    static func drawTooSmall(_ s: DashboardState, into screen: inout Screen) {
        let lines = tooSmallLines(s).compactMap { wordings in wordings.first { DisplayWidth.of($0) <= s.width } }
        let shown = Array(lines.prefix(s.height))
        let top = max(0, (s.height - shown.count) / 2)
        for (i, line) in shown.enumerated() {
            let w = DisplayWidth.of(line)
            screen.put(line, x: max(0, (s.width - w) / 2), y: top + i, style: Style(i == 0 ? .status : .dim))
        }
    }

    /// The size line and the keys line, each from its longest wording to its shortest.
    static func tooSmallLines(_ s: DashboardState) -> [[String]] {
        let times = s.options.ascii ? "x" : "×"
        let need = "\(Layout.minWidth)\(times)\(Layout.minHeight)"
        let have = "\(s.width)\(times)\(s.height)"
        func key(_ action: Action) -> String? {
            s.options.keys.help(for: s.pageID, in: .normal).first { $0.action == action }?.keys.first.map(KeyMap.name)
        }
        let quit = key(.quit).map { "\($0) 退出" }
        let others = [key(.redraw).map { "\($0) 重绘" }, key(.suspend).map { "\($0) 挂起" }].compactMap { $0 }
        var keys: [String] = []
        if let quit {
            keys.append((["请放大窗口；其他键暂不响应；" + quit] + others).joined(separator: "，"))
            keys.append((["请放大窗口；" + quit] + others).joined(separator: "，"))
            keys.append("请放大窗口；" + quit)
            keys.append(quit)
        } else {
            keys.append("请放大窗口")
        }
        return [["窗口至少需要 \(need)，现在是 \(have)", "需要 \(need)，现在 \(have)", "需 \(need)，现 \(have)",
                 "需 \(need)", need], keys]
    }
}
