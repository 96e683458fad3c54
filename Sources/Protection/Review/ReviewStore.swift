import Foundation

/// What a save did.
public struct ReviewSaved: Sendable, Hashable {
    public var path: String
    /// Figures new to the file, and figures whose id it held and that were written over.
    public var added: Int
    public var replaced: Int
    /// Figures the file holds now.
    public var total: Int

    public init(path: String, added: Int, replaced: Int, total: Int) {
        self.path = path
        self.added = added
        self.replaced = replaced
        self.total = total
    }
}

public struct ReviewSaveError: Error, Sendable, Hashable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}

/// Writes accepted figures into a dataset file: merged with what it already holds (a figure
/// whose id is there replaces it, nothing is listed twice), checked by the loader before it is
/// written, and written whole under a temporary name and renamed, so the file is always either
/// the old one or the new one.
public enum ReviewStore {
    /// - removing: ids of figures to take out of the file (accepted before, rejected since).
    public static func save(figures: [Figure], sources: [Source], removing: [String] = [], to path: String,
                            loader: DatasetLoader) -> Result<ReviewSaved, ReviewSaveError> {
        if DataFormat.isSQLite(path: path) {
            return saveSQLite(figures: figures, sources: sources, removing: removing, to: path, loader: loader)
        }
        guard path.lowercased().hasSuffix(".json") else {
            return .failure(ReviewSaveError("cannot save into \(path): expected a .json dataset file or a .db database"))
        }
        var existing = Dataset(sources: [], figures: [], measures: [], events: [])
        if FileManager.default.fileExists(atPath: path) {
            let report = loader.check(path: path)
            guard let d = report.dataset, report.diagnostics.isEmpty else {
                let first = report.diagnostics.first.map { " (first: \($0))" } ?? ""
                return .failure(ReviewSaveError("\(path) has \(report.diagnostics.count) problem(s)\(first); nothing was written, fix it with weibao validate"))
            }
            existing = d
        }
        let merged = merge(existing, figures: figures, sources: sources, removing: Set(removing))
        let text = DatasetDocument.json(sources: merged.sources, figures: merged.figures,
                                        measures: existing.measures, events: existing.events)
        let check = loader.check(bytes: Array(text.utf8), name: path, format: .json)
        if let first = check.diagnostics.first {
            return .failure(ReviewSaveError("the saved dataset would not load: \(first); nothing was written"))
        }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            return .failure(ReviewSaveError("cannot write \(path): \(error.localizedDescription); nothing was written"))
        }
        return .success(ReviewSaved(path: path, added: merged.added, replaced: merged.replaced, total: merged.figures.count))
    }

    /// The file's records with the accepted ones: a figure replaces the one with its id, a
    /// source is added when the file does not define its id yet.
    static func merge(_ d: Dataset, figures: [Figure], sources: [Source], removing: Set<String> = [])
        -> (sources: [Source], figures: [Figure], added: Int, replaced: Int) {
        var all = removing.isEmpty ? d.figures : d.figures.filter { !removing.contains($0.id) }
        var at = Dictionary(all.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        var added = 0, replaced = 0
        for f in figures {
            if let i = at[f.id] {
                all[i] = f
                replaced += 1
            } else {
                at[f.id] = all.count
                all.append(f)
                added += 1
            }
        }
        var sourceList = d.sources
        var known = Set(sourceList.map(\.id))
        let cited = Set(figures.map(\.sourceID))
        for s in sources where cited.contains(s.id) && known.insert(s.id).inserted { sourceList.append(s) }
        return (sourceList, all, added, replaced)
    }
}
