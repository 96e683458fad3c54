import Foundation

/// Opens an HTML snapshot in headless Chromium with a measuring script added, and reads back
/// what the page did: find, copy, and where every character of every row was drawn.
enum BrowserProbe {
    /// Which fonts Chromium may use. The machine's fonts stay as they are; a fontconfig file
    /// that includes the system's and rejects some files stands in for a machine without them.
    enum Fonts: String, CaseIterable, Sendable {
        /// Whatever is installed (fonts-noto-cjk on CI).
        case installed
        /// None of the CJK families the page names: the browser falls back to another CJK font.
        case otherCJK
        /// No CJK font at all: every Chinese character is a missing-glyph box.
        case noCJK

        var rejected: [String] {
            switch self {
            case .installed: []
            case .otherCJK: ["*NotoSansCJK*", "*NotoSansMonoCJK*", "*SourceHanSans*"]
            case .noCJK: ["*CJK*", "*SourceHan*", "*wqy*", "*WenQuanYi*", "*Droid*Fallback*", "*uming*", "*ukai*"]
            }
        }
    }

    struct Result: Decodable {
        var found: [String: Bool]
        var nbsp: Bool
        var copied: String
        /// Columns each row's characters add up to, counting a character in a wide run as two.
        var rowColumns: [Int]
        /// Per column: [column, leftmost x, rightmost x, samples], x from the grid's left edge.
        var columns: [[Double]]
        /// Fonts the browser could pick for a Chinese character (fc-list :lang=zh), nil if unknown.
        var chineseFonts: [String]? = nil
    }

    static var chromium: String? {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":") {
            for name in ["chromium", "chromium-browser"] {
                let path = "\(dir)/\(name)"
                if FileManager.default.isExecutableFile(atPath: path) { return path }
            }
        }
        return nil
    }

    static func run(_ html: String, words: [String], fonts: Fonts, chromium: String) throws -> Result {
        let dir = NSTemporaryDirectory() + "weibao-browser-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let page = dir + "/page.html"
        let wordList = String(decoding: try JSONEncoder().encode(words), as: UTF8.self)
        try html.replacingOccurrences(of: "</body>", with: "<script>const words = \(wordList);\n\(script)</script></body>")
            .write(toFile: page, atomically: true, encoding: .utf8)
        var environment = ProcessInfo.processInfo.environment
        if !fonts.rejected.isEmpty {
            let globs = fonts.rejected.map { "<glob>\($0)</glob>" }.joined()
            let config = """
                <?xml version="1.0"?>
                <!DOCTYPE fontconfig SYSTEM "fonts.dtd">
                <fontconfig><include ignore_missing="yes">/etc/fonts/fonts.conf</include>
                <selectfont><rejectfont>\(globs)</rejectfont></selectfont></fontconfig>
                """
            try config.write(toFile: dir + "/fonts.conf", atomically: true, encoding: .utf8)
            environment["FONTCONFIG_FILE"] = dir + "/fonts.conf"
        }
        // Its own profile, so runs at the same time never hand their page to one another.
        let dom = try output(chromium, ["--headless=new", "--no-sandbox", "--disable-gpu", "--user-data-dir=\(dir)/profile",
                                        "--virtual-time-budget=5000", "--dump-dom", page], environment: environment)
        guard let start = dom.range(of: "<pre id=\"result\">"),
              let end = dom.range(of: "</pre>", range: start.upperBound..<dom.endIndex),
              let json = String(dom[start.upperBound..<end.lowerBound]).removingPercentEncoding else {
            throw ProbeError(description: "no result in Chromium's page: \(dom.prefix(300))")
        }
        var result = try JSONDecoder().decode(Result.self, from: Data(json.utf8))
        if let list = try? output("/usr/bin/env", ["fc-list", ":lang=zh", "family"], environment: environment) {
            result.chineseFonts = list.split(separator: "\n").map(String.init)
        }
        return result
    }

    struct ProbeError: Error, CustomStringConvertible { var description: String }

    static func output(_ executable: String, _ arguments: [String], environment: [String: String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = environment
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        // A browser that hangs fails the test instead of holding up the suite.
        DispatchQueue.global().asyncAfter(deadline: .now() + 120) { if process.isRunning { process.terminate() } }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw ProbeError(description: "\(executable) exited with \(process.terminationStatus)")
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// Runs in the page: find each word, copy the whole screen, and measure each character's
    /// left edge with a Range, at the column the screen gave it (two for characters in `.w`).
    static let script = #"""
    (() => {
      const out = {found: {}, rowColumns: [], columns: []};
      for (const w of words) { getSelection().removeAllRanges(); out.found[w] = window.find(w, true, false, true); }
      const screen = document.querySelector('.screen');
      getSelection().removeAllRanges();
      const all = document.createRange(); all.selectNodeContents(screen); getSelection().addRange(all);
      out.copied = getSelection().toString();
      getSelection().removeAllRanges();
      out.nbsp = screen.innerText.includes('\u00a0') || out.copied.includes('\u00a0');
      const rows = [...screen.querySelectorAll(':scope > .r')];
      const origin = rows[0].getBoundingClientRect().left;
      const seen = new Map();
      for (const row of rows) {
        let col = 0;
        const walker = document.createTreeWalker(row, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const wide = node.parentElement.closest('.w') !== null;
          for (let i = 0; i < node.data.length; ) {
            const n = node.data.codePointAt(i) > 0xFFFF ? 2 : 1;
            const r = document.createRange(); r.setStart(node, i); r.setEnd(node, i + n);
            const x = r.getBoundingClientRect().left - origin;
            const s = seen.get(col) || [col, x, x, 0];
            s[1] = Math.min(s[1], x); s[2] = Math.max(s[2], x); s[3]++; seen.set(col, s);
            col += wide ? 2 : 1; i += n;
          }
        }
        out.rowColumns.push(col);
      }
      out.columns = [...seen.values()];
      const pre = document.createElement('pre'); pre.id = 'result';
      pre.textContent = encodeURIComponent(JSON.stringify(out));
      document.body.appendChild(pre);
    })();
    """#
}
