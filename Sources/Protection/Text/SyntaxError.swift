/// A file that cannot be read as JSON or CSV at all: where, and what was expected there.
public struct SyntaxError: Error, Sendable, Hashable, CustomStringConvertible {
    public var position: TextPosition
    /// "expected ',' or '}', found end of file".
    public var message: String

    public init(_ position: TextPosition, _ message: String) {
        self.position = position
        self.message = message
    }

    public init(line: Int, column: Int, _ message: String) {
        self.init(TextPosition(line: line, column: column), message)
    }

    /// "3:14: expected ',' or '}', found end of file".
    public var description: String { "\(position): \(message)" }
}
