/// The tables of a weibao SQLite database (docs/data-format.md, "SQLite"). Columns carry the
/// names of the JSON dataset's keys so that a row reads back through the same checks as a JSON
/// record. STRICT tables: sqlite refuses a value of the wrong type instead of keeping it.
enum SQLiteSchema {
    static let format = "weibao-dataset"
    static let version = "1"

    static let statements: [String] = [
        """
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT
        """,
        """
        CREATE TABLE sources (
          id TEXT PRIMARY KEY, outlet TEXT NOT NULL, headline TEXT NOT NULL, date TEXT NOT NULL,
          file TEXT, first_line INTEGER, last_line INTEGER, url TEXT, publisher TEXT, kind TEXT,
          report TEXT, sha256 TEXT
        ) STRICT
        """,
        """
        CREATE TABLE indicators (
          id TEXT PRIMARY KEY, name TEXT NOT NULL, unit TEXT NOT NULL, system TEXT NOT NULL,
          definition TEXT NOT NULL,
          phrasings TEXT NOT NULL -- a JSON array of strings
        ) STRICT
        """,
        """
        CREATE TABLE figures (
          id TEXT PRIMARY KEY, province TEXT NOT NULL, province_code INTEGER NOT NULL,
          system TEXT NOT NULL, indicator TEXT NOT NULL,
          canonical TEXT REFERENCES indicators(id),
          -- the exact value in base units is value_significand / 10^value_scale
          value_significand INTEGER NOT NULL, value_scale INTEGER NOT NULL,
          value_real REAL NOT NULL, -- the same value as binary floating point, for convenience: not exact
          unit TEXT NOT NULL, text TEXT NOT NULL, qualifier TEXT NOT NULL,
          change_from TEXT, change_date TEXT, -- the earlier value as written, and its date
          date TEXT NOT NULL, source TEXT NOT NULL REFERENCES sources(id), quote TEXT NOT NULL,
          span_line INTEGER, span_column INTEGER, span_length INTEGER -- where the number stands in the report
        ) STRICT
        """,
        """
        CREATE TABLE measures (
          id TEXT PRIMARY KEY, province TEXT NOT NULL, province_code INTEGER NOT NULL, system TEXT NOT NULL,
          text TEXT NOT NULL, date TEXT NOT NULL, source TEXT NOT NULL REFERENCES sources(id),
          quote TEXT NOT NULL, line INTEGER
        ) STRICT
        """,
        """
        CREATE TABLE events (
          id TEXT PRIMARY KEY, province TEXT NOT NULL, province_code INTEGER NOT NULL, system TEXT NOT NULL,
          date TEXT NOT NULL, kind TEXT NOT NULL, title TEXT NOT NULL, body TEXT NOT NULL,
          chairs TEXT NOT NULL, decisions TEXT NOT NULL, -- JSON arrays of strings
          source TEXT NOT NULL REFERENCES sources(id), quote TEXT NOT NULL, line INTEGER
        ) STRICT
        """,
    ]

    /// Built after the rows when exporting: one sort per index instead of a b-tree insert per row.
    static let indexes: [String] = [
        "CREATE INDEX figures_province ON figures(province)",
        "CREATE INDEX figures_system ON figures(system)",
        "CREATE INDEX figures_indicator ON figures(indicator)",
        "CREATE INDEX figures_canonical ON figures(canonical)",
        "CREATE INDEX figures_source ON figures(source)",
    ]

    static let sourceColumns = ["id", "outlet", "headline", "date", "file", "first_line", "last_line", "url", "publisher",
                                "kind", "report", "sha256"]
    static let figureColumns = ["id", "province", "province_code", "system", "indicator", "canonical", "value_significand",
                                "value_scale", "value_real", "unit", "text", "qualifier", "change_from", "change_date",
                                "date", "source", "quote", "span_line", "span_column", "span_length"]
    static let measureColumns = ["id", "province", "province_code", "system", "text", "date", "source", "quote", "line"]
    static let eventColumns = ["id", "province", "province_code", "system", "date", "kind", "title", "body", "chairs",
                               "decisions", "source", "quote", "line"]
    static let indicatorColumns = ["id", "name", "unit", "system", "definition", "phrasings"]

    /// `INSERT OR REPLACE INTO t (a, b) VALUES (?, ?)`.
    static func insert(_ table: String, _ columns: [String], replace: Bool = false) -> String {
        "INSERT \(replace ? "OR REPLACE " : "")INTO \(table) (\(columns.joined(separator: ", "))) VALUES (\(columns.map { _ in "?" }.joined(separator: ", ")))"
    }
}
