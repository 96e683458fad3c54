import ArgumentParser
import Protection
import Settings

/// `--reports DIR`, shared by every command that loads a dataset: where the report texts
/// are that sources name by `report`, so hashes and spans are checked.
struct ReportsOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The folder of report texts that sources name by file (report): their hashes and the figures' spans are checked, and the dashboard shows each figure's paragraph. Default: reports in the config file, or WEIBAO_REPORTS.",
        valueName: "dir"))
    var reports: String?

    /// `--reports`, else the environment's or the config file's; nil for none.
    var folder: String? { Runtime.settings(Layer(reports: reports)).reports }

    var loader: DatasetLoader { DatasetLoader(reportsDirectory: folder) }
}
