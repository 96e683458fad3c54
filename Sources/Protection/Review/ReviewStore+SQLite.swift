import Foundation

/// Saving accepted figures into a weibao database: one transaction, taken with the write lock
/// up front (BEGIN IMMEDIATE), so two analysts saving into one file at once take turns and
/// neither loses a record; sqlite's journal makes a crash leave the file as it was.
extension ReviewStore {
    static func saveSQLite(figures: [Figure], sources: [Source], removing: [String], to path: String,
                           loader: DatasetLoader) -> Result<ReviewSaved, ReviewSaveError> {
        // The records as a dataset of their own first: what would not load is not written.
        let text = DatasetDocument.json(sources: sources, figures: figures)
        if let first = loader.check(bytes: Array(text.utf8), name: path, format: .json).diagnostics.first {
            return .failure(ReviewSaveError("the saved figures would not load: \(first); nothing was written"))
        }
        do throws(SQLiteError) {
            let c = try SQLiteConnection(path: path, readOnly: false)
            try c.execute("PRAGMA foreign_keys = ON")
            try c.execute("BEGIN IMMEDIATE")
            do throws(SQLiteError) {
                if !c.hasTable("meta") {
                    guard !c.hasTable("figures") else { throw SQLiteError(message: "\(path) is not a weibao database (no meta table)") }
                    try SQLiteWriter.create(c)
                    let w = try SQLiteWriter(c, replace: true)
                    for i in Indicators.all { try w.write(i) }
                }
                let saved = try merge(c, figures: figures, sources: sources, removing: removing, path: path)
                try c.execute("COMMIT")
                return .success(saved)
            } catch {
                try? c.execute("ROLLBACK")
                throw error
            }
        } catch {
            return .failure(ReviewSaveError("cannot save into \(path): \(error.description); nothing was written"))
        }
    }

    private static func merge(_ c: SQLiteConnection, figures: [Figure], sources: [Source], removing: [String],
                              path: String) throws(SQLiteError) -> ReviewSaved {
        let w = try SQLiteWriter(c, replace: true)
        let known = try c.prepare("SELECT 1 FROM sources WHERE id = ?")
        let cited = Set(figures.map(\.sourceID))
        for s in sources where cited.contains(s.id) {
            known.bind(1, s.id)
            let there = try known.step()
            try known.run()
            // A source the file defines already is the file's: only new ones are added.
            if !there { try w.write(s) }
        }
        let remove = try c.prepare("DELETE FROM figures WHERE id = ?")
        for id in removing {
            remove.bind(1, id)
            try remove.run()
        }
        let exists = try c.prepare("SELECT 1 FROM figures WHERE id = ?")
        var added = 0, replaced = 0
        for f in figures {
            exists.bind(1, f.id)
            if try exists.step() { replaced += 1 } else { added += 1 }
            try exists.run()
            try w.write(f)
        }
        let count = try c.prepare("SELECT count(*) FROM figures")
        _ = try count.step()
        return ReviewSaved(path: path, added: added, replaced: replaced, total: Int(count.int(0)))
    }
}
