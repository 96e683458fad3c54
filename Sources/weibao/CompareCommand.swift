import ArgumentParser
import Foundation
import Protection

/// `weibao compare INDICATOR [--year Y]`: the divisions ranked on one canonical indicator.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Rank the divisions on one canonical indicator, as the comparison page shows them.",
        discussion: """
            INDICATOR is an id (juvenile-courts), a Chinese name (少年法庭数) or the pinyin initials \
            of the name (snftsl); weibao indicators lists them. Per division its latest figure by \
            as-of date, or with --year its figure of that year; ranked by value, largest first, equal \
            values sharing a rank; then the divisions without a figure as 无数据. Values are exact, \
            and the qualifier (余, 以上, 约 …) is a column of its own, so 400余 never reads as 400.
            """
    )

    @Argument(help: "The indicator: id, Chinese name or pinyin initials.")
    var indicator: String

    @Option(help: ArgumentHelp("Only figures of this year (of their as-of date).", valueName: "year"))
    var year: String?

    @Option(help: ArgumentHelp("text, csv, json or markdown.", valueName: "format"))
    var format: ReportTable.Format = .text

    @OptionGroup var data: DataOptions

    func run() throws {
        let indicator = try IndicatorArgument.resolve(self.indicator, command: "compare")
        if let year, year.count != 4 || !year.allSatisfy(\.isASCII) || Int(year) == nil {
            StandardError.print("weibao compare: --year \(year): expected a four-digit year such as 2023")
            throw ExitCode(2)
        }
        let dataset = try data.load()
        Self.table(Comparison.of(dataset, indicator: indicator, year: year), dataset).print(format)
    }

    static func table(_ c: Comparison, _ dataset: Dataset) -> ReportTable {
        var rows = c.rows.map { r in
            [String(r.rank), r.province.shortName, r.figure.value.description, r.figure.qualifier.mark, r.written,
             c.indicator.unit, r.figure.date, dataset.source(id: r.figure.sourceID)?.outlet ?? "", r.figure.id]
        }
        rows += c.missing.map { ["", Province.all[$0].shortName, "", "", "无数据", "", "", "", ""] }
        var heading = "\(c.indicator.name) (\(c.indicator.id), \(c.indicator.unit))"
        heading += c.year.map { " · \($0) 年" } ?? " · 各省最新"
        if !c.yearNote.isEmpty { heading += " · " + c.yearNote }
        heading += " · \(c.rows.count) 个省份有数据"
        return ReportTable(heading: heading,
                           keys: ["rank", "division", "value", "qualifier", "written", "unit", "date", "outlet", "figure"],
                           titles: ["名次", "省份", "数值", "限定", "原文", "单位", "日期", "来源", "数据项"],
                           rightAligned: [0, 2], rows: rows)
    }
}
