import Protection

/// The root of the dashboard: keeps the page stack, routes each message to the top page,
/// handles what no page owns (modes, the filter line, snapshots, help, quitting) and turns
/// what pages ask for into state changes and effects. No I/O happens here, so tests drive it
/// directly; the run loop performs the effects and sends their results back as messages.
public enum Root {
    /// A fresh state at a size, on Home.
    public static func initialState(width: Int, height: Int, catalog: Catalog,
                                    options: DashboardOptions = DashboardOptions()) -> DashboardState {
        var s = DashboardState(width: width, height: height, options: options, home: HomePage())
        normalize(&s, catalog)
        return s
    }

    public static func update(_ s: inout DashboardState, _ msg: Msg, _ catalog: Catalog) -> Effect {
        var effect = Effect.none
        switch msg {
        case .resize(let w, let h):
            s.width = max(0, w)
            s.height = max(0, h)
            effect = .redraw
        case .key(let key) where Layout(width: s.width, height: s.height).isTooSmall:
            effect = keyWhileTooSmall(key, s, catalog)
        case .key(let key):
            let shown = s  // what was on screen, should the key save a snapshot
            s.status = nil
            effect = keyPressed(key, &s, catalog, shown: shown)
        case .mouse(let event):
            guard s.options.mouse, !Layout(width: s.width, height: s.height).isTooSmall else { break }
            s.status = nil
            mouse(event, &s, catalog)
        case .snapshotSaved(let path):
            let shownPath = s.options.snapshotDirectory == "." ? String(path.split(separator: "/").last ?? "") : path
            s.status = StatusMessage(text: "已保存 " + shownPath, isError: false)
        case .snapshotFailed(let reason):
            s.status = StatusMessage(text: reason, isError: true)
        case .reviewSaved(let outcome):
            effect = reviewSaved(outcome, &s, catalog)
        }
        normalize(&s, catalog)
        return effect
    }

    static func keyPressed(_ key: Key, _ s: inout DashboardState, _ catalog: Catalog, shown: DashboardState) -> Effect {
        let keys = s.options.keys
        switch s.mode {
        case .filterEditing:
            return filterKey(key, &s, catalog)
        case .choosingFormat:
            s.mode = .normal
            if let action = keys.action(for: key, on: s.pageID, in: .choosingFormat),
               let format = SnapshotFormat.allCases.first(where: { Action.save($0) == action }) {
                return snapshot(format, of: shown, catalog)
            }
            s.status = StatusMessage(text: "没有保存快照", isError: false)
            return .none
        case .pageInput:
            let ctx = PageContext(s, catalog)
            var page = s.top
            let commands = page.input(key, action: key.isPrintable ? nil : keys.action(for: key, on: s.pageID, in: .pageInput), ctx)
            s.stack[s.stack.count - 1].page = page
            return apply(commands, &s, catalog)
        case .confirmQuit:
            s.mode = .normal
            switch keys.action(for: key, on: s.pageID, in: .confirmQuit) {
            case .quitDiscard?: return .quit
            case .quitSave?: return saveBeforeQuitting(&s, catalog)
            default:
                s.status = StatusMessage(text: "没有退出", isError: false)
                return .none
            }
        case .help:
            switch keys.action(for: key, on: s.pageID, in: .help) {
            case .up?: s.helpScroll -= 1
            case .down?: s.helpScroll += 1
            case .pageUp?: s.helpScroll -= 10
            case .pageDown?: s.helpScroll += 10
            case .redraw?: return .redraw
            case .suspend?: return .suspend
            default: s.mode = s.helpFrom  // ?, Esc, q, Enter and anything else close the overlay
            }
            return .none
        case .normal:
            guard let action = keys.action(for: key, on: s.pageID, in: .normal) else { return .none }
            switch action {
            case .quit:
                guard unsaved(s, catalog) > 0 else { return .quit }
                s.mode = .confirmQuit
            case .suspend: return .suspend
            case .redraw: return .redraw
            case .snapshot: return snapshot(s.options.snapshotFormat, of: shown, catalog)
            case .snapshotAsk: s.mode = .choosingFormat
            case .help: openHelp(&s, from: .normal)
            case .filter:
                s.mode = .filterEditing
                s.filter.caret = s.filter.text.count
            default: return perform(action, &s, catalog)
            }
            return .none
        }
    }

    /// Decisions not saved, over every page on the stack.
    static func unsaved(_ s: DashboardState, _ catalog: Catalog) -> Int {
        s.stack.indices.reduce(0) { $0 + s.stack[$1].page.unsavedChanges(PageContext(s, catalog, isTop: $1 == s.stack.count - 1)) }
    }

    /// `q` then `s`: each page with work not saved saves it, and the last answer quits.
    static func saveBeforeQuitting(_ s: inout DashboardState, _ catalog: Catalog) -> Effect {
        for i in s.stack.indices.reversed() {
            let ctx = PageContext(s, catalog, isTop: i == s.stack.count - 1)
            guard s.stack[i].page.unsavedChanges(ctx) > 0 else { continue }
            var page = s.stack[i].page
            let commands = page.perform(.quitSave, ctx)
            s.stack[i].page = page
            return apply(commands, &s, catalog)
        }
        return .quit
    }

    /// A save's answer goes to every page on the stack; the one that asked takes it.
    static func reviewSaved(_ outcome: ReviewOutcome, _ s: inout DashboardState, _ catalog: Catalog) -> Effect {
        var effect = Effect.none
        for i in s.stack.indices {
            let ctx = PageContext(s, catalog, isTop: i == s.stack.count - 1)
            var page = s.stack[i].page
            let commands = page.reviewSaved(outcome, ctx)
            s.stack[i].page = page
            let e = apply(commands, &s, catalog)
            if e != .none { effect = e }
        }
        if case .success = outcome.result, outcome.quitAfter, unsaved(s, catalog) == 0 { return .quit }
        return effect
    }

    /// While the window is below the minimum nothing the user could act on is shown, so only
    /// the keys the size screen names act, whatever the mode: quitting, redrawing, suspending.
    static func keyWhileTooSmall(_ key: Key, _ s: DashboardState, _ catalog: Catalog) -> Effect {
        switch s.options.keys.action(for: key, on: s.pageID, in: .normal) {
        // The size screen cannot ask, so work not saved keeps the dashboard open.
        case .quit?: unsaved(s, catalog) > 0 ? .none : .quit
        case .redraw?: .redraw
        case .suspend?: .suspend
        default: .none
        }
    }

    /// The screen the user saw when asking, without the format prompt.
    static func snapshot(_ format: SnapshotFormat, of shown: DashboardState, _ catalog: Catalog) -> Effect {
        var seen = shown
        seen.mode = .normal
        return .saveSnapshot(format, render(seen, catalog))
    }

    static func openHelp(_ s: inout DashboardState, from mode: Mode) {
        s.mode = .help
        s.helpFrom = mode
        s.helpScroll = 0
    }

    /// Gives the action to the top page and carries out what it asks.
    @discardableResult
    static func perform(_ action: Action, _ s: inout DashboardState, _ catalog: Catalog) -> Effect {
        let ctx = PageContext(s, catalog)
        var page = s.top
        let commands = page.perform(action, ctx)
        s.stack[s.stack.count - 1].page = page
        return apply(commands, &s, catalog)
    }

    /// Carries out what a page asked; the effect of the last `.effect` among them.
    @discardableResult
    static func apply(_ commands: [Command], _ s: inout DashboardState, _ catalog: Catalog) -> Effect {
        var effect = Effect.none
        for command in commands {
            switch command {
            case .push(let page):
                s.push(page)
            case .pop:
                guard s.stack.count > 1, let entry = s.stack.popLast() else { break }
                s.popped[type(of: entry.page).id] = entry
            case .clearFilter:
                clearFilter(&s, catalog)
            case .status(let message):
                s.status = message
            case .effect(let e):
                effect = e
            case .beginInput:
                s.mode = .pageInput
            case .endInput:
                if s.mode == .pageInput { s.mode = .normal }
            }
        }
        return effect
    }

    /// Keeps every page's selections in range and visible at the current size, and the help
    /// overlay's scroll inside its text.
    public static func normalize(_ s: inout DashboardState, _ catalog: Catalog) {
        let top = s.stack.count - 1
        for i in s.stack.indices {
            let ctx = PageContext(s, catalog, isTop: i == top)
            s.stack[i].page.fit(ctx)
        }
        for id in s.popped.keys {
            let ctx = PageContext(s, catalog, isTop: false)
            s.popped[id]!.page.fit(ctx)
        }
        let help = HelpOverlay(s)
        s.helpScroll = min(max(0, s.helpScroll), help.maxScroll)
    }

    static func mouse(_ e: MouseEvent, _ s: inout DashboardState, _ catalog: Catalog) {
        if s.mode == .help {
            s.mode = s.helpFrom
            return
        }
        switch e.button {
        case .wheelUp, .wheelDown:
            let action: Action = e.button == .wheelUp ? .up : .down
            for _ in 0..<3 { perform(action, &s, catalog) }
        case .middle, .right:
            break
        case .left:
            let ctx = PageContext(s, catalog)
            var page = s.top
            let commands = page.click(e, ctx)
            s.stack[s.stack.count - 1].page = page
            apply(commands, &s, catalog)
        }
    }
}
