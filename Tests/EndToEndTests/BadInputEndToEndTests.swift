import Foundation
import Testing
#if canImport(Glibc)
import Glibc
import TestSupport
#endif

/// Every class of bad dataset in docs/bad-input.md, given to `weibao validate` and `--data`:
/// the exact message and exit status the table promises, and never a hang or a crash.
@Suite(.serialized, .enabled(if: Tmux.binary != nil, "needs the built weibao binary"))
final class BadInputEndToEndTests {
    let bin = Tmux.binary ?? "weibao"
    let folder: String

    init() throws {
        folder = NSTemporaryDirectory() + "weibao-bad-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    /// Each test has its own instance and folder, removed with it.
    deinit {
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// A valid figure record, one line of JSON, for building datasets.
    static func figure(_ id: String, province: String = "内蒙古") -> String {
        #"{ "id": "\#(id)", "province": "\#(province)", "system": "家庭", "indicator": "家长学校开办率", "text": "91.9%", "source": "s", "quote": "q" }"#
    }

    static func dataset(_ figures: [String], source: String = #"{ "id": "s", "outlet": "o" }"#) -> String {
        "{\n\"sources\": [\(source)],\n\"figures\": [\n" + figures.joined(separator: ",\n") + "\n]\n}\n"
    }

    func write(_ name: String, _ bytes: [UInt8]) -> String {
        let path = folder + "/" + name
        _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
        return path
    }

    func write(_ name: String, _ text: String) -> String { write(name, Array(text.utf8)) }

    /// `weibao validate PATH`, with the temporary folder written as `$D` in its output.
    func validate(_ path: String) throws -> Tmux.Output {
        var r = try Tmux.run([bin, "validate", path])
        r.output = r.output.replacingOccurrences(of: folder, with: "$D")
        return r
    }

    func expectRefused(_ path: String, _ lines: [String], sourceLocation: SourceLocation = #_sourceLocation) throws {
        let r = try validate(path)
        #expect(r.status == 2, sourceLocation: sourceLocation)
        #expect(r.output.split(separator: "\n").map(String.init) == lines, sourceLocation: sourceLocation)
        // --data refuses the same way, with the same lines, before any screen is drawn.
        var s = try Tmux.run([bin, "snapshot", "--data", path])
        s.output = s.output.replacingOccurrences(of: folder, with: "$D")
        #expect(s.status == 2, sourceLocation: sourceLocation)
        #expect(s.output.split(separator: "\n").map(String.init) == lines, sourceLocation: sourceLocation)
    }

    @Test func missingPath() throws {
        try expectRefused(folder + "/nope.json", [
            "$D/nope.json: no such file or folder, expected a .json or .csv file or a folder of them",
            "$D/nope.json: 1 problem in 1 file; nothing was loaded"])
    }

    @Test func emptyFile() throws {
        try expectRefused(write("empty.json", ""), [
            "$D/empty.json:1:1: expected a value, found end of file",
            "$D/empty.json: 1 problem in 1 file; nothing was loaded"])
    }

    @Test func truncatedJSON() throws {
        let text = Self.dataset([Self.figure("a"), Self.figure("b")])
        try expectRefused(write("cut.json", String(text.prefix(120))), [
            "$D/cut.json:4:63: expected '\"' to close the string opened at 4:62, found end of file",
            "$D/cut.json: 1 problem in 1 file; nothing was loaded"])
    }

    @Test func truncatedCSV() throws {
        try expectRefused(write("cut.csv", "id,province,system,indicator,text,source,quote\nx,内蒙古,家庭,率,5 人,s,\"unfinished"), [
            "$D/cut.csv:2:29: expected '\"' to close the field opened at 2:18, found end of file",
            "$D/cut.csv: 1 problem in 1 file; nothing was loaded"])
    }

    @Test func utf16File() throws {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for u in Self.dataset([Self.figure("a")]).utf16 { bytes += [UInt8(u & 0xFF), UInt8(u >> 8)] }
        try expectRefused(write("utf16.json", bytes), [
            "$D/utf16.json:1:1: the file is UTF-16LE, expected UTF-8 text (convert it: iconv -f UTF-16 -t UTF-8)",
            "$D/utf16.json: 1 problem in 1 file; nothing was loaded"])
    }

    @Test func utf16WithoutByteOrderMark() throws {
        var bytes: [UInt8] = []
        for u in Self.dataset([Self.figure("a")]).utf16 { bytes += [UInt8(u & 0xFF), UInt8(u >> 8)] }
        try expectRefused(write("utf16.json", bytes), [
            "$D/utf16.json:1:2: NUL byte: the file looks like UTF-16 or binary data, expected UTF-8 text",
            "$D/utf16.json: 1 problem in 1 file; nothing was loaded"])
    }

    /// One NUL in otherwise good UTF-8 is named as such, not as UTF-16 or binary data.
    @Test func strayNULByte() throws {
        let csv = Array("id,province,system,indicator,text,source,quote\nx,内蒙古".utf8) + [0] + Array(",家庭,率,5 人,s,q\n".utf8)
        try expectRefused(write("nul.csv", csv), [
            "$D/nul.csv:2:6: NUL byte at byte offset 58, expected UTF-8 text without NUL bytes",
            "$D/nul.csv: 1 problem in 1 file; nothing was loaded"])
    }

    @Test func gbkFile() throws {
        // "内蒙古" and "家庭" in GB18030, as a spreadsheet on a Chinese Windows saves them.
        let csv: [UInt8] = Array("id,province,system,indicator,text,source,quote\nx,".utf8) + [0xC4, 0xDA, 0xC3, 0xC9, 0xB9, 0xC5]
            + [0x2C, 0xBC, 0xD2, 0xCD, 0xA5] + Array(",i,5,s,q\n".utf8)
        try expectRefused(write("gbk.csv", csv), [
            "$D/gbk.csv:2:3: incomplete UTF-8 sequence at byte 0xC4, expected UTF-8 text; most non-ASCII text in the file is not UTF-8 (GBK or another encoding?): convert it, e.g. iconv -f GB18030 -t UTF-8",
            "$D/gbk.csv: 1 problem in 1 file; nothing was loaded"])
    }

    @Test func aFewBadBytesLoadWithANote() throws {
        let text = Self.dataset([Self.figure("a")])
        var bytes = Array(text.utf8)
        let at = bytes.firstIndex(of: UInt8(ascii: "q"))!  // the "quote" key's q: first 'q' in the file
        bytes.insert(0xFF, at: at + 9)
        let r = try validate(write("bytes.json", bytes))
        #expect(r.status == 0)
        #expect(r.output.contains("$D/bytes.json:4:"))
        #expect(r.output.contains(": 1 invalid UTF-8 sequence, the first here (invalid UTF-8 byte 0xFF, expected UTF-8 text); shown as U+FFFD"))
        #expect(r.output.contains("$D/bytes.json: ok, 1 sources, 1 figures"))
    }

    @Test func aLoneSurrogateEscapeLoadsWithANote() throws {
        let figure = Self.figure("a").replacingOccurrences(of: "家长学校开办率", with: #"家长\uD800学校开办率"#)
        let r = try validate(write("lone.json", Self.dataset([figure])))
        #expect(r.status == 0)
        #expect(r.output.contains(#"$D/lone.json:4:65: 1 lone surrogate escape, the first here (\uD800 without its other half, expected a \uD800–\uDBFF \uDC00–\uDFFF pair); shown as U+FFFD"#), "\(r.output)")
        #expect(r.output.contains("$D/lone.json: ok, 1 sources, 1 figures"))
    }

    @Test func unknownProvince() throws {
        try expectRefused(write("p.json", Self.dataset([Self.figure("a", province: "火星")])), [
            "$D/p.json:4:26: unknown province \"火星\", expected a full or short name, abbreviation, romanization, English name or GB/T 2260 code, such as 内蒙古自治区, 内蒙古, 蒙, Nei Mongol, Inner Mongolia or 150000",
            "$D/p.json: 1 problem in 1 file; nothing was loaded"])
    }

    @Test func duplicateID() throws {
        try expectRefused(write("dup.json", Self.dataset([Self.figure("a"), Self.figure("a")])), [
            "$D/dup.json:5:9: duplicate id \"a\", first used at $D/dup.json:4:9, expected ids unique across the whole dataset",
            "$D/dup.json: 1 problem in 1 file; nothing was loaded"])
    }

    @Test func deepNesting() throws {
        try expectRefused(write("deep.json", String(repeating: "[", count: 600)), [
            "$D/deep.json:1:513: nesting deeper than 512 levels, expected flatter data",
            "$D/deep.json: 1 problem in 1 file; nothing was loaded"])
    }

    @Test func binaryGarbage() throws {
        var random = SplitMix64(seed: 3)
        let bytes = (0..<4096).map { _ in UInt8(truncatingIfNeeded: random.next() | 1) }  // no NUL
        let r = try validate(write("garbage.json", bytes))
        #expect(r.status == 2)
        #expect(r.output.contains("$D/garbage.json:1:1: "))
        #expect(r.output.contains("most non-ASCII text in the file is not UTF-8"))
    }

    /// 100 MB: a valid header and a hundred megabytes of one unquoted cell, read in full and
    /// refused with one message, in bounded time and memory.
    @Test func hundredMegabyteFile() throws {
        let path = folder + "/big.csv"
        defer { unlink(path) }
        let handle = try #require(FileHandle(forWritingAtPath: write("big.csv", "id,province,system,indicator,text,source,quote\n")))
        let line = Array(repeating: UInt8(ascii: "x"), count: 1 << 20)
        handle.seekToEndOfFile()
        for _ in 0..<100 { handle.write(Data(line)) }
        handle.write(Data("\n".utf8))
        handle.closeFile()
        let started = Date()
        try expectRefused(path, [
            "$D/big.csv:2:1: row has 1 field, expected 7 as in the header (a field holding a comma or quote must be in quotes)",
            "$D/big.csv: 1 problem in 1 file; nothing was loaded"])
        #expect(Date().timeIntervalSince(started) < 60)
    }

    @Test func emptyFolder() throws {
        let empty = folder + "/empty"
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        try expectRefused(empty, [
            "$D/empty: no .json, .jsonl, .csv or .tsv files in this folder, expected at least one",
            "$D/empty: 1 problem in 1 file; nothing was loaded"])
    }

    /// A folder whose entries cannot be read as files: a FIFO (which must not block), a
    /// folder named like a data file, a symlink loop, and one valid file.
    @Test func folderWithUnreadableEntries() throws {
        let dir = folder + "/mixed"
        try FileManager.default.createDirectory(atPath: dir + "/sub.json", withIntermediateDirectories: true)
        #expect(mkfifo(dir + "/fifo.json", 0o644) == 0)
        symlink(dir + "/loop2.csv", dir + "/loop1.csv")
        symlink(dir + "/loop1.csv", dir + "/loop2.csv")
        _ = FileManager.default.createFile(atPath: dir + "/ok.json", contents: Data(Self.dataset([Self.figure("a")]).utf8))
        let read = "cannot read the file, expected a readable .json or .csv file"
        try expectRefused(dir, [
            "$D/mixed/fifo.json: \(read)",
            "$D/mixed/loop1.csv: \(read)",
            "$D/mixed/loop2.csv: \(read)",
            "$D/mixed/sub.json: \(read)",
            "$D/mixed: 4 problems in 4 files; nothing was loaded"])
    }

    /// Root reads any file whatever its mode, so this row is checked only for other users.
    @Test func unreadableFile() throws {
        let path = write("secret.json", Self.dataset([Self.figure("a")]))
        chmod(path, 0)
        if geteuid() == 0 {
            // As root the file is read; the folder tests cover the message for entries that cannot be read.
            #expect(try validate(path).status == 0, "root reads a mode-000 file")
            return
        }
        try expectRefused(path, [
            "$D/secret.json: cannot read the file, expected a readable .json or .csv file",
            "$D/secret.json: 1 problem in 1 file; nothing was loaded"])
    }

    @Test func symlinkLoop() throws {
        symlink(folder + "/b.json", folder + "/a.json")
        symlink(folder + "/a.json", folder + "/b.json")
        try expectRefused(folder + "/a.json", [
            "$D/a.json: no such file or folder, expected a .json or .csv file or a folder of them",
            "$D/a.json: 1 problem in 1 file; nothing was loaded"])
    }

    /// A source whose report text is a FIFO or an endless device: never read (it would block
    /// or never end); its quotes are not checked, and validate says so.
    @Test(arguments: ["fifo", "/dev/zero"])
    func sourceTextThatIsNotAFile(kind: String) throws {
        let text = kind == "fifo" ? folder + "/report.txt" : kind
        if kind == "fifo" { #expect(mkfifo(text, 0o644) == 0) }
        let source = #"{ "id": "s", "outlet": "o", "file": "\#(text)" }"#
        let started = Date()
        let r = try validate(write("src.json", Self.dataset([Self.figure("a")], source: source)))
        #expect(Date().timeIntervalSince(started) < 30)
        #expect(r.status == 0)
        #expect(r.output.contains("quotes of 1 source not checked, report text not at hand: s ("))
    }

    @Test func quoteNotInTheReport() throws {
        let source = #"{ "id": "s", "outlet": "o", "file": "report.txt" }"#
        _ = write("report.txt", "全区家长学校开办率达到91.9%\n")
        try expectRefused(write("q.json", Self.dataset([Self.figure("a")], source: source)), [
            "$D/q.json:4:114: quote not found in report.txt, expected the report's words verbatim",
            "$D/q.json: 1 problem in 1 file; nothing was loaded"])
    }

    /// Files named .xlsx that are no workbook: one line each, nothing loaded.
    @Test func workbookThatIsACSVRenamed() throws {
        try expectRefused(write("renamed.xlsx", "id,province,system,indicator,text,source,quote\n"), [
            "$D/renamed.xlsx: not an .xlsx workbook: the file is plain text (a CSV file renamed?), expected an Excel .xlsx workbook",
            "$D/renamed.xlsx: 1 problem in 1 file; nothing was loaded"])
    }

    @Test func workbookCutShort() throws {
        let whole = folder + "/whole.xlsx"
        #expect(try Tmux.run([bin, "export", "--format", "xlsx", "-o", whole]).status == 0)
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: whole)))
        try expectRefused(write("cut.xlsx", Array(bytes.prefix(bytes.count / 2))), [
            "$D/cut.xlsx: damaged .xlsx workbook: its zip directory cannot be read (the file may be cut short), expected an Excel .xlsx workbook saved whole",
            "$D/cut.xlsx: 1 problem in 1 file; nothing was loaded"])
    }

    @Test func oldExcelWorkbook() throws {
        let ole2: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504)
        try expectRefused(write("old.xlsx", ole2), [
            "$D/old.xlsx: an old-style Excel .xls workbook (OLE2), not .xlsx, expected an Excel .xlsx workbook: save it as Excel Workbook (.xlsx) first",
            "$D/old.xlsx: 1 problem in 1 file; nothing was loaded"])
    }
}
