/// Why a report could not be read at all. Messages name the file and say what was expected.
public struct IngestError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
