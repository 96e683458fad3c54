import Protection

/// Provinces × the seven systems: figure counts, shaded by density.
public struct MatrixPage: Page {
    public static let id: PageID = "matrix"
    public static let title = "矩阵"
    public static let bindings: [Binding] = [KeyTable.left, KeyTable.right, KeyTable.open, KeyTable.filter, KeyTable.back]

    /// The cursor's row in `catalog.provinceOrder`.
    public var rows = ListState()
    /// The cursor's column: a `ProtectionSystem.rawValue` (the total column is not selectable).
    public var column = 0

    public init() {}

    static let systems = ProtectionSystem.allCases

    struct Layout {
        let area: Rect
        /// Rows below the two heading lines.
        var rows: Rect { area.splitTop(2).1 }
        var nameWidth: Int { area.width >= 120 ? 16 : 10 }
        /// Seven systems and the total share what the names leave.
        var cellWidth: Int { min(12, (area.width - nameWidth - 2) / (MatrixPage.systems.count + 1)) }
    }

    /// The matrix with its cursor on a province and a column, keeping the scroll of the one
    /// opened before.
    public static func open(province: Int, column: Int, _ ctx: PageContext) -> MatrixPage {
        var page = ctx.latest(MatrixPage.self) ?? MatrixPage()
        page.rows.selected = ctx.catalog.provinceOrder.firstIndex(of: province) ?? 0
        page.column = column
        return page
    }

    public func breadcrumb(_ ctx: PageContext) -> [String] { ["矩阵"] }

    public func summary(_ ctx: PageContext) -> String { ctx.datasetSummary }

    public mutating func perform(_ action: Action, _ ctx: PageContext) -> [Command] {
        switch action {
        case .open:
            let order = ctx.catalog.provinceOrder
            let province = order[min(rows.selected, order.count - 1)]
            return [.push(FiguresPage.open(province: province, system: ProtectionSystem(rawValue: UInt8(column)), ctx))]
        case .back:
            return [.pop]
        case .left: column = max(0, column - 1)
        case .right: column = min(Self.systems.count - 1, column + 1)
        default: rows.step(action, page: Layout(area: ctx.area).rows.height, count: ctx.catalog.provinceOrder.count)
        }
        return []
    }

    public mutating func click(_ e: MouseEvent, _ ctx: PageContext) -> [Command] {
        let layout = Layout(area: ctx.area)
        let area = layout.rows
        guard area.contains(x: e.x, y: e.y) else { return [] }
        let row = rows.offset + (e.y - area.y)
        let col = (e.x - layout.nameWidth) / max(1, layout.cellWidth)
        guard row < ctx.catalog.provinceOrder.count, e.x >= layout.nameWidth, col < Self.systems.count else { return [] }
        if row == rows.selected && col == column { return perform(.open, ctx) }
        rows.selected = row
        column = col
        return []
    }

    public mutating func fit(_ ctx: PageContext) {
        rows.keepVisible(count: ctx.catalog.provinceOrder.count, viewport: Layout(area: ctx.area).rows.height)
        column = min(max(0, column), Self.systems.count - 1)
    }

    public func draw(into screen: inout Screen, _ ctx: PageContext) {
        let layout = Layout(area: ctx.area)
        let body = ctx.area
        let catalog = ctx.catalog
        let filter = ctx.filter
        let nameWidth = layout.nameWidth
        let cell = layout.cellWidth
        let what = filter.isActive ? "匹配的数据项数" : "数据项数"
        let caption = " 各省六大保护\(what)（Enter 打开）"
        screen.putPadded(caption, x: body.x, y: body.y, columns: body.width, style: Style(.heading))
        drawLegend(max: max(1, catalog.maxCellCount), into: &screen, y: body.y,
                   from: body.x + DisplayWidth.of(caption) + 2, to: body.maxX)
        let headY = body.y + 1
        screen.putPadded(" 省份", x: body.x, y: headY, columns: nameWidth, style: Style(.heading))
        for c in 0...Self.systems.count {
            let title = c < Self.systems.count ? Self.systems[c].shortName : "合计"
            // Underline only the title of the cursor's column, not its padding.
            let x = body.x + nameWidth + c * cell
            screen.putPadded(title, x: x, y: headY, columns: cell - 1, style: Style(.heading), alignRight: true)
            if c == column {
                let w = DisplayWidth.of(title)
                screen.restyle(x: x + cell - 1 - w, y: headY, columns: w, style: Style(.heading, underline: true))
            }
        }
        let maxCount = max(1, catalog.maxCellCount)
        let order = catalog.provinceOrder
        func nameStyle(_ i: Int, _ selected: Bool) -> Style {
            Style(selected ? .selectedInactive : (catalog.hasData[order[i]] ? .normal : .dim))
        }
        let list = List(count: order.count, marker: ctx.glyphs.marker)
        list.draw(into: &screen, layout.rows, state: rows, style: nameStyle) { screen, i, rect, rowSelected in
            let p = order[i]
            let name = nameWidth >= 16 ? Province.all[p].fullName : Province.all[p].shortName
            screen.putPadded(name, x: rect.x, y: rect.y, columns: nameWidth - (rect.x - body.x), style: nameStyle(i, rowSelected))
            var total = 0
            for (c, system) in Self.systems.enumerated() {
                let n = filter.result?.count(province: p, system: system) ?? catalog.dataset.figureCount(province: p, system: system)
                total += n
                let selected = rowSelected && c == column
                let style = Style(selected ? .selected : Self.heat(n, max: maxCount))
                screen.putPadded(n == 0 ? "-" : String(n), x: body.x + nameWidth + c * cell, y: rect.y, columns: cell - 1,
                                 style: style, alignRight: true)
            }
            screen.putPadded(total == 0 ? "-" : String(total), x: body.x + nameWidth + Self.systems.count * cell, y: rect.y,
                             columns: cell - 1, style: Style(total == 0 ? .dim : .number), alignRight: true)
        }
    }

    /// The shades as they are drawn, each over the counts it stands for: whatever the
    /// terminal makes of them (colours, 8 colours, bold and underline on a monochrome one), the
    /// legend looks the same as the cells, so no caption has to guess which.
    func drawLegend(max: Int, into screen: inout Screen, y: Int, from left: Int, to right: Int) {
        var items: [(String, Role)] = [(" - ", .heat0)]
        for level in 1...4 {
            let low = (level - 1) * max / 4 + 1, high = level * max / 4
            guard low <= high else { continue }
            items.append((low == high ? " \(low) " : " \(low)~\(high) ", Self.heat(high, max: max)))
        }
        let shades = items.reduce(0) { $0 + DisplayWidth.of($1.0) } + 1
        // The label when there is room for it (a narrow screen filtering has none).
        let label = right - left >= shades + 5 ? "色阶 " : ""
        let width = DisplayWidth.of(label) + shades
        guard right - left >= width else { return }
        var x = right - width
        x += screen.put(label, x: x, y: y, style: Style(.heading))
        for (text, role) in items { x += screen.put(text, x: x, y: y, style: Style(role)) }
    }

    /// Five shades: none, then quarters of the densest cell.
    static func heat(_ n: Int, max: Int) -> Role {
        guard n > 0 else { return .heat0 }
        let level = (n * 4 + max - 1) / max  // 1...4
        return [Role.heat1, .heat2, .heat3, .heat4][min(3, level - 1)]
    }
}
