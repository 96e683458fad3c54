import Foundation

/// Loads a dataset: the one built into the binary, or `--data PATH` (a JSON file, a CSV file
/// in export columns, or a folder of both). Every problem in every file is collected; a
/// dataset with any problem is not returned at all.
public struct DatasetLoader: Sendable {
    /// Report texts by `Source.file` for when they are not on disk: the seed reports in the binary.
    public var bundledTexts: [String: [UInt8]]
    /// Report files by `Source.report` for when no reports folder holds them: the seed report.
    public var bundledReports: [String: [UInt8]]
    /// Relative `Source.file` names are tried here after the dataset file's own folder.
    public var currentDirectory: String
    /// The folder of report texts (`--reports DIR`) that sources name by `report`; nil for none.
    public var reportsDirectory: String?
    /// CSV and TSV files at least this big are streamed from disk in stretches of about
    /// `streamStretch` bytes (CSVStream.swift); settable so tests stream small files.
    public var streamThreshold = 32 << 20
    public var streamStretch = 8 << 20

    /// The name the embedded dataset goes by in diagnostics: where it lives in the repository.
    public static let embeddedName = "Sources/Protection/Resources/dataset.json"
    /// The embedded dataset's second file: the figures of the national reports.
    public static let embeddedReportsName = "Sources/Protection/Resources/reports.json"

    public init(currentDirectory: String = FileManager.default.currentDirectoryPath, reportsDirectory: String? = nil) {
        self.bundledTexts = EmbeddedSeeds.texts
        self.bundledReports = EmbeddedSeeds.reports
        self.currentDirectory = currentDirectory
        self.reportsDirectory = reportsDirectory
    }

    /// The dataset built into the binary; its quotes are checked against the built-in reports.
    public func loadEmbedded() throws(DatasetError) -> Dataset {
        try checkEmbedded().get()
    }

    /// The seed alone (one newspaper page, three divisions, quotes checked against its report):
    /// a small dataset whose every figure is known, for tests of behaviour.
    public func loadSeed() throws(DatasetError) -> Dataset {
        let session = LoadSession(options: self)
        session.files.append(LoadedFile(name: Self.embeddedName, directory: nil))
        session.decodeJSON(EmbeddedSeeds.dataset, file: 0)
        return try session.finish().get()
    }

    /// A file or a folder; see docs/data-format.md.
    public func load(path: String) throws(DatasetError) -> Dataset {
        try check(path: path).get()
    }

    /// The seed and the national file, one dataset: ids are unique across both.
    public func checkEmbedded() -> LoadReport {
        let session = LoadSession(options: self)
        session.files.append(LoadedFile(name: Self.embeddedName, directory: nil))
        session.files.append(LoadedFile(name: Self.embeddedReportsName, directory: nil))
        guard checkReportsDirectory(session) else { return session.finish() }
        session.decodeJSON(EmbeddedSeeds.dataset, file: 0)
        session.decodeJSON(EmbeddedSeeds.national, file: 1)
        return session.finish()
    }

    /// A reports folder that is not there is a problem of its own: every check would be skipped.
    private func checkReportsDirectory(_ session: LoadSession) -> Bool {
        guard let folder = reportsDirectory else { return true }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue { return true }
        session.log.items.append(Diagnostic(file: folder, line: 0, column: 0, message: "no such folder, expected the folder of report texts that sources name by \"report\" (--reports DIR)"))
        return false
    }

    /// Loads a file or folder and reports every problem, for `weibao validate`.
    public func check(path: String) -> LoadReport {
        let session = LoadSession(options: self)
        guard checkReportsDirectory(session) else { return session.finish() }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            session.files.append(LoadedFile(name: path, directory: nil))
            session.log.items.append(Diagnostic(file: path, line: 0, column: 0, message: "no such file or folder, expected a .json or .csv file or a folder of them"))
            return session.finish()
        }
        var paths: [String] = []
        if isDirectory.boolValue {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            paths = names.filter { name in
                let lower = name.lowercased()
                return !name.hasPrefix(".") && DataFormat.extensions.contains { lower.hasSuffix($0) }
            }.sorted().map { (path as NSString).appendingPathComponent($0) }
            if paths.isEmpty {
                session.files.append(LoadedFile(name: path, directory: nil))
                session.log.items.append(Diagnostic(file: path, line: 0, column: 0, message: "no .json, .jsonl, .csv or .tsv files in this folder, expected at least one"))
                return session.finish()
            }
        } else {
            paths = [path]
        }
        var repairs: [Diagnostic] = []
        for p in paths {
            let file = Int32(session.files.count)
            session.files.append(LoadedFile(name: p, directory: (p as NSString).deletingLastPathComponent))
            // A database is opened by its path, never read whole.
            if DataFormat.isSQLite(path: p) {
                session.decodeSQLite(path: p, name: p)
                continue
            }
            // A big CSV or TSV streams from disk when it reads cleanly; otherwise it is read whole.
            let lower = p.lowercased()
            if lower.hasSuffix(".csv") || lower.hasSuffix(".tsv"),
               let size = (try? FileManager.default.attributesOfItem(atPath: p))?[.size] as? Int, size >= streamThreshold,
               session.decodeCSVStreaming(path: p, file: file, separator: lower.hasSuffix(".tsv") ? 0x09 : UInt8(ascii: ",")) {
                continue
            }
            guard let read = FileBytes.read(p) else {
                session.log.items.append(Diagnostic(file: p, line: 0, column: 0, message: "cannot read the file, expected a readable .json or .csv file"))
                continue
            }
            if read.starts(with: LoadSession.sqliteMagic) {
                session.decodeSQLite(path: p, name: p)
                continue
            }
            Self.decode(read, format: DataFormat(path: p, bytes: read), name: p, file: file, session: session, repairs: &repairs)
        }
        var report = session.finish()
        report.replacedInvalidUTF8 = repairs
        return report
    }

    /// Decodes one file's bytes into the session. CSV and TSV are read straight away, their
    /// fields checked as UTF-8 as they are read; the whole file is examined first only when
    /// that meets a problem (or for JSON), so a clean 200 MB file is not read twice.
    static func decode(_ read: [UInt8], format: DataFormat, name: String, file: Int32, session: LoadSession,
                       repairs: inout [Diagnostic]) {
        if format == .xlsx { return session.decodeWorkbook(read, file: file) }
        if format == .csv || format == .tsv {
            let separator: UInt8 = format == .tsv ? 0x09 : UInt8(ascii: ",")
            if let error = TextEncoding.plainlyNotUTF8(read) {
                session.log.items.append(Diagnostic(file: name, at: error.position, error.message))
                return
            }
            if session.decodeCSV(read, file: file, separator: separator, tentative: true) { return }
            guard let bytes = utf8(read, name: name, session: session, repairs: &repairs) else { return }
            session.decodeCSV(bytes, file: file, separator: separator)
            return
        }
        guard let bytes = utf8(read, name: name, session: session, repairs: &repairs) else { return }
        if let (first, count) = LoneSurrogates.find(bytes) {
            repairs.append(.replaced(count, "lone surrogate escape", "lone surrogate escapes", first: first, file: name))
        }
        switch format {
        case .json: session.decodeJSON(bytes, file: file)
        case .jsonl: session.decodeJSONLines(bytes, file: file)
        case .sqlite: session.log.items.append(Diagnostic(file: name, line: 0, column: 0, message: "a SQLite database is read from its file, expected a path"))
        case .csv, .tsv, .xlsx: break
        }
    }

    /// The file's bytes as UTF-8: as they are, with bad sequences replaced by U+FFFD (noted in
    /// `repairs`), or nil when the file is in another encoding (a problem in the log).
    static func utf8(_ bytes: [UInt8], name: String, session: LoadSession, repairs: inout [Diagnostic]) -> [UInt8]? {
        switch TextEncoding.examine(bytes) {
        case .utf8:
            return bytes
        case .repaired(let fixed, let first, let count):
            repairs.append(.replaced(count, "invalid UTF-8 sequence", "invalid UTF-8 sequences", first: first, file: name))
            return fixed
        case .wrongEncoding(let error):
            session.log.items.append(Diagnostic(file: name, at: error.position, error.message))
            return nil
        }
    }

    /// Loads bytes already in memory; `name` is used in diagnostics and, for relative
    /// `Source.file` names, as the dataset's path.
    public func check(bytes: [UInt8], name: String, format: DataFormat) -> LoadReport {
        let session = LoadSession(options: self)
        guard checkReportsDirectory(session) else { return session.finish() }
        session.files.append(LoadedFile(name: name, directory: (name as NSString).deletingLastPathComponent))
        var repairs: [Diagnostic] = []
        Self.decode(bytes, format: format, name: name, file: 0, session: session, repairs: &repairs)
        var report = session.finish()
        report.replacedInvalidUTF8 = repairs
        return report
    }

    public func load(bytes: [UInt8], name: String, format: DataFormat) throws(DatasetError) -> Dataset {
        try check(bytes: bytes, name: name, format: format).get()
    }
}

public enum DataFormat: String, Sendable, CaseIterable {
    case json, csv, tsv, jsonl, xlsx, sqlite

    /// The file names a folder is searched for, in any case.
    public static let extensions = [".json", ".jsonl", ".ndjson", ".csv", ".tsv", ".xlsx", ".db", ".sqlite", ".sqlite3"]
    public static let sqliteExtensions = [".db", ".sqlite", ".sqlite3"]

    public static func isSQLite(path: String) -> Bool {
        let lower = path.lowercased()
        return sqliteExtensions.contains { lower.hasSuffix($0) }
    }

    /// By extension; otherwise a workbook when the bytes start as a zip does, JSON when the
    /// text starts with `{` or `[`.
    public init(path: String, bytes: [UInt8]) {
        let lower = path.lowercased()
        if lower.hasSuffix(".json") { self = .json; return }
        if lower.hasSuffix(".csv") { self = .csv; return }
        if lower.hasSuffix(".tsv") { self = .tsv; return }
        if lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson") { self = .jsonl; return }
        if lower.hasSuffix(".xlsx") || bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) { self = .xlsx; return }
        let first = bytes.drop(while: { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF }).first
        self = first == UInt8(ascii: "{") || first == UInt8(ascii: "[") ? .json : .csv
    }
}

/// What a load found: the dataset when there were no problems, and every problem otherwise.
public struct LoadReport: Sendable {
    public var dataset: Dataset?
    public var diagnostics: [Diagnostic]
    /// The files read, in order.
    public var files: [String]
    /// Sources whose report text was not at hand: their records' quotes were not checked.
    public var uncheckedSources: [UncheckedSource]
    /// How many figures were checked against report texts, and how many could not be.
    public var figureChecks = FigureChecks()
    /// Files that were UTF-8 but for a few bad bytes, or JSON with lone `\uD800`-style
    /// escapes, loaded with U+FFFD in their place: one note a file and kind, at the first.
    /// Not problems: the data is shown, visibly marked.
    public var replacedInvalidUTF8: [Diagnostic] = []
    /// Figures whose id, text or source the file left out, by column: made up as
    /// `FilledColumn` says, for `weibao validate` to tell.
    public var filledIn: [FilledColumn: Int] = [:]
    /// CSV and TSV files read from disk in stretches rather than whole.
    public var streamed: [String] = []

    public func get() throws(DatasetError) -> Dataset {
        guard let dataset, diagnostics.isEmpty else { throw DatasetError(diagnostics: diagnostics) }
        return dataset
    }
}
