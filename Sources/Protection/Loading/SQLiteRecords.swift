import Foundation

/// Reading a weibao SQLite database (`--data figures.db`). Each row becomes the JSON record
/// it stands for and goes through the same checks; a problem is reported as
/// `figures.db:figures:ROW:COLUMN: …` — the table, the row's rowid and the column's place.
extension LoadSession {
    static let sqliteMagic = Array("SQLite format 3\0".utf8)

    func decodeSQLite(path: String, name: String) {
        let folder = (path as NSString).deletingLastPathComponent
        let connection: SQLiteConnection
        do {
            connection = try SQLiteConnection(path: path, readOnly: true)
            try checkMeta(connection, name: name)
        } catch {
            files.append(LoadedFile(name: name, directory: folder))
            log.items.append(Diagnostic(file: name, line: 0, column: 0, message: error.description))
            return
        }
        let tables: [(String, [String], (JSONNode, Int32) -> Void)] = [
            ("sources", SQLiteSchema.sourceColumns, { self.decodeSource($0, file: $1) }),
            ("figures", SQLiteSchema.figureColumns, { self.decodeFigure($0, file: $1, export: false, also: ["province_code"]) }),
            ("measures", SQLiteSchema.measureColumns, { self.decodeMeasure($0, file: $1) }),
            ("events", SQLiteSchema.eventColumns, { self.decodeEvent($0, file: $1) }),
        ]
        for (table, columns, decode) in tables {
            let file = Int32(files.count)
            let tableName = "\(name):\(table)"
            files.append(LoadedFile(name: tableName, directory: folder))
            guard connection.hasTable(table) else {
                if table == "figures" || table == "sources" {
                    log.items.append(Diagnostic(file: name, line: 0, column: 0, message: "no table \"\(table)\", expected the tables of weibao export --format sqlite"))
                }
                continue
            }
            do throws(SQLiteError) {
                let rows = try connection.prepare("SELECT rowid, * FROM \"\(table)\" ORDER BY rowid")
                var known: [Int32: String] = [:]
                for i in 1..<rows.columnCount {
                    let c = rows.name(i)
                    if columns.contains(c) { known[i] = c } else {
                        log.items.append(Diagnostic(file: tableName, line: 0, column: 0, message: "unknown column \"\(c)\", expected: " + columns.joined(separator: ", ")))
                    }
                }
                while try rows.step() {
                    decode(node(rows, known: known, table: table, file: tableName), file)
                }
            } catch {
                log.items.append(Diagnostic(file: tableName, line: 0, column: 0, message: error.description))
            }
        }
    }

    /// The format marker export writes; anything else is some other database.
    private func checkMeta(_ c: SQLiteConnection, name: String) throws(SQLiteError) {
        let expected = "expected a database written by weibao export --format sqlite"
        // The first query is where sqlite finds a file that is not a database at all.
        let tables = try c.prepare("SELECT count(*) FROM sqlite_master")
        _ = try tables.step()
        guard c.hasTable("meta") else { throw SQLiteError(message: "no table \"meta\": not a weibao database, \(expected)") }
        let s = try c.prepare("SELECT key, value FROM meta")
        var meta: [String: String] = [:]
        while try s.step() { meta[s.text(0)] = s.text(1) }
        guard meta["format"] == SQLiteSchema.format else {
            throw SQLiteError(message: "meta format is \"\(meta["format"] ?? "")\", \(expected) (format \(SQLiteSchema.format))")
        }
        guard meta["version"] == SQLiteSchema.version else {
            throw SQLiteError(message: "meta version \(meta["version"] ?? "none") is not supported, expected \(SQLiteSchema.version)")
        }
    }

    /// The row as the JSON record of its table. A NULL is a key left out.
    private func node(_ r: SQLiteStatement, known: [Int32: String], table: String, file: String) -> JSONNode {
        let row = Int(r.int(0))
        var cells: [String: (JSONNode, Int32)] = [:]
        for (i, c) in known where !r.isNull(i) {
            let at = TextPosition(line: row, column: Int(i))
            let value: JSONValue = r.isText(i) ? .string(r.text(i)) : .number(r.text(i))
            cells[c] = (JSONNode(value, at: at), i)
        }
        var members: [JSONMember] = []
        func put(_ key: String, _ node: JSONNode) { members.append(JSONMember(key: key, keyPosition: node.position, value: node)) }
        func pass(_ keys: [String]) { for k in keys { if let c = cells[k] { put(k, c.0) } } }
        func integer(_ key: String) -> Int64? {
            guard let (n, i) = cells[key] else { return nil }
            guard r.isInteger(i) else {
                log.add(file, n.position, "\(key) is not an integer, expected a whole number")
                return nil
            }
            return r.int(i)
        }
        func array(_ key: String, _ parts: [String]) {
            let nodes = parts.compactMap { cells[$0]?.0 }
            if nodes.count == parts.count { put(key, JSONNode(.array(nodes), at: nodes[0].position)) }
        }
        let start = TextPosition(line: row, column: 1)
        switch table {
        case "sources":
            pass(["id", "outlet", "headline", "date", "file", "url", "publisher", "kind", "report", "sha256"])
            array("lines", ["first_line", "last_line"])
        case "figures":
            pass(["id", "province", "province_code", "system", "indicator", "canonical", "unit", "text", "qualifier", "date", "source"])
            if let q = cells["quote"], q.0.string != "" { put("quote", q.0) }
            if let at = cells["value_significand"]?.0.position, let s = integer("value_significand"), let k = integer("value_scale") {
                if (0...18).contains(k) {
                    put("value", JSONNode(.number(ExactNumber(significand: s, scale: UInt8(k)).description), at: at))
                } else {
                    log.add(file, cells["value_scale"]!.0.position, "value_scale \(k) is out of range, expected 0 to 18 decimal places")
                }
            }
            if let from = cells["change_from"]?.0 {
                var change = [JSONMember(key: "from", keyPosition: from.position, value: from)]
                if let d = cells["change_date"]?.0 { change.append(JSONMember(key: "date", keyPosition: d.position, value: d)) }
                put("change", JSONNode(.object(change), at: from.position))
            }
            array("span", ["span_line", "span_column", "span_length"])
        case "events":
            pass(["id", "province", "system", "date", "kind", "title", "body", "source", "line"])
            if let q = cells["quote"], q.0.string != "" { put("quote", q.0) }
            for key in ["chairs", "decisions"] {
                guard let (n, _) = cells[key] else { continue }
                if let s = n.string, let parsed = try? JSONParser.parse(Array(s.utf8)), parsed.elements != nil {
                    put(key, JSONNode(parsed.value.relocated(to: n.position), at: n.position))
                } else {
                    log.add(file, n.position, "\(key) is not a JSON array, expected an array of strings such as [\"王某\"]")
                }
            }
        default:
            pass(["id", "province", "system", "text", "date", "source", "line"])
            if let q = cells["quote"], q.0.string != "" { put("quote", q.0) }
        }
        return JSONNode(.object(members), at: start)
    }
}

extension JSONValue {
    /// The same value with every element's position moved to one place: a JSON array kept in
    /// a database cell is reported at its cell.
    func relocated(to at: TextPosition) -> JSONValue {
        switch self {
        case .array(let a): .array(a.map { JSONNode($0.value.relocated(to: at), at: at) })
        case .object(let o): .object(o.map { JSONMember(key: $0.key, keyPosition: at, value: JSONNode($0.value.value.relocated(to: at), at: at)) })
        default: self
        }
    }
}
