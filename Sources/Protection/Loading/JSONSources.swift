/// Source records of a JSON dataset: where each report is and which lines it takes.
extension LoadSession {
    func decodeSource(_ node: JSONNode, file: Int32) {
        let before = log.items.count
        guard let o = ObjectFields(node, kind: "source", allowed: Self.sourceKeys, file: files[Int(file)].name, log: log) else { return }
        let id = id(o, file: file)
        let outlet = o.string("outlet", "the outlet as the report cites it, such as 《河南日报》")
        let headline = o.string("headline", required: false, allowEmpty: true, "the report's headline")
        let date = date(o)
        let path = o.string("file", required: false, allowEmpty: true, "the report's text file, such as seeds/000_….txt")
        var lines: ClosedRange<Int>?
        var linesAt: TextPosition?
        if let m = o.member("lines") {
            linesAt = m.value.position
            let bounds = m.value.elements?.compactMap { e -> Int? in
                if case .number(let n) = e.value, let v = Int(n), v >= 1 { return v }
                return nil
            }
            if let b = bounds, b.count == 2, m.value.elements?.count == 2, b[0] <= b[1] {
                lines = b[0]...b[1]
            } else {
                log.add(o.file, m.value.position, "bad \"lines\", expected [first, last]: two line numbers from 1, first ≤ last")
            }
        }
        guard let id, log.items.count == before, let outlet else {
            if let id { rejected(id: id.value, file: file, at: id.at) }
            return
        }
        let source = Source(id: id.value, outlet: outlet.value, headline: headline?.value ?? "", date: date,
                            file: path?.value ?? "", lines: lines)
        sources.append(SourceDraft(source: source, file: file, idAt: id.at, fileAt: path?.at ?? o.at, linesAt: linesAt))
    }
}
