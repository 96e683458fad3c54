import Foundation

/// The CSV and TSV exports' rows, encoded straight to bytes: a million rows as Strings built
/// cell by cell took longer than loading them. Batches of rows are encoded on every core and
/// handed to a sink in order, so an export streams instead of holding the whole text twice.
///
/// The cells are exactly `CSVWriter.guardedCell`'s (a test holds the two equal): a text cell
/// with an unsafe scalar takes that slow path; every other cell is copied byte for byte.
struct DelimitedRows {
    /// `,` for CSV, a tab for TSV.
    let separator: UInt8
    /// CRLF for CSV (RFC 4180), LF for TSV.
    let lineEnd: [UInt8]

    static let csv = DelimitedRows(separator: UInt8(ascii: ","), lineEnd: [0x0D, 0x0A])
    static let tsv = DelimitedRows(separator: 0x09, lineEnd: [0x0A])

    /// The header, then every figure in `indices`, to `sink` in order. Stops early, returning
    /// false, when the sink does (a write failed).
    func write(_ dataset: Dataset, _ indices: [Int], to sink: ([UInt8]) -> Bool) -> Bool {
        var header: [UInt8] = []
        for (k, name) in FigureExport.columns.enumerated() {
            if k > 0 { header.append(separator) }
            header.append(contentsOf: name.utf8)
        }
        header.append(contentsOf: lineEnd)
        let fixed = FixedCells(separator: separator)
        return ExportBatches.write(indices, head: header, tail: [], encode: { _, figures in
            encode(dataset, figures, fixed)
        }, to: sink)
    }

    /// Cells that depend only on the province or the system, encoded once.
    struct FixedCells {
        /// `full name,code` per province.
        let provinces: [[UInt8]]
        let systems: [[UInt8]]

        init(separator: UInt8) {
            provinces = Province.all.map { Array($0.fullName.utf8) + [separator] + Array(String($0.code).utf8) }
            systems = ProtectionSystem.allCases.map { Array($0.name.utf8) }
        }
    }

    private func encode(_ dataset: Dataset, _ indices: UnsafeBufferPointer<Int>, _ fixed: FixedCells) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(indices.count * 256)
        var outlets = FigureExport.OutletLookup(dataset)
        let sep = separator
        for i in indices {
            let f = dataset.figures[i]
            text(f.id, &out); out.append(sep)
            out.append(contentsOf: fixed.provinces[f.provinceIndex]); out.append(sep)
            out.append(contentsOf: fixed.systems[Int(f.system.rawValue)]); out.append(sep)
            text(f.indicator, &out); out.append(sep)
            plain(f.value.description, &out); out.append(sep)
            text(f.unit, &out); out.append(sep)
            text(f.text, &out); out.append(sep)
            out.append(contentsOf: f.qualifier.rawValue.utf8); out.append(sep)
            if let c = f.change {
                plain(c.from.description, &out); out.append(sep)
                text(c.fromText, &out); out.append(sep)
                text(c.fromDate, &out); out.append(sep)
            } else {
                out.append(sep); out.append(sep); out.append(sep)
            }
            text(f.date, &out); out.append(sep)
            text(f.sourceID, &out); out.append(sep)
            text(outlets.outlet(of: f.sourceID), &out); out.append(sep)
            text(f.quote, &out)
            out.append(contentsOf: lineEnd)
        }
        return out
    }

    /// A cell written as it is (numbers), quoted if it must be.
    private func plain(_ s: String, _ out: inout [UInt8]) {
        if s.utf8.withContiguousStorageIfAvailable({ append($0, guarded: false, &out) }) == true { return }
        slow(s, guarded: false, &out)
    }

    /// A text cell, guarded as `CSVWriter.guardedCell` guards it.
    private func text(_ s: String, _ out: inout [UInt8]) {
        if s.utf8.withContiguousStorageIfAvailable({ append($0, guarded: true, &out) }) == true { return }
        slow(s, guarded: true, &out)
    }

    private func slow(_ s: String, guarded: Bool, _ out: inout [UInt8]) {
        var cell = guarded ? CSVWriter.guardedCell(s) : s
        cell.withUTF8 { _ = append($0, guarded: false, &out) }
    }

    /// Bytes that need a second look: the separator, quotes, line breaks, other C0 controls,
    /// DEL, and the lead bytes of every unsafe scalar above ASCII (C2, D8, E2).
    private static let special: [Bool] = (0..<256).map { b in
        b < 0x20 || b == 0x22 || b == 0x2C || b == 0x7F || b == 0xC2 || b == 0xD8 || b == 0xE2
    }

    /// Appends the cell; false (nothing appended) when a guarded cell holds an unsafe scalar
    /// and needs `guardedCell`'s replacement.
    @inline(__always)
    private func append(_ p: UnsafeBufferPointer<UInt8>, guarded: Bool, _ out: inout [UInt8]) -> Bool {
        // Whether the cell needs quotes; nil when it holds an unsafe scalar.
        let needsQuotes: Bool? = Self.special.withUnsafeBufferPointer { special in
            var quote = false
            for i in 0..<p.count {
                let b = p[i]
                guard special[Int(b)] else { continue }
                if b == separator || b == 0x22 || b == 0x0A || b == 0x0D {
                    quote = true
                } else if guarded, Self.unsafeScalar(at: i, in: p) {
                    return nil
                }
            }
            return quote
        }
        guard let quote = needsQuotes else { return false }
        let formula = guarded && CSVWriter.startsLikeFormula(p)
        guard quote else {
            if formula { out.append(UInt8(ascii: "'")) }
            out.append(contentsOf: p)
            return true
        }
        out.append(0x22)
        if formula { out.append(UInt8(ascii: "'")) }
        for b in p {
            out.append(b)
            if b == 0x22 { out.append(0x22) }
        }
        out.append(0x22)
        return true
    }

    /// Whether the scalar starting at `i` is one `ControlCharacters` replaces (tab and line
    /// breaks are kept in cells).
    @inline(__always)
    private static func unsafeScalar(at i: Int, in p: UnsafeBufferPointer<UInt8>) -> Bool {
        let b = p[i]
        if b < 0x80 { return b != 0x09 && b != 0x0A && b != 0x0D && (b < 0x20 || b == 0x7F) }
        return ControlCharacters.scalar(ledAt: i, in: p).map { ControlCharacters.isUnsafe($0.value) } ?? false
    }
}
