import ArgumentParser
import Protection
import Settings
import Terminal

/// `weibao validate PATH`: every problem as `file:line:column: message`, then a summary.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a dataset file or folder and list every problem.",
        discussion: """
            Prints each problem to standard error as file:line:column: what is wrong, what was \
            expected (file:sheet!cell in a workbook, file:table:row:column in a database); then \
            one summary line. Exit status 0 when clean, 2 when there are problems. Without PATH, \
            checks the dataset the data setting names (the config file's data, or WEIBAO_DATA), \
            else the built-in one. Figures that give neither a quote nor a citation load and are \
            counted in a warning (无出处); columns a table left out are told of as filled in.
            """
    )

    @Argument(help: ArgumentHelp("A .json, .jsonl, .csv, .tsv, .xlsx or .db file, or a folder of them. Default: data in the config file, or WEIBAO_DATA, else the built-in dataset.", valueName: "path"))
    var path: String?

    @OptionGroup var reports: ReportsOptions

    func run() throws {
        let loader = reports.loader
        // The same dataset the dashboard would open: the argument, else the data setting.
        let path = path ?? Runtime.settings(Layer()).data
        let report = path.map { p in ProgressLine.during(DataOptions.readingLabel(p), unit: "figures") { loader.check(path: p) } }
            ?? loader.checkEmbedded()
        Runtime.keepUntilExit(report)
        let name = path ?? DatasetLoader.embeddedName
        for note in report.replacedInvalidUTF8 { StandardError.print(note.description) }
        guard let dataset = report.dataset, report.diagnostics.isEmpty else {
            for d in report.diagnostics { StandardError.print(d.description) }
            StandardError.print(Self.problemSummary(report, name: name))
            throw ExitCode(2)
        }
        print(Self.cleanSummary(dataset, report: report, name: name))
        for line in Self.filledIn(report.filledIn) { StandardError.print("\(name): \(line)") }
        let c = report.figureChecks
        if c.uncited + c.uncitedOther > 0 {
            let others = c.uncitedOther > 0 ? " (and \(c.uncitedOther) measures or events)" : ""
            let verb = c.uncited == 1 && c.uncitedOther == 0 ? "gives" : "give"
            StandardError.print("\(name): warning: \(c.uncited) figure\(c.uncited == 1 ? "" : "s")\(others) \(verb) neither a quote nor a citation (no outlet, headline or address): shown as 无出处")
        }
    }

    /// "filled in: id for 5 figures (…)", one line a column a file left out.
    static func filledIn(_ counts: [FilledColumn: Int]) -> [String] {
        FilledColumn.allCases.compactMap { c in
            guard let n = counts[c], n > 0 else { return nil }
            return "filled in: \(c.rawValue) for \(n) figure\(n == 1 ? "" : "s") (\(c.how))"
        }
    }

    /// "data/: 3 problems in 2 files".
    static func problemSummary(_ report: LoadReport, name: String) -> String {
        let n = report.diagnostics.count
        let files = Set(report.diagnostics.map(\.file)).count
        return "\(name): \(n) problem\(n == 1 ? "" : "s") in \(files) file\(files == 1 ? "" : "s"); nothing was loaded"
    }

    /// "data.json: ok, 3 sources, 32 figures, 22 measures, 4 events; 58 quotes located;
    /// 32 figures checked against report texts, 0 could not be".
    static func cleanSummary(_ dataset: Dataset, report: LoadReport, name: String) -> String {
        // Spans and lines are counted with the figure checks; these are the quotes found.
        let located = dataset.figures.filter { !$0.quote.isEmpty && $0.span != nil }.count
            + dataset.measures.filter { !$0.quote.isEmpty && $0.span != nil }.count
            + dataset.events.filter { !$0.quote.isEmpty && $0.span != nil }.count
        var line = "\(name): ok, \(dataset.sources.count) sources, \(dataset.figures.count) figures, "
            + "\(dataset.measures.count) measures, \(dataset.events.count) events; \(located) quotes located"
        line += "; " + figureChecks(report.figureChecks)
        // Sources named by `report` are told of with the figure checks above.
        // A source none of whose records quotes anything has no quote to check.
        var quoting = Set(dataset.figures.lazy.filter { !$0.quote.isEmpty }.map(\.sourceID))
        quoting.formUnion(dataset.measures.lazy.filter { !$0.quote.isEmpty }.map(\.sourceID))
        quoting.formUnion(dataset.events.lazy.filter { !$0.quote.isEmpty }.map(\.sourceID))
        let unchecked = report.uncheckedSources.filter { $0.report.isEmpty && quoting.contains($0.id) }
        if !unchecked.isEmpty {
            let n = unchecked.count
            let named = unchecked.map { $0.file.isEmpty ? $0.id : "\($0.id) (\($0.file))" }
            line += "; quotes of \(n) source\(n == 1 ? "" : "s") not checked, report text not at hand: "
                + named.prefix(5).joined(separator: ", ") + (n > 5 ? ", …" : "")
        }
        return line
    }

    /// "31 figures checked against report texts, 812 could not be (…--reports DIR)".
    static func figureChecks(_ c: FigureChecks) -> String {
        var text = "\(c.checked) figure\(c.checked == 1 ? "" : "s") checked against report texts, \(c.notChecked) could not be"
        if c.notChecked > 0 {
            let names = c.missingReports.sorted()
            text += names.isEmpty
                ? " (their report texts are not at hand)"
                : " (report texts not at hand: give the folder holding " + names.prefix(3).joined(separator: ", ")
                    + (names.count > 3 ? ", … (\(names.count) files)" : "") + " with --reports DIR)"
        }
        if c.citationOnly > 0 { text += ", \(c.citationOnly) cite their source only" }
        return text
    }
}
