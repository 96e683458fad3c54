import ArgumentParser
import Foundation
import Protection
import Settings
import Terminal

/// `--data PATH` and `--reports DIR`, shared by every command that reads the dataset.
struct DataOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "A dataset to use instead of the built-in one: a .json, .jsonl, .csv, .tsv, .xlsx or .db file, or a folder of them. Default: data in the config file, or WEIBAO_DATA.",
        valueName: "path"))
    var data: String?

    @OptionGroup var reports: ReportsOptions

    /// `--data`, else the environment's or the config file's; nil for the built-in dataset.
    var path: String? { Runtime.settings(Layer(data: data)).data }

    /// The dataset, or every problem with it printed to standard error and exit status 2:
    /// nothing is shown from data that did not load cleanly.
    func load() throws -> Dataset {
        let loader = reports.loader
        let path = path
        let report = path.map { p in ProgressLine.during(Self.readingLabel(p), unit: "figures") { loader.check(path: p) } }
            ?? loader.checkEmbedded()
        Runtime.keepUntilExit(report)
        guard let dataset = report.dataset, report.diagnostics.isEmpty else {
            for d in report.diagnostics { StandardError.print(d.description) }
            StandardError.print(ValidateCommand.problemSummary(report, name: path ?? DatasetLoader.embeddedName))
            throw ExitCode(2)
        }
        return dataset
    }

    /// "weibao: reading nation.csv": the file's name, for a line that must fit the terminal.
    static func readingLabel(_ path: String) -> String { "weibao: reading " + (path as NSString).lastPathComponent }
}

/// Lines to standard error, unbuffered so they interleave correctly with a crash or exit.
/// Messages quote data, so control characters go out as visible stand-ins.
enum StandardError {
    static func print(_ line: String) {
        FileHandle.standardError.write(Data((ControlCharacters.cleanKeepingLines(line) + "\n").utf8))
    }
}
