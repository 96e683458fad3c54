import Protection

extension Dashboard {
    /// Divisions the Home list shows: all of them, or those with matches while filtering.
    public static func visibleProvinces(_ s: DashboardState, _ catalog: Catalog) -> [Int] {
        guard let result = s.filter.result else { return catalog.provinceOrder }
        return catalog.provinceOrder.filter { result.count(province: $0) > 0 }
    }

    /// Sets the filter line to `text` and applies it, as `--filter` does at start.
    /// Returns the parse error, if any (the state then shows no filter).
    public static func applyFilter(_ text: String, to s: inout DashboardState, _ catalog: Catalog) -> QueryError? {
        s.filter.text = text
        s.filter.caret = text.count
        refilter(&s, catalog)
        normalize(&s, catalog)
        return s.filter.error
    }

    static func filterKey(_ s: inout DashboardState, _ key: Key, _ catalog: Catalog) -> Effect {
        var chars = Array(s.filter.text)
        var caret = min(max(0, s.filter.caret), chars.count)
        switch KeyTable.filterAction(for: key) {
        case .keep?:
            s.filter.editing = false
            return .none
        case .clear?:
            clearFilter(&s, catalog)
            return .none
        case .clearLine?:
            chars = []
            caret = 0
        case .deleteWord?:
            var i = caret
            while i > 0 && chars[i - 1] == " " { i -= 1 }
            while i > 0 && chars[i - 1] != " " { i -= 1 }
            chars.removeSubrange(i..<caret)
            caret = i
        case .deleteBack?:
            guard caret > 0 else { return .none }
            chars.remove(at: caret - 1)
            caret -= 1
        case .deleteForward?:
            guard caret < chars.count else { return .none }
            chars.remove(at: caret)
        case .caretLeft?: caret = max(0, caret - 1)
        case .caretRight?: caret = min(chars.count, caret + 1)
        case .caretStart?: caret = 0
        case .caretEnd?: caret = chars.count
        case nil:
            switch key {
            case .char(let c) where !c.isNewline:
                chars.insert(c, at: caret)
                caret += 1
            case .up, .down, .pageUp, .pageDown:
                // Browse the narrowed lists without leaving the line.
                if let action = s.options.keys.action(for: key, on: s.page) {
                    move(action, &s, catalog, Layout(width: s.width, height: s.height))
                }
                return .none
            case .ctrl("l"): return .redraw
            case .ctrl("z"): return .suspend
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
        let province = s.selectedProvince(catalog)
        s.filter = FilterState()
        refilter(&s, catalog, keeping: province)
    }

    /// Parses the line and, when it parses, filters; keeps selections on what they were on.
    static func refilter(_ s: inout DashboardState, _ catalog: Catalog, keeping selected: Int? = nil) {
        let query: Query
        do {
            query = try Query.parse(s.filter.text)
        } catch {
            s.filter.error = error
            return  // the last valid result stays on screen
        }
        s.filter.error = nil
        let province = selected ?? s.selectedProvince(catalog)
        if query.isEmpty {
            s.filter.query = nil
            s.filter.result = nil
        } else if query != s.filter.query {
            s.filter.query = query
            s.filter.result = catalog.index.filter(query)
        }
        let visible = visibleProvinces(s, catalog)
        if let row = visible.firstIndex(of: province) { s.provinces.selected = row }
        // The table's rows matter only while the table is open (or under Detail).
        guard s.stack.contains(.figures) else { return }
        let keep = s.figureRows.isEmpty ? nil : s.figureRows[min(s.figures.selected, s.figureRows.count - 1)]
        refreshFigureRows(&s, catalog)
        if let keep, let row = s.figureRows.firstIndex(of: keep) { s.figures.selected = row }
    }
}
