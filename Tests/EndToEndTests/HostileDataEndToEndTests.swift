import Foundation
import Testing

/// A dataset full of escape sequences, controls, bidi overrides, lone surrogates and bad
/// bytes (Tests/Fixtures/hostile), browsed in a real terminal and written in every format:
/// the data never drives the terminal, and every such character shows as a stand-in.
@Suite(.serialized, .enabled(if: Tmux.available, "needs tmux and the built weibao binary"))
struct HostileDataEndToEndTests {
    let bin = Tmux.binary ?? "weibao"
    let data = Tmux.fixtures + "/hostile"

    /// Screens to visit, as tmux keys, with text each must show (stand-ins included).
    let tour: [([String], String)] = [
        (["Enter"], "TITLE␛]0;pwned␇X"),            // figures of 内蒙古
        (["Enter"], "␛[2J␛[H"),                      // detail: the quote and outlet
        (["Escape", "Down", "Enter"], "gnp.exe"),     // bidi and lone surrogates
        (["Escape", "Escape", "Down", "Enter"], "RAW␛]0;pwned␇␛[2J"),  // 河南, CSV raw bytes
        (["Down", "Enter"], "BYTES\u{FFFD}"),          // invalid UTF-8
        (["Escape", "Escape", "Escape", "m"], "各省六大保护"),
        (["Escape", "?"], "帮助"),
    ]

    @Test func browsingNeitherRetitlesNorClearsAndShowsStandIns() throws {
        let t = try Tmux(width: 100, height: 30)
        let title = try t.display("#{pane_title}")
        let log = t.folder + "/pane-output"
        try t.recordOutput(to: log)
        try t.type(Tmux.bracketed("\(bin) --data '\(data)'"))
        try t.waitFor { $0.contains("省级行政区 34") }
        for (keys, expected) in tour {
            try t.press(keys)
            let screen = try t.waitFor { $0.contains(expected) }
            #expect(screen.contains("weibao"), "the title row is still there: nothing cleared the screen")
            #expect(try t.display("#{pane_title}") == title)
        }
        try t.press(["Escape", "/"])
        try t.send("pwned", literal: true)
        try t.waitFor { $0.contains("/pwned") && $0.contains("␛]0;pwned␇") }
        try t.send("Enter", "q")
        try t.waitFor { $0.contains("EXIT=0") && $0.contains("FINISHED") }
        #expect(try t.display("#{pane_title}") == title, "no OSC reached tmux")
        #expect(try t.sttyUnchanged())
        // What weibao wrote: terminal control of its own (CSI), never the data's.
        let bytes = [UInt8](FileManager.default.contents(atPath: log) ?? Data())
        #expect(bytes.count > 1000)
        #expect(!contains(bytes, [0x1B, 0x5D]), "no OSC (ESC ])")
        #expect(!contains(bytes, Array("\u{1B}[2J".utf8)), "no clear-screen from the data")
        #expect(!contains(bytes, [0x1B, 0x63]), "no reset (ESC c)")
        #expect(!bytes.contains(0x07), "no BEL")
        #expect(Self.unsafeScalars(String(decoding: bytes, as: UTF8.self), allowing: [0x1B, 0x0D, 0x0A, 0x08, 0x0F, 0x0E]).isEmpty,
                "no C1 controls, bidi controls or line separators")
    }

    @Test func liveHostileScreenEqualsTheHeadlessOne() throws {
        let t = try Tmux(width: 100, height: 30)
        try t.type("\(bin) --data '\(data)'")
        try t.waitFor { $0.contains("省级行政区 34") }
        let headless = try Tmux.run([bin, "snapshot", "--data", data, "--size", "100x30", "--keys", "<Down><Enter><Enter>"])
        #expect(headless.status == 0)
        try t.send("Down", "Enter", "Enter")
        // Poll until the frame is complete: a capture can fall between two rows' updates.
        try t.waitFor { Tmux.trimmed($0) == Tmux.trimmed(headless.output) }
        try t.send("q")
    }

    @Test(arguments: ["text", "ansi", "html", "svg"])
    func everySnapshotFormatIsClean(format: String) throws {
        for keys in ["<Enter>", "<Enter><Enter>", "<Down><Enter><Enter>", "<Down><Enter><Down><Enter>", "m", "/pwned"] {
            let r = try Tmux.run([bin, "snapshot", "--data", data, "--size", "120x40", "--format", format, "--keys", keys])
            #expect(r.status == 0, "\(keys): \(r.output.prefix(300))")
            let unsafe = Self.unsafeScalars(format == "ansi" ? Self.withoutSGR(r.output) : r.output, allowing: [0x0A])
            #expect(unsafe.isEmpty, "\(format) \(keys): \(unsafe.map { String($0.value, radix: 16) })")
            #expect(r.output.contains("␛") || r.output.contains("\u{FFFD}") || keys == "m", "\(format) \(keys): stand-ins shown")
        }
    }

    @Test func exportsAreCleanAndGuardFormulas() throws {
        let csv = try Tmux.run([bin, "export", "--format", "csv", "--data", data])
        #expect(csv.status == 0)
        #expect(Self.unsafeScalars(csv.output, allowing: [0x0A, 0x0D]).isEmpty)
        #expect(csv.output.contains("\"'=HYPERLINK(\"\"http://x\"\")\""))
        #expect(csv.output.contains("'@SUM(1),'+cmd\r\n"))
        #expect(csv.output.contains("\r\n'-csv-minus,"))
        #expect(csv.output.contains("RAW␛]0;pwned␇␛[2J"))
        let json = try Tmux.run([bin, "export", "--format", "json", "--data", data])
        #expect(json.status == 0)
        #expect(Self.unsafeScalars(json.output, allowing: [0x0A]).isEmpty)
        #expect(json.output.contains(#"TITLE\u001b]0;pwned\u0007X"#))
        #expect(json.output.contains(#"\u202egnp.exe"#))
        for format in ["tsv", "jsonl", "markdown"] {
            let r = try Tmux.run([bin, "export", "--format", format, "--data", data])
            #expect(r.status == 0, "\(format)")
            // Tab, CR and LF stay only inside quoted cells, as in CSV.
            #expect(Self.unsafeScalars(r.output, allowing: [0x09, 0x0A, 0x0D]).isEmpty, "\(format)")
            #expect(r.output.contains("pwned"), "\(format)")
        }
        let tsv = try Tmux.run([bin, "export", "--format", "tsv", "--data", data]).output
        #expect(tsv.contains("\t\"'=HYPERLINK("), "TSV cells are guarded like CSV ones")
    }

    @Test func diagnosticsQuotingHostileDataAreClean() throws {
        // An unknown province named by an escape sequence: the message quotes it, visibly.
        let folder = NSTemporaryDirectory() + "weibao-hostile-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let csv = "id,province,system,indicator,text,source,quote\nx,\u{1B}]0;pwned\u{07},家庭,i,5 人,s,q\n"
        try csv.write(toFile: folder + "/bad.csv", atomically: true, encoding: .utf8)
        let r = try Tmux.run([bin, "validate", folder + "/bad.csv"])
        #expect(r.status == 2)
        #expect(r.output.contains("unknown province \"␛]0;pwned␇\""), "\(r.output)")
        #expect(Self.unsafeScalars(r.output, allowing: [0x0A]).isEmpty)
    }

    // MARK: Helpers

    func contains(_ bytes: [UInt8], _ needle: [UInt8]) -> Bool {
        guard bytes.count >= needle.count else { return false }
        return (0...(bytes.count - needle.count)).contains { bytes[$0..<$0 + needle.count].elementsEqual(needle) }
    }

    /// Scalars a terminal would act on rather than show, but those in `allowing`.
    static func unsafeScalars(_ text: String, allowing: Set<UInt32>) -> [Unicode.Scalar] {
        text.unicodeScalars.filter { s in
            let v = s.value
            let unsafe = v < 0x20 || (v >= 0x7F && v < 0xA0) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
                || v == 0x200E || v == 0x200F || v == 0x061C || v == 0x2028 || v == 0x2029
            return unsafe && !allowing.contains(v)
        }
    }

    /// ANSI snapshots: their own SGR sequences removed; any other escape stays and fails.
    static func withoutSGR(_ text: String) -> String {
        text.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
    }
}
