import Foundation

/// Decoding a CSV file in the columns of `weibao export --format csv` into figures.
///
/// Built for a million rows: a big file is cut into stretches of whole rows decoded on all
/// cores (`CSVChunk`), then merged in file order here, where duplicates across stretches and
/// sources are settled. Positions are worked out only for problems.
extension LoadSession {
    /// The columns, in the order the export writes them.
    enum Column: Int, CaseIterable {
        case id, province, province_code, system, indicator, value, unit, text, qualifier,
             change_from, change_from_text, change_date, date, source, outlet, quote

        /// The rest may be left out: id, text (when value and unit are given), source, quote,
        /// province_code, outlet … are filled in or left empty (docs/data-format.md).
        static let required: [Column] = [.province, .system, .indicator]
        static let byName: [String: Column] = Dictionary(uniqueKeysWithValues: allCases.map { ($0.name, $0) })

        /// The header title: the case name.
        var name: String { "\(self)" }
    }

    /// A per-value cache: ids are dense, so an array indexed by id.
    struct Memo<T> {
        private var slots: [T?] = []

        @inline(__always)
        mutating func get(_ id: Int32, _ compute: () -> T) -> T {
            let k = Int(id)
            guard k >= 0 else { return compute() }
            if k < slots.count, let v = slots[k] { return v }
            let v = compute()
            if k >= slots.count { slots.append(contentsOf: repeatElement(nil, count: k - slots.count + 1)) }
            slots[k] = v
            return v
        }
    }

    struct ChangeKey: Hashable {
        var from: Int32, text: Int32, date: Int32, figureText: Int32
    }

    /// CSV, or TSV with `separator` a tab.
    ///
    /// `tentative`: the bytes have not been checked as UTF-8 yet. Every field is checked as it
    /// is read, so a file read without a syntax error is UTF-8 throughout, and checking it
    /// first would only read 200 MB twice. On a syntax error (a bad byte is one) nothing is
    /// recorded and false is returned: the caller then looks at the encoding and calls again.
    @discardableResult
    func decodeCSV(_ bytes: [UInt8], file: Int32, separator: UInt8 = UInt8(ascii: ","), tentative: Bool = false) -> Bool {
        let name = files[Int(file)].name
        let logMark = log.items.count
        files[Int(file)].csvBytes = bytes  // shared, not copied: for positions of rows later
        files[Int(file)].csvSeparator = separator
        let reader = CSVReader(bytes, separator: separator)
        let header: CSVHeader
        do {
            guard let h = try reader.header() else { return true }
            header = h
        } catch {
            if tentative { return false }
            log.add(name, error.position, error.message)
            return true
        }
        var col = [Int](repeating: -1, count: Column.allCases.count)
        guard readHeader(header, name: name, into: &col) else { return true }
        noteColumns(col, file: file)

        func decode(_ segments: [CSVSegment]) -> [CSVChunk] {
            let chunks = segments.map {
                CSVChunk(name: name, file: file, reader: reader, segment: $0, columns: col, width: header.fields.count)
            }
            // The first stretch checks against every id before this file; later ones are
            // checked against earlier stretches when merged.
            swap(&chunks[0].seen, &ids)
            if chunks.count == 1 {
                chunks[0].run()
            } else {
                DispatchQueue.concurrentPerform(iterations: chunks.count) { chunks[$0].run() }
            }
            swap(&chunks[0].seen, &ids)
            return chunks
        }
        // At least a stretch a core, and stretches of about 8 MB in a big file: merging frees
        // each stretch's rows as it copies them, so the smaller they are, the less is held twice.
        let cores = min(ProcessInfo.processInfo.activeProcessorCount, 8)
        let segments = reader.split(header.body, into: max(cores, min(64, header.body.range.count >> 23)))
        let idsBefore = segments.count > 1 || tentative ? ids : IDSet()
        var chunks = decode(segments)
        if chunks.contains(where: { $0.syntaxError != nil }) {
            if tentative {
                ids = idsBefore
                log.items.removeSubrange(logMark...)
                return false
            }
            if chunks.count > 1 {
                // A malformed file may have been cut in the wrong place: read it whole for the
                // right first error, from the ids as they were.
                ids = idsBefore
                chunks = decode([header.body])
            }
        }
        merge(chunks, file: file)
        return true
    }

    /// Where the columns that later problems point at stand, for their positions.
    func noteColumns(_ col: [Int], file: Int32) {
        for (c, f) in [(Column.id, PlacedField.id), (.source, .source), (.quote, .quote), (.outlet, .outlet)] where col[c.rawValue] >= 0 {
            files[Int(file)].csvColumns[f] = col[c.rawValue]
        }
    }

    /// Adds the stretches' results in file order: rows, problems, ids (duplicates across
    /// stretches found here), and the sources the rows name.
    func merge(_ chunks: [CSVChunk], file: Int32) {
        let name = files[Int(file)].name
        var crossDuplicates: [(String, TextPosition)] = []
        // Room for every row once, so appending never reallocates (which would hold the rows
        // twice more), and each stretch is let go as soon as it is copied.
        let incoming = chunks.reduce(0) { $0 + $1.rows.count }
        if chunks.count > 1 {
            figures.reserveCapacity(figures.count + incoming)
            figurePlaces.reserveCapacity(figurePlaces.count + incoming)
        }
        for (k, chunk) in chunks.enumerated() {
            if k > 0 {
                var clashes: Set<String> = []
                ids.reserveCapacity(ids.count + chunk.seen.count)
                for id in chunk.seen.all where !ids.insert(id) { clashes.insert(id) }
                chunk.seen = IDSet()
                if !clashes.isEmpty {
                    for (i, f) in chunk.rows.enumerated() where clashes.contains(f.id) {
                        crossDuplicates.append((f.id, position(chunk.places[i], .id).at))
                    }
                    for (id, at) in chunk.rejected where clashes.contains(id) { crossDuplicates.append((id, at)) }
                }
            }
            log.items.append(contentsOf: chunk.diagnostics)
            for (c, n) in chunk.filled { filled[c, default: 0] += n }
            if let error = chunk.syntaxError { log.add(name, error.position, error.message) }
            for (id, at) in chunk.rejected where rejectedIDs[id] == nil { rejectedIDs[id] = (file, at) }
            if figures.isEmpty && chunks.count == 1 {
                swap(&figures, &chunk.rows)
                swap(&figurePlaces, &chunk.places)
            } else {
                figures.append(contentsOf: chunk.rows)
                figurePlaces.append(contentsOf: chunk.places)
                chunk.rows = []
                chunk.places = []
            }
            for (source, outlet, place) in chunk.sourceNotes { noteImplicitSource(source, outlet: outlet, place: place) }
        }
        let duplicates = chunks.flatMap(\.duplicates) + crossDuplicates
        guard !duplicates.isEmpty else { return }
        // One index of first uses, rather than a search through every record per duplicate.
        var first: [String: String] = [:]
        let wanted = Set(duplicates.map(\.0))
        for s in sources where wanted.contains(s.source.id) && first[s.source.id] == nil {
            first[s.source.id] = "\(files[Int(s.file)].name):\(s.idAt)"
        }
        // A clash across stretches leaves both rows in; the earlier, met first here, is named.
        for (i, f) in figures.enumerated() where wanted.contains(f.id) && first[f.id] == nil {
            first[f.id] = describe(figurePlaces[i], .id)
        }
        for (i, m) in measures.enumerated() where wanted.contains(m.id) && first[m.id] == nil { first[m.id] = describe(measurePlaces[i], .id) }
        for (i, e) in events.enumerated() where wanted.contains(e.id) && first[e.id] == nil { first[e.id] = describe(eventPlaces[i], .id) }
        for (id, place) in rejectedIDs where wanted.contains(id) && first[id] == nil { first[id] = describe(files[Int(place.0)].name, place.1) }
        let madeUp = chunks.reduce(into: Set<String>()) { $0.formUnion($1.madeUpDuplicates) }
        for (id, at) in duplicates {
            if madeUp.contains(id) {
                let earlier = first[id].map { " as at \($0)" } ?? ""
                log.add(name, at, "the same figure twice: source, province, indicator, value and date\(earlier), expected each figure once, or an id column to tell them apart")
            } else {
                log.add(name, at, duplicateMessage(id, firstUse: first[id]))
            }
        }
    }

    /// Checks the header; false when rows cannot be read (a required column is missing).
    /// `format` names the export whose header it should be.
    func readHeader(_ header: CSVHeader, name: String, into col: inout [Int], format: String = "csv") -> Bool {
        var ok = true
        for (k, title) in header.fields.enumerated() {
            guard let c = Column.byName[title] else {
                log.add(name, header.positions[k], "unknown column \"\(title)\", expected: " + Column.allCases.map(\.name).joined(separator: ", "))
                continue
            }
            if col[c.rawValue] >= 0 {
                log.add(name, header.positions[k], "column \"\(title)\" given twice, expected each column once")
                continue
            }
            col[c.rawValue] = k
        }
        var needed = Column.required
        // The quantity: as written (text), or as value and unit.
        if col[Column.text.rawValue] < 0 { needed += [.value, .unit] }
        let missing = needed.filter { col[$0.rawValue] < 0 }.map { "\"\($0.name)\"" }
        if !missing.isEmpty {
            let what = missing.count == 1 ? "column" : "columns"
            log.add(name, TextPosition(line: header.positions.first?.line ?? 1, column: 1), "missing \(what) \(missing.joined(separator: ", ")), expected at least province, system, indicator, value and unit (or text), or the header of weibao export --format \(format): " + Column.allCases.map(\.name).joined(separator: ","))
            ok = false
        }
        return ok
    }
}
