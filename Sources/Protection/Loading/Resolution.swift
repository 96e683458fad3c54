import Foundation

/// Phase two: what needs every file read first. Sources referenced, report texts found,
/// quotes located in them; then either a whole dataset or every problem.
extension LoadSession {
    func finish() -> LoadReport {
        var sourceList = sources.map(\.source)
        var sourceIndex: [String: Int] = [:]
        for (i, s) in sourceList.enumerated() where sourceIndex[s.id] == nil { sourceIndex[s.id] = i }

        // Sources named only by CSV rows or exported records.
        for id in implicitOrder {
            let implicit = implicitSources[id]!
            if let i = sourceIndex[id] {
                let defined = sourceList[i].outlet
                if !implicit.outlet.isEmpty, implicit.outlet != defined {
                    let (file, at) = position(implicit.place, .outlet)
                    log.add(file, at, "outlet \"\(implicit.outlet)\" for source \"\(id)\" differs from \"\(defined)\" where the source is defined, expected the same outlet")
                }
            } else {
                sourceIndex[id] = sourceList.count
                sourceList.append(Source(id: id, outlet: implicit.outlet, headline: "", date: "", file: ""))
            }
        }

        // Records in dataset files must name a defined source.
        let known = sourceList.prefix(5).map(\.id).joined(separator: ", ")
        func checkSource(_ id: String, _ place: RecordPlace) {
            guard sourceIndex[id] == nil else { return }
            let (file, at) = position(place, .source)
            let hint = sourceList.isEmpty ? "no sources are defined" : "known: \(known)\(sourceList.count > 5 ? ", …" : "")"
            log.add(file, at, "unknown source \"\(id)\", expected the id of a source record (\(hint))")
        }
        // CSV rows name their sources themselves, so only JSON records are looked up.
        for k in figures.indices { if case .json = figurePlaces[k] { checkSource(figures[k].sourceID, figurePlaces[k]) } }
        for k in measures.indices { checkSource(measures[k].sourceID, measurePlaces[k]) }
        for k in events.indices { checkSource(events[k].sourceID, eventPlaces[k]) }

        // Report texts, where at hand.
        var texts: [String: SourceText] = [:]
        var textOfSource: [SourceText?] = Array(repeating: nil, count: sourceList.count)
        for (i, source) in sourceList.enumerated() where !source.file.isEmpty {
            let draft = i < sources.count ? sources[i] : nil
            let text: SourceText?
            if let cached = texts[source.file] {
                text = cached
            } else if let bytes = readText(source.file, nextTo: draft.map { files[Int($0.file)] }) {
                if let bad = bytes.withUnsafeBufferPointer({ UTF8Validation.check($0) }) {
                    log.add(source.file, bad.position, bad.message)
                    continue
                }
                text = SourceText(String(decoding: bytes, as: UTF8.self))
                texts[source.file] = text
            } else {
                text = nil
            }
            guard let text else {
                uncheckedSources.append(UncheckedSource(id: source.id, file: source.file))
                continue
            }
            if let lines = source.lines, lines.upperBound > text.lineCount, let draft {
                log.add(files[Int(draft.file)].name, draft.linesAt ?? draft.fileAt,
                        "lines \(lines.lowerBound)–\(lines.upperBound) run past the end of \(source.file) (\(text.lineCount) lines), expected at most \(text.lineCount)")
                continue
            }
            textOfSource[i] = text
        }
        for s in sourceList where s.file.isEmpty { uncheckedSources.append(UncheckedSource(id: s.id, file: "")) }

        // Quotes, once per distinct (source, quote).
        var found: [QuoteKey: SourceSpan?] = [:]
        func locate(_ sourceID: String, _ quote: String, _ place: RecordPlace) -> SourceSpan? {
            guard let i = sourceIndex[sourceID], let text = textOfSource[i] else { return nil }
            let key = QuoteKey(source: i, quote: quote)
            let span: SourceSpan?
            if let known = found[key] {
                span = known
            } else {
                span = text.find(quote, within: sourceList[i].lines)
                found[key] = span
            }
            if span == nil {
                let (file, at) = position(place, .quote)
                log.add(file, at, QuoteHint.message(quote: quote, in: text, source: sourceList[i]))
            }
            return span
        }
        if textOfSource.contains(where: { $0 != nil }) {
            for k in figures.indices { figures[k].span = locate(figures[k].sourceID, figures[k].quote, figurePlaces[k]) }
        }
        for k in measures.indices { measures[k].span = locate(measures[k].sourceID, measures[k].quote, measurePlaces[k]) }
        for k in events.indices { events[k].span = locate(events[k].sourceID, events[k].quote, eventPlaces[k]) }

        let order = Dictionary(files.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { a, _ in a })
        let diagnostics = log.items.enumerated().sorted { a, b in
            let fa = order[a.element.file] ?? Int.max, fb = order[b.element.file] ?? Int.max
            if fa != fb { return fa < fb }
            if (a.element.line, a.element.column) != (b.element.line, b.element.column) {
                return (a.element.line, a.element.column) < (b.element.line, b.element.column)
            }
            return a.offset < b.offset
        }.map(\.element)
        var usedTexts: [String: SourceText] = [:]
        for (i, s) in sourceList.enumerated() where textOfSource[i] != nil { usedTexts[s.file] = textOfSource[i] }
        let dataset = diagnostics.isEmpty
            ? Dataset(sources: sourceList, figures: figures, measures: measures, events: events, sourceTexts: usedTexts)
            : nil
        return LoadReport(dataset: dataset, diagnostics: diagnostics, files: files.map(\.name),
                          uncheckedSources: uncheckedSources)
    }

    struct QuoteKey: Hashable {
        var source: Int
        var quote: String
    }

    /// A source's text: on disk next to the dataset file or under the current folder (user
    /// datasets only), else built into the binary.
    private func readText(_ path: String, nextTo file: LoadedFile?) -> [UInt8]? {
        if let directory = file?.directory {
            var candidates: [String] = []
            if path.hasPrefix("/") {
                candidates = [path]
            } else {
                candidates = [(directory as NSString).appendingPathComponent(path),
                              (options.currentDirectory as NSString).appendingPathComponent(path)]
            }
            for c in candidates {
                // Regular files only: a FIFO would block and /dev/zero never end.
                if let bytes = FileBytes.read(c) { return bytes }
            }
        }
        return options.bundledTexts[path]
    }
}
