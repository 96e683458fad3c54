import Protection

/// How figures are written on screen.
enum Format {
    /// Grouped value without unit: 3,295,500; 91.9.
    static func value(_ f: Figure) -> String { f.value.grouped }

    /// Value with its base unit: 3,295,500 人; 91.9%.
    static func valueWithUnit(_ f: Figure) -> String {
        f.unit == "%" ? f.value.grouped + "%" : f.value.grouped + " " + f.unit
    }

    /// 201→104, or "" when the figure has no change.
    static func change(_ f: Figure, _ g: Glyphs) -> String {
        guard let c = f.change else { return "" }
        return c.from.grouped + g.arrow + f.value.grouped
    }

    /// 余, 以上 … or "" for exact values.
    static func qualifier(_ f: Figure) -> String { f.qualifier.mark }

    static func outlet(_ f: Figure, _ dataset: Dataset) -> String {
        dataset.source(id: f.sourceID)?.outlet ?? f.sourceID
    }

    /// Where the quote stands: "seeds/000….txt 第 120 行第 5 列".
    static func location(_ f: Figure, _ dataset: Dataset) -> String {
        let file = dataset.source(id: f.sourceID)?.file ?? ""
        guard let span = f.span else { return file.isEmpty ? "（无原文）" : file }
        return "\(file) 第 \(span.startLine) 行第 \(span.startColumn) 列 – 第 \(span.endLine) 行第 \(span.endColumn) 列"
    }
}
