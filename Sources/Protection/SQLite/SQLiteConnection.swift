import CSQLite
import Foundation

/// What sqlite refused, in its own words.
public struct SQLiteError: Error, Sendable, CustomStringConvertible {
    public var description: String
    init(_ db: OpaquePointer?, _ what: String) {
        let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
        description = "\(what): \(message)"
    }
    init(message: String) { description = message }
}

/// One open database: a thin layer over the C API (statements, binding, stepping), no more.
final class SQLiteConnection {
    let db: OpaquePointer

    /// `readOnly`: opened without creating or writing. Waits up to `busyMilliseconds` for a
    /// lock another connection holds, so two writers take turns instead of failing.
    init(path: String, readOnly: Bool, busyMilliseconds: Int32 = 10_000) throws(SQLiteError) {
        var handle: OpaquePointer?
        let flags = readOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
        let rc = sqlite3_open_v2(path, &handle, flags | SQLITE_OPEN_NOMUTEX, nil)
        guard rc == SQLITE_OK, let handle else {
            let error = SQLiteError(handle, "cannot open \(path)")
            sqlite3_close(handle)
            throw error
        }
        db = handle
        sqlite3_busy_timeout(db, busyMilliseconds)
        sqlite3_extended_result_codes(db, 1)
    }

    deinit { sqlite3_close_v2(db) }

    func execute(_ sql: String) throws(SQLiteError) {
        var message: UnsafeMutablePointer<CChar>?
        if sqlite3_exec(db, sql, nil, nil, &message) != SQLITE_OK {
            let text = message.map { String(cString: $0) } ?? "unknown error"
            sqlite3_free(message)
            throw SQLiteError(message: text)
        }
    }

    func prepare(_ sql: String) throws(SQLiteError) -> SQLiteStatement {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(db, sql, -1, &statement, nil) == SQLITE_OK, let statement else {
            throw SQLiteError(db, "cannot prepare \(sql.prefix(40))")
        }
        return SQLiteStatement(statement, db: db)
    }

    /// Whether a table of this name exists.
    func hasTable(_ name: String) -> Bool {
        guard let s = try? prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?") else { return false }
        s.bind(1, name)
        return (try? s.step()) == true
    }
}

/// A prepared statement: bind by position from 1, step, read columns from 0.
final class SQLiteStatement {
    let handle: OpaquePointer
    let db: OpaquePointer

    init(_ handle: OpaquePointer, db: OpaquePointer) {
        self.handle = handle
        self.db = db
    }

    deinit { sqlite3_finalize(handle) }

    func bind(_ i: Int32, _ text: String?) {
        guard let text else { sqlite3_bind_null(handle, i); return }
        sqlite3_bind_text(handle, i, text, -1, weibao_sqlite_transient())
    }

    func bind(_ i: Int32, _ n: Int64?) {
        guard let n else { sqlite3_bind_null(handle, i); return }
        sqlite3_bind_int64(handle, i, n)
    }

    func bind(_ i: Int32, _ d: Double) { sqlite3_bind_double(handle, i, d) }

    /// True while there is a row; false when done.
    func step() throws(SQLiteError) -> Bool {
        switch sqlite3_step(handle) {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default: throw SQLiteError(db, "cannot step")
        }
    }

    /// Runs a statement that returns no rows, and makes it ready to bind again.
    func run() throws(SQLiteError) {
        _ = try step()
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
    }

    var columnCount: Int32 { sqlite3_column_count(handle) }
    func name(_ i: Int32) -> String { String(cString: sqlite3_column_name(handle, i)) }
    func isNull(_ i: Int32) -> Bool { sqlite3_column_type(handle, i) == SQLITE_NULL }
    func isInteger(_ i: Int32) -> Bool { sqlite3_column_type(handle, i) == SQLITE_INTEGER }
    func isText(_ i: Int32) -> Bool { sqlite3_column_type(handle, i) == SQLITE_TEXT }
    func int(_ i: Int32) -> Int64 { sqlite3_column_int64(handle, i) }

    /// The column as UTF-8 text; bytes that are not UTF-8 become U+FFFD.
    func text(_ i: Int32) -> String {
        guard let p = sqlite3_column_text(handle, i) else { return "" }
        let n = Int(sqlite3_column_bytes(handle, i))
        return String(decoding: UnsafeBufferPointer(start: p, count: n), as: UTF8.self)
    }
}
