import Foundation
import Testing

/// Every loadable export format loads back into the same figures; completions come out for
/// each shell.
@Suite(.enabled(if: CLI.available, "needs the built weibao binary"))
struct DataInOutTests {
    @Test(arguments: ["tsv", "jsonl", "json", "csv", "xlsx", "db"])
    func exportLoadsBack(format: String) throws {
        let folder = CLI.folder()
        let file = folder + "/figures.\(format)"
        #expect(try CLI.run(["export", "--format", format == "db" ? "sqlite" : format, "-o", file]).status == 0)
        let csv = try CLI.run(["export", "--format", "csv"]).stdout
        let back = try CLI.run(["export", "--format", "csv", "--data", file])
        #expect(back.status == 0, "\(back.stderr)")
        #expect(back.stdout == csv)
        #expect(try CLI.run(["validate", file]).status == 0)
    }

    /// `-o` replaces an existing file whole, with a mode the umask allows, and leaves no
    /// temporary file; a file that cannot be written is an error naming it, exit 2, and
    /// nothing is left behind.
    @Test func exportToAFileReplacesItOrFailsCleanly() throws {
        let folder = CLI.folder()
        let file = folder + "/out.csv"
        try Data("old content that is longer than nothing\n".utf8).write(to: URL(fileURLWithPath: file))
        #expect(try CLI.run(["export", "--format", "csv", "-o", file]).status == 0)
        let stdout = try CLI.run(["export", "--format", "csv"]).stdout
        #expect(String(decoding: try Data(contentsOf: URL(fileURLWithPath: file)), as: UTF8.self) == stdout)
        let mode = (try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? NSNumber)?.intValue
        #expect(mode == 0o644 || mode == 0o664 || mode == 0o666, "mode \(String(mode ?? 0, radix: 8))")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["out.csv"])

        // A workbook is written by a zip library and through a scratch file: the same promise.
        for (format, other) in [("csv", "tsv"), ("xlsx", "xlsx")] {
            let missing = folder + "/no/such/folder/out.\(format)"
            let failed = try CLI.run(["export", "--format", format, "-o", missing])
            #expect(failed.status == 2)
            #expect(failed.stderr.contains("weibao export: cannot write \(missing)"), "\(failed.stderr)")
            let intoFolder = try CLI.run(["export", "--format", other, "-o", folder])
            #expect(intoFolder.status == 2)
            #expect(intoFolder.stderr.contains("cannot write \(folder)"), "\(intoFolder.stderr)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["out.csv"])
    }

    @Test func tsvAndJsonLinesFoundInAFolder() throws {
        let folder = CLI.folder()
        #expect(try CLI.run(["export", "--format", "tsv", "--system", "学校", "-o", folder + "/a.tsv"]).status == 0)
        #expect(try CLI.run(["export", "--format", "jsonl", "--system", "家庭", "-o", folder + "/b.jsonl"]).status == 0)
        let tsvRows = try String(contentsOfFile: folder + "/a.tsv", encoding: .utf8).split(separator: "\n").count - 1
        let jsonLines = try String(contentsOfFile: folder + "/b.jsonl", encoding: .utf8).split(separator: "\n").count
        let r = try CLI.run(["summary", "--data", folder])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("\(tsvRows + jsonLines) figures"), "\(r.stdout)")
    }

    @Test func problemsInTsvAndJsonLinesHaveTheirPositions() throws {
        let folder = CLI.folder()
        let tsv = "id\tprovince\tsystem\tindicator\ttext\tsource\tquote\tFOO\n"
        try tsv.write(toFile: folder + "/bad.tsv", atomically: true, encoding: .utf8)
        let t = try CLI.run(["validate", folder + "/bad.tsv"])
        #expect(t.status == 2)
        #expect(t.stderr.contains("bad.tsv:1:48: unknown column \"FOO\""))
        let jsonl = "{\"id\": \"a\"}\n\n{\"id\": \"b\", \"province\": \"内蒙\"}\nnot json\n"
        try jsonl.write(toFile: folder + "/bad.jsonl", atomically: true, encoding: .utf8)
        let j = try CLI.run(["validate", folder + "/bad.jsonl"])
        #expect(j.status == 2)
        #expect(j.stderr.contains("bad.jsonl:3:25: unknown province \"内蒙\""))
        #expect(j.stderr.contains("bad.jsonl:4:1: "))
    }

    @Test func markdownIsATableRowPerFigure() throws {
        let r = try CLI.run(["export", "--format", "markdown", "--province", "内蒙古", "--system", "学校"])
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.first == "| province | system | indicator | text | value | unit | qualifier | change | date | outlet |")
        #expect(lines.count == 2 + 4)
        #expect(lines.allSatisfy { $0.hasPrefix("|") && $0.hasSuffix("|") })
        #expect(r.stdout.contains("| 内蒙古自治区 | 学校保护 | 失学辍学学生 | 104 人 | 104 | 人 | exact | 201 人 (2021-06) → 104 人 |"))
    }

    @Test(arguments: ["bash", "zsh", "fish"])
    func completionScripts(shell: String) throws {
        let r = try CLI.run(["--generate-completion-script", shell])
        #expect(r.status == 0)
        for word in ["snapshot", "export", "info", "--theme", "colorblind"] {
            #expect(r.stdout.contains(word), "\(shell) completes \(word)")
        }
    }
}
