import ArgumentParser
import Dashboard
import Foundation
import Protection
import Settings

/// How the dashboard looks and what `p` saves; shared by the dashboard and `snapshot`.
/// Each flag is the top layer over the config file and the environment (docs/config.md).
struct ViewOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Colours: dark (the default), light (for light backgrounds), monochrome, or colorblind (safe for colour blindness).",
                               valueName: "name"))
    var theme: ThemeChoice?

    @Flag(name: .customLong("no-color"), help: "Same as --theme monochrome: bold, reverse and underline only. NO_COLOR in the environment selects it too, unless the config file or --theme says otherwise.")
    var noColor = false

    @Flag(inversion: .prefixedNo, help: "--ascii draws with ASCII only, for terminals that draw …, ›, █ two columns wide; --no-ascii draws them as usual, overriding ascii = true in the config file.")
    var ascii: Bool?

    @Option(help: ArgumentHelp("Start with this filter applied (the / filter's query language, docs/filter.md).", valueName: "query"))
    var filter: String?

    @Option(name: .customLong("snapshot-format"), help: ArgumentHelp("What p saves: text (the default), ansi, html or svg.", valueName: "format"))
    var snapshotFormat: SnapshotFormat?

    @Option(name: .customLong("key"), parsing: .singleValue,
            help: ArgumentHelp("Give an action these keys instead of its own, as in the config file's [keys]: quit=x, matrix=<F2>, up=k<Up>. Repeatable.",
                               valueName: "action=keys"))
    var keyTexts: [String] = []

    /// `--key` values, checked in `validate`: there a bad one is a usage error that repeats
    /// only the start of a long value (a transform's error would repeat all of it).
    var keys: [KeyRemap] { keyTexts.compactMap { try? parseKeyRemap($0) } }

    func validate() throws {
        for text in keyTexts { _ = try parseKeyRemap(text) }
    }

    /// This command line's layer of settings.
    var layer: Layer {
        Layer(theme: noColor ? "monochrome" : theme?.rawValue, snapshotFormat: snapshotFormat, ascii: ascii, keys: keys)
    }

    /// The first state at a size, with `--filter` applied; a malformed query exits 2.
    func initialState(width: Int, height: Int, catalog: Catalog, settings: Settings, command: String) throws -> DashboardState {
        _ = try parseFilter(filter, command: command)
        let options = DashboardOptions(ascii: settings.ascii, mouse: settings.mouse, snapshotFormat: settings.snapshotFormat,
                                       snapshotDirectory: settings.snapshotDir, keys: settings.keyMap)
        var state = Root.initialState(width: width, height: height, catalog: catalog, options: options)
        if let filter, !filter.isEmpty { _ = Root.applyFilter(filter, to: &state, catalog) }
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
        // The column counts in the whole query; the query itself is cut to the part around it.
        let shown = Excerpt.around(text, offset: error.offset, length: error.length)
        StandardError.print("weibao \(command): --filter \"\(shown)\": column \(error.description)")
        throw ExitCode(2)
    }
}
