import Testing
@testable import Dashboard
import Protection

/// Every screen at 80×24 and 120×40, from the pure renderer.
@Suite struct GoldenScreenTests {
    static let cases: [(String, String)] = [
        ("home", ""),
        ("home-tiles", "<Tab><Right><Down>"),
        ("matrix", "m"),
        ("figures-all", "<Enter>"),
        ("figures-family", "<Tab><Enter>"),
        ("figures-by-value", "<Enter>s"),
        ("detail-change", "<Tab><Right><Enter><Enter>"),
        ("detail-percent", "<Tab><Enter>j<Enter>"),
        ("help", "?"),
        ("filter-typing", "/jzxx"),
        ("filter-kept-figures", "/学校<Enter><Enter>"),
        ("filter-error", "/家长 >abc"),
        ("snapshot-format-prompt", "P"),
    ]

    @Test(arguments: [(80, 24), (120, 40)])
    func screens(width: Int, height: Int) {
        for (name, keys) in Self.cases {
            let s = screen(keys, width: width, height: height)
            #expect(rowsAreExactWidth(s), "\(name) at \(width)x\(height)")
            expectGolden(SnapshotEncoder.text(s), "\(name)-\(width)x\(height).txt")
        }
    }

    @Test func tooSmall() {
        let s = screen("", width: 60, height: 20)
        let text = SnapshotEncoder.text(s)
        #expect(text.contains("need 80×24, have 60×20"))
        expectGolden(text, "too-small-60x20.txt")
    }

    @Test func recoversWhenEnlarged() {
        var s = Root.initialState(width: 60, height: 20, catalog: seedCatalog)
        _ = Root.update(&s, .resize(width: 80, height: 24), seedCatalog)
        let text = SnapshotEncoder.text(Root.render(s, seedCatalog))
        #expect(!text.contains("need 80×24"))
        #expect(text.contains("内蒙古"))
    }
}
