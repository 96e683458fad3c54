import Foundation
import Testing

/// docs/weibao.1 is generated from the command-line definitions and must match them.
@Suite(.enabled(if: CLI.available, "needs the built weibao binary"))
struct ManPageTests {
    static let manPage = CLI.repository + "/docs/weibao.1"

    /// Regenerating gives the committed file, byte for byte.
    @Test func manPageIsCurrent() throws {
        let script = CLI.repository + "/scripts/generate-manual.py"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script, try #require(CLI.binary)]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let generated = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let committed = try String(contentsOfFile: Self.manPage, encoding: .utf8)
        #expect(generated == committed,
                "docs/weibao.1 is out of date: python3 scripts/generate-manual.py .build/debug/weibao > docs/weibao.1")
    }

    /// Independently of the generator: every option and abstract that `--help` prints for
    /// every command is in the page.
    @Test func everyHelpOptionIsInTheManPage() throws {
        let page = try String(contentsOfFile: Self.manPage, encoding: .utf8)
            .replacingOccurrences(of: "\\-", with: "-").replacingOccurrences(of: "\\fB", with: "")
            .replacingOccurrences(of: "\\fR", with: "").replacingOccurrences(of: "\\fI", with: "")
            .replacingOccurrences(of: "\\e", with: "\\")
        let root = try CLI.run(["--help"])
        #expect(root.status == 0)
        let commands = Self.subcommands(root.stdout)
        #expect(commands.contains("dashboard") && commands.contains("info"))
        for command in commands {
            let help = try CLI.run(["help", command])
            #expect(help.status == 0, "weibao help \(command)")
            #expect(page.contains(".SS \"weibao \(command)\""), "\(command) has a section")
            for option in Self.options(help.stdout) where !["--help", "--version"].contains(option) {
                #expect(page.contains(option), "\(command) \(option) is in docs/weibao.1")
            }
            let abstract = help.stdout.components(separatedBy: "\n").first { $0.hasPrefix("OVERVIEW: ") }
            if let abstract {
                let words = abstract.dropFirst("OVERVIEW: ".count).split(separator: " ").prefix(6).joined(separator: " ")
                #expect(page.replacingOccurrences(of: "\n", with: " ").contains(words), "\(command): \(words)")
            }
        }
    }

    static func subcommands(_ help: String) -> [String] {
        guard let start = help.range(of: "SUBCOMMANDS:") else { return [] }
        // The list ends at the first blank line.
        let block = help[start.upperBound...].components(separatedBy: "\n\n").first ?? ""
        return block.split(separator: "\n").compactMap { line -> String? in
            guard line.hasPrefix("  "), !line.hasPrefix("   ") else { return nil }
            let name = line.trimmingCharacters(in: .whitespaces).split(separator: " ").first.map(String.init)
            return name == "help" ? nil : name
        }
    }

    static func options(_ help: String) -> Set<String> {
        var found: Set<String> = []
        let scanner = help.replacingOccurrences(of: ",", with: " ").split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "[" || $0 == "]" || $0 == "|" || $0 == "/" })
        for token in scanner where token.hasPrefix("--") && token.count > 2 {
            found.insert(String(token.prefix { $0 != "=" && $0 != ")" && $0 != "." }))
        }
        return found
    }
}
