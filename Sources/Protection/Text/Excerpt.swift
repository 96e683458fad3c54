/// How much of a user's own input a message repeats. A 40,000-character `--filter` query is
/// cut to the part around the place the message is about (its column is still the real
/// one), and control characters show as stand-ins, so a message stays one readable line.
public enum Excerpt {
    /// Characters of input a message repeats at most.
    public static let limit = 40

    /// `text` whole when it is short, else its first `limit - 1` characters and "…".
    public static func short(_ text: some StringProtocol, limit: Int = limit) -> String {
        let characters = Array(text)
        if characters.count <= limit { return visible(characters[...]) }
        return visible(characters.prefix(limit - 1)) + "…"
    }

    /// At most `limit` characters of `text` around `offset..<offset + length` (Characters),
    /// with "…" on each side that was cut: most of the window after the offset, where the
    /// offending part is.
    public static func around(_ text: String, offset: Int, length: Int, limit: Int = 60) -> String {
        let characters = Array(text)
        if characters.count <= limit { return visible(characters[...]) }
        let at = min(max(0, offset), characters.count)
        var start = max(0, at - limit / 3)
        let end = min(characters.count, start + limit)
        start = max(0, end - limit)
        return (start > 0 ? "…" : "") + visible(characters[start..<end]) + (end < characters.count ? "…" : "")
    }

    static func visible(_ characters: ArraySlice<Character>) -> String {
        let text = String(characters)
        guard text.unicodeScalars.contains(where: { ControlCharacters.isUnsafe($0.value) }) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map(ControlCharacters.visible)))
    }
}
