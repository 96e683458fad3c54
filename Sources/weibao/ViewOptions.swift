import ArgumentParser
import Dashboard
import Foundation
import Protection

/// How the dashboard looks and where its snapshots go; shared by the dashboard and `snapshot`.
struct ViewOptions: ParsableArguments {
    @Flag(name: .long, help: "Draw with ASCII only (for terminals that draw …, ›, █ two columns wide).")
    var ascii = false

    @Flag(name: .customLong("no-color"), help: "No colors: bold, reverse and underline only. NO_COLOR in the environment does the same.")
    var noColor = false

    @Option(help: ArgumentHelp("Start with this filter applied (the / filter's query language, docs/filter.md).", valueName: "query"))
    var filter: String?

    @Option(name: .customLong("snapshot-format"), help: ArgumentHelp("What p saves: text, ansi, html or svg.", valueName: "format"))
    var snapshotFormat: SnapshotFormat = .text

    var monochrome: Bool {
        noColor || !(ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
    }

    var theme: Theme { monochrome ? .monochrome : .dark }

    func dashboardOptions(mouse: Bool) -> DashboardOptions {
        DashboardOptions(ascii: ascii, mouse: mouse, snapshotFormat: snapshotFormat)
    }

    /// The first state at a size, with `--filter` applied; a malformed query exits 2.
    func initialState(width: Int, height: Int, catalog: Catalog, mouse: Bool, command: String) throws -> DashboardState {
        _ = try parseFilter(filter, command: command)
        var state = Dashboard.initialState(width: width, height: height, catalog: catalog, options: dashboardOptions(mouse: mouse))
        if let filter, !filter.isEmpty { _ = Dashboard.applyFilter(filter, to: &state, catalog) }
        return state
    }
}

extension SnapshotFormat: ExpressibleByArgument {}

/// A `--filter` query, parsed; a malformed one names the column and exits 2.
func parseFilter(_ text: String?, command: String) throws -> Query? {
    guard let text, !text.isEmpty else { return nil }
    do {
        return try Query.parse(text)
    } catch {
        StandardError.print("weibao \(command): --filter \"\(text)\": column \(error.description)")
        throw ExitCode(2)
    }
}

/// When a snapshot was taken, as its header says.
func snapshotMetadata(_ date: Date = Date()) -> SnapshotEncoder.Metadata {
    let f = DateFormatter()
    f.locale = Locale(identifier: "en_US_POSIX")
    f.dateFormat = "yyyy-MM-dd HH:mm:ss"
    return SnapshotEncoder.Metadata(takenAt: f.string(from: date))
}
