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

        // Report texts, where at hand; a source given only by its report shows under that name.
        var texts: [String: SourceText] = [:]
        var textOfSource: [SourceText?] = Array(repeating: nil, count: sourceList.count)
        var textName = Array(repeating: "", count: sourceList.count)
        for (i, source) in sourceList.enumerated() where !source.file.isEmpty || !source.report.isEmpty {
            let draft = i < sources.count ? sources[i] : nil
            if source.file.isEmpty { sourceList[i].file = source.report }
            guard let (bytes, name) = sourceBytes(source, nextTo: draft.map { files[Int($0.file)] }) else {
                uncheckedSources.append(UncheckedSource(id: source.id, file: sourceList[i].file, report: source.report))
                continue
            }
            guard hashMatches(bytes, name: name, draft: draft) else { continue }
            let text: SourceText
            if let cached = texts[name] {
                text = cached
            } else {
                if let bad = bytes.withUnsafeBufferPointer({ UTF8Validation.check($0) }) {
                    log.add(name, bad.position, bad.message)
                    continue
                }
                text = SourceText(String(decoding: bytes, as: UTF8.self))
                texts[name] = text
            }
            if let lines = source.lines, lines.upperBound > text.lineCount, let draft {
                log.add(files[Int(draft.file)].name, draft.linesAt ?? draft.fileAt,
                        "lines \(lines.lowerBound)–\(lines.upperBound) run past the end of \(name) (\(text.lineCount) lines), expected at most \(text.lineCount)")
                continue
            }
            textOfSource[i] = text
            textName[i] = name
        }
        for s in sourceList where s.file.isEmpty { uncheckedSources.append(UncheckedSource(id: s.id, file: "")) }

        // Quotes, once per distinct (source, quote).
        var found: [QuoteKey: SourceSpan?] = [:]
        func locate(_ sourceID: String, _ quote: String, _ place: RecordPlace) -> SourceSpan? {
            guard !quote.isEmpty, let i = sourceIndex[sourceID], let text = textOfSource[i] else { return nil }
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
        /// A measure's or event's `line`: within the report, and the place shown when it has no quote.
        func locate(line: Int?, _ sourceID: String, quoted: SourceSpan?, _ place: RecordPlace) -> SourceSpan? {
            guard let line, let i = sourceIndex[sourceID], let text = textOfSource[i] else { return quoted }
            guard line <= text.lineCount else {
                let (file, at) = position(place, .place)
                log.add(file, at, "line \(line) is past the end of \(textName[i]) (\(text.lineCount) lines), expected the line where the record stands")
                return quoted
            }
            return quoted ?? text.lineSpan(line)
        }
        var checks = FigureChecks()
        if textOfSource.contains(where: { $0 != nil }) {
            for k in figures.indices {
                figures[k].span = locate(figures[k].sourceID, figures[k].quote, figurePlaces[k])
                if let r = figures[k].reportSpan, let i = sourceIndex[figures[k].sourceID], let text = textOfSource[i],
                   let number = locateNumber(r, of: figures[k], in: text, report: textName[i], place: figurePlaces[k]) {
                    figures[k].span = number
                }
            }
        }
        for k in figures.indices {
            let f = figures[k]
            let checkable = !f.quote.isEmpty || f.reportSpan != nil
            if !checkable {
                if isUncited(f.sourceID, sourceList, sourceIndex) { checks.uncited += 1 } else { checks.citationOnly += 1 }
            } else if let i = sourceIndex[f.sourceID], textOfSource[i] != nil {
                checks.checked += 1
            } else {
                checks.notChecked += 1
                if let i = sourceIndex[f.sourceID], !sourceList[i].report.isEmpty { checks.missingReports.insert(sourceList[i].report) }
            }
        }
        for k in measures.indices {
            let m = measures[k]
            measures[k].span = locate(line: m.line, m.sourceID, quoted: locate(m.sourceID, m.quote, measurePlaces[k]), measurePlaces[k])
            if m.quote.isEmpty && m.line == nil && isUncited(m.sourceID, sourceList, sourceIndex) { checks.uncitedOther += 1 }
        }
        for k in events.indices {
            let e = events[k]
            events[k].span = locate(line: e.line, e.sourceID, quoted: locate(e.sourceID, e.quote, eventPlaces[k]), eventPlaces[k])
            if e.quote.isEmpty && e.line == nil && isUncited(e.sourceID, sourceList, sourceIndex) { checks.uncitedOther += 1 }
        }

        // A workbook's problems stand at cells of its sheet.
        let sheets = Dictionary(files.compactMap { f in f.sheet.map { (f.name, $0) } }, uniquingKeysWith: { a, _ in a })
        if !sheets.isEmpty {
            for k in log.items.indices where log.items[k].line > 0 { log.items[k].sheet = sheets[log.items[k].file] }
        }
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
        var report = LoadReport(dataset: dataset, diagnostics: diagnostics, files: files.map(\.name),
                                uncheckedSources: uncheckedSources, figureChecks: checks)
        report.filledIn = filled
        report.streamed = files.filter { $0.csvPath != nil }.map(\.name)
        return report
    }

    /// A record with no quote and no place in a report whose source cites nothing either (no
    /// url, headline or outlet): it loads, counted, and Detail marks it 无出处.
    private func isUncited(_ sourceID: String, _ sources: [Source], _ index: [String: Int]) -> Bool {
        index[sourceID].map { sources[$0].citesNothing } ?? false
    }

    struct QuoteKey: Hashable {
        var source: Int
        var quote: String
    }

    /// A source's text: on disk next to the dataset file or under the current folder (user
    /// datasets only), else built into the binary.
    func readText(_ path: String, nextTo file: LoadedFile?) -> [UInt8]? {
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
