import Foundation
import Protection

/// The synthetic figures as files: CSV in the columns of `weibao export --format csv`
/// (docs/data-format.md), and the same rows tab-separated for line-oriented tools.
enum FigureRows {
    static let header = ["id", "province", "system", "indicator", "value", "unit", "text", "qualifier",
                         "change_from", "change_from_text", "change_date", "date", "source", "outlet", "quote"]

    static func fields(_ f: Figure, outlet: String) -> [String] {
        [f.id, f.province.shortName, f.system.shortName, f.indicator, f.value.description, f.unit, f.text,
         f.qualifier.rawValue, "", "", "", f.date, f.sourceID, outlet, f.quote]
    }

    static func writeCSV(_ nation: SyntheticNation, to path: String) throws {
        var writer = CSVWriter()
        writer.write(row: header)
        let outlets = Dictionary(uniqueKeysWithValues: nation.sources.map { ($0.id, $0.outlet) })
        for f in nation.figures { writer.write(row: fields(f, outlet: outlets[f.sourceID] ?? "")) }
        try Data(writer.bytes).write(to: URL(fileURLWithPath: path))
    }

    /// One figure per line, fields joined by tabs (the data holds no tabs or line breaks).
    static func writeTSV(_ nation: SyntheticNation, to path: String) throws {
        var bytes: [UInt8] = []
        let outlets = Dictionary(uniqueKeysWithValues: nation.sources.map { ($0.id, $0.outlet) })
        for f in nation.figures {
            bytes.append(contentsOf: fields(f, outlet: outlets[f.sourceID] ?? "").joined(separator: "\t").utf8)
            bytes.append(0x0A)
        }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }
}
