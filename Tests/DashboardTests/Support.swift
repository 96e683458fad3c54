import Foundation
import Testing
@testable import Dashboard
import Protection

/// The embedded seed dataset, loaded once for every test.
let seedCatalog: Catalog = {
    do { return Catalog(try DatasetLoader().loadEmbedded()) } catch { fatalError("embedded dataset: \(error)") }
}()

/// Runs keys through `update` from a fresh state and returns the final state.
func run(_ keys: [Key], width: Int = 100, height: Int = 30, catalog: Catalog = seedCatalog,
         options: DashboardOptions = DashboardOptions()) -> DashboardState {
    var s = Root.initialState(width: width, height: height, catalog: catalog, options: options)
    for k in keys { _ = Root.update(&s, .key(k), catalog) }
    return s
}

func run(_ script: String, width: Int = 100, height: Int = 30) -> DashboardState {
    run(try! KeyScript.parse(script), width: width, height: height)
}

func screen(_ script: String, width: Int = 100, height: Int = 30) -> Screen {
    Root.render(run(script, width: width, height: height), seedCatalog)
}

/// Compares a screen with a golden text file under Tests/DashboardTests/Golden.
/// `WEIBAO_UPDATE_GOLDEN=1 swift test` rewrites the files instead.
func expectGolden(_ text: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    let url = dir.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["WEIBAO_UPDATE_GOLDEN"] == "1" {
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try! text.write(to: url, atomically: true, encoding: .utf8)
        return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
        Issue.record("missing golden file \(name); run WEIBAO_UPDATE_GOLDEN=1 swift test", sourceLocation: sourceLocation)
        return
    }
    if expected == text { return }
    let a = expected.components(separatedBy: "\n"), b = text.components(separatedBy: "\n")
    var report = "\(name) differs:\n"
    for i in 0..<max(a.count, b.count) {
        let x = i < a.count ? a[i] : "<none>", y = i < b.count ? b[i] : "<none>"
        if x != y { report += "line \(i + 1)\n  expected: \(x)\n  actual:   \(y)\n" }
    }
    Issue.record(Comment(rawValue: report), sourceLocation: sourceLocation)
}

/// Every row of a screen is exactly its width in display columns.
func rowsAreExactWidth(_ screen: Screen) -> Bool {
    (0..<screen.height).allSatisfy { y in
        screen.row(y).reduce(0) { $0 + Int($1.width) } == screen.width
            && DisplayWidth.of(screen.lines[y]) == screen.width
    }
}

/// The pages of a state, for checking them.
extension DashboardState {
    var home: HomePage { page(HomePage.self)! }
    var table: FiguresPage { page(FiguresPage.self)! }
    var detail: DetailPage { page(DetailPage.self)! }
    var matrix: MatrixPage { page(MatrixPage.self)! }

    func selectedProvince(_ catalog: Catalog) -> Int { home.selectedProvince(PageContext(self, catalog)) }
    func context(_ catalog: Catalog = seedCatalog) -> PageContext { PageContext(self, catalog) }
}

func homeLayout(width: Int, height: Int) -> HomePage.Layout { HomePage.Layout(area: Layout(width: width, height: height).body) }
