import Foundation
import Testing
@testable import Dashboard
import Protection

/// The HTML snapshot is a page: each row's text as it stands on screen, real spaces, wide runs
/// marked so they take two columns a glyph, backgrounds painted per cell, data escaped.
@Suite struct HTMLSnapshotTests {
    static let metadata = SnapshotEncoder.Metadata(takenAt: "2026-06-15 09:30:12")

    @Test(arguments: [("<Tab><Enter>", 100, 30), ("", 120, 40), ("m", 120, 40)])
    func rowsAreTheScreensTextAndWideRunsTakeTwoColumns(keys: String, width: Int, height: Int) throws {
        let s = screen(keys, width: width, height: height)
        let html = SnapshotEncoder.html(s, theme: .dark, metadata: Self.metadata)
        let rows = try CellCounter.rows(html, rowClass: "r")
        #expect(rows.count == height)
        for (y, row) in rows.enumerated() {
            #expect(row.text == SnapshotEncoder.trimTrailingSpaces(s.lines[y]), "row \(y)")
            // Every wide character is in a wide run and nothing else is.
            #expect(row.columns == DisplayWidth.of(row.text), "row \(y)")
        }
        #expect(rows.contains { $0.wide > 0 })
        #expect(html.contains("@media print"))
        #expect(!html.contains("<script") && !html.contains("http://fonts") && !html.contains("https://"))
        #expect(html.contains("<title>weibao 未成年人保护 · 2026-06-15 09:30:12</title>"))
    }

    /// Copying must give ordinary spaces.
    @Test func spacesAreRealSpaces() {
        let html = SnapshotEncoder.html(screen("", width: 120, height: 40), theme: .dark, metadata: Self.metadata)
        #expect(!html.unicodeScalars.contains("\u{00A0}"))
        #expect(!html.contains("&#160;") && !html.contains("&nbsp;"))
        #expect(html.contains("white-space:pre"))
    }

    @Test func textFromDataIsEscaped() {
        var s = Screen(width: 40, height: 1)
        s.put(#"<b onclick="x">&'</b> 内<i>"#, x: 0, y: 0)
        let html = SnapshotEncoder.html(s, theme: .dark, metadata: .init(title: "<t>&", takenAt: "\"now\""))
        #expect(html.contains("&lt;b onclick=&quot;x&quot;&gt;&amp;&#39;&lt;/b&gt; "))
        #expect(html.contains("<span class=\"w\">内</span>&lt;i&gt;"))
        #expect(html.contains("<title>&lt;t&gt;&amp; · &quot;now&quot;</title>"))
        #expect(!html.contains("<b ") && !html.contains("<i>") && !html.contains("<t>"))
    }

    /// Each row costs its text and a span per change of ink, never a span per cell: well under
    /// a third of the page that wrapped every cell (about 27 bytes a cell at 120×40).
    @Test func sizeGrowsWithTheTextNotTheCells() {
        for (_, keys) in SnapshotTests.screens {
            let s = screen(keys, width: 120, height: 40)
            let bytes = SnapshotEncoder.html(s, theme: .dark, metadata: Self.metadata).utf8.count
            #expect(bytes <= 4 * s.width * s.height, "\(keys): \(bytes) bytes")
        }
    }

    /// Backgrounds are color stops at column edges, the full height of the row.
    @Test func backgroundsCoverWholeCells() {
        var s = Screen(width: 10, height: 3)
        s.put("ab", x: 2, y: 0, style: Style(.selected))
        s.fill(Rect(x: 0, y: 1, width: 10, height: 1), style: Style(.title))
        s.put("██▌", x: 4, y: 2, style: Style(.gauge))
        let html = SnapshotEncoder.html(s, theme: .dark, metadata: Self.metadata)
        #expect(html.contains("style=\"background:linear-gradient(90deg,#0000 0 2ch,#00cdcd 2ch 4ch,#0000 4ch)\""))
        #expect(html.contains("<div class=\"r\" style=\"background:#0000ee\"><br/></div>"), "a blank row of one color")
        // Blocks are painted in their own color, a half block half a cell; the glyphs stay for copying.
        #expect(html.contains("linear-gradient(90deg,#0000 0 4ch,#00cd00 4ch 6.5ch,#0000 6.5ch)\">    <span class=\"s"))
        #expect(html.contains(">██▌</span>"))
    }

    @Test func theLightThemeIsALightPageInHTMLAndSVG() {
        let s = screen("", width: 80, height: 24)
        for colors in [256, 16, 0] {
            let theme = Theme.light.forColors(colors)
            let html = SnapshotEncoder.html(s, theme: theme, metadata: Self.metadata)
            #expect(html.contains("body{margin:1.5em;background:#e8e8e8;"), "\(colors) colors")
            #expect(html.contains("background:#ffffff;color:#1c1c1c;"), "\(colors) colors")
            let svg = SnapshotEncoder.svg(s, theme: theme, metadata: Self.metadata)
            #expect(svg.contains("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>"), "\(colors) colors")
            #expect(svg.contains("font-size=\"14\" fill=\"#1c1c1c\">"), "\(colors) colors")
        }
        let dark = SnapshotEncoder.svg(s, theme: .dark, metadata: Self.metadata)
        #expect(dark.contains("<rect width=\"100%\" height=\"100%\" fill=\"#1c1c1c\"/>"))
        // Reverse video of the default colors is dark on light in the dark theme, light on dark here.
        var r = Screen(width: 4, height: 1)
        r.put("x", x: 0, y: 0, style: Style(.selectedInactive))
        let light = SnapshotEncoder.html(r, theme: .light, metadata: Self.metadata)
        #expect(light.contains("#1c1c1c 0 1ch"))
        #expect(light.contains("color:#ffffff;"))
    }
}
