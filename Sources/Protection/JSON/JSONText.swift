/// Text as a JSON string literal, escaped as the JSON export escapes it (control, bidi and
/// line-separator characters as `\u` escapes), for the other JSON the program prints.
public enum JSONText {
    public static func quoted(_ text: String) -> String {
        var out: [UInt8] = []
        FigureExport.string(text, &out)
        return String(decoding: out, as: UTF8.self)
    }

    public static func array(_ texts: [String]) -> String {
        "[" + texts.map(quoted).joined(separator: ", ") + "]"
    }
}
