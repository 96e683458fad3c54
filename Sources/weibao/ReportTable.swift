import ArgumentParser
import Dashboard
import Foundation
import Protection

/// A small table printed as `compare` and `trend` print theirs: aligned text under a heading,
/// CSV, JSON (one object a row) or a markdown table. Keys name the columns in CSV and JSON,
/// titles in text and markdown.
struct ReportTable {
    enum Format: String, CaseIterable, ExpressibleByArgument {
        case text, csv, json, markdown
    }

    var heading: String
    var keys: [String]
    var titles: [String]
    var rightAligned: Set<Int> = []
    var rows: [[String]]

    func rendered(_ format: Format) -> String {
        switch format {
        case .text: text
        case .csv: csv
        case .json: json
        case .markdown: markdown
        }
    }

    /// Widths in display columns, the last column unpadded.
    var text: String {
        let all = [titles] + rows
        let widths = keys.indices.map { k in all.map { DisplayWidth.of($0[k]) }.max() ?? 0 }
        let lines = all.map { row in
            row.indices.map { k in
                k == row.count - 1 && !rightAligned.contains(k) ? row[k]
                    : DisplayWidth.pad(row[k], to: widths[k], alignRight: rightAligned.contains(k))
            }.joined(separator: "  ")
        }
        return ([heading, ""] + lines).joined(separator: "\n") + "\n"
    }

    var csv: String {
        var w = CSVWriter()
        w.write(row: keys)
        for row in rows { w.write(row: row.map(CSVWriter.guardedCell)) }
        return String(decoding: w.bytes, as: UTF8.self)
    }

    var json: String {
        let items = rows.map { row in
            "  {" + zip(keys, row).map { "\(JSONText.quoted($0)): \(JSONText.quoted($1))" }.joined(separator: ", ") + "}"
        }
        return items.isEmpty ? "[]\n" : "[\n" + items.joined(separator: ",\n") + "\n]\n"
    }

    var markdown: String {
        func line(_ cells: [String]) -> String {
            "| " + cells.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |"
        }
        let rule = "|" + keys.indices.map { rightAligned.contains($0) ? "---:|" : "---|" }.joined()
        return (["**" + heading + "**", "", line(titles), rule] + rows.map(line)).joined(separator: "\n") + "\n"
    }

    func print(_ format: Format) {
        FileHandle.standardOutput.write(Data(ControlCharacters.cleanKeepingLines(rendered(format)).utf8))
    }
}

/// INDICATOR as `compare` and `trend` take it: an unknown one exits 2 naming the closest.
enum IndicatorArgument {
    static func resolve(_ name: String, command: String) throws -> CanonicalIndicator {
        switch IndicatorLookup.resolve(name) {
        case .found(let c): return c
        case .unknown(let near):
            StandardError.print("weibao \(command): unknown indicator \"\(name)\"; the closest: "
                                + near.map { "\($0.id) (\($0.name))" }.joined(separator: ", ")
                                + " (weibao indicators lists them all)")
            throw ExitCode(2)
        }
    }
}
