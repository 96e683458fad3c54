import ArgumentParser
import Dashboard
import Foundation
import Protection
import Terminal

/// `weibao` with no subcommand: the full-screen dashboard.
struct DashboardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard",
        abstract: "Open the dashboard (the default): browse provinces, systems, figures and their sources."
    )

    @OptionGroup var data: DataOptions
    @OptionGroup var view: ViewOptions

    @Flag(name: .customLong("no-mouse"), help: "Leave the mouse to the terminal (select and copy text as usual).")
    var noMouse = false

    @Option(name: .customLong("snapshot-dir"), help: ArgumentHelp("Where p saves snapshots.", valueName: "dir"))
    var snapshotDir = "."

    func run() throws {
        _ = try parseFilter(view.filter, command: "dashboard")
        let catalog = Catalog(try data.load())
        let session: TerminalSession
        do {
            session = try TerminalSession(theme: view.theme, mouse: !noMouse)
        } catch {
            StandardError.print("weibao: \(error)")
            throw ExitCode(2)
        }
        if session.colorCount == 0 { session.theme = .monochrome }
        var state = try view.initialState(width: session.width, height: session.height, catalog: catalog,
                                          mouse: !noMouse, command: "dashboard")
        let directory = snapshotDir
        let status = session.run(
            state: &state,
            render: { s, _, _ in Dashboard.render(s, catalog) },
            update: { s, msg in
                let before = s
                let effect = Dashboard.update(&s, msg, catalog)
                guard case .snapshot(let format) = effect else { return effect }
                // The screen the user saw when asking: before the key, without the format prompt.
                var shown = before
                shown.askingSnapshotFormat = false
                let screen = Dashboard.render(shown, catalog)
                let text = SnapshotEncoder.encode(screen, format: format, theme: session.theme, metadata: snapshotMetadata())
                do {
                    let path = try SnapshotFile.save(text, directory: directory, format: format)
                    s.status = StatusMessage(text: "saved " + (directory == "." ? (path as NSString).lastPathComponent : path), isError: false)
                } catch {
                    s.status = StatusMessage(text: String(describing: error), isError: true)
                }
                return .none
            },
            perform: { _, _ in })
        if status != 0 { throw ExitCode(status) }
    }
}
