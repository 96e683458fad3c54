import ArgumentParser
import Dashboard
import Foundation
import Protection

/// `weibao indicators`: the canonical indicators and how many divisions and years report each.
struct IndicatorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "indicators",
        abstract: "List the canonical indicators with the divisions and years that report each in the dataset.",
        discussion: """
            A canonical indicator is one measure that compares across provinces and years \
            (docs/indicators.md). Per indicator: id, Chinese name, unit, protection system, the \
            number of divisions and of distinct years (of the figures' as-of dates) with a figure \
            on it, and which. markdown prints the table of docs/indicators.md.
            """
    )

    enum Format: String, CaseIterable, ExpressibleByArgument {
        case text, csv, json, markdown
    }

    @OptionGroup var data: DataOptions

    @Option(help: ArgumentHelp("text, csv, json or markdown.", valueName: "format"))
    var format: Format = .text

    func run() throws {
        let coverage = IndicatorCoverage.of(try data.load())
        let out: String
        switch format {
        case .text: out = Self.text(coverage)
        case .csv: out = Self.csv(coverage)
        case .json: out = Self.json(coverage)
        case .markdown: out = Self.markdown(coverage)
        }
        FileHandle.standardOutput.write(Data(ControlCharacters.cleanKeepingLines(out).utf8))
    }

    static func names(_ c: IndicatorCoverage) -> [String] { c.provinces.map { Province.all[$0].shortName } }

    /// Aligned columns in display width; the lists of divisions and years last, as they run long.
    static func text(_ coverage: [IndicatorCoverage]) -> String {
        let header = ["id", "名称", "单位", "系统", "省份", "年份", "报告的省份与年份"]
        var rows = [header]
        for c in coverage {
            let which = names(c).joined(separator: "、") + (c.years.isEmpty ? "" : "；" + c.years.joined(separator: "、"))
            rows.append([c.indicator.id, c.indicator.name, c.indicator.unit, c.indicator.system.shortName,
                         String(c.provinces.count), String(c.years.count), which.isEmpty ? "-" : which])
        }
        let widths = (0..<header.count - 1).map { k in rows.map { DisplayWidth.of($0[k]) }.max() ?? 0 }
        let lines = rows.map { row in
            (0..<header.count - 1).map { k in
                DisplayWidth.pad(row[k], to: widths[k], alignRight: k == 4 || k == 5)
            }.joined(separator: "  ") + "  " + row[header.count - 1]
        }
        let reported = coverage.filter { $0.figures > 0 }.count
        return (lines + ["", "\(coverage.count) canonical indicators, \(reported) reported by at least one division"])
            .joined(separator: "\n") + "\n"
    }

    static func csv(_ coverage: [IndicatorCoverage]) -> String {
        var w = CSVWriter()
        w.write(row: ["id", "name", "unit", "system", "figures", "divisions", "years", "division_names", "year_list", "definition"])
        for c in coverage {
            w.write(row: [c.indicator.id, c.indicator.name, c.indicator.unit, c.indicator.system.english, String(c.figures),
                          String(c.provinces.count), String(c.years.count), names(c).joined(separator: " "),
                          c.years.joined(separator: " "), c.indicator.definition].map(CSVWriter.guardedCell))
        }
        return String(decoding: w.bytes, as: UTF8.self)
    }

    /// An array of objects, one a line, as the JSON export writes figures.
    static func json(_ coverage: [IndicatorCoverage]) -> String {
        let items = coverage.map { c in
            let fields = [("id", JSONText.quoted(c.indicator.id)), ("name", JSONText.quoted(c.indicator.name)),
                          ("unit", JSONText.quoted(c.indicator.unit)), ("system", JSONText.quoted(c.indicator.system.english)),
                          ("definition", JSONText.quoted(c.indicator.definition)), ("phrasings", JSONText.array(c.indicator.phrasings)),
                          ("figures", String(c.figures)), ("divisions", JSONText.array(names(c))), ("years", JSONText.array(c.years))]
            return "  {" + fields.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "}"
        }
        return items.isEmpty ? "[]\n" : "[\n" + items.joined(separator: ",\n") + "\n]\n"
    }

    /// The table of docs/indicators.md.
    static func markdown(_ coverage: [IndicatorCoverage]) -> String {
        var lines = ["| id | 名称 | 单位 | 系统 | 定义 | 省份数 | 年数 | 省份 | 年份 |", "|---|---|---|---|---|---:|---:|---|---|"]
        for c in coverage {
            let cells = [c.indicator.id, c.indicator.name, c.indicator.unit, c.indicator.system.shortName, c.indicator.definition,
                         String(c.provinces.count), String(c.years.count), names(c).joined(separator: "、"),
                         c.years.joined(separator: "、")]
            lines.append("| " + cells.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
