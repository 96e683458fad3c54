import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import Dashboard
import Protection

/// Every snapshot format writes exactly the screen.
@Suite struct SnapshotTests {
    static let metadata = SnapshotEncoder.Metadata(takenAt: "2026-06-15 09:30:12")
    static let screens: [(String, String)] = [("home", ""), ("figures", "<Tab><Enter>"), ("detail", "<Tab><Right><Enter><Enter>"),
                                                  ("compare", "c<Enter>"), ("trend", "c<Enter>t")]

    @Test(arguments: [(80, 24), (120, 40)])
    func goldenFilesForEachFormat(width: Int, height: Int) {
        for (name, keys) in Self.screens {
            let s = screen(keys, width: width, height: height)
            for format in SnapshotFormat.allCases {
                let out = SnapshotEncoder.encode(s, format: format, theme: .dark, metadata: Self.metadata)
                expectGolden(out, "snapshot-\(name)-\(width)x\(height).\(format.fileExtension)")
            }
        }
    }

    /// Bars in eighths are rectangles of that share of their cell, on the cell grid, never
    /// glyphs (which fonts draw at different widths and heights).
    @Test func partialBlocksAreRectanglesOnTheGrid() {
        var s = Screen(width: 10, height: 2)
        s.put("██▌", x: 0, y: 0)
        s.put("▂▇", x: 3, y: 1)
        let svg = SnapshotEncoder.encode(s, format: .svg, theme: .dark, metadata: Self.metadata)
        for glyph in ["▌", "▂", "▇", "█"] { #expect(!svg.contains(">\(glyph)<"), "\(glyph) is not drawn as text") }
        // Cells are 8.4 wide and 18 high, the grid starts at 8 (and 30 for the rows).
        #expect(svg.contains("<rect x=\"8\" y=\"31\" width=\"16.8\" height=\"16\""), "two full blocks, one rectangle")
        #expect(svg.contains("<rect x=\"24.8\" y=\"31\" width=\"4.2\" height=\"16\""), "a half block, half the cell across")
        #expect(svg.contains("<rect x=\"33.2\" y=\"61\" width=\"8.4\" height=\"4\""), "a quarter block, a quarter up from the bottom")
        #expect(svg.contains("<rect x=\"41.6\" y=\"51\" width=\"8.4\" height=\"14\""), "seven eighths up")
    }

    @Test func textIsTheScreenWithoutEscapesOrTrailingSpaces() {
        let s = screen("<Tab><Enter>", width: 100, height: 30)
        let text = SnapshotEncoder.text(s)
        #expect(!text.contains("\u{1B}"))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == 30)
        for (y, line) in lines.enumerated() {
            #expect(!line.hasSuffix(" "))
            #expect(s.lines[y].hasPrefix(line), "row \(y) is the screen's row, trimmed")
            #expect(DisplayWidth.of(line) <= 100)
        }
    }

    @Test func ansiResetsAtEveryLineEndAndStripsToTheText() {
        let s = screen("m", width: 80, height: 24)
        let ansi = SnapshotEncoder.ansi(s, theme: .dark)
        let lines = ansi.split(separator: "\n")
        #expect(lines.count == 24)
        #expect(lines.allSatisfy { $0.hasSuffix("\u{1B}[0m") })
        let stripped = stripSGR(ansi)
        let trimmed = stripped.split(separator: "\n", omittingEmptySubsequences: false).map {
            String($0.reversed().drop { $0 == " " }.reversed())
        }.joined(separator: "\n")
        #expect(trimmed == SnapshotEncoder.text(s))
    }

    @Test func monochromeAnsiHasNoColors() {
        let ansi = SnapshotEncoder.ansi(screen("", width: 80, height: 24), theme: .monochrome)
        #expect(!ansi.contains("38;5") && !ansi.contains("48;5"))
        #expect(ansi.range(of: #"\[(0;)?([0-9];)*(3[0-7]|9[0-7]|4[0-7]|10[0-7])(;|m)"#, options: .regularExpression) == nil)
    }

    @Test func svgParsesAsXMLAndPlacesWideGlyphsOnTwoCells() throws {
        let s = screen("", width: 80, height: 24)
        let svg = SnapshotEncoder.svg(s, theme: .dark, metadata: Self.metadata)
        let texts = try CellCounter.svgTexts(svg)
        // 家 of 家庭保护 in the first tile: its centre sits one full cell right of its column start.
        #expect(texts.count > 100)
        let cw = 8.4
        for t in texts {
            let column = (t.x - 8) / cw
            let fraction = column - column.rounded(.down)
            if DisplayWidth.of(t.text) == 2 { #expect(abs(fraction) < 0.01 || abs(fraction - 1) < 0.01, "\(t.text) centred on a cell boundary") }
            else { #expect(abs(fraction - 0.5) < 0.01, "\(t.text) centred in its cell") }
        }
    }

    @Test func hostileTextIsReplacedInEveryFormat() {
        var s = Screen(width: 20, height: 1)
        s.put("a\u{1B}]0;x\u{7}\u{202E}", x: 0, y: 0)
        for format in SnapshotFormat.allCases {
            let out = SnapshotEncoder.encode(s, format: format, theme: .dark, metadata: Self.metadata)
            let payload = format == .ansi ? stripSGR(out) : out
            #expect(!payload.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x202E }, "\(format)")
        }
    }

    /// The C library's local time must say what Foundation's calendar says, for any date.
    @Test func timeStampsAgreeWithFoundationsLocalTime() {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.dateFormat = "yyyyMMdd-HHmmss"
        for seconds in [0, 1_781_515_812, 1_609_459_199, 1_900_000_000.75] as [Double] {
            let date = Date(timeIntervalSince1970: seconds)
            #expect(SnapshotFile.baseName(at: date, format: .svg) == "weibao-\(f.string(from: date)).svg")
        }
        #expect(SnapshotEncoder.Metadata.taken(at: Date(timeIntervalSince1970: 0)).takenAt.count == 19)
    }

    @Test func savingNeverOverwritesAndNumbersTheNextFile() throws {
        let dir = NSTemporaryDirectory() + "weibao-snap-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let date = Date(timeIntervalSince1970: 1_781_515_812)
        let first = try SnapshotFile.save("one", directory: dir, format: .text, date: date)
        let second = try SnapshotFile.save("two", directory: dir, format: .text, date: date)
        let third = try SnapshotFile.save("three", directory: dir, format: .text, date: date)
        #expect(first.hasSuffix(SnapshotFile.baseName(at: date, format: .text)))
        #expect(second.hasSuffix("-2.txt") && third.hasSuffix("-3.txt"))
        #expect(try String(contentsOfFile: first, encoding: .utf8) == "one")
        #expect(try String(contentsOfFile: third, encoding: .utf8) == "three")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).count == 3, "no temporary file left behind")
    }

    @Test func aSymlinkAtTheTargetIsNeverFollowed() throws {
        let dir = NSTemporaryDirectory() + "weibao-snap-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let date = Date(timeIntervalSince1970: 1_781_515_812)
        let victim = dir + "/victim"
        try "keep".write(toFile: victim, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: dir + "/" + SnapshotFile.baseName(at: date, format: .svg), withDestinationPath: victim)
        let path = try SnapshotFile.save("<svg/>", directory: dir, format: .svg, date: date)
        #expect(path.hasSuffix("-2.svg"))
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "keep")
    }

    @Test func unwritableOrMissingDirectoriesSayWhy() throws {
        #expect(throws: SnapshotFile.Failure.self) { try SnapshotFile.save("x", directory: "/nonexistent/dir", format: .text) }
        do {
            _ = try SnapshotFile.save("x", directory: "/nonexistent/dir", format: .text)
        } catch {
            #expect(error.description.contains("目录 /nonexistent/dir 不存在"))
        }
        let dir = NSTemporaryDirectory() + "weibao-snap-ro-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { chmod(dir, 0o755); try? FileManager.default.removeItem(atPath: dir) }
        chmod(dir, 0o555)
        // root ignores permissions; the check is meaningful only for other users.
        if geteuid() != 0 {
            do {
                _ = try SnapshotFile.save("x", directory: dir, format: .text)
                Issue.record("saved into a read-only directory")
            } catch {
                #expect(error.description.contains("没有写入权限"))
            }
        }
        let file = dir + "-file"
        FileManager.default.createFile(atPath: file, contents: Data())
        defer { try? FileManager.default.removeItem(atPath: file) }
        do {
            _ = try SnapshotFile.save("x", directory: file, format: .text)
            Issue.record("saved into a file")
        } catch {
            #expect(error.description.contains("不是目录"))
        }
    }
}

func stripSGR(_ s: String) -> String {
    s.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
}

/// Reads HTML and SVG snapshots with a real XML parser.
final class CellCounter: NSObject, XMLParserDelegate {
    /// A row's text as the page holds it; a character inside a `w` span counts two columns.
    struct Row { var text = ""; var columns = 0; var wide = 0 }
    struct Text { var x: Double; var text: String }

    private var rowClass = ""
    private var rows: [Row] = []
    private var inRow = false
    /// Open spans inside the row, whether each is a wide run.
    private var spans: [Bool] = []
    private var texts: [Text] = []
    private var currentX: Double?
    private var currentText = ""

    static func rows(_ xml: String, rowClass: String) throws -> [Row] {
        let counter = CellCounter()
        counter.rowClass = rowClass
        try counter.parse(xml)
        return counter.rows
    }

    static func svgTexts(_ xml: String) throws -> [Text] {
        let counter = CellCounter()
        try counter.parse(xml)
        return counter.texts
    }

    private func parse(_ xml: String) throws {
        // The HTML doctype is not XML's; the rest of the page is well-formed XHTML.
        let body = xml.replacingOccurrences(of: "<!DOCTYPE html>", with: "")
        let parser = XMLParser(data: Data(body.utf8))
        parser.delegate = self
        guard parser.parse() else {
            throw parser.parserError ?? NSError(domain: "xml", code: 1)
        }
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        if name == "div", attributes["class"] == rowClass { rows.append(Row()); inRow = true; spans = [] }
        if name == "span", inRow { spans.append((attributes["class"] ?? "").split(separator: " ").contains("w")) }
        // The caption above the grid sets its own font size; grid cells inherit theirs.
        if name == "text", attributes["font-size"] == nil { currentX = Double(attributes["x"] ?? ""); currentText = "" }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        currentText += string
        guard inRow else { return }
        let wide = spans.contains(true)
        rows[rows.count - 1].text += string
        rows[rows.count - 1].columns += string.count * (wide ? 2 : 1)
        if wide { rows[rows.count - 1].wide += string.count }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "div" { inRow = false }
        if name == "span", inRow { spans.removeLast() }
        if name == "text", let x = currentX { texts.append(Text(x: x, text: currentText)); currentX = nil }
    }
}

/// The README shows a text snapshot of the home screen; it must be the current one.
@Test func readmeShowsTheCurrentHomeScreen() throws {
    let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("README.md")
    let text = try String(contentsOf: readme, encoding: .utf8)
    let marker = "The home screen, as `weibao snapshot` writes it:\n\n```\n"
    let start = try #require(text.range(of: marker)).upperBound
    let end = try #require(text.range(of: "\n```", range: start..<text.endIndex)).lowerBound
    let expected = SnapshotEncoder.text(screen("", width: 100, height: 30, catalog: builtInCatalog))
    #expect(String(text[start..<end]) + "\n" == expected, "regenerate with scripts/readme-snapshot.sh")
}
