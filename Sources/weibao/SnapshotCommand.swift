import ArgumentParser
import Dashboard
import Foundation
import Protection
import Settings

/// `weibao snapshot`: the screen the dashboard would show, without a terminal.
struct SnapshotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "snapshot",
        abstract: "Render the dashboard's screen headless, after a key script, as text, ANSI, HTML or SVG.",
        discussion: """
            Works without a terminal (TERM=dumb, no TTY, CI). KEYS is a key script: literal \
            characters and named keys in angle brackets, e.g. 'jj<Enter><Down><Enter>' or \
            '<Tab><Right><Enter>'; see docs/user-guide.md for every name.
            """
    )

    @OptionGroup var data: DataOptions
    @OptionGroup var view: ViewOptions

    @Option(help: ArgumentHelp("Screen size in columns x rows.", valueName: "WxH"))
    var size = ScreenSize(width: 100, height: 30)

    @Option(help: ArgumentHelp("Keys to press before the snapshot.", valueName: "keys"))
    var keys = ""

    @Option(help: ArgumentHelp("text, ansi, html or svg.", valueName: "format"))
    var format: SnapshotFormat = .text

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    @Option(help: ArgumentHelp("Colours as a terminal with this many shows them: 256 (the default), 16, 8, or 0 for none.", valueName: "n"))
    var colors = 256

    func run() throws {
        let script: [Key]
        do { script = try KeyScript.parse(keys) } catch {
            StandardError.print("weibao: \(error)")
            throw ExitCode(2)
        }
        var settings = Runtime.settings(view.layer)
        settings.mouse = false
        let query = try parseFilter(view.filter, command: "snapshot")
        let catalog = Catalog(try data.load())
        var state = try view.initialState(width: size.width, height: size.height, catalog: catalog, settings: settings, command: "snapshot")
        // Effects are not carried out: a `p` in the script saves nothing.
        for key in script { _ = Root.update(&state, .key(key), catalog) }
        let screen = Root.render(state, catalog)
        let text = SnapshotEncoder.encode(screen, format: format, theme: settings.resolvedTheme.forColors(colors),
                                          metadata: .taken())
        if let output {
            do { try text.write(toFile: output, atomically: true, encoding: .utf8) } catch {
                StandardError.print("weibao: cannot write \(output): \(error.localizedDescription)")
                throw ExitCode(2)
            }
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
        // Like grep: the screen is written either way, and the status says whether anything matched.
        if let query, catalog.index.filter(query).isEmpty { throw ExitCode(1) }
    }
}

/// `120x40` (or `120×40`).
struct ScreenSize: ExpressibleByArgument, Sendable {
    var width: Int
    var height: Int

    init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    init?(argument: String) {
        let parts = argument.lowercased().replacingOccurrences(of: "×", with: "x").split(separator: "x")
        guard parts.count == 2, let w = Int(parts[0]), let h = Int(parts[1]), (1...1000).contains(w), (1...1000).contains(h) else {
            return nil
        }
        width = w
        height = h
    }
}
