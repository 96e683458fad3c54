/// TSV, JSON Lines and Markdown: the first two load back with `--data`; Markdown is a table
/// for reports.
extension FigureExport {
    /// How many figures an export with these filters writes.
    public static func count(_ dataset: Dataset, filter: FigureFilter = FigureFilter(), only: FilterResult? = nil) -> Int {
        selection(dataset, filter, only).count
    }

    /// The CSV export's rows and cells with tabs between fields and LF line ends. A cell holding
    /// a tab, a line break or a quote is quoted as in CSV (as spreadsheets write TSV), so
    /// nothing is lost and the loader reads it back with the same rules.
    public static func tsv(_ dataset: Dataset, filter: FigureFilter = FigureFilter(), only: FilterResult? = nil) -> [UInt8] {
        collect(.tsv, dataset, filter, only)
    }

    /// One JSON object a line, no array around them: the JSON export's objects.
    public static func jsonLines(_ dataset: Dataset, filter: FigureFilter = FigureFilter(), only: FilterResult? = nil) -> [UInt8] {
        var out: [UInt8] = []
        _ = writeJSON(dataset, filter: filter, only: only, lines: true) { out.append(contentsOf: $0); return true }
        return out
    }

    /// The columns a report needs, as a GitHub-flavoured Markdown table; `|` and line breaks
    /// in cells are escaped so every figure stays one row.
    public static let markdownColumns = ["province", "system", "indicator", "text", "value", "unit", "qualifier",
                                         "change", "date", "outlet"]

    public static func markdown(_ dataset: Dataset, filter: FigureFilter = FigureFilter(), only: FilterResult? = nil) -> [UInt8] {
        var lines = ["| " + markdownColumns.joined(separator: " | ") + " |",
                     "|" + markdownColumns.map { $0 == "value" ? " ---: |" : " --- |" }.joined()]
        var outlets = OutletLookup(dataset)
        for i in selection(dataset, filter, only) {
            let f = dataset.figures[i]
            var change = ""
            if let c = f.change { change = c.fromText + (c.fromDate.isEmpty ? "" : " (\(c.fromDate))") + " → " + f.text }
            let cells = [f.province.fullName, f.system.name, f.indicator, f.text, f.value.description, f.unit,
                         f.qualifier.rawValue, change, f.date, outlets.outlet(of: f.sourceID)]
            lines.append("| " + cells.map(markdownCell).joined(separator: " | ") + " |")
        }
        return Array((lines.joined(separator: "\n") + "\n").utf8)
    }

    static func markdownCell(_ s: String) -> String {
        var out = ""
        // Control characters as stand-ins: a report is printed and viewed in terminals too.
        for c in ControlCharacters.cleanKeepingLines(s) {
            switch c {
            case "|": out += "\\|"
            case "\\": out += "\\\\"
            case "\n", "\r\n", "\r": out += "<br>"
            case "<": out += "&lt;"
            default: out.append(c)
            }
        }
        return out
    }
}
