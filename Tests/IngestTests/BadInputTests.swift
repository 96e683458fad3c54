import Foundation
import Testing
@testable import Ingest
import Protection
import TestSupport

/// Input that is not a report: a clear message or a correct empty result, quickly, never a crash.
@Suite struct BadInputTests {
    func run(_ bytes: [UInt8]) -> Result<IngestResult, IngestError> {
        do { return .success(try Ingester(options: IngestOptions(file: "r.txt")).run(bytes: bytes)) } catch { return .failure(error) }
    }

    func message(_ bytes: [UInt8]) -> String? {
        if case .failure(let e) = run(bytes) { return e.message }
        return nil
    }

    @Test func emptyAndBlankFiles() {
        #expect(message([]) == "r.txt: the file is empty, expected the text of a report")
        #expect(message(Array(" \n\r\n\t ".utf8))?.contains("empty") == true)
    }

    @Test func binaryData() {
        var g = SystemRandomNumberGenerator()
        let withZeros = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &g) } + [0]
        #expect(message(withZeros)?.contains("binary data") == true)
        // High bytes only: neither UTF-8 nor text in GB18030.
        let noise = (0..<4096).map { _ in UInt8.random(in: 0x80...0xFF, using: &g) }
        let m = message(noise)
        #expect(m?.contains("expected a plain-text report") == true, "\(String(describing: m))")
        #expect(message([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]) != nil, "a PNG header")
    }

    @Test func noFigures() throws {
        let text = "河南省召开座谈会\n\n近日，河南省民政厅召开未成年人保护座谈会，听取意见建议，研究下一步工作。\n"
        let result = try run(Array(text.utf8)).get()
        #expect(result.figures.isEmpty)
        let loaded = DatasetLoader().check(bytes: IngestOutput.render(result, format: .dataset), name: "/nonexistent/empty.json", format: .json)
        #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics.map(\.description))")
        #expect(IngestSummary.text(result).contains("家庭 0"))
        // Plain prose with no province at all: an empty result and a note saying why.
        let none = try run(Array("天气很好。我们去公园散步。".utf8)).get()
        #expect(none.figures.isEmpty && none.notes.contains { $0.contains("no province") })
    }

    @Test func gb18030IsDetected() throws {
        let bytes = try [UInt8](Data(contentsOf: Support.fixtures.appendingPathComponent("hubei-gb18030.txt")))
        #expect(ReportDecoder.invalidUTF8Offset(bytes[...]) != nil, "the fixture really is not UTF-8")
        let (text, encoding) = try ReportDecoder.decode(bytes, name: "hubei")
        #expect(encoding == .gb18030)
        #expect(text.contains("湖北省召开全省未成年人保护工作推进会"))
        // Four-byte GB18030 sequences (outside the BMP) decode too.
        #expect(try ReportDecoder.decode([0xC4, 0xDA, 0xC3, 0xC9, 0xB9, 0xC5, 0x95, 0x32, 0x82, 0x36], name: "x").text == "内蒙古𠀀")
    }

    @Test func utf8WithByteOrderMarkAndUTF16() throws {
        let text = "海南省新建儿童之家 12 个。"
        #expect(try ReportDecoder.decode([0xEF, 0xBB, 0xBF] + Array(text.utf8), name: "x").text == text)
        let utf16 = [UInt8](text.data(using: .utf16)!)  // with a byte order mark
        let decoded = try ReportDecoder.decode(utf16, name: "x")
        #expect(decoded.text == text && decoded.encoding == .utf16)
    }

    /// A 50 MB file is refused by size before it is read, at once; under the limit the
    /// pipeline is linear (checked on 1 MB so the debug build stays quick).
    @Test func fiftyMegabytes() throws {
        let seed = try Support.seedText() + "\n"
        let path = NSTemporaryDirectory() + "weibao-ingest-50mb-\(UUID().uuidString).txt"
        defer { try? FileManager.default.removeItem(atPath: path) }
        let copies = 50_000_000 / seed.utf8.count + 1
        FileManager.default.createFile(atPath: path, contents: nil)
        let handle = try #require(FileHandle(forWritingAtPath: path))
        let chunk = Data(String(repeating: seed, count: 100).utf8)
        for _ in 0..<(copies / 100 + 1) { handle.write(chunk) }
        try handle.close()
        let start = Date()
        var message = ""
        do { _ = try ReportDecoder.read(path: path, maxBytes: 16_000_000) } catch { message = error.message }
        #expect(message.contains("MB, more than the 16 MB a report is expected to be"), "\(message)")
        #expect(Date().timeIntervalSince(start) < 2)

        // Twice the text takes about twice the time: no step is quadratic. Best of two runs,
        // as the machine is shared.
        func time(_ copies: Int) -> (Double, Int) {
            let text = String(repeating: seed, count: copies)
            var best = Double.infinity, figures = 0
            for _ in 0..<2 {
                let t0 = Date()
                figures = Ingester(options: IngestOptions(file: "big.txt")).run(text: text).figures.count
                best = min(best, Date().timeIntervalSince(t0))
            }
            return (best, figures)
        }
        let (small, n1) = time(25)
        let (large, n2) = time(50)
        #expect(n1 == 25 * 32 && n2 == 50 * 32)
        print("ingest timing (debug build): \(25 * seed.utf8.count / 1000) kB in \(String(format: "%.2f", small)) s, \(50 * seed.utf8.count / 1000) kB in \(String(format: "%.2f", large)) s")
        #expect(large < small * 3.5, "50 copies \(large) s against 25 copies \(small) s")
    }

    /// The command itself, when the built binary is at hand: exit 2 and one clear line.
    @Test(.enabled(if: BadInputTests.binary != nil)) func commandRefusesHugeAndEmptyFiles() throws {
        let dir = NSTemporaryDirectory() + "weibao-ingest-cli-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let empty = dir + "/empty.txt"
        FileManager.default.createFile(atPath: empty, contents: Data())
        let big = dir + "/big.txt"
        FileManager.default.createFile(atPath: big, contents: nil)
        let h = try #require(FileHandle(forWritingAtPath: big))
        try h.truncate(atOffset: 50_000_000)  // sparse: 50 MB of zero bytes
        try h.close()
        for (path, expected) in [(empty, "the file is empty"), (big, "50.0 MB, more than the 16 MB")] {
            let start = Date()
            let (status, err) = try Self.runBinary(["ingest", path])
            #expect(status == 2)
            #expect(err.contains(expected), "\(err)")
            #expect(Date().timeIntervalSince(start) < 5)
        }
        // Lifting the limit reads the zeros as binary data, and says so.
        let (status, err) = try Self.runBinary(["ingest", big, "--max-size", "0"])
        #expect(status == 2 && err.contains("binary data"), "\(err)")
    }


    static var binary: String? { BuiltBinary.weibao }

    static func runBinary(_ args: [String]) throws -> (Int32, String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: binary!)
        p.arguments = args
        let err = Pipe()
        p.standardError = err
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        let data = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
