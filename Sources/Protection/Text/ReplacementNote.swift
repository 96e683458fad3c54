extension Diagnostic {
    /// Text that loaded with U+FFFD in place of what could not be a character, noted once a
    /// file at the first place: "2 invalid UTF-8 sequences, the first here (…); shown as U+FFFD".
    static func replaced(_ count: Int, _ singular: String, _ plural: String, first: SyntaxError, file: String) -> Diagnostic {
        let what = count == 1 ? "1 \(singular)" : "\(count) \(plural)"
        return Diagnostic(file: file, at: first.position, "\(what), the first here (\(first.message)); shown as U+FFFD")
    }
}
