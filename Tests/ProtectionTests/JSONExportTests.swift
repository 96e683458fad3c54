import Testing
@testable import Protection

/// The JSON and JSON Lines exports, encoded in parallel batches, against serial definitions:
/// the array is the objects joined as the first version wrote them, the lines are the same
/// objects, and strings are escaped as the byte-by-byte escaper (kept here) escaped them.
@Suite struct JSONExportTests {
    /// The escaper as first written: one byte at a time.
    static func referenceString(_ s: String) -> [UInt8] {
        var out: [UInt8] = [0x22]
        let p = Array(s.utf8)
        var i = 0
        func escape(_ v: UInt32) {
            let hex = Array("0123456789abcdef".utf8)
            out.append(contentsOf: [0x5C, UInt8(ascii: "u")])
            for shift in stride(from: 12, through: 0, by: -4) { out.append(hex[Int((v >> UInt32(shift)) & 15)]) }
        }
        while i < p.count {
            let b = p[i]
            if b == 0xC2 || b == 0xD8 || b == 0xE2, i + 1 < p.count {
                let three = b == 0xE2 && i + 2 < p.count
                let v = three ? UInt32(b & 0x0F) << 12 | UInt32(p[i + 1] & 0x3F) << 6 | UInt32(p[i + 2] & 0x3F)
                              : UInt32(b & 0x1F) << 6 | UInt32(p[i + 1] & 0x3F)
                let n = three ? 3 : 2
                if ControlCharacters.isUnsafe(v) { escape(v) } else { out.append(contentsOf: p[i..<i + n]) }
                i += n
                continue
            }
            i += 1
            switch b {
            case 0x22: out.append(contentsOf: [0x5C, 0x22])
            case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: out.append(contentsOf: [0x5C, UInt8(ascii: "n")])
            case 0x0D: out.append(contentsOf: [0x5C, UInt8(ascii: "r")])
            case 0x09: out.append(contentsOf: [0x5C, UInt8(ascii: "t")])
            case 0..<0x20, 0x7F: escape(UInt32(b))
            default: out.append(b)
            }
        }
        out.append(0x22)
        return out
    }

    @Test func stringsAreEscapedAsByTheReference() {
        var rng = SyntheticFixture.Random(state: 21)
        let pieces = DelimitedRowsTests.pieces + ["\\", "\u{0}", "\u{1F}", "\u{C2}", "\u{D8}", "\u{E2}"]
        for _ in 0..<5_000 {
            let s = (0..<rng.next(8)).map { _ in pieces[rng.next(pieces.count)] }.joined()
            var out: [UInt8] = []
            FigureExport.string(s, &out)
            #expect(out == Self.referenceString(s), "\(s.debugDescription)")
        }
    }

    @Test(arguments: [0, 1, 2, ExportBatches.batch + 3_000])
    func arrayAndLinesAreTheObjectsInOrder(count: Int) throws {
        let dataset = DelimitedRowsTests.randomDataset(seed: UInt64(count) + 1, count: count)
        let objects = dataset.figures.map { f -> [UInt8] in
            var out: [UInt8] = []
            FigureExport.object(f, outlet: dataset.source(id: f.sourceID)?.outlet ?? "", &out)
            return out
        }
        var array: [UInt8] = Array("[".utf8)
        for (k, o) in objects.enumerated() { array += Array((k == 0 ? "\n  " : ",\n  ").utf8) + o }
        array += Array((objects.isEmpty ? "]\n" : "\n]\n").utf8)
        #expect(DelimitedRowsTests.difference(FigureExport.json(dataset), array) == nil)
        #expect(DelimitedRowsTests.difference(FigureExport.jsonLines(dataset), objects.flatMap { $0 + [0x0A] }) == nil)
    }
}
