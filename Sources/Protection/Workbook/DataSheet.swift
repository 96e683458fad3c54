/// The 数据 sheet: the CSV export's columns (`FigureExport.columns`) and rows, numbers as
/// number cells holding the exact decimal, text as string cells, the header frozen.
/// Rows are encoded in batches on every core and handed on in order, so a million-row sheet
/// streams to its scratch file instead of being held whole.
struct DataSheet {
    enum Cell {
        /// Text written inline: mostly unique per row.
        case text(String)
        /// Text whose values repeat, from the shared strings.
        case shared(String)
        /// An exact decimal.
        case number(String)
        case empty

        var text: String {
            switch self {
            case .text(let s), .shared(let s), .number(let s): return s
            case .empty: return ""
            }
        }
    }

    let dataset: Dataset
    let indices: [Int]
    private(set) var strings = SharedStrings()

    /// Rows looked at for column widths: enough to see the usual lengths, few enough to be quick.
    static let widthSample = 2000

    init(_ dataset: Dataset, _ indices: [Int]) {
        self.dataset = dataset
        self.indices = indices
        var outlets = FigureExport.OutletLookup(dataset)
        for i in indices {
            for case .shared(let s) in Self.cells(dataset.figures[i], outlet: outlets.outlet(of: dataset.figures[i].sourceID)) {
                strings.add(s)
            }
        }
    }

    /// One figure's cells in the order of `FigureExport.columns`: the CSV export's values.
    static func cells(_ f: Figure, outlet: String) -> [Cell] {
        func shared(_ s: String) -> Cell { s.isEmpty ? .empty : .shared(s) }
        let p = f.province
        return [.text(f.id), .shared(p.fullName), .number(String(p.code)), .shared(f.system.name), shared(f.indicator),
                .number(f.value.description), shared(f.unit), .text(f.text), .shared(f.qualifier.rawValue),
                f.change.map { .number($0.from.description) } ?? .empty, .text(f.change?.fromText ?? ""),
                shared(f.change?.fromDate ?? ""), shared(f.date), shared(f.sourceID), shared(outlet), .text(f.quote)]
    }

    /// The whole sheet part to `sink` in pieces; false when the sink returned false.
    func write(width: (String) -> Int, to sink: ([UInt8]) -> Bool) -> Bool {
        let columns = FigureExport.columns
        var widest = columns.map(width)
        var outlets = FigureExport.OutletLookup(dataset)
        for i in indices.prefix(Self.widthSample) {
            for (k, cell) in Self.cells(dataset.figures[i], outlet: outlets.outlet(of: dataset.figures[i].sourceID)).enumerated() {
                widest[k] = max(widest[k], width(cell.text))
            }
        }
        var head = SheetXML.head(columns: columns.count, rows: indices.count + 1, widths: SheetXML.widths(widest))
        let r = SheetXML.openRow(1, &head)
        for (k, title) in columns.enumerated() { SheetXML.text(title, column: k, row: r, bold: true, &head) }
        head += SheetXML.closeRow
        return ExportBatches.write(indices, head: head, tail: SheetXML.tail, encode: { positions, figures in
            var out: [UInt8] = []
            out.reserveCapacity(figures.count * 900)
            var outlets = FigureExport.OutletLookup(dataset)
            for (position, i) in zip(positions, figures) {
                let f = dataset.figures[i]
                let r = SheetXML.openRow(position + 2, &out)
                for (k, cell) in Self.cells(f, outlet: outlets.outlet(of: f.sourceID)).enumerated() {
                    switch cell {
                    case .text(let s): SheetXML.text(s, column: k, row: r, &out)
                    case .shared(let s): SheetXML.shared(strings.number(of: s), of: s, column: k, row: r, &out)
                    case .number(let s): SheetXML.number(s, column: k, row: r, &out)
                    case .empty: break
                    }
                }
                out += SheetXML.closeRow
            }
            return out
        }, to: sink)
    }
}
