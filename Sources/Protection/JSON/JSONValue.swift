/// A JSON value that remembers where it was written, for `file:line:column` messages.
///
/// Numbers stay as their text (`329.55`, `3295500`) so nothing passes through Double;
/// objects keep their members in order, duplicates included, so a checker can report them.
public indirect enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case number(String)
    case string(String)
    case array([JSONNode])
    case object([JSONMember])

    /// "string", "number", "object" … for "expected a string, found number" messages.
    public var kindName: String {
        switch self {
        case .null: "null"
        case .bool: "boolean"
        case .number: "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }
}

/// A value and the position of its first character.
public struct JSONNode: Sendable, Hashable {
    public var value: JSONValue
    public var position: TextPosition

    public init(_ value: JSONValue, at position: TextPosition) {
        self.value = value
        self.position = position
    }

    public var string: String? {
        if case .string(let s) = value { return s }
        return nil
    }

    public var members: [JSONMember]? {
        if case .object(let m) = value { return m }
        return nil
    }

    public var elements: [JSONNode]? {
        if case .array(let a) = value { return a }
        return nil
    }

    /// The first member named `key`, when this is an object.
    public subscript(key: String) -> JSONNode? {
        members?.first { $0.key == key }?.value
    }
}

/// One `"key": value` pair of an object; `keyPosition` is where the key's quote opens.
public struct JSONMember: Sendable, Hashable {
    public var key: String
    public var keyPosition: TextPosition
    public var value: JSONNode

    public init(key: String, keyPosition: TextPosition, value: JSONNode) {
        self.key = key
        self.keyPosition = keyPosition
        self.value = value
    }
}
