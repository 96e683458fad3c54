/// The message for a quote that is not in its report, with how far it does match: a
/// one-character slip in a long sentence is then quick to find.
enum QuoteHint {
    static func message(quote: String, in text: SourceText, source: Source) -> String {
        var where_ = source.file
        if let lines = source.lines { where_ += " (lines \(lines.lowerBound)–\(lines.upperBound))" }
        var message = "quote not found in \(where_)"
        let needle = SourceText.normalize(quote)
        // The longest prefix that is found: found prefixes are closed under shortening.
        var lo = 0, hi = needle.count
        var best: SourceSpan?
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if let span = text.find(string(needle[0..<mid]), within: source.lines) {
                lo = mid
                best = span
            } else {
                hi = mid - 1
            }
        }
        if lo >= 2, let best {
            let after = text.firstNormalized(atOrAfter: best.range.upperBound)
            let textNext = string(text.normalized[after..<min(after + 8, text.normalized.count)])
            let quoteNext = string(needle[lo..<min(lo + 8, needle.count)])
            message += ": its first \(lo) characters match at \(best.startLine):\(best.startColumn), then the report has \"\(textNext)\" where the quote has \"\(quoteNext)\""
        }
        return message + ", expected the report's words verbatim"
    }

    static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var s = String.UnicodeScalarView()
        s.append(contentsOf: scalars)
        return String(s)
    }
}
