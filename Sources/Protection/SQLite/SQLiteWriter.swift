import Foundation

/// Writes records into a weibao database with prepared statements, inside the caller's
/// transaction. Export makes a new database with it; review merges into an existing one.
final class SQLiteWriter {
    let connection: SQLiteConnection
    private let source, figure, measure, event, indicator: SQLiteStatement

    /// `replace`: a record whose id is there already is written over (review), instead of
    /// being refused as a duplicate.
    init(_ connection: SQLiteConnection, replace: Bool) throws(SQLiteError) {
        self.connection = connection
        source = try connection.prepare(SQLiteSchema.insert("sources", SQLiteSchema.sourceColumns, replace: replace))
        figure = try connection.prepare(SQLiteSchema.insert("figures", SQLiteSchema.figureColumns, replace: replace))
        measure = try connection.prepare(SQLiteSchema.insert("measures", SQLiteSchema.measureColumns, replace: replace))
        event = try connection.prepare(SQLiteSchema.insert("events", SQLiteSchema.eventColumns, replace: replace))
        indicator = try connection.prepare(SQLiteSchema.insert("indicators", SQLiteSchema.indicatorColumns, replace: true))
    }

    /// The tables and the format marker, in a new (empty) database; the indexes too unless
    /// the caller builds them after a bulk load.
    static func create(_ connection: SQLiteConnection, indexes: Bool = true) throws(SQLiteError) {
        for s in SQLiteSchema.statements { try connection.execute(s) }
        if indexes { try createIndexes(connection) }
        try connection.execute("INSERT INTO meta VALUES ('format', '\(SQLiteSchema.format)'), ('version', '\(SQLiteSchema.version)')")
    }

    static func createIndexes(_ connection: SQLiteConnection) throws(SQLiteError) {
        for s in SQLiteSchema.indexes { try connection.execute(s) }
    }

    private static func empty(_ s: String) -> String? { s.isEmpty ? nil : s }

    func write(_ s: Source) throws(SQLiteError) {
        let st = source
        st.bind(1, s.id); st.bind(2, s.outlet); st.bind(3, s.headline); st.bind(4, s.date)
        st.bind(5, Self.empty(s.file))
        st.bind(6, s.lines.map { Int64($0.lowerBound) }); st.bind(7, s.lines.map { Int64($0.upperBound) })
        st.bind(8, Self.empty(s.url)); st.bind(9, Self.empty(s.publisher)); st.bind(10, s.kind?.rawValue)
        st.bind(11, Self.empty(s.report)); st.bind(12, s.report.isEmpty ? nil : s.sha256)
        try st.run()
    }

    func write(_ f: Figure) throws(SQLiteError) {
        let st = figure
        st.bind(1, f.id); st.bind(2, f.province.shortName); st.bind(3, Int64(f.province.code))
        st.bind(4, f.system.shortName); st.bind(5, f.indicator); st.bind(6, Self.empty(f.canonical))
        st.bind(7, f.value.significand); st.bind(8, Int64(f.value.scale))
        st.bind(9, Double(f.value.description) ?? 0)
        st.bind(10, f.unit); st.bind(11, f.text); st.bind(12, f.qualifier.rawValue)
        st.bind(13, f.change?.fromText); st.bind(14, f.change?.fromDate)
        st.bind(15, f.date); st.bind(16, f.sourceID); st.bind(17, f.quote)
        st.bind(18, f.reportSpan.map { Int64($0.line) }); st.bind(19, f.reportSpan.map { Int64($0.column) })
        st.bind(20, f.reportSpan.map { Int64($0.length) })
        try st.run()
    }

    func write(_ m: Measure) throws(SQLiteError) {
        let st = measure
        st.bind(1, m.id); st.bind(2, m.province.shortName); st.bind(3, Int64(m.province.code)); st.bind(4, m.system.shortName)
        st.bind(5, m.text); st.bind(6, m.date); st.bind(7, m.sourceID); st.bind(8, m.quote); st.bind(9, m.line.map(Int64.init))
        try st.run()
    }

    func write(_ e: Event) throws(SQLiteError) {
        let st = event
        st.bind(1, e.id); st.bind(2, e.province.shortName); st.bind(3, Int64(e.province.code)); st.bind(4, e.system.shortName)
        st.bind(5, e.date); st.bind(6, e.kind); st.bind(7, e.title); st.bind(8, e.body)
        st.bind(9, JSONText.array(e.chairs)); st.bind(10, JSONText.array(e.decisions))
        st.bind(11, e.sourceID); st.bind(12, e.quote); st.bind(13, e.line.map(Int64.init))
        try st.run()
    }

    func write(_ c: CanonicalIndicator) throws(SQLiteError) {
        let st = indicator
        st.bind(1, c.id); st.bind(2, c.name); st.bind(3, c.unit); st.bind(4, c.system.shortName)
        st.bind(5, c.definition); st.bind(6, JSONText.array(c.phrasings))
        try st.run()
    }
}

/// `weibao export --format sqlite`: a new database holding the chosen figures, the sources
/// they cite, the measures and events of the same provinces and systems, and the vocabulary.
public enum SQLiteExport {
    /// Writes into `path`, which must be a new or empty file (export's temporary file).
    public static func write(_ dataset: Dataset, figures: [Int], filter: FigureFilter, to path: String) -> Result<Void, SQLiteError> {
        do throws(SQLiteError) {
            let c = try SQLiteConnection(path: path, readOnly: false)
            // One file, no journal beside it: the export is renamed into place only when whole.
            try c.execute("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA foreign_keys = ON")
            try c.execute("BEGIN")
            try SQLiteWriter.create(c, indexes: false)
            let w = try SQLiteWriter(c, replace: false)
            for i in Indicators.all { try w.write(i) }
            let cited = Set(figures.map { dataset.figures[$0].sourceID })
            let measures = dataset.measures.filter { filter.matches(province: $0.provinceIndex, system: $0.system) }
            let events = dataset.events.filter { filter.matches(province: $0.provinceIndex, system: $0.system) }
            let needed = cited.union(measures.map(\.sourceID)).union(events.map(\.sourceID))
            for s in dataset.sources where needed.contains(s.id) { try w.write(s) }
            for i in figures { try w.write(dataset.figures[i]) }
            for m in measures { try w.write(m) }
            for e in events { try w.write(e) }
            try SQLiteWriter.createIndexes(c)
            try c.execute("COMMIT")
            return .success(())
        } catch {
            return .failure(error)
        }
    }
}
