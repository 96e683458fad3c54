import ArgumentParser
import Foundation
import Protection

/// `weibao trend PROVINCE INDICATOR`: one division's values on one indicator over time.
struct TrendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trend",
        abstract: "List one division's values on one canonical indicator over time, with the change between them.",
        discussion: """
            Every figure of the division on the indicator, and the earlier values figures carry \
            (由 201 人降至 104 人), oldest first, each with its date and source; the change from the \
            point before, exact and in percent. PROVINCE is any name or code (内蒙古, 蒙, 150000); \
            INDICATOR as for weibao compare.
            """
    )

    @Argument(help: "The division: any name or code.")
    var province: String

    @Argument(help: "The indicator: id, Chinese name or pinyin initials.")
    var indicator: String

    @Option(help: ArgumentHelp("text, csv, json or markdown.", valueName: "format"))
    var format: ReportTable.Format = .text

    @OptionGroup var data: DataOptions

    func run() throws {
        let place: FigureFilter
        do {
            place = try FigureFilter(province: province, system: nil)
        } catch {
            StandardError.print("weibao trend: \(error.message)")
            throw ExitCode(2)
        }
        let indicator = try IndicatorArgument.resolve(self.indicator, command: "trend")
        let dataset = try data.load()
        let trend = Trend.of(dataset, provinceIndex: place.provinceIndex!, indicator: indicator)
        Self.table(trend, dataset).print(format)
        if trend.points.isEmpty { throw ExitCode(1) }
    }

    static func table(_ t: Trend, _ dataset: Dataset) -> ReportTable {
        let steps = t.steps
        let rows = t.points.enumerated().map { i, p in
            [p.date, p.value.description, p.qualifier.mark, p.written, i == 0 ? "" : steps[i - 1].description,
             p.isEarlier ? "earlier" : "figure", dataset.source(id: p.sourceID)?.outlet ?? "", p.figureID]
        }
        let heading = "\(t.province.shortName) · \(t.indicator.name) (\(t.indicator.id), \(t.indicator.unit)) · \(t.points.count) 个数据点"
        return ReportTable(heading: heading,
                           keys: ["date", "value", "qualifier", "written", "change", "kind", "outlet", "figure"],
                           titles: ["日期", "数值", "限定", "原文", "变化", "类别", "来源", "数据项"],
                           rightAligned: [1], rows: rows)
    }
}
