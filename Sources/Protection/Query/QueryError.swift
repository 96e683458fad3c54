/// Why a query cannot be read, and where: the dashboard shows it under the filter line and
/// keeps the last valid result on screen.
public struct QueryError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Offset of the offending part in Characters of the query text (0-based).
    public let offset: Int
    /// Its length in Characters (at least 1, except at the end of the text where it is 0).
    public let length: Int
    /// "expected a number after >".
    public let message: String

    public init(offset: Int, length: Int, message: String) {
        self.offset = offset
        self.length = length
        self.message = message
    }

    /// "1: expected a number after >" (1-based column, as an editor shows it).
    public var description: String { "\(offset + 1): \(message)" }
}
