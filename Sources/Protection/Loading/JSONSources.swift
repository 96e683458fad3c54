/// Source records of a JSON dataset: where each report is and which lines it takes, its
/// citation, and the report file it was read from with that file's hash.
extension LoadSession {
    func decodeSource(_ node: JSONNode, file: Int32) {
        let before = log.items.count
        guard let o = ObjectFields(node, kind: "source", allowed: Self.sourceKeys, file: files[Int(file)].name, log: log) else { return }
        let id = id(o, file: file)
        let outlet = o.string("outlet", "the outlet as the report cites it, such as 《河南日报》")
        let headline = o.string("headline", required: false, allowEmpty: true, "the report's headline")
        let date = date(o)
        let path = o.string("file", required: false, allowEmpty: true, "the report's text file, such as seeds/000_….txt")
        let lines = lines(o)
        let url = o.string("url", required: false, "the address of the page the report was read from")
        let publisher = o.string("publisher", required: false, "the original publisher, such as 江苏省人民检察院")
        var kind: SourceKind?
        if let k = o.string("kind", required: false, "who published it: " + Self.kindNames) {
            kind = SourceKind(rawValue: k.value)
            if kind == nil { log.add(o.file, k.at, "unknown kind \"\(k.value)\", expected one of: " + Self.kindNames) }
        }
        let report = o.string("report", required: false, "the report's file name in the reports folder, such as 10_jiangsu_2024.txt")
        if let report, report.value.contains("/") || report.value.contains("\\") || report.value.hasPrefix(".") {
            log.add(o.file, report.at, "report \"\(report.value)\" is a path, expected a file name inside the reports folder, such as 10_jiangsu_2024.txt")
        }
        let sha256 = o.string("sha256", required: false, "the hex SHA-256 of the report file")
        if let sha256, !Self.isSHA256(sha256.value) {
            log.add(o.file, sha256.at, "sha256 \"\(sha256.value)\" is not a SHA-256, expected 64 hexadecimal digits (sha256sum prints them)")
        }
        if report != nil, sha256 == nil { o.missing("sha256", "the hex SHA-256 of the report file beside \"report\" (sha256sum prints it)") }
        if let sha256, report == nil {
            log.add(o.file, sha256.at, "\"sha256\" without \"report\", expected the report's file name beside its hash")
        }
        guard let id, log.items.count == before, let outlet else {
            if let id { rejected(id: id.value, file: file, at: id.at) }
            return
        }
        let source = Source(id: id.value, outlet: outlet.value, headline: headline?.value ?? "", date: date,
                            file: path?.value ?? "", lines: lines?.value, url: url?.value ?? "",
                            publisher: publisher?.value ?? "", kind: kind, report: report?.value ?? "",
                            sha256: sha256?.value.lowercased() ?? "")
        sources.append(SourceDraft(source: source, file: file, idAt: id.at, fileAt: path?.at ?? o.at, linesAt: lines?.at,
                                   sha256At: sha256?.at))
    }

    static let kindNames = SourceKind.allCases.map(\.rawValue).joined(separator: ", ")

    static func isSHA256(_ text: String) -> Bool {
        text.utf8.count == 64 && text.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0 | 0x20) }
    }

    /// `lines`: `[first, last]`.
    private func lines(_ o: ObjectFields) -> Located<ClosedRange<Int>>? {
        guard let m = o.member("lines") else { return nil }
        let bounds = m.value.elements?.compactMap { e -> Int? in
            if case .number(let n) = e.value, let v = Int(n), v >= 1 { return v }
            return nil
        }
        if let b = bounds, b.count == 2, m.value.elements?.count == 2, b[0] <= b[1] {
            return Located(value: b[0]...b[1], at: m.value.position)
        }
        log.add(o.file, m.value.position, "bad \"lines\", expected [first, last]: two line numbers from 1, first ≤ last")
        return nil
    }
}
