import Protection

/// The summary `weibao ingest` prints to standard error: what was found, by system; what
/// was skipped and why; what a reviewer should look at first.
public enum IngestSummary {
    public static func text(_ r: IngestResult, explain: Bool = false) -> String {
        var lines: [String] = []
        let n = r.articles.count
        lines.append("\(r.path) (\(r.encoding.rawValue)): \(n) article\(n == 1 ? "" : "s"), \(r.figures.count) figures, \(r.measures.count) measures, \(r.events.count) events")
        for a in r.articles.prefix(explain ? .max : 20) {
            let province = a.provinceIndex.map { Province.all[$0].shortName } ?? "?"
            let lines1 = a.source.lines.map { "lines \($0.lowerBound)–\($0.upperBound)" } ?? ""
            let head = a.source.headline.isEmpty ? "(no headline)" : a.source.headline
            lines.append("  \(a.source.id): \(province) · \(a.source.outlet) · \(lines1) · \(head) · province: \(a.provinceRule)")
        }
        if !explain && n > 20 { lines.append("  … \(n - 20) more articles (--explain lists all)") }
        var bySystem = [Int](repeating: 0, count: ProtectionSystem.allCases.count)
        for f in r.figures { bySystem[Int(f.record.system.rawValue)] += 1 }
        lines.append("  figures by system: " + ProtectionSystem.allCases.map { "\($0.shortName) \(bySystem[Int($0.rawValue)])" }.joined(separator: " · "))
        var reasons: [String: Int] = [:]
        for s in r.skipped { reasons[s.reason, default: 0] += 1 }
        if !r.skipped.isEmpty {
            lines.append("  skipped \(r.skipped.count) numbers that are not figures:")
            for (reason, count) in reasons.sorted(by: { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }) {
                let examples = r.skipped.filter { $0.reason == reason }.prefix(3).map { "\($0.text) (\($0.line):\($0.column))" }.joined(separator: ", ")
                lines.append("    \(count) × \(reason): \(examples)")
            }
        }
        let doubtful = r.figures.filter { $0.confidence < 0.5 }
        if !doubtful.isEmpty {
            lines.append("  review first, system decided with low confidence:")
            for f in doubtful.prefix(explain ? .max : 10) {
                lines.append("    \(f.record.id) \(f.record.text) → \(f.record.system.shortName) \(f.confidence): \(f.rule)")
            }
            if !explain && doubtful.count > 10 { lines.append("    … \(doubtful.count - 10) more (--explain lists all)") }
        }
        if explain {
            lines.append("  every figure:")
            for f in r.figures {
                lines.append("    \(f.line):\(f.column) \(f.record.id) \(f.record.indicator) \(f.record.text) → \(f.record.system.shortName) \(f.confidence): \(f.rule)")
            }
            lines.append("  every measure:")
            for m in r.measures { lines.append("    \(m.line):\(m.column) \(m.record.id) \(m.record.text) → \(m.record.system.shortName) \(m.confidence): \(m.rule)") }
            lines.append("  every skipped number:")
            for s in r.skipped { lines.append("    \(s.line):\(s.column) \(s.text): \(s.reason)") }
        }
        for note in r.notes { lines.append("  note: \(note)") }
        return lines.joined(separator: "\n")
    }
}

extension IngestResult {
    /// Points every source at another text file (a UTF-8 copy of a GB18030 report), or at
    /// none: the loader reads report texts as UTF-8 only.
    public mutating func retargetFile(_ file: String?) {
        for k in articles.indices {
            articles[k].source.file = file ?? ""
            if file == nil { articles[k].source.lines = nil }
        }
    }
}
