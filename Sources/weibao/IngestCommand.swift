import ArgumentParser
import Foundation
import Ingest
import Protection
import Terminal

/// `weibao ingest REPORT.txt [--province P] [--source NAME] [--date D] [--format F] [-o FILE]`.
struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Read a plain-text report into candidate records to review (see docs/ingest.md).",
        discussion: """
            Writes a dataset file (or the review JSON, or export CSV) and prints a summary to standard \
            error: figures found by system, numbers skipped and why, records to review first. \
            Review and edit the output, check it with weibao validate, then load it with --data.
            Exit status: 0 when the report was read (even with no figures), 2 when it could not be.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case dataset, json, csv
    }

    @Argument(help: ArgumentHelp("The report: plain text in UTF-8 or GB18030.", valueName: "report"))
    var report: String

    @Option(help: ArgumentHelp("The province of every article, instead of the one the text names.", valueName: "name"))
    var province: String?

    @Option(help: ArgumentHelp("Source id for the report (more articles get -2, -3 …); default: the file's name.", valueName: "name"))
    var source: String?

    @Option(help: ArgumentHelp("Outlet for articles that cite none, such as 《河南日报》.", valueName: "name"))
    var outlet: String?

    @Option(help: ArgumentHelp("The report's date where the text gives none; also the year of dates written without one.", valueName: "YYYY-MM-DD"))
    var date: String?

    @Option(help: ArgumentHelp("Canonical indicators to name figures with, instead of the built-in ones (JSON, as weibao indicators --format json writes them).", valueName: "file"))
    var vocabulary: String?

    @Option(help: "dataset (a file weibao validate and --data read), json (with confidence, rule and skipped numbers) or csv.")
    var format: Format = .dataset

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    @Option(help: ArgumentHelp("Refuse reports larger than this many megabytes (0: no limit).", valueName: "MB"))
    var maxSize: Int = 16

    @Flag(help: "List every record with its rule, and every skipped number, in the summary.")
    var explain = false

    func run() throws {
        if let province, Province.index(named: province) == nil {
            StandardError.print("weibao ingest: unknown province \"\(province)\", expected a name or code such as 内蒙古, 蒙 or 150000")
            throw ExitCode(2)
        }
        if let date, !Self.isPartialDate(date) {
            StandardError.print("weibao ingest: bad date \"\(date)\", expected YYYY-MM-DD, YYYY-MM or YYYY")
            throw ExitCode(2)
        }
        let bytes: [UInt8]
        do {
            bytes = try ReportDecoder.read(path: report, maxBytes: max(0, maxSize) * 1_000_000)
        } catch {
            StandardError.print("weibao ingest: \(error.message)")
            throw ExitCode(2)
        }
        var options = IngestOptions(province: province, sourceID: source, outlet: outlet, date: date, file: report)
        if let vocabulary {
            guard let data = FileManager.default.contents(atPath: vocabulary) else {
                StandardError.print("weibao ingest: cannot read the vocabulary \(vocabulary), expected a JSON file of indicators")
                throw ExitCode(2)
            }
            do {
                options.vocabulary = try VocabularyFile.read([UInt8](data))
            } catch {
                StandardError.print("\(vocabulary):\(error.position.line):\(error.position.column): \(error.message)")
                throw ExitCode(2)
            }
        }
        var result: IngestResult
        do {
            let line = ProgressLine(DataOptions.readingLabel(report), unit: "articles")
            line.start()
            defer { line.stop() }
            result = try Ingester(options: options).run(bytes: bytes)
        } catch {
            StandardError.print("weibao ingest: \(error.message)")
            throw ExitCode(2)
        }
        if result.encoding != .utf8 { try keepUTF8Copy(&result, data: Data(bytes)) }
        let rendered = IngestOutput.render(result, format: IngestOutput.Format(rawValue: format.rawValue)!)
        StandardError.print(IngestSummary.text(result, explain: explain))
        guard let output else {
            FileHandle.standardOutput.write(Data(rendered))
            return
        }
        guard FileManager.default.createFile(atPath: output, contents: Data(rendered)) else {
            StandardError.print("weibao ingest: cannot write \(output)")
            throw ExitCode(1)
        }
    }

    /// The loader reads report texts as UTF-8: next to the output, write a UTF-8 copy of a
    /// GB18030 report and point the sources at it; without -o the quotes go unchecked.
    func keepUTF8Copy(_ result: inout IngestResult, data: Data) throws {
        guard let output else {
            result.retargetFile(nil)
            result.notes.append("the report is \(result.encoding.rawValue) and the loader reads UTF-8 texts: quotes will not be checked; with -o a UTF-8 copy is written next to the output")
            return
        }
        let name = ((report as NSString).lastPathComponent as NSString).deletingPathExtension + ".utf8.txt"
        let path = ((output as NSString).deletingLastPathComponent as NSString).appendingPathComponent(name)
        let text = (try? IngestTextCopy.utf8(data)) ?? ""
        guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8)) else {
            StandardError.print("weibao ingest: cannot write \(path)")
            throw ExitCode(1)
        }
        result.retargetFile(name)
        result.notes.append("the report is \(result.encoding.rawValue): its UTF-8 copy \(path) is the sources' file, so the loader can check the quotes")
    }

    static func isPartialDate(_ s: String) -> Bool {
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && Int($0) != nil }) else { return false }
        if parts.count >= 2 { guard parts[1].count == 2, (1...12).contains(Int(parts[1])!) else { return false } }
        if parts.count == 3 { guard parts[2].count == 2, (1...31).contains(Int(parts[2])!) else { return false } }
        return true
    }
}
