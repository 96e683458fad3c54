import Testing
@testable import Protection

/// The byte-level CSV/TSV encoder against the cell-by-cell definition it replaced (kept here
/// as the reference): same bytes for random cells full of separators, quotes, line breaks,
/// formula starts, control characters, bidi controls and look-alike punctuation.
@Suite struct DelimitedRowsTests {
    /// The export as it was first written: each cell a String through `guardedCell`, rows
    /// through `CSVWriter`; TSV re-read from that CSV and quoted for tabs.
    static func referenceCSV(_ dataset: Dataset) -> [UInt8] {
        var writer = CSVWriter()
        writer.write(row: FigureExport.columns)
        let cell = CSVWriter.guardedCell
        for f in dataset.figures {
            let p = f.province
            writer.write(row: [cell(f.id), p.fullName, String(p.code), f.system.name, cell(f.indicator),
                               f.value.description, cell(f.unit), cell(f.text), f.qualifier.rawValue,
                               f.change?.from.description ?? "", cell(f.change?.fromText ?? ""),
                               cell(f.change?.fromDate ?? ""), cell(f.date), cell(f.sourceID),
                               cell(dataset.source(id: f.sourceID)?.outlet ?? ""), cell(f.quote)])
        }
        return writer.bytes
    }

    static func referenceTSV(_ dataset: Dataset) throws -> [UInt8] {
        var out: [UInt8] = []
        for row in try CSVReader(referenceCSV(dataset)).readAll() {
            for (k, cell) in row.enumerated() {
                if k > 0 { out.append(0x09) }
                if cell.utf8.contains(where: { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0x22 }) {
                    out.append(0x22)
                    for b in cell.utf8 {
                        out.append(b)
                        if b == 0x22 { out.append(0x22) }
                    }
                    out.append(0x22)
                } else {
                    out.append(contentsOf: cell.utf8)
                }
            }
            out.append(0x0A)
        }
        return out
    }

    /// Pieces cells are made of: each class the encoder treats specially, and its neighbours.
    static let pieces: [String] = [
        "学校", "家长学校", "a", "1", ",", "\"", "\n", "\r", "\r\n", "\t", "'", "=", "+", "-", "@",
        "\u{1B}", "\u{07}", "\u{7F}", "\u{85}", "\u{9B}", "\u{A0}", "\u{C9}", "\u{202E}", "\u{2066}",
        "\u{200E}", "\u{2028}", "\u{061C}", "\u{0600}", "\u{201C}", "\u{201D}", "\u{2014}", "\u{2026}",
        "\u{2030}", "\u{FFFD}", "😀", "，", " ",
    ]

    static func randomCell(_ rng: inout SyntheticFixture.Random) -> String {
        let n = Int(rng.next(6))
        return (0..<n).map { _ in pieces[Int(rng.next(pieces.count))] }.joined()
    }

    static func randomDataset(seed: UInt64, count: Int) -> Dataset {
        var rng = SyntheticFixture.Random(state: seed)
        var sources: [Source] = []
        for k in 0..<5 {
            sources.append(Source(id: "s\(k)" + randomCell(&rng), outlet: randomCell(&rng), headline: "", date: "", file: ""))
        }
        var figures: [Figure] = []
        for k in 0..<count {
            let value = ExactNumber(significand: Int64(rng.next(2_000_000)) - 1_000_000, scale: UInt8(rng.next(3)))
            let change = rng.next(3) == 0
                ? Change(from: ExactNumber(significand: Int64(rng.next(1000)), scale: 0),
                         fromText: randomCell(&rng), fromDate: randomCell(&rng))
                : nil
            figures.append(Figure(id: randomCell(&rng) + "\(k)", provinceIndex: Int(rng.next(34)),
                                  system: ProtectionSystem.allCases[Int(rng.next(7))],
                                  indicator: randomCell(&rng), value: value, unit: randomCell(&rng),
                                  text: randomCell(&rng), qualifier: .exact, change: change,
                                  date: randomCell(&rng), sourceID: sources[Int(rng.next(5))].id,
                                  quote: randomCell(&rng) + randomCell(&rng)))
        }
        return Dataset(sources: sources, figures: figures, measures: [], events: [])
    }

    @Test(arguments: [1, 2, 3] as [UInt64])
    func csvAndTSVEqualTheReference(seed: UInt64) throws {
        // More rows than one batch, so batches and parallel chunks are joined in order.
        let dataset = Self.randomDataset(seed: seed, count: ExportBatches.batch + 5_000)
        #expect(Self.difference(FigureExport.csv(dataset), Self.referenceCSV(dataset)) == nil)
        #expect(try Self.difference(FigureExport.tsv(dataset), Self.referenceTSV(dataset)) == nil)
    }

    /// The first byte where the two differ, with the text around it; nil when equal.
    static func difference(_ a: [UInt8], _ b: [UInt8]) -> String? {
        guard a != b else { return nil }
        let k = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
        func around(_ x: [UInt8]) -> String {
            String(decoding: x[max(0, k - 60)..<min(x.count, k + 40)], as: UTF8.self).debugDescription
        }
        return "byte \(k): got \(around(a)), expected \(around(b))"
    }

    @Test func seedDatasetEqualsTheReference() throws {
        let dataset = try DatasetLoader().loadEmbedded()
        #expect(FigureExport.csv(dataset) == Self.referenceCSV(dataset))
        #expect(try FigureExport.tsv(dataset) == Self.referenceTSV(dataset))
    }

    @Test func streamingStopsWhenTheSinkFails() throws {
        let dataset = Self.randomDataset(seed: 9, count: 3 * ExportBatches.batch)
        var calls = 0
        let done = FigureExport.writeDelimited(dataset) { _ in
            calls += 1
            return calls < 3
        }
        #expect(!done)
        #expect(calls == 3)
    }
}
