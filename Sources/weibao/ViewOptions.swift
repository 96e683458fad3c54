import ArgumentParser
import Dashboard
import Foundation

/// How the dashboard looks and where its snapshots go; shared by the dashboard and `snapshot`.
struct ViewOptions: ParsableArguments {
    @Flag(name: .long, help: "Draw with ASCII only (for terminals that draw …, ›, █ two columns wide).")
    var ascii = false

    @Flag(name: .customLong("no-color"), help: "No colors: bold, reverse and underline only. NO_COLOR in the environment does the same.")
    var noColor = false

    @Option(name: .customLong("snapshot-format"), help: ArgumentHelp("What p saves: text, ansi, html or svg.", valueName: "format"))
    var snapshotFormat: SnapshotFormat = .text

    var monochrome: Bool {
        noColor || !(ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
    }

    var theme: Theme { monochrome ? .monochrome : .dark }

    func dashboardOptions(mouse: Bool) -> DashboardOptions {
        DashboardOptions(ascii: ascii, mouse: mouse, snapshotFormat: snapshotFormat)
    }
}

extension SnapshotFormat: ExpressibleByArgument {}

/// When a snapshot was taken, as its header says.
func snapshotMetadata(_ date: Date = Date()) -> SnapshotEncoder.Metadata {
    let f = DateFormatter()
    f.locale = Locale(identifier: "en_US_POSIX")
    f.dateFormat = "yyyy-MM-dd HH:mm:ss"
    return SnapshotEncoder.Metadata(takenAt: f.string(from: date))
}
