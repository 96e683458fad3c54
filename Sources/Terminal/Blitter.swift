import CNcursesw
import Dashboard
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Attributes and color pair of one `Style` under the current theme.
struct CellStyle {
    var attr: attr_t
    var pair: Int16
}

struct PairKey: Hashable {
    var fg: Int32
    var bg: Int32
}

extension TerminalSession {
    /// Draws `screen`, sending only the rows and runs that changed since the last frame,
    /// and places the hardware cursor at `screen.cursor` (input methods anchor their
    /// candidate window there) or hides it.
    public func draw(_ screen: Screen) {
        guard active else { return }
        let full = needsFullRedraw || lastDrawn.map { $0.width != screen.width || $0.height != screen.height } ?? true
        if full { _ = werase(window) }
        let rows = min(screen.height, height), cols = min(screen.width, width)
        for y in 0..<max(0, rows) {
            let new = screen.row(y)
            let span: Range<Int>
            if full {
                span = 0..<cols
            } else if let old = lastDrawn?.row(y), let changed = RowDiff.changedSpan(old: old, new: new) {
                span = changed.clamped(to: 0..<cols)
            } else {
                continue
            }
            for x in span {
                let cell = new[new.startIndex + x]
                if cell.width == 0 { continue }  // the right half of a wide glyph drawn at x-1
                put(cell, x: x, y: y, room: cols - x)
            }
        }
        placeCursor(screen.cursor ?? (cursorHides ? nil : screen.focus ?? (0, 0)), cols: cols, rows: rows)
        _ = wnoutrefresh(window)
        _ = doupdate()
        lastDrawn = screen
        needsFullRedraw = false
    }

    private func placeCursor(_ cursor: (x: Int, y: Int)?, cols: Int, rows: Int) {
        if let c = cursor, c.x >= 0, c.y >= 0, c.x < cols, c.y < rows {
            leaveok(window, false)
            _ = wmove(window, Int32(c.y), Int32(c.x))
            if cursorShown != true && cursorHides { _ = curs_set(1); cursorShown = true }
        } else {
            leaveok(window, true)
            if cursorShown != false { _ = curs_set(0); cursorShown = false }
        }
    }

    /// Writes one cell as a wide-character cell. Widths come from the Screen's pinned table;
    /// where the C library disagrees (an older wcwidth), a stand-in of the Screen's width is
    /// drawn so curses and the terminal never shift the rest of the row.
    private func put(_ cell: Cell, x: Int, y: Int, room: Int) {
        let style = cellStyle(cell.style)
        let width = Int(cell.width)
        var scalars = cell.char.unicodeScalars.makeIterator()
        var base = Screen.visible(scalars.next() ?? " ").value
        if width > room {
            base = 0x20  // a wide glyph cut by a narrower terminal
        } else if wcwidth(wchar_t(bitPattern: base)) != Int32(width) {
            base = width == 2 ? 0xFF1F : 0x3F  // "？" or "?"
        }
        glyph[0] = wchar_t(bitPattern: base)
        var count = 1
        if base == Screen.visible(cell.char.unicodeScalars.first ?? " ").value {
            // Combining marks and variation selectors ride along; curses holds up to 4. A
            // joiner would only glue the next cell's glyph on, so the sequence stops there.
            while count < Int(CCHARW_MAX), let s = scalars.next(), s.value != 0x200D {
                let w = wchar_t(bitPattern: s.value)
                if wcwidth(w) != 0 { break }
                glyph[count] = w
                count += 1
            }
        }
        glyph[count] = 0
        var cc = cchar_t()
        _ = setcchar(&cc, glyph, style.attr, style.pair, nil)
        _ = mvwadd_wch(window, Int32(y), Int32(x), &cc)  // ERR at the bottom-right corner is expected
    }

    func cellStyle(_ style: Style) -> CellStyle {
        if let cached = styles[style] { return cached }
        let look = mapper.resolve(theme.look(style))
        var attr = weibao_a_normal()
        if look.bold { attr |= weibao_a_bold() }
        if look.dim { attr |= weibao_a_dim() }
        if look.reverse { attr |= weibao_a_reverse() }
        if look.underline { attr |= weibao_a_underline() }
        let result = CellStyle(attr: attr, pair: pair(fg: look.fg, bg: look.bg))
        styles[style] = result
        return result
    }

    /// Color pairs are made on first use: a theme needs a handful, terminals offer 64 or more.
    private func pair(fg: Int32, bg: Int32) -> Int16 {
        if colorCount == 0 || (fg < 0 && bg < 0) { return 0 }
        let key = PairKey(fg: fg, bg: bg)
        if let p = pairs[key] { return p }
        let next = Int16(pairs.count + 1)
        guard next <= maxPair, init_pair(next, Int16(fg), Int16(bg)) == OK else { return 0 }
        pairs[key] = next
        return next
    }
}
