import Testing
@testable import Dashboard
import Protection

/// Every screen at 80×24 and 120×40, from the pure renderer, on the built-in dataset `weibao` opens on.
@Suite struct GoldenScreenTests {
    // On the national data 内蒙古 is the fourth division (jjj): its tiles hold the change and
    // percentage figures these screens are named for.
    static let cases: [(String, String)] = [
        ("home", ""),
        ("home-tiles", "<Tab><Right><Down>"),
        ("matrix", "m"),
        ("figures-all", "<Enter>"),
        ("figures-family", "jjj<Tab><Enter>"),
        ("figures-by-value", "<Enter>s"),
        ("detail-change", "jjj<Tab><Right><Enter><Enter>"),
        ("detail-percent", "jjj<Tab><Enter>j<Enter>"),
        ("detail-report-citation", "<Enter><Enter>"),
        ("help", "?"),
        ("filter-typing", "/jzxx"),
        ("filter-kept-figures", "/学校<Enter><Enter>"),
        ("filter-error", "/家长 >abc"),
        ("snapshot-format-prompt", "P"),
        ("indicators", "c"),
        ("compare", "c<Enter>"),
        ("compare-year", "c<Enter>]]"),
        ("compare-by-division", "c<Enter>s"),
        ("trend-earlier-value", "c<Down><Down><Enter><Down><Down><Down>t"),
        ("sources", "r"),
        ("reader-seed", "rjjjj<Enter>nn"),
        ("reader-citation", "r<Enter>"),
    ]

    @Test(arguments: [(80, 24), (120, 40)])
    func screens(width: Int, height: Int) {
        for (name, keys) in Self.cases {
            let s = screen(keys, width: width, height: height, catalog: builtInCatalog)
            #expect(rowsAreExactWidth(s), "\(name) at \(width)x\(height)")
            expectGolden(SnapshotEncoder.text(s), "\(name)-\(width)x\(height).txt")
        }
    }

    @Test func tooSmall() {
        let s = screen("", width: 60, height: 20, catalog: builtInCatalog)
        let text = SnapshotEncoder.text(s)
        #expect(text.contains("窗口至少需要 80×24，现在是 60×20"))
        #expect(text.contains("其他键暂不响应；q 退出，C-l 重绘，C-z 挂起"))
        expectGolden(text, "too-small-60x20.txt")
    }

    @Test func recoversWhenEnlarged() {
        var s = Root.initialState(width: 60, height: 20, catalog: seedCatalog)
        _ = Root.update(&s, .resize(width: 80, height: 24), seedCatalog)
        let text = SnapshotEncoder.text(Root.render(s, seedCatalog))
        #expect(!text.contains("需要 80×24"))
        #expect(text.contains("内蒙古"))
    }

    /// In a tiny window every line shown is one of its wordings, whole: never cut mid-word.
    @Test func tooSmallLinesAreWholeAtEverySize() {
        for w in [1, 2, 5, 8, 12, 20, 33, 40, 79] {
            for h in [1, 2, 5, 23] {
                let s = Root.initialState(width: w, height: h, catalog: seedCatalog)
                let wordings = Set(Root.tooSmallLines(s).flatMap { $0 })
                let lines = SnapshotEncoder.text(Root.render(s, seedCatalog)).split(separator: "\n")
                    .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                for line in lines { #expect(wordings.contains(line), "\(w)x\(h): \(line)") }
                if w >= 5 { #expect(!lines.isEmpty, "\(w)x\(h) says something") }
            }
        }
        let s = Root.initialState(width: 20, height: 5, catalog: seedCatalog)
        let text = SnapshotEncoder.text(Root.render(s, seedCatalog))
        #expect(text.contains("需 80×24，现 20×5"))
        #expect(text.contains("请放大窗口；q 退出"))
    }
}
