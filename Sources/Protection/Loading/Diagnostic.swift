/// One problem in a dataset file: `file:line:column: what is wrong, what was expected`.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    public var file: String
    /// 1-based; 0 when the problem has no place in the file (it cannot be read at all).
    public var line: Int
    /// 1-based, in characters; 0 with `line`.
    public var column: Int
    public var message: String
    /// For a workbook, the sheet: `line` is then the row and `column` the column of a cell,
    /// written `file:数据!C12`.
    public var sheet: String?

    public init(file: String, line: Int, column: Int, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    public init(file: String, at position: TextPosition, _ message: String) {
        self.init(file: file, line: position.line, column: position.column, message: message)
    }

    public var description: String {
        guard line > 0 else { return "\(file): \(message)" }
        guard let sheet else { return "\(file):\(line):\(column): \(message)" }
        return "\(file):\(CellReference.describe(sheet: sheet, column: column, row: line)): \(message)"
    }
}

/// A dataset that did not load: every problem found, in file order. Nothing is half-loaded.
public struct DatasetError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    /// One diagnostic a line.
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}

/// Collects diagnostics while loading; a class so every decoder appends to the same list.
final class DiagnosticLog {
    var items: [Diagnostic] = []

    func add(_ file: String, _ at: TextPosition, _ message: String) {
        items.append(Diagnostic(file: file, at: at, message))
    }
}
