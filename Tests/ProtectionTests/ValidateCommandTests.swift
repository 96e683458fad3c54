import Foundation
import Testing
@testable import Protection
import TestSupport

/// Runs the built `weibao` binary: exit statuses and where the diagnostics go.
@Suite struct ValidateCommandTests {
    static var binary: String? { BuiltBinary.weibao }

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    func run(_ arguments: [String]) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(Self.binary))
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: TestSupport.repository)
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: o, as: UTF8.self),
                   stderr: String(decoding: e, as: UTF8.self))
    }

    @Test(.enabled(if: binary != nil, "the weibao binary is built next to the tests"))
    func validateBadFileExitsTwoWithEveryDiagnosticOnStderr() throws {
        let figures = [TestSupport.figure(id: "a", ["province": "\"Atlantis\""]), TestSupport.figure(id: "a")]
        let path = TestSupport.write(TestSupport.dataset(figures: figures), named: "bad.json")
        let r = try run(["validate", path])
        #expect(r.status == 2)
        #expect(r.stdout.isEmpty)
        let lines = r.stderr.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines[0].hasPrefix("\(path):8:30: unknown province \"Atlantis\""))
        #expect(lines[1].hasPrefix("\(path):9:13: duplicate id \"a\""))
        #expect(lines[2] == "\(path): 2 problems in 1 file; nothing was loaded")
    }

    @Test(.enabled(if: binary != nil, "the weibao binary is built next to the tests"))
    func validateGoodFileAndBuiltInDatasetExitZero() throws {
        let path = TestSupport.write(TestSupport.dataset(figures: [TestSupport.figure()]), named: "good.json")
        let r = try run(["validate", path])
        #expect(r.status == 0)
        #expect(r.stderr.isEmpty)
        #expect(r.stdout == "\(path): ok, 1 sources, 1 figures, 0 measures, 0 events; 1 quotes located; 1 figure checked against report texts, 0 could not be\n")
        #expect(try run(["validate"]).status == 0)
    }

    @Test(.enabled(if: binary != nil, "the weibao binary is built next to the tests"))
    func anyCommandOnBadDataExitsTwo() throws {
        let path = TestSupport.write("{\"figures\": [", named: "truncated.json")
        for args in [["summary", "--data", path], ["export", "--format", "csv", "--data", path]] {
            let r = try run(args)
            #expect(r.status == 2)
            #expect(r.stderr.hasPrefix("\(path):1:14: expected a value, found end of file\n"))
        }
        let unknown = try run(["export", "--format", "json", "--system", "家教"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("expected 家庭, 学校, 社会, 网络, 政府, 司法 or 综合"))
    }

    @Test(.enabled(if: binary != nil, "the weibao binary is built next to the tests"))
    func exportToAFileLoadsBack() throws {
        let folder = TestSupport.temporaryFolder()
        let csv = folder + "/out.csv"
        #expect(try run(["export", "--format", "csv", "--province", "Inner Mongolia", "-o", csv]).status == 0)
        let loaded = try DatasetLoader().load(path: csv)
        let embedded = try DatasetLoader().loadEmbedded()
        #expect(loaded.figures.count == embedded.figures.filter { $0.province.code == 150000 }.count)
        let version = try run(["--version"])
        #expect(version.stdout.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3)
    }
}
