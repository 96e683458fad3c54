/// A value and where it was written.
struct Located<T> {
    var value: T
    var at: TextPosition
}

/// The members of one JSON record with typed, logged access: unknown and repeated keys,
/// missing fields and wrong types each become a diagnostic at the right place.
struct ObjectFields {
    let kind: String
    let at: TextPosition
    let file: String
    let log: DiagnosticLog
    /// A record has a dozen keys at most: a scan of short keys is cheaper than hashing them,
    /// and loading does it for every record.
    private var accepted: [JSONMember] = []

    /// nil (with a diagnostic) when the node is not an object.
    init?(_ node: JSONNode, kind: String, allowed: [String], file: String, log: DiagnosticLog) {
        self.kind = kind
        self.at = node.position
        self.file = file
        self.log = log
        guard let members = node.members else {
            log.add(file, node.position, "\(kind) is \(Self.article(node.value.kindName)), expected an object { … }")
            return nil
        }
        for m in members {
            if accepted.contains(where: { $0.key == m.key }) {
                log.add(file, m.keyPosition, "key \"\(m.key)\" given twice in \(kind), expected each key once")
                continue
            }
            guard allowed.contains(m.key) else {
                var message = "unknown key \"\(m.key)\" in \(kind)"
                if let near = allowed.min(by: { ReferenceNames.editDistance($0, m.key) < ReferenceNames.editDistance($1, m.key) }),
                   ReferenceNames.editDistance(near, m.key) <= 2 {
                    message += " (did you mean \"\(near)\"?)"
                }
                log.add(file, m.keyPosition, message + ", expected one of: " + allowed.joined(separator: ", "))
                continue
            }
            accepted.append(m)
        }
    }

    static func article(_ kind: String) -> String {
        kind == "array" || kind == "object" ? "an \(kind)" : "a \(kind)"
    }

    func member(_ key: String) -> JSONMember? { accepted.first { $0.key == key } }

    /// An array field's elements; none when it is missing, and none (logged) when it is not an array.
    func array(_ key: String, _ expected: String) -> [JSONNode] {
        guard let m = member(key) else { return [] }
        guard let a = m.value.elements else {
            wrongType(m, expected)
            return []
        }
        return a
    }

    func missing(_ key: String, _ expected: String) {
        log.add(file, at, "missing \"\(key)\" in \(kind), expected \(expected)")
    }

    func wrongType(_ m: JSONMember, _ expected: String) {
        log.add(file, m.value.position, "\"\(m.key)\" is \(Self.article(m.value.value.kindName)), expected \(expected)")
    }

    /// A string field. Missing optional fields give nil without a diagnostic.
    func string(_ key: String, required: Bool = true, allowEmpty: Bool = false, _ expected: String) -> Located<String>? {
        guard let m = member(key) else {
            if required { missing(key, expected) }
            return nil
        }
        guard let s = m.value.string else {
            wrongType(m, "a string: \(expected)")
            return nil
        }
        if s.isEmpty && !allowEmpty {
            log.add(file, m.value.position, "empty \"\(key)\", expected \(expected)")
            return nil
        }
        return Located(value: s, at: m.value.position)
    }

    /// A number given as a JSON number or a string (its text either way).
    func numberText(_ key: String, _ expected: String) -> Located<String>? {
        guard let m = member(key) else { return nil }
        switch m.value.value {
        case .number(let text), .string(let text): return Located(value: text, at: m.value.position)
        default:
            wrongType(m, "a number or a string: \(expected)")
            return nil
        }
    }

    /// An array of strings (chairs, decisions); missing means empty.
    func strings(_ key: String, _ expected: String) -> [String] {
        guard let m = member(key) else { return [] }
        guard let elements = m.value.elements else {
            wrongType(m, "an array of strings: \(expected)")
            return []
        }
        var out: [String] = []
        for e in elements {
            if let s = e.string { out.append(s) } else {
                log.add(file, e.position, "element of \"\(key)\" is \(Self.article(e.value.kindName)), expected a string: \(expected)")
            }
        }
        return out
    }
}
