import Dashboard

/// Which columns of a row changed since the last frame. Only those reach curses, and curses
/// only sends what differs from the terminal: over SSH an arrow key costs a few bytes.
enum RowDiff {
    /// Columns from the first to the last changed cell, widened so that a wide glyph is
    /// redrawn whole, or nil when the row is unchanged.
    static func changedSpan(old: ArraySlice<Cell>, new: ArraySlice<Cell>) -> Range<Int>? {
        let count = min(old.count, new.count)
        guard count > 0 else { return nil }
        let o = old.startIndex, n = new.startIndex
        var first = -1
        for i in 0..<count where old[o + i] != new[n + i] { first = i; break }
        if first < 0 { return nil }
        var last = first
        for i in stride(from: count - 1, to: first, by: -1) where old[o + i] != new[n + i] { last = i; break }
        // A changed right half means its left half must be drawn again, and the other way round.
        if first > 0 && (new[n + first].width == 0 || old[o + first].width == 0) { first -= 1 }
        if last + 1 < count && (new[n + last].width == 2 || old[o + last].width == 2) { last += 1 }
        return first..<(last + 1)
    }
}
