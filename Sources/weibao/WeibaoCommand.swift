import ArgumentParser
import Foundation

/// The one place the version is written; `weibao --version` prints it.
let weibaoVersion = "0.1.0"

@main
struct WeibaoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "weibao",
        abstract: "未保: minors-protection statistics of China by province and by the six protection systems.",
        discussion: """
            Without a subcommand, opens the dashboard. The built-in dataset is used unless \
            --data names a .json, .jsonl, .csv or .tsv file or a folder of them (see docs/data-format.md). \
            Settings come from the config file ($XDG_CONFIG_HOME/weibao/config.toml, or WEIBAO_CONFIG), \
            then the environment, then the flags (docs/config.md; weibao info shows them).

            Exit status: 0 on success; 1 when a --filter or an export matched nothing (as grep); \
            2 on a usage error, when the data has problems or when the terminal cannot run the \
            dashboard; 130 after Ctrl-C (128 + the signal \
            number after another signal).
            """,
        version: weibaoVersion,
        subcommands: [DashboardCommand.self, SnapshotCommand.self, ExportCommand.self, ValidateCommand.self, IngestCommand.self,
                      SummaryCommand.self, IndicatorsCommand.self, CompareCommand.self, TrendCommand.self,
                      ReviewCommand.self, InfoCommand.self],
        defaultSubcommand: DashboardCommand.self
    )

    /// ArgumentParser's own main, but a usage error exits 2 (as grep and most Unix tools do)
    /// rather than EX_USAGE, 64.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
