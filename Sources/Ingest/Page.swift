import Protection

/// A report file read as lines, with the normalised reading of `SourceText` under it.
///
/// Articles, blocks and noise are decided on lines (a newspaper page's layout lives there);
/// sentences and figures on the normalised text, whose every scalar keeps its original offset.
final class Page: Sendable {
    let source: SourceText
    /// Scalar offset where each line starts (0-based line index).
    let lineStarts: [Int]
    /// Each line dropped of spaces, full-width folded and read as simplified: for classifying.
    let lineReadings: [[Unicode.Scalar]]

    init(_ text: String) {
        source = SourceText(text)
        var starts = [0]
        for (i, c) in source.scalars.enumerated() where c == "\n" { starts.append(i + 1) }
        lineStarts = starts
        var readings: [[Unicode.Scalar]] = []
        readings.reserveCapacity(starts.count)
        let s = source.scalars
        for l in 0..<starts.count {
            var r: [Unicode.Scalar] = []
            let end = l + 1 < starts.count ? starts[l + 1] : s.count
            for k in starts[l]..<end where !Page.isSpace(s[k]) { r.append(Traditional.simplified(Page.fold(s[k]))) }
            readings.append(r)
        }
        lineReadings = readings
    }

    var lineCount: Int { lineStarts.count }

    /// Scalar offsets of line `l` (0-based), without its line break.
    func range(ofLine l: Int) -> Range<Int> {
        let end = l + 1 < lineStarts.count ? lineStarts[l + 1] - 1 : source.scalars.count
        return lineStarts[l]..<max(lineStarts[l], end)
    }

    /// 0-based line of a scalar offset.
    func line(of offset: Int) -> Int {
        var lo = 0, hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    /// First normalised index whose original offset is at or after `offset`.
    func firstNormalized(atOrAfter offset: Int) -> Int {
        let origin = source.origin
        var lo = 0, hi = origin.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if origin[mid] < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    func text(ofLine l: Int) -> String { String(String.UnicodeScalarView(lineReadings[l])) }

    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        c == " " || c == "\t" || c == "\n" || c == "\r" || c.value == 0x3000 || c.value == 0xA0
    }

    /// Full-width ASCII forms to ASCII, as `SourceText` folds them.
    static func fold(_ c: Unicode.Scalar) -> Unicode.Scalar {
        if c.value >= 0xFF01 && c.value <= 0xFF5E { return Unicode.Scalar(c.value - 0xFEE0)! }
        return c
    }
}

extension Array where Element == Unicode.Scalar {
    /// True when `word` stands at `i`.
    func has(_ word: [Unicode.Scalar], at i: Int) -> Bool {
        guard i >= 0, i + word.count <= count else { return false }
        for k in 0..<word.count where self[i + k] != word[k] { return false }
        return true
    }

    func string(_ r: Range<Int>) -> String {
        let lo = Swift.max(0, r.lowerBound), hi = Swift.min(count, r.upperBound)
        guard lo < hi else { return "" }
        return String(String.UnicodeScalarView(self[lo..<hi]))
    }
}

/// Scalars of a word, for comparisons in scalar arrays.
func scalars(_ s: String) -> [Unicode.Scalar] { Array(s.unicodeScalars) }
