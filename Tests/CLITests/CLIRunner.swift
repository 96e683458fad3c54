import Foundation
import Testing
import TestSupport

/// Runs the built `weibao` binary with a clean environment: what a user's shell would do.
enum CLI {
    /// A private copy of the built executable: the end-to-end tests find their dashboard with
    /// `pgrep -f` on the built path, which must not match the many short runs here.
    static let binary: String? = {
        guard let built = BuiltBinary.weibao else { return nil }
        let dir = NSTemporaryDirectory() + "weibao-cli-bin-" + UUID().uuidString
        let copy = dir + "/weibao"
        do {
            try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: built, toPath: copy)
        } catch {
            return built
        }
        return copy
    }()


    static var available: Bool { binary != nil }

    /// The repository, for docs/ and the dataset.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// `env` replaces the environment but for PATH and LANG; HOME is a fresh folder unless given,
    /// so no real config file is read.
    static func run(_ arguments: [String], env: [String: String] = [:], stdin: String? = nil,
                    directory: String? = nil) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(binary, "the weibao binary is built"))
        process.arguments = arguments
        var environment = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": scratchHome]
        environment.merge(env) { $1 }
        process.environment = environment
        process.currentDirectoryURL = URL(fileURLWithPath: directory ?? repository)
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try? input.fileHandleForWriting.close()
        // Read both pipes at once so neither fills and blocks the child.
        let errBox = DataBox()
        let done = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            errBox.data = err.fileHandleForReading.readDataToEndOfFile()
            done.signal()
        }
        let o = out.fileHandleForReading.readDataToEndOfFile()
        done.wait()
        let errData = errBox.data
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: o, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }

    final class DataBox: @unchecked Sendable {
        var data = Data()
    }

    static let scratchHome: String = {
        let dir = NSTemporaryDirectory() + "weibao-cli-home-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }()

    /// A fresh folder for one test's files.
    static func folder() -> String {
        let dir = NSTemporaryDirectory() + "weibao-cli-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }
}
