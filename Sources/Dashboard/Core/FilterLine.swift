import Protection

extension Root {
    /// Sets the filter line to `text` and applies it, as `--filter` does at start.
    /// Returns the parse error, if any (the state then shows no filter).
    public static func applyFilter(_ text: String, to s: inout DashboardState, _ catalog: Catalog) -> QueryError? {
        s.filter.text = text
        s.filter.caret = text.count
        refilter(&s, catalog)
        normalize(&s, catalog)
        return s.filter.error
    }

    /// A key while the filter line has the keyboard: printable keys are typed; the rest are
    /// looked up in the filter line's bindings.
    static func filterKey(_ key: Key, _ s: inout DashboardState, _ catalog: Catalog) -> Effect {
        var chars = Array(s.filter.text)
        var caret = min(max(0, s.filter.caret), chars.count)
        if key.isPrintable, case .char(let c) = key {
            chars.insert(c, at: caret)
            caret += 1
        } else {
            switch s.options.keys.action(for: key, on: s.pageID, in: .filterEditing) {
            case .filterKeep?:
                s.mode = .normal
                return .none
            case .filterClear?:
                clearFilter(&s, catalog)
                return .none
            case .filterClearLine?:
                chars = []
                caret = 0
            case .filterDeleteWord?:
                var i = caret
                while i > 0 && chars[i - 1] == " " { i -= 1 }
                while i > 0 && chars[i - 1] != " " { i -= 1 }
                chars.removeSubrange(i..<caret)
                caret = i
            case .filterDeleteBack?:
                guard caret > 0 else { return .none }
                chars.remove(at: caret - 1)
                caret -= 1
            case .filterDeleteForward?:
                guard caret < chars.count else { return .none }
                chars.remove(at: caret)
            case .filterCaretLeft?: caret = max(0, caret - 1)
            case .filterCaretRight?: caret = min(chars.count, caret + 1)
            case .filterCaretStart?: caret = 0
            case .filterCaretEnd?: caret = chars.count
            case let action? where [.up, .down, .pageUp, .pageDown].contains(action):
                // Browse the narrowed lists without leaving the line.
                perform(action, &s, catalog)
                return .none
            case .redraw?: return .redraw
            case .suspend?: return .suspend
            case .help?:
                openHelp(&s, from: .filterEditing)
                return .none
            default: return .none
            }
        }
        s.filter.caret = caret
        let text = String(chars)
        if text != s.filter.text {
            s.filter.text = text
            refilter(&s, catalog)
        }
        return .none
    }

    /// Removes the filter, keeping the selected division selected.
    static func clearFilter(_ s: inout DashboardState, _ catalog: Catalog) {
        let previous = s.filter
        s.filter = FilterState()
        s.mode = s.mode == .filterEditing ? .normal : s.mode
        refilter(&s, catalog, previous: previous)
    }

    /// Parses the line and, when it parses, filters and tells every page on the stack, which
    /// keep their selections on what they were on. A line that does not parse leaves the last
    /// result on screen.
    static func refilter(_ s: inout DashboardState, _ catalog: Catalog, previous: FilterState? = nil) {
        let query: Query
        do {
            query = try Query.parse(s.filter.text)
        } catch {
            s.filter.error = error
            return
        }
        s.filter.error = nil
        let before = previous ?? s.filter
        if query.isEmpty {
            s.filter.query = nil
            s.filter.result = nil
        } else if query != s.filter.query {
            s.filter.query = query
            s.filter.result = catalog.index.filter(query)
        }
        for i in s.stack.indices {
            let ctx = PageContext(s, catalog, isTop: i == s.stack.count - 1)
            s.stack[i].page.filterChanged(from: before, ctx)
        }
    }
}
