import Protection

/// A vocabulary of one's own for `weibao ingest --vocabulary FILE`, in the form of the built-in
/// one (Resources/indicators.json, or `weibao indicators --format json`): `[{"id", "name", "unit", "system", "definition", "phrasings"}]`.
/// Read into the model's `CanonicalIndicator`; what is wrong is said at its line and column.
public enum VocabularyFile {
    public static func read(_ bytes: [UInt8]) throws(SyntaxError) -> [CanonicalIndicator] {
        let root = try JSONParser.parse(bytes)
        guard let entries = root.elements else { throw SyntaxError(root.position, "expected an array of indicators, found \(root.value.kindName)") }
        var out: [CanonicalIndicator] = []
        var seen = Set<String>()
        for e in entries {
            guard e.members != nil else { throw SyntaxError(e.position, "expected an indicator object, found \(e.value.kindName)") }
            func text(_ key: String, required: Bool = true) throws(SyntaxError) -> String {
                guard let node = e[key] else {
                    if required { throw SyntaxError(e.position, "indicator without \"\(key)\"") }
                    return ""
                }
                guard let s = node.string else { throw SyntaxError(node.position, "\"\(key)\": expected a string, found \(node.value.kindName)") }
                return s
            }
            let id = try text("id")
            guard seen.insert(id).inserted else { throw SyntaxError(e["id"]!.position, "indicator \"\(id)\" given twice") }
            let systemName = try text("system")
            guard let system = ProtectionSystem.allCases.first(where: { [$0.shortName, $0.name, $0.english].contains(systemName) }) else {
                throw SyntaxError(e["system"]!.position, "unknown system \"\(systemName)\", expected one of 家庭 学校 社会 网络 政府 司法 综合 (or family … general)")
            }
            var phrasings: [String] = []
            if let list = e["phrasings"] {
                guard let items = list.elements else { throw SyntaxError(list.position, "\"phrasings\": expected an array of strings, found \(list.value.kindName)") }
                for p in items {
                    guard let s = p.string else { throw SyntaxError(p.position, "a phrasing: expected a string, found \(p.value.kindName)") }
                    phrasings.append(s)
                }
            }
            out.append(CanonicalIndicator(id: id, name: try text("name"), unit: try text("unit"), system: system,
                                          definition: try text("definition", required: false), phrasings: phrasings))
        }
        return out
    }
}
