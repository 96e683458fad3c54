import ArgumentParser
import Dashboard
import Foundation
import Protection
import Settings
import Terminal

/// `weibao` with no subcommand: the full-screen dashboard.
struct DashboardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard",
        abstract: "Open the dashboard (the default): browse provinces, systems, figures and their sources."
    )

    @OptionGroup var data: DataOptions
    @OptionGroup var view: ViewOptions

    @Flag(inversion: .prefixedNo, help: "Use the mouse (the default): a click selects, the wheel scrolls. --no-mouse leaves it to the terminal, to select and copy text as usual.")
    var mouse: Bool?

    @Option(name: .customLong("snapshot-dir"), help: ArgumentHelp("Where p saves snapshots (default: the current folder).", valueName: "dir"))
    var snapshotDir: String?

    func run() throws {
        var flags = view.layer
        flags.mouse = mouse
        flags.snapshotDir = snapshotDir
        let settings = Runtime.settings(flags)
        _ = try parseFilter(view.filter, command: "dashboard")
        let catalog = Catalog(try data.load())
        catalog.prepareIndexInBackground()
        let session = try openTerminal(settings)
        var state = try view.initialState(width: session.width, height: session.height, catalog: catalog,
                                          settings: settings, command: "dashboard")
        state.status = Runtime.problemStatus
        // Test-only: the end-to-end tests crash the run loop to see the terminal restored first.
        let crashForTest = ProcessInfo.processInfo.environment["WEIBAO_TEST_CRASH"] == "1"
        let status = session.run(
            state: &state,
            render: { Root.render($0, catalog) },
            update: { s, msg in
                if crashForTest { fatalError("WEIBAO_TEST_CRASH=1: crashing inside the run loop") }
                return Root.update(&s, msg, catalog)
            },
            snapshotDirectory: settings.snapshotDir)
        if status != 0 { throw ExitCode(status) }
    }
}

/// The terminal for a full-screen command, in as much of the theme as its palette shows (256,
/// 16, 8 colours or none); one that cannot run it says why and exits 2.
func openTerminal(_ settings: Settings, hint: String = "") throws -> TerminalSession {
    let session: TerminalSession
    do {
        session = try TerminalSession(theme: settings.resolvedTheme, mouse: settings.mouse)
    } catch {
        StandardError.print("weibao: \(error)" + hint)
        throw ExitCode(2)
    }
    session.theme = settings.resolvedTheme.forColors(session.colorCount)
    return session
}
