import ArgumentParser
import Foundation
import Dashboard
import Protection
import Terminal

/// `weibao export --format csv|tsv|json|jsonl|xlsx|sqlite|markdown [--province P] [--system S] [-o FILE]`.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the figures as CSV, TSV, JSON, JSON Lines, an Excel workbook, a SQLite database or a Markdown table (see docs/export.md).",
        discussion: """
            csv, tsv, json, jsonl, xlsx and sqlite load back with --data into the same records; \
            markdown is a table for reports. xlsx and sqlite are binary files: give -o FILE or \
            redirect standard output; sqlite also holds the sources, measures, events and canonical \
            indicators. Exit status 1 when no figure matched (the output is then only the header, \
            or empty), as grep.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case csv, tsv, json, jsonl, xlsx, sqlite, markdown
    }

    @Option(help: "csv, tsv, json, jsonl (JSON Lines), xlsx (Excel), sqlite (a database) or markdown.")
    var format: Format

    @Option(help: ArgumentHelp("Only this province: any name or code (内蒙古, 蒙, Inner Mongolia, 150000).", valueName: "name"))
    var province: String?

    @Option(help: ArgumentHelp("Only this protection system (家庭, 家庭保护, family … 综合).", valueName: "name"))
    var system: String?

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    @Option(help: ArgumentHelp("Only the figures this query matches, as the dashboard's / filter (docs/filter.md).", valueName: "query"))
    var filter: String?

    @OptionGroup var data: DataOptions

    func run() throws {
        let places: FigureFilter
        do {
            places = try FigureFilter(province: province, system: system)
        } catch {
            StandardError.print("weibao export: \(error.message)")
            throw ExitCode(2)
        }
        if format == .xlsx || format == .sqlite, output == nil, isatty(STDOUT_FILENO) == 1 {
            StandardError.print("weibao export: \(format.rawValue) is a binary file, expected -o FILE or standard output sent to a file")
            throw ExitCode(2)
        }
        let query = try parseFilter(filter, command: "export")
        let dataset = try data.load()
        let matches = query.map { FilterIndex(dataset, for: $0).filter($0) }
        var output = try ExportOutput(path: output)
        let written: Bool
        let progress = ProgressLine("weibao: writing " + (output.name as NSString).lastPathComponent, unit: "figures")
        // Rows printed to the same terminal would be torn by the line: then it stays out.
        let toTerminal = self.output == nil && isatty(STDOUT_FILENO) == 1
        if !toTerminal { progress.start() }
        defer { if !toTerminal { progress.stop() } }
        switch format {
        // Streamed: a million rows are written as they are encoded.
        case .csv, .tsv:
            written = FigureExport.writeDelimited(dataset, filter: places, only: matches, tsv: format == .tsv) { output.write($0) }
        case .json, .jsonl:
            written = FigureExport.writeJSON(dataset, filter: places, only: matches, lines: format == .jsonl) { output.write($0) }
        case .xlsx:
            written = output.produce { try FigureWorkbook.write(dataset, filter: places, only: matches, to: $0, width: DisplayWidth.of) }
        case .markdown: written = output.write(FigureExport.markdown(dataset, filter: places, only: matches))
        case .sqlite:
            let chosen = FigureExport.selection(dataset, places, matches)
            written = output.produce { path in
                if case .failure(let e) = SQLiteExport.write(dataset, figures: chosen, filter: places, to: path) { throw e }
            }
        }
        // Always finished: a failed file export removes its partial file.
        let finished = output.finish()
        guard written, finished else {
            StandardError.print("weibao export: cannot write \(output.name): \(output.error)")
            throw ExitCode(2)
        }
        if FigureExport.count(dataset, filter: places, only: matches) == 0 { throw ExitCode(1) }
    }
}
