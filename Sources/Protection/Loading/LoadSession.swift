import Foundation

/// Where a record's fields stand, so that problems found after every file is read (unknown
/// sources, quotes not in the report) are still reported at their line and column.
enum RecordPlace {
    /// A JSON record; `fields` indexes `LoadSession.jsonPlaces`.
    case json(file: Int32, fields: Int32)
    /// A CSV row: its fields are found again from the row's start when needed.
    case csv(file: Int32, line: Int32, offset: Int)
}

/// Positions of the fields of a JSON record that checks after loading may point at.
struct JSONPlaces {
    var id: TextPosition
    var source: TextPosition
    /// The quote's position, or the record's when it has none.
    var quote: TextPosition
    var outlet: TextPosition?
    /// `span` of a figure, `line` of a measure or event.
    var place: TextPosition?
}

enum PlacedField { case id, source, quote, outlet, place }

/// A file that was read, for diagnostics and for finding source texts next to it.
struct LoadedFile {
    var name: String
    /// Folder that relative `Source.file` names are tried against; nil for the embedded dataset.
    var directory: String?
    /// CSV bytes and column indexes, kept so a row's field positions can be worked out later.
    var csvBytes: [UInt8] = []
    /// A CSV file streamed from disk keeps no bytes: positions read it again when a problem
    /// needs one.
    var csvPath: String?
    var csvSeparator = UInt8(ascii: ",")
    var csvColumns: [PlacedField: Int] = [:]
    /// For a workbook, the sheet its rows came from: positions are that sheet's cells.
    var sheet: String?
}

struct SourceDraft {
    var source: Source
    var file: Int32
    var idAt: TextPosition
    var fileAt: TextPosition
    var linesAt: TextPosition?
    var sha256At: TextPosition?
}

/// A source known only by id and outlet, from CSV rows or export files.
struct ImplicitSource {
    var outlet: String
    /// The first record that gave a non-empty outlet (or named the source at all).
    var place: RecordPlace
}

/// One load: files are decoded in turn (phase one), then references and quotes are resolved
/// across all of them (phase two). Every problem is collected; none stops the load early.
final class LoadSession {
    let log = DiagnosticLog()
    let options: DatasetLoader

    var files: [LoadedFile] = []
    var sources: [SourceDraft] = []
    var implicitSources: [String: ImplicitSource] = [:]
    var implicitOrder: [String] = []
    var figures: [Figure] = []
    var figurePlaces: [RecordPlace] = []
    var measures: [Measure] = []
    var measurePlaces: [RecordPlace] = []
    var events: [Event] = []
    var eventPlaces: [RecordPlace] = []
    var jsonPlaces: [JSONPlaces] = []
    /// Every id seen, records rejected for other problems included, so duplicates are caught.
    var ids = IDSet()
    /// Where rejected records' ids stood, to say where a duplicate was first used.
    var rejectedIDs: [String: (Int32, TextPosition)] = [:]
    var uncheckedSources: [UncheckedSource] = []
    /// Figures whose id, text or source a file left out and the load made up.
    var filled: [FilledColumn: Int] = [:]

    init(options: DatasetLoader) {
        self.options = options
    }

    // MARK: Places

    func position(_ place: RecordPlace, _ field: PlacedField) -> (file: String, at: TextPosition) {
        switch place {
        case .json(let file, let index):
            let p = jsonPlaces[Int(index)]
            let at: TextPosition
            switch field {
            case .id: at = p.id
            case .source: at = p.source
            case .quote: at = p.quote
            case .outlet: at = p.outlet ?? p.source
            case .place: at = p.place ?? p.id
            }
            return (files[Int(file)].name, at)
        case .csv(let file, let line, let offset):
            if files[Int(file)].csvBytes.isEmpty, let path = files[Int(file)].csvPath {
                files[Int(file)].csvBytes = FileBytes.read(path) ?? []
            }
            let f = files[Int(file)]
            guard let column = f.csvColumns[field] else { return (f.name, TextPosition(line: Int(line), column: 1)) }
            if f.sheet != nil { return (f.name, TextPosition(line: Int(line), column: column + 1)) }
            return (f.name, CSVReader.position(ofField: column, inRowAt: offset, line: Int(line), in: f.csvBytes,
                                                       separator: f.csvSeparator))
        }
    }

    func describe(_ place: RecordPlace, _ field: PlacedField) -> String {
        let (file, at) = position(place, field)
        return describe(file, at)
    }

    /// "data.csv:12:7", or for a workbook "figures.xlsx:数据!C12".
    func describe(_ file: String, _ at: TextPosition) -> String {
        guard let sheet = files.first(where: { $0.name == file })?.sheet else { return "\(file):\(at)" }
        return "\(file):" + CellReference.describe(sheet: sheet, column: at.column, row: at.line)
    }

    // MARK: Ids

    /// Records an id; false (with a diagnostic) when it was used before.
    @discardableResult
    func register(id: String, file: Int32, at: @autoclosure () -> TextPosition) -> Bool {
        if ids.insert(id) { return true }
        log.add(files[Int(file)].name, at(), duplicateMessage(id, firstUse: firstUse(of: id)))
        return false
    }

    func duplicateMessage(_ id: String, firstUse: String?) -> String {
        let first = firstUse.map { " first used at \($0)," } ?? ""
        return "duplicate id \"\(id)\",\(first) expected ids unique across the whole dataset"
    }

    /// Remembers where a record that will not be kept had its id.
    func rejected(id: String, file: Int32, at: TextPosition) {
        if rejectedIDs[id] == nil { rejectedIDs[id] = (file, at) }
    }

    /// "file:line:column" of the record that first used `id`, among those kept so far.
    func firstUse(of id: String) -> String? {
        if let s = sources.first(where: { $0.source.id == id }) { return "\(files[Int(s.file)].name):\(s.idAt)" }
        if let i = figures.firstIndex(where: { $0.id == id }) { return describe(figurePlaces[i], .id) }
        if let i = measures.firstIndex(where: { $0.id == id }) { return describe(measurePlaces[i], .id) }
        if let i = events.firstIndex(where: { $0.id == id }) { return describe(eventPlaces[i], .id) }
        if let (file, at) = rejectedIDs[id] { return describe(files[Int(file)].name, at) }
        return nil
    }

    /// A source named by a CSV row or export record, with its outlet.
    func noteImplicitSource(_ id: String, outlet: String, place: RecordPlace) {
        if var known = implicitSources[id] {
            if known.outlet.isEmpty, !outlet.isEmpty {
                known.outlet = outlet
                known.place = place
                implicitSources[id] = known
            } else if !outlet.isEmpty, outlet != known.outlet {
                let (file, at) = position(place, .outlet)
                log.add(file, at, "outlet \"\(outlet)\" for source \"\(id)\" differs from \"\(known.outlet)\" at \(describe(known.place, .outlet)), expected one outlet per source")
            }
            return
        }
        implicitSources[id] = ImplicitSource(outlet: outlet, place: place)
        implicitOrder.append(id)
    }
}

/// A source whose report text was not at hand, so its records' quotes were not checked.
public struct UncheckedSource: Sendable, Hashable {
    public var id: String
    /// `Source.file` as the dataset gives it (the report's name when only that is given); ""
    /// when none is named (CSV rows).
    public var file: String
    /// `Source.report`, or "".
    public var report: String

    public init(id: String, file: String, report: String = "") {
        self.id = id
        self.file = file
        self.report = report
    }
}

/// How many figures were checked against their report texts, for `weibao validate`.
public struct FigureChecks: Sendable, Hashable {
    /// Figures with a quote or a span whose report text was at hand: each was found there.
    public var checked = 0
    /// Figures with a quote or a span whose report text was not at hand.
    public var notChecked = 0
    /// Figures that give neither, only their source's citation.
    public var citationOnly = 0
    /// Figures with neither a quote or span nor a source that cites anything (无出处).
    public var uncited = 0
    /// Measures and events likewise.
    public var uncitedOther = 0
    /// The report files (`Source.report`) the unchecked figures need.
    public var missingReports: Set<String> = []

    public init() {}
}
