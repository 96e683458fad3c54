import ArgumentParser

/// The one place the version is written; `weibao --version` prints it.
let weibaoVersion = "0.1.0"

@main
struct WeibaoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "weibao",
        abstract: "未保: minors-protection statistics of China by province and by the six protection systems.",
        discussion: """
            Without a subcommand, opens the dashboard. The built-in dataset is used unless \
            --data names a .json or .csv file or a folder of them (see docs/data-format.md).
            Exit status: 0 on success, 2 when the data has problems or a name is not recognised.
            """,
        version: weibaoVersion,
        subcommands: [DashboardCommand.self, SnapshotCommand.self, ExportCommand.self, ValidateCommand.self,
                      SummaryCommand.self],
        defaultSubcommand: DashboardCommand.self
    )
}
