import Foundation

/// The review form `weibao ingest --format json` writes: its articles' sources and its
/// figure records are read as a dataset's would be, every problem at its place in the file;
/// each figure's confidence and rule go beside it.
extension LoadSession {
    static let candidateTopKeys = ["report", "encoding", "articles", "figures", "measures", "events", "skipped", "notes"]
    static let candidateKeys = ["record", "confidence", "rule", "line", "column", "canonical_confidence", "canonical_rule"]

    func decodeCandidates(_ bytes: [UInt8], file: Int32) -> (report: String, candidates: [Candidate]) {
        let name = files[Int(file)].name
        guard let root = parse(bytes, file: file) else { return ("", []) }
        guard let top = ObjectFields(root, kind: "candidates file", allowed: Self.candidateTopKeys, file: name, log: log) else { return ("", []) }
        let report = top.string("report", "the report ingest read, as weibao ingest --format json writes it")?.value ?? ""
        func array(_ key: String) -> [JSONNode] { top.array(key, "an array") }
        for a in array("articles") {
            guard let o = ObjectFields(a, kind: "article", allowed: ["source", "province", "province_rule"], file: name, log: log) else { continue }
            if let s = o.member("source") { decodeSource(s.value, file: file) } else { o.missing("source", "the article's source record") }
        }
        var candidates: [Candidate] = []
        for node in array("figures") {
            guard let o = ObjectFields(node, kind: "candidate", allowed: Self.candidateKeys, file: name, log: log) else { continue }
            guard let record = o.member("record") else {
                o.missing("record", "the figure record")
                continue
            }
            let count = figures.count
            decodeFigure(record.value, file: file, export: false, also: ["qualifier_read"])
            let confidence = fraction(o, "confidence", required: true) ?? 0
            let canonicalConfidence = fraction(o, "canonical_confidence", required: false)
            guard figures.count > count else { continue }
            candidates.append(Candidate(id: figures[count].id, confidence: confidence,
                                        rule: o.string("rule", required: false, allowEmpty: true, "the rule that decided")?.value ?? "",
                                        line: whole(o, "line") ?? 0, column: whole(o, "column") ?? 0,
                                        canonicalConfidence: canonicalConfidence,
                                        canonicalRule: o.string("canonical_rule", required: false, allowEmpty: true, "the rule that chose the canonical indicator")?.value ?? ""))
        }
        return (report, candidates)
    }

    /// A number from 0 to 1.
    private func fraction(_ o: ObjectFields, _ key: String, required: Bool) -> Double? {
        guard let m = o.member(key) else {
            if required { o.missing(key, "a confidence from 0 to 1") }
            return nil
        }
        if case .number(let n) = m.value.value, let v = Double(n), (0...1).contains(v) { return v }
        log.add(o.file, m.value.position, "bad \"\(key)\", expected a confidence from 0 to 1")
        return nil
    }

    private func whole(_ o: ObjectFields, _ key: String) -> Int? {
        guard let m = o.member(key) else { return nil }
        if case .number(let n) = m.value.value, let v = Int(n), v >= 1 { return v }
        log.add(o.file, m.value.position, "bad \"\(key)\", expected a whole number from 1")
        return nil
    }
}

extension DatasetLoader {
    /// Reads a candidates file (`weibao ingest --format json`), checking its records as any
    /// dataset's, quotes against the report when it is at hand.
    public func checkCandidates(path: String) -> (LoadReport, CandidateSet?) {
        let session = LoadSession(options: self)
        session.files.append(LoadedFile(name: path, directory: (path as NSString).deletingLastPathComponent))
        guard let read = FileBytes.read(path) else {
            session.log.items.append(Diagnostic(file: path, line: 0, column: 0, message: "cannot read the file, expected the JSON that weibao ingest --format json writes"))
            return (session.finish(), nil)
        }
        var repairs: [Diagnostic] = []
        guard let bytes = Self.utf8(read, name: path, session: session, repairs: &repairs) else { return (session.finish(), nil) }
        let (report, candidates) = session.decodeCandidates(bytes, file: 0)
        let result = session.finish()
        guard let dataset = result.dataset, result.diagnostics.isEmpty else { return (result, nil) }
        let byID = Dictionary(candidates.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let ordered = dataset.figures.map { byID[$0.id] ?? Candidate(id: $0.id, confidence: 0, rule: "", line: 0, column: 0) }
        return (result, CandidateSet(dataset: dataset, candidates: ordered, report: report))
    }
}
