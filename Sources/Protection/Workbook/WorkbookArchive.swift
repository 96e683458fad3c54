import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ZIPFoundation

/// An .xlsx file opened for reading: a zip archive of XML parts. Whatever keeps it from being
/// read as a workbook (an .xls, a renamed CSV, a cut-off or damaged zip, a zip of something
/// else) is one `Problem` that says which.
struct WorkbookArchive {
    struct Problem: Error {
        var message: String
        init(_ message: String) { self.message = message }
    }

    /// A worksheet to read: its name as the workbook shows it and its part in the zip.
    struct Sheet {
        var name: String
        var part: String
    }

    private let archive: Archive
    /// The workbook part's folder, which its relationships are relative to ("xl/").
    private var folder = "xl/"
    private(set) var sheets: [Sheet] = []
    private(set) var sharedStringsPart: String?

    static let expected = "expected an Excel .xlsx workbook"

    init(_ bytes: [UInt8]) throws(Problem) {
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
            throw Problem("an old-style Excel .xls workbook (OLE2), not .xlsx, \(Self.expected): save it as Excel Workbook (.xlsx) first")
        }
        guard bytes.starts(with: [0x50, 0x4B]) else {
            let what = bytes.isEmpty ? "the file is empty" : Self.looksLikeText(bytes) ? "the file is plain text (a CSV file renamed?)" : "the file is not a zip archive"
            throw Problem("not an .xlsx workbook: \(what), \(Self.expected)")
        }
        do {
            // Read through a file, not ZIPFoundation's in-memory archive: on a damaged zip that
            // one seeks past the end of its buffer and traps (found by the fuzz target). The
            // file is unlinked at once; the archive's open handle keeps it until it is done.
            let scratch = NSTemporaryDirectory() + "weibao-workbook-\(getpid())-\(UUID().uuidString).xlsx"
            guard FileManager.default.createFile(atPath: scratch, contents: Data(bytes)) else {
                throw Problem("cannot read the workbook: no room for a scratch copy in \(NSTemporaryDirectory())")
            }
            defer { unlink(scratch) }
            archive = try Archive(url: URL(fileURLWithPath: scratch), accessMode: .read)
        } catch let problem as Problem {
            throw problem
        } catch {
            throw Problem("damaged .xlsx workbook: its zip directory cannot be read (the file may be cut short), \(Self.expected) saved whole")
        }
        try findSheets()
    }

    private static func looksLikeText(_ bytes: [UInt8]) -> Bool {
        !bytes.prefix(512).contains(where: { $0 == 0 || ($0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D) })
    }

    /// The workbook's sheets in order, and its shared strings, from the package relationships.
    private mutating func findSheets() throws(Problem) {
        var workbook = "xl/workbook.xml"
        if let root = try data(of: "_rels/.rels"),
           let office = try PartElements.read(root, part: "_rels/.rels", names: ["Relationship"])
               .first(where: { $0["Type"]?.hasSuffix("/officeDocument") == true }),
           let target = office["Target"] {
            workbook = Self.resolve(target, in: "")
        }
        guard let book = try data(of: workbook) else {
            throw Problem("a zip archive without a workbook in it (no \(workbook)), \(Self.expected)")
        }
        folder = (workbook as NSString).deletingLastPathComponent + "/"
        let relationshipsPart = folder + "_rels/" + (workbook as NSString).lastPathComponent + ".rels"
        var targets: [String: String] = [:]
        if let rels = try data(of: relationshipsPart) {
            for r in try PartElements.read(rels, part: relationshipsPart, names: ["Relationship"]) {
                guard let id = r["Id"], let target = r["Target"] else { continue }
                targets[id] = Self.resolve(target, in: folder)
                if r["Type"]?.hasSuffix("/sharedStrings") == true { sharedStringsPart = targets[id] }
            }
        }
        for s in try PartElements.read(book, part: workbook, names: ["sheet"]) {
            guard let name = s["name"] else { continue }
            let part = s["id"].flatMap { targets[$0] } ?? folder + "worksheets/sheet\(sheets.count + 1).xml"
            sheets.append(Sheet(name: name, part: part))
        }
        if sharedStringsPart == nil, archive[folder + "sharedStrings.xml"] != nil { sharedStringsPart = folder + "sharedStrings.xml" }
        guard !sheets.isEmpty else { throw Problem("a workbook without sheets, expected a sheet in the columns of weibao export --format xlsx") }
    }

    /// A relationship's target as a path in the zip: relative to `folder`, or from the root.
    static func resolve(_ target: String, in folder: String) -> String {
        if target.hasPrefix("/") { return String(target.dropFirst()) }
        var parts = folder.split(separator: "/").map(String.init)
        for piece in target.split(separator: "/") {
            if piece == ".." { if !parts.isEmpty { parts.removeLast() } } else if piece != "." { parts.append(String(piece)) }
        }
        return parts.joined(separator: "/")
    }

    /// The sheet called `name`, else the first.
    func sheet(preferring name: String) -> Sheet {
        sheets.first(where: { $0.name == name }) ?? sheets[0]
    }

    /// A part's bytes, checked against its checksum; nil when the zip has no such part.
    func data(of part: String) throws(Problem) -> Data? {
        guard let entry = archive[part] else { return nil }
        var out = Data()
        try unpack(entry, part) { out.append($0) }
        return out
    }

    /// Parts this big are unpacked to a temporary file and parsed from there, not held whole.
    static let streamAbove = 32 << 20

    /// An XML parser over the part, and a file to remove after parsing ("" for none).
    func parser(for part: String) throws(Problem) -> (XMLParser, String)? {
        guard let entry = archive[part] else { return nil }
        guard entry.uncompressedSize > Self.streamAbove else {
            guard let data = try data(of: part) else { return nil }
            return (XMLParser(data: data), "")
        }
        let path = NSTemporaryDirectory() + "weibao-sheet-" + UUID().uuidString + ".xml"
        guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path) else {
            throw Problem("cannot unpack \(part) to \(NSTemporaryDirectory()), expected room for a temporary file")
        }
        defer { try? handle.close() }
        do {
            try unpack(entry, part) { try handle.write(contentsOf: $0) }
        } catch {
            unlink(path)
            throw error
        }
        guard let stream = InputStream(fileAtPath: path) else {
            unlink(path)
            throw Problem("cannot read back \(path), expected a readable temporary file")
        }
        return (XMLParser(stream: stream), path)
    }

    private func unpack(_ entry: Entry, _ part: String, _ consume: @escaping (Data) throws -> Void) throws(Problem) {
        let checksum: CRC32
        do {
            checksum = try archive.extract(entry, bufferSize: 1 << 18, consumer: consume)
        } catch {
            throw Problem("damaged .xlsx workbook: part \(part) cannot be unpacked (\(error)), \(Self.expected) saved whole")
        }
        guard checksum == entry.checksum else {
            throw Problem("damaged .xlsx workbook: part \(part) fails its checksum, \(Self.expected) saved whole")
        }
    }
}
