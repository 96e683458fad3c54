import ArgumentParser
import Dashboard
import Foundation
import Protection
import Settings
import Terminal

/// `weibao review CANDIDATES.json -o DATASET`: accept or reject what ingest found, on the
/// review page or, with `--accept-above`, without a terminal.
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Review ingest's candidates (weibao ingest --format json) and save the accepted figures into a dataset file.",
        discussion: """
            Opens the review page: a accepts, x rejects, 1-7 file a candidate under a system, e renames \
            its indicator (Tab completes over the canonical indicators), n jumps to the next low-confidence \
            one, s saves. Saving merges into DATASET (a figure with the same id is replaced), checks the \
            result loads, and writes it under a temporary name and renames it. q asks before leaving \
            decisions unsaved. With --accept-above, accepts every candidate at least that sure and saves, \
            without a terminal. With --keys, presses those keys without a terminal (saves included) and \
            prints the last screen.
            Exit status: 0 when done, 1 when a save failed, 2 when the candidates could not be read.
            """
    )

    @Argument(help: ArgumentHelp("The review JSON of weibao ingest --format json.", valueName: "candidates"))
    var candidates: String

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("The dataset file (.json) or database (.db) to save the accepted figures into; created when missing.", valueName: "dataset"))
    var output: String

    @Option(help: ArgumentHelp("Accept every candidate whose confidence (and canonical indicator's) is at least this, save and exit.", valueName: "0…1"))
    var acceptAbove: Double?

    @Option(help: ArgumentHelp("Press these keys without a terminal, carrying out saves, then print the screen.", valueName: "keys"))
    var keys: String?

    @Option(help: ArgumentHelp("Screen size for --keys, in columns x rows.", valueName: "WxH"))
    var size = ScreenSize(width: 100, height: 30)

    @OptionGroup var reports: ReportsOptions
    @OptionGroup var view: ViewOptions

    func validate() throws {
        if let a = acceptAbove, !(0...1).contains(a) { throw ValidationError("--accept-above \(a): expected a confidence from 0 to 1") }
        if acceptAbove != nil, keys != nil { throw ValidationError("--accept-above and --keys: give one of them") }
    }

    func run() throws {
        let loader = reports.loader
        let (report, set) = loader.checkCandidates(path: candidates)
        guard let set else {
            for d in report.diagnostics { StandardError.print(d.description) }
            StandardError.print("weibao review: \(candidates): \(report.diagnostics.count) problem(s); expected the JSON that weibao ingest --format json writes")
            throw ExitCode(2)
        }
        if let threshold = acceptAbove { return try acceptHeadless(set, threshold: threshold, loader: loader) }
        let catalog = Catalog(set.dataset)
        let page = ReviewPage(candidates: set.candidates, output: output)
        let perform: (Effect) -> Msg? = { effect in
            guard case .saveReview(let batch) = effect else { return nil }
            return .reviewSaved(ReviewOutcome.perform(batch, loader: loader))
        }
        var settings = Runtime.settings(view.layer)
        if let keys { return try runHeadless(keys, page: page, catalog: catalog, settings: &settings, perform: perform) }
        catalog.prepareIndexInBackground()
        let session = try openTerminal(settings, hint: " (weibao review --accept-above works without a terminal)")
        var state = try view.initialState(width: session.width, height: session.height, catalog: catalog,
                                          settings: settings, command: "review")
        state.push(page)
        Root.normalize(&state, catalog)
        let status = session.run(state: &state, render: { Root.render($0, catalog) },
                                 update: { Root.update(&$0, $1, catalog) },
                                 snapshotDirectory: settings.snapshotDir, perform: perform)
        if status != 0 { throw ExitCode(status) }
    }

    /// `--keys`: the same update and render as the terminal, saves carried out as they come.
    func runHeadless(_ keys: String, page: ReviewPage, catalog: Catalog, settings: inout Settings,
                     perform: (Effect) -> Msg?) throws {
        let script: [Key]
        do { script = try KeyScript.parse(keys) } catch {
            StandardError.print("weibao: \(error)")
            throw ExitCode(2)
        }
        settings.mouse = false
        var state = try view.initialState(width: size.width, height: size.height, catalog: catalog, settings: settings, command: "review")
        state.push(page)
        Root.normalize(&state, catalog)
        var failed = false
        for key in script {
            var effect = Root.update(&state, .key(key), catalog)
            while case .saveReview = effect, let answer = perform(effect) {
                if case .reviewSaved(let o) = answer, case .failure = o.result { failed = true }
                effect = Root.update(&state, answer, catalog)
            }
            if effect == .quit { break }
        }
        let screen = Root.render(state, catalog)
        FileHandle.standardOutput.write(Data(SnapshotEncoder.encode(screen, format: .text, theme: settings.resolvedTheme, metadata: .taken()).utf8))
        if failed { throw ExitCode(1) }
    }

    /// `--accept-above`: every candidate at least that sure, as ingest found it.
    func acceptHeadless(_ set: CandidateSet, threshold: Double, loader: DatasetLoader) throws {
        let d = set.dataset
        let chosen = d.figures.indices.filter { set.candidates[$0].leastConfidence >= threshold }.map { d.figures[$0] }
        let cited = Set(chosen.map(\.sourceID))
        switch ReviewStore.save(figures: chosen, sources: d.sources.filter { cited.contains($0.id) }, to: output, loader: loader) {
        case .success(let r):
            print("accepted \(chosen.count) of \(d.figures.count) candidates (confidence ≥ \(threshold)); \(r.path): \(r.added) added, \(r.replaced) replaced, \(r.total) figures in all")
        case .failure(let e):
            StandardError.print("weibao review: \(e.description)")
            throw ExitCode(1)
        }
    }
}
