/// Reads JSON (RFC 8259) from UTF-8 bytes into `JSONNode`s with line and column positions.
///
/// Works on bytes rather than Characters for speed; the whole input is checked as UTF-8
/// first, so strings are built without repair and a bad byte is reported where it stands.
public enum JSONParser {
    /// Nesting limit: deeper input is an error, never a stack overflow.
    public static let maximumDepth = 512

    public static func parse(_ bytes: [UInt8]) throws(SyntaxError) -> JSONNode {
        let result: Result<JSONNode, SyntaxError> = bytes.withUnsafeBufferPointer { buffer -> Result<JSONNode, SyntaxError> in
            if let bad = UTF8Validation.check(buffer) { return .failure(bad) }
            var parser = Parser(buffer)
            do throws(SyntaxError) {
                return .success(try parser.parseDocument())
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    public static func parse(_ text: String) throws(SyntaxError) -> JSONNode {
        try parse(Array(text.utf8))
    }

    /// JSON Lines: one value a line, blank lines skipped. Lines are independent, so a bad
    /// one is reported and the reading goes on at the next line.
    public static func parseLines(_ bytes: [UInt8]) -> (values: [JSONNode], errors: [SyntaxError]) {
        bytes.withUnsafeBufferPointer { buffer in
            if let bad = UTF8Validation.check(buffer) { return ([], [bad]) }
            var values: [JSONNode] = []
            var errors: [SyntaxError] = []
            // Split on line ends first, then parse each line alone: a value can never run on
            // into the next line, and a bad line never hides the ones after it.
            var start = 0, line = 1
            while start <= buffer.count {
                var end = start
                while end < buffer.count, buffer[end] != 0x0A { end += 1 }
                var parser = Parser(UnsafeBufferPointer(rebasing: buffer[start..<end]), line: line, bom: start == 0)
                switch parser.parseLine() {
                case .success(let v?): values.append(v)
                case .success(nil): break
                case .failure(let e): errors.append(e)
                }
                start = end + 1
                line += 1
            }
            return (values, errors)
        }
    }
}

private struct Parser {
    let bytes: UnsafeBufferPointer<UInt8>
    var i = 0
    var line = 1
    var lineStart = 0
    var columns = ColumnCounter()
    var depth = 0
    /// Reused for strings with escapes.
    var scratch: [UInt8] = []

    /// Parsing one line of JSON Lines: its end is the end of the line, not of the file.
    var oneLine = false

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        i = UTF8Validation.bomLength(bytes)
        lineStart = i  // a byte order mark is no column
    }

    /// One line of a file, numbered as in the file; only the first may open with a byte order mark.
    init(_ bytes: UnsafeBufferPointer<UInt8>, line: Int, bom: Bool) {
        self.bytes = bytes
        i = bom ? UTF8Validation.bomLength(bytes) : 0
        lineStart = i
        self.line = line
        oneLine = true
    }

    mutating func position(_ offset: Int) -> TextPosition {
        TextPosition(line: line, column: columns.column(at: offset, lineStart: lineStart, in: bytes))
    }

    mutating func fail(_ message: String, at offset: Int? = nil) -> SyntaxError {
        SyntaxError(position(offset ?? i), message)
    }

    mutating func expected(_ what: String, at offset: Int? = nil) -> SyntaxError {
        let at = offset ?? i
        return fail("expected \(what), found \(found(at))", at: at)
    }

    /// How the text at `offset` reads in a message: 'x', end of file, a word such as 'tru'.
    func found(_ offset: Int) -> String {
        guard offset < bytes.count else { return oneLine ? "end of line" : "end of file" }
        let b = bytes[offset]
        if isLetter(b) {
            var end = offset
            while end < bytes.count, end - offset < 20, isLetter(bytes[end]) || isDigit(bytes[end]) { end += 1 }
            return "'\(String(decoding: UnsafeBufferPointer(rebasing: bytes[offset..<end]), as: UTF8.self))'"
        }
        return Self.describe(bytes, at: offset)
    }

    /// One character for a message, with control characters and line breaks named.
    static func describe(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> String {
        let b = bytes[offset]
        switch b {
        case 0x0A: return "line break"
        case 0x0D: return "carriage return"
        case 0x09: return "tab"
        case 0..<0x20, 0x7F: return "control character U+\(hex4(UInt32(b)))"
        case 0x20: return "space"
        case 0x21..<0x7F: return "'\(Character(Unicode.Scalar(b)))'"
        default:
            var end = offset + 1
            while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
            let s = String(decoding: UnsafeBufferPointer(rebasing: bytes[offset..<end]), as: UTF8.self)
            let scalar = s.unicodeScalars.first!
            if scalar.properties.generalCategory == .format || scalar.value == 0xFEFF || scalar.value == 0x3000 {
                return "U+\(hex4(scalar.value))"
            }
            return "'\(s)'"
        }
    }

    static func hex4(_ v: UInt32) -> String {
        let h = String(v, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - h.count)) + h
    }

    @inline(__always) func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
    @inline(__always) func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    mutating func skipSpace() {
        while i < bytes.count {
            switch bytes[i] {
            case 0x20, 0x09, 0x0D: i += 1
            case 0x0A:
                i += 1
                line += 1
                lineStart = i
            default: return
            }
        }
    }

    mutating func parseDocument() throws(SyntaxError) -> JSONNode {
        skipSpace()
        let node = try parseValue()
        skipSpace()
        if i < bytes.count { throw expected("end of file after the top-level value") }
        return node
    }

    /// A line of JSON Lines: one value, or nothing on a blank line.
    mutating func parseLine() -> Result<JSONNode?, SyntaxError> {
        skipSpace()
        guard i < bytes.count else { return .success(nil) }
        do throws(SyntaxError) {
            let node = try parseValue()
            skipSpace()
            if i < bytes.count { throw expected("the end of the line after the value (JSON Lines: one value a line)") }
            return .success(node)
        } catch {
            return .failure(error)
        }
    }

    mutating func parseValue() throws(SyntaxError) -> JSONNode {
        guard i < bytes.count else { throw expected("a value") }
        let start = position(i)
        switch bytes[i] {
        case UInt8(ascii: "{"): return JSONNode(try parseObject(), at: start)
        case UInt8(ascii: "["): return JSONNode(try parseArray(), at: start)
        case UInt8(ascii: "\""): return JSONNode(.string(try parseString()), at: start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return JSONNode(.number(try parseNumber()), at: start)
        case UInt8(ascii: "t"): try literal("true"); return JSONNode(.bool(true), at: start)
        case UInt8(ascii: "f"): try literal("false"); return JSONNode(.bool(false), at: start)
        case UInt8(ascii: "n"): try literal("null"); return JSONNode(.null, at: start)
        default: throw expected("a value")
        }
    }

    mutating func literal(_ word: StaticString) throws(SyntaxError) {
        let n = word.utf8CodeUnitCount
        let p = word.utf8Start
        var k = 0
        while k < n, i + k < bytes.count, bytes[i + k] == p[k] { k += 1 }
        // A literal must end at a delimiter: "nullx" is not null.
        if k < n || (i + n < bytes.count && (isLetter(bytes[i + n]) || isDigit(bytes[i + n]))) {
            throw expected("a value")
        }
        i += n
    }

    mutating func enter() throws(SyntaxError) {
        depth += 1
        if depth > JSONParser.maximumDepth {
            throw fail("nesting deeper than \(JSONParser.maximumDepth) levels, expected flatter data")
        }
    }

    mutating func parseObject() throws(SyntaxError) -> JSONValue {
        try enter()
        defer { depth -= 1 }
        i += 1
        var members: [JSONMember] = []
        skipSpace()
        if i < bytes.count, bytes[i] == UInt8(ascii: "}") { i += 1; return .object(members) }
        while true {
            skipSpace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else {
                throw expected(members.isEmpty ? "'\"' to open a key or '}'" : "'\"' to open a key")
            }
            let keyAt = position(i)
            let key = try parseString()
            skipSpace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { throw expected("':' after the key") }
            i += 1
            skipSpace()
            let value = try parseValue()
            members.append(JSONMember(key: key, keyPosition: keyAt, value: value))
            skipSpace()
            guard i < bytes.count else { throw expected("',' or '}'") }
            if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
            if bytes[i] == UInt8(ascii: "}") { i += 1; return .object(members) }
            throw expected("',' or '}'")
        }
    }

    mutating func parseArray() throws(SyntaxError) -> JSONValue {
        try enter()
        defer { depth -= 1 }
        i += 1
        var elements: [JSONNode] = []
        skipSpace()
        if i < bytes.count, bytes[i] == UInt8(ascii: "]") { i += 1; return .array(elements) }
        while true {
            skipSpace()
            elements.append(try parseValue())
            skipSpace()
            guard i < bytes.count else { throw expected("',' or ']'") }
            if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
            if bytes[i] == UInt8(ascii: "]") { i += 1; return .array(elements) }
            throw expected("',' or ']'")
        }
    }

    /// -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?, kept as text.
    mutating func parseNumber() throws(SyntaxError) -> String {
        let start = i
        if bytes[i] == UInt8(ascii: "-") { i += 1 }
        guard i < bytes.count, isDigit(bytes[i]) else { throw expected("a digit") }
        if bytes[i] == UInt8(ascii: "0") {
            i += 1
            if i < bytes.count, isDigit(bytes[i]) {
                throw fail("number with a leading zero, expected 0 alone or a digit 1-9 first", at: start)
            }
        } else {
            while i < bytes.count, isDigit(bytes[i]) { i += 1 }
        }
        if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
            i += 1
            guard i < bytes.count, isDigit(bytes[i]) else { throw expected("a digit after '.'") }
            while i < bytes.count, isDigit(bytes[i]) { i += 1 }
        }
        if i < bytes.count, bytes[i] | 0x20 == UInt8(ascii: "e") {
            i += 1
            if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
            guard i < bytes.count, isDigit(bytes[i]) else { throw expected("a digit in the exponent") }
            while i < bytes.count, isDigit(bytes[i]) { i += 1 }
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
    }

    /// Reads a string starting at its opening quote.
    mutating func parseString() throws(SyntaxError) -> String {
        let open = i
        i += 1
        let start = i
        // Fast path: no escapes, one slice of the input.
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "\"") {
                let s = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
                i += 1
                return s
            }
            if b == UInt8(ascii: "\\") { break }
            if b < 0x20 { throw unescapedControl(open) }
            i += 1
        }
        guard i < bytes.count else { throw unterminated(open) }
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i]))
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "\"") {
                i += 1
                return String(decoding: scratch, as: UTF8.self)
            }
            if b < 0x20 { throw unescapedControl(open) }
            if b != UInt8(ascii: "\\") {
                scratch.append(b)
                i += 1
                continue
            }
            guard i + 1 < bytes.count else { throw unterminated(open) }
            let e = bytes[i + 1]
            i += 2
            switch e {
            case UInt8(ascii: "\""): scratch.append(0x22)
            case UInt8(ascii: "\\"): scratch.append(0x5C)
            case UInt8(ascii: "/"): scratch.append(0x2F)
            case UInt8(ascii: "b"): scratch.append(0x08)
            case UInt8(ascii: "f"): scratch.append(0x0C)
            case UInt8(ascii: "n"): scratch.append(0x0A)
            case UInt8(ascii: "r"): scratch.append(0x0D)
            case UInt8(ascii: "t"): scratch.append(0x09)
            case UInt8(ascii: "u"): appendScalar(try unicodeEscape())
            default:
                throw fail("unknown escape \\ followed by \(Self.describe(bytes, at: i - 1)), expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX", at: i - 2)
            }
        }
        throw unterminated(open)
    }

    /// After `\u`: four hex digits, joined with a following `\uDC00`–`\uDFFF` when it is a
    /// high surrogate. A lone surrogate cannot be a character and becomes U+FFFD.
    mutating func unicodeEscape() throws(SyntaxError) -> Unicode.Scalar {
        let first = try hex4()
        switch first {
        case 0xD800...0xDBFF:
            if i + 1 < bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") {
                let save = i
                i += 2
                let second = try hex4()
                if (0xDC00...0xDFFF).contains(second) {
                    return Unicode.Scalar(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00))!
                }
                i = save  // not a pair: read the next escape on its own
            }
            return "\u{FFFD}"
        case 0xDC00...0xDFFF:
            return "\u{FFFD}"
        default:
            return Unicode.Scalar(first)!
        }
    }

    mutating func hex4() throws(SyntaxError) -> UInt32 {
        var v: UInt32 = 0
        for k in 0..<4 {
            guard i + k < bytes.count else { throw expected("four hex digits after \\u", at: i + k) }
            let b = bytes[i + k]
            let d: UInt8
            switch b {
            case 0x30...0x39: d = b - 0x30
            case 0x41...0x46: d = b - 0x41 + 10
            case 0x61...0x66: d = b - 0x61 + 10
            default: throw expected("four hex digits after \\u", at: i + k)
            }
            v = v << 4 | UInt32(d)
        }
        i += 4
        return v
    }

    mutating func appendScalar(_ s: Unicode.Scalar) {
        UTF8.encode(s) { scratch.append($0) }
    }

    mutating func unescapedControl(_ open: Int) -> SyntaxError {
        let what = Self.describe(bytes, at: i)
        if bytes[i] == 0x0A {
            return fail("string opened at \(position(open)) runs into a line break, expected '\"' to close it or \\n inside it")
        }
        return fail("\(what) inside a string, expected it escaped (\\n, \\t, \\u00XX)")
    }

    mutating func unterminated(_ open: Int) -> SyntaxError {
        let at = position(open)
        return fail("expected '\"' to close the string opened at \(at), found \(oneLine ? "end of line" : "end of file")", at: bytes.count)
    }
}
