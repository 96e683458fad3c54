import Foundation
import Testing

/// `weibao export --format xlsx` and `--data figures.xlsx` end to end: the file as another
/// program reads it, every kind of file that is no workbook, and files never half-written.
@Suite(.enabled(if: CLI.available, "needs the built weibao binary"))
struct WorkbookCommandTests {
    static let openpyxl = (try? CLI.python("import openpyxl", []).status == 0) ?? false

    /// Every cell of the 数据 sheet, as openpyxl reads it, against the CSV export: text equal
    /// (the CSV's formula guard undone), numbers as number cells whose decimal text is the CSV's.
    @Test(.enabled(if: Self.openpyxl, "skipped: needs python3 with openpyxl (.ci/run installs it)"))
    func openpyxlReadsTheCSVExportsCells() throws {
        let folder = CLI.folder()
        #expect(try CLI.run(["export", "--format", "xlsx", "-o", folder + "/f.xlsx"]).status == 0)
        #expect(try CLI.run(["export", "--format", "csv", "-o", folder + "/f.csv"]).status == 0)
        let program = """
            import csv, re, sys, openpyxl
            from decimal import Decimal
            book = openpyxl.load_workbook(sys.argv[1])
            assert book.sheetnames == ["数据", "来源", "指标"], book.sheetnames
            sheet = book["数据"]
            assert sheet.freeze_panes == "A2", sheet.freeze_panes
            rows = list(csv.reader(open(sys.argv[2], encoding="utf-8", newline="")))
            numeric = {"province_code", "value", "change_from"}
            def unguard(t):
                return t[1:] if re.match(r"^'+[=+\\-@]", t) else t
            errors, cells = [], 0
            for r, (want, got) in enumerate(zip(rows, sheet.iter_rows()), start=1):
                if len(got) < len(want): got = tuple(got) + (None,) * (len(want) - len(got))
                for k, text in enumerate(want):
                    cell = got[k]
                    value = None if cell is None else cell.value
                    cells += 1
                    if r > 1 and rows[0][k] in numeric and text != "":
                        ok = cell.data_type == "n" and Decimal(repr(value)) == Decimal(text) and isinstance(value, (int, float))
                    else:
                        ok = (value or "") == unguard(text) and (value is None or cell.data_type == "s")
                    if not ok: errors.append(f"{cell.coordinate if cell is not None else (r, k)}: {value!r} ({getattr(cell, 'data_type', None)}) != {text!r}")
            if len(rows) != sheet.max_row: errors.append(f"{sheet.max_row} rows, CSV has {len(rows)}")
            print("\\n".join(errors[:20]) or f"ok {cells}")
            sys.exit(1 if errors else 0)
            """
        let r = try CLI.python(program, [folder + "/f.xlsx", folder + "/f.csv"])
        #expect(r.status == 0, "\(r.output)")
        #expect(r.output.hasPrefix("ok "), "\(r.output)")
    }

    /// The same figures give the same bytes, in a file or on standard output sent to one.
    @Test func standardOutputGetsTheSameFile() throws {
        let folder = CLI.folder()
        #expect(try CLI.run(["export", "--format", "xlsx", "--system", "学校", "-o", folder + "/a.xlsx"]).status == 0)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(CLI.binary))
        process.arguments = ["export", "--format", "xlsx", "--system", "学校"]
        FileManager.default.createFile(atPath: folder + "/b.xlsx", contents: nil)
        let out = try FileHandle(forWritingTo: URL(fileURLWithPath: folder + "/b.xlsx"))
        process.standardOutput = out
        try process.run()
        process.waitUntilExit()
        try out.close()
        #expect(process.terminationStatus == 0)
        let a = try Data(contentsOf: URL(fileURLWithPath: folder + "/a.xlsx"))
        #expect(a == (try Data(contentsOf: URL(fileURLWithPath: folder + "/b.xlsx"))))
        #expect(a.starts(with: [0x50, 0x4B, 0x03, 0x04]))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["a.xlsx", "b.xlsx"])
    }

    /// Each kind of file that is no workbook: one line naming it, exit status 2.
    @Test func filesThatAreNoWorkbook() throws {
        let folder = CLI.folder()
        #expect(try CLI.run(["export", "--format", "xlsx", "-o", folder + "/good.xlsx"]).status == 0)
        let good = try Data(contentsOf: URL(fileURLWithPath: folder + "/good.xlsx"))
        try Data(try CLI.run(["export", "--format", "csv"]).stdout.utf8).write(to: URL(fileURLWithPath: folder + "/renamed.xlsx"))
        try good.prefix(good.count - 100).write(to: URL(fileURLWithPath: folder + "/cut.xlsx"))
        try Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504)).write(to: URL(fileURLWithPath: folder + "/old.xlsx"))
        let expected = [
            "renamed.xlsx": "not an .xlsx workbook: the file is plain text (a CSV file renamed?)",
            "cut.xlsx": "damaged .xlsx workbook: its zip directory cannot be read (the file may be cut short)",
            "old.xlsx": "an old-style Excel .xls workbook (OLE2), not .xlsx",
        ]
        for (name, message) in expected {
            for command in [["validate", folder + "/" + name], ["export", "--format", "csv", "--data", folder + "/" + name]] {
                let r = try CLI.run(command)
                #expect(r.status == 2, "\(command)")
                #expect(r.stdout.isEmpty)
                #expect(r.stderr.hasPrefix("\(folder)/\(name): \(message)"), "\(r.stderr)")
            }
        }
    }
}
