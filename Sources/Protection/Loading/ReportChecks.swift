#if canImport(Crypto)
import Crypto
#endif
import Foundation

/// Report files named by sources (`report`, `sha256`) and the spans figures give into them:
/// the file must be the one the figures were read from, and each span must hold the figure's
/// number as written.
extension LoadSession {
    /// A source's text as bytes and the name it was read under (shown in diagnostics): the
    /// report in the reports folder, else among the reports built into the binary, else the
    /// source's `file` as before.
    func sourceBytes(_ source: Source, nextTo file: LoadedFile?) -> (bytes: [UInt8], name: String)? {
        if !source.report.isEmpty {
            if let folder = options.reportsDirectory {
                let path = (folder as NSString).appendingPathComponent(source.report)
                if let bytes = FileBytes.read(path) { return (bytes, path) }
            }
            if let bytes = options.bundledReports[source.report] { return (bytes, source.report) }
        }
        guard !source.file.isEmpty, let bytes = readText(source.file, nextTo: file) else { return nil }
        return (bytes, source.file)
    }

    /// False (with a diagnostic at the source's `sha256`) when the bytes are not the file
    /// the source recorded.
    func hashMatches(_ bytes: [UInt8], name: String, draft: SourceDraft?) -> Bool {
        guard let draft, !draft.source.sha256.isEmpty else { return true }
        guard let actual = ReportHash.hex(bytes) else {
            // A text built into the binary is the one its sources were recorded from.
            if options.bundledReports[name] != nil { return true }
            log.add(files[Int(draft.file)].name, draft.sha256At ?? draft.idAt,
                    "this build of weibao has no SHA-256, so report \(name) cannot be checked, expected a build with swift-crypto")
            return false
        }
        guard actual != draft.source.sha256 else { return true }
        log.add(files[Int(draft.file)].name, draft.sha256At ?? draft.idAt,
                "report \(name) has changed since the source was recorded: its SHA-256 is \(actual), expected \(draft.source.sha256) (another copy or an edited file; its spans are not checked)")
        return false
    }

    /// The figure's number located by its `reportSpan`; nil, with a diagnostic, when the span
    /// lies outside the text or does not hold the figure's text.
    func locateNumber(_ r: ReportSpan, of figure: Figure, in text: SourceText, report name: String, place: RecordPlace) -> SourceSpan? {
        let (dataset, at) = position(place, .place)
        guard let start = text.offset(line: r.line, column: r.column), start + r.length <= text.scalars.count else {
            let where_ = r.line <= text.lineCount ? "line \(r.line) has \(lineLength(r.line, in: text)) characters" : "it has \(text.lineCount) lines"
            log.add(dataset, at, "span [\(r.line), \(r.column), \(r.length)] runs outside \(name) (\(where_)), expected where the number \"\(figure.text)\" stands")
            return nil
        }
        let wanted = SourceText.comparable(figure.text.unicodeScalars)
        let range = start..<(start + r.length)
        let written = SourceText.comparable(text.scalars[range])
        if written == wanted || Self.reads(written, as: figure.value) { return text.span(offsets: range) }
        var message = "figure \"\(figure.id)\" (\(dataset):\(at)): the report has \"\(String(String.UnicodeScalarView(text.scalars[range])))\" at its span, expected the figure's text \"\(figure.text)\""
        if let column = column(of: wanted, length: r.length, onLine: r.line, in: text) {
            message += " (it stands at column \(column) of this line)"
        }
        log.add(name, TextPosition(line: r.line, column: r.column), message)
        return nil
    }

    /// Whether an as-written number means `value`. A figure's `text` may say more than the
    /// characters at its span (每人每月 1712 元 for 1712元 after 每人每月 was said once, 151 万人
    /// for 151萬 before 人 is named), so the span holds the number when it reads as the same
    /// exact value, whatever unit follows it.
    static func reads(_ written: [Unicode.Scalar], as value: ExactNumber) -> Bool {
        var text = String(String.UnicodeScalarView(written))
        for _ in 0..<2 {
            switch Quantity.parse(text) {
            case .success(let q): return ExactNumber.compare(q.value, value) == 0
            case .failure(.trailing(let rest)) where !rest.isEmpty && text.hasSuffix(rest):
                text.removeLast(rest.count)
            case .failure: return false
            }
        }
        return false
    }

    private func lineLength(_ line: Int, in text: SourceText) -> Int {
        var n = 0
        while text.offset(line: line, column: n + 2) != nil { n += 1 }
        return n
    }

    /// Where on `line` a run of `length` scalars equals `wanted`, for the hint.
    private func column(of wanted: [Unicode.Scalar], length: Int, onLine line: Int, in text: SourceText) -> Int? {
        guard let start = text.offset(line: line, column: 1) else { return nil }
        var column = 1
        while let a = text.offset(line: line, column: column), a + length <= text.scalars.count, a - start < 10_000 {
            if SourceText.comparable(text.scalars[a..<(a + length)]) == wanted { return column }
            column += 1
        }
        return nil
    }
}

/// The hash sources record of their report files: SHA-256, as lower-case hex (sha256sum's form).
enum ReportHash {
    /// nil only in a build without swift-crypto: scripts/fuzz.sh compiles the model layer with
    /// swiftc alone, and there a source naming a report gets a diagnostic instead of a check.
    static func hex(_ bytes: [UInt8]) -> String? {
        #if canImport(Crypto)
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        for b in SHA256.hash(data: bytes) {
            out.append(digits[Int(b >> 4)])
            out.append(digits[Int(b & 15)])
        }
        return String(decoding: out, as: UTF8.self)
        #else
        return nil
        #endif
    }
}
