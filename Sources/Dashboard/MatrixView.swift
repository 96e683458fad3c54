import Protection

/// Provinces × the seven systems: figure counts, shaded by density.
enum MatrixView {
    static func draw(_ s: DashboardState, _ catalog: Catalog, into screen: inout Screen, _ layout: Layout) {
        let body = layout.body
        let nameWidth = layout.matrixNameWidth
        let cell = layout.matrixCellWidth
        let what = s.filter.isActive ? "匹配的数据项数" : "数据项数"
        screen.putPadded(" 各省六大保护\(what)（底色越亮越多；Enter 打开该格的数据）", x: 0, y: body.y,
                         columns: body.width, style: Style(.heading))
        let headY = body.y + 1
        screen.putPadded(" 省份", x: 0, y: headY, columns: nameWidth, style: Style(.heading))
        for c in 0..<8 {
            let title = c < 7 ? ProtectionSystem(rawValue: UInt8(c))!.shortName : "合计"
            // Underline only the title of the cursor's column, not its padding.
            let x = nameWidth + c * cell
            screen.putPadded(title, x: x, y: headY, columns: cell - 1, style: Style(.heading), alignRight: true)
            if c == s.matrixColumn {
                let w = DisplayWidth.of(title)
                screen.restyle(x: x + cell - 1 - w, y: headY, columns: w, style: Style(.heading, underline: true))
            }
        }
        let rows = layout.matrixRows
        let maxCount = max(1, catalog.maxCellCount)
        for r in 0..<rows.height {
            let i = s.matrixRow.offset + r
            guard i < catalog.provinceOrder.count else { break }
            let p = catalog.provinceOrder[i]
            let y = rows.y + r
            let rowSelected = i == s.matrixRow.selected
            let nameStyle = Style(rowSelected ? .selectedInactive : (catalog.hasData[p] ? .normal : .dim))
            let name = nameWidth >= 16 ? Province.all[p].fullName : Province.all[p].shortName
            screen.putPadded((rowSelected ? s.glyphs.marker : " ") + name, x: 0, y: y, columns: nameWidth, style: nameStyle)
            var total = 0
            for c in 0..<7 {
                let system = ProtectionSystem(rawValue: UInt8(c))!
                let n = s.filter.result?.count(province: p, system: system) ?? catalog.dataset.figureCount(province: p, system: system)
                total += n
                let selected = rowSelected && c == s.matrixColumn
                let style = Style(selected ? .selected : heat(n, max: maxCount))
                screen.putPadded(n == 0 ? "-" : String(n), x: nameWidth + c * cell, y: y, columns: cell - 1,
                                 style: style, alignRight: true)
            }
            screen.putPadded(total == 0 ? "-" : String(total), x: nameWidth + 7 * cell, y: y, columns: cell - 1,
                             style: Style(total == 0 ? .dim : .number), alignRight: true)
        }
    }

    /// Five shades: none, then quarters of the densest cell.
    static func heat(_ n: Int, max: Int) -> Role {
        guard n > 0 else { return .heat0 }
        let level = (n * 4 + max - 1) / max  // 1...4
        return [Role.heat1, .heat2, .heat3, .heat4][min(3, level - 1)]
    }
}
