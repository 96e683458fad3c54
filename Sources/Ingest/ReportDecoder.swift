import Foundation

/// Bytes of a report file to text: UTF-8 (with or without a byte order mark), UTF-16 with a
/// byte order mark, or GB18030 (which includes GBK and GB2312), detected in that order.
public enum ReportDecoder {
    public enum Encoding: String, Sendable {
        case utf8 = "UTF-8", utf16 = "UTF-16", gb18030 = "GB18030"
    }

    /// NSStringEncoding of kCFStringEncodingGB_18030_2000 (0x0632); Foundation on Linux and
    /// macOS both decode it, though the CF constants themselves are not visible on Linux.
    static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

    /// A report file's bytes, refused with a clear message before reading when it is not a
    /// file or is larger than `maxBytes` (0: no limit): a report is a few hundred kilobytes.
    public static func read(path: String, maxBytes: Int) throws(IngestError) -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
            throw IngestError("\(path): no such file, expected a plain-text report")
        }
        let size = ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
        if maxBytes > 0, size > maxBytes {
            throw IngestError("\(path): \(String(format: "%.1f", Double(size) / 1_000_000)) MB, more than the \(maxBytes / 1_000_000) MB a report is expected to be; split it, or raise --max-size")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw IngestError("\(path): cannot read the file")
        }
        return [UInt8](data)
    }

    /// The text and how it was encoded; a clear error for empty, binary or undecodable input.
    public static func decode(_ bytes: [UInt8], name: String) throws(IngestError) -> (text: String, encoding: Encoding) {
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw IngestError("\(name): the file is empty, expected the text of a report")
        }
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            if let s = String(data: Data(bytes), encoding: .utf16) { return (try checked(s, name: name), .utf16) }
            throw IngestError("\(name): starts with a UTF-16 byte order mark but is not UTF-16 text, expected UTF-8, UTF-16 or GB18030 text")
        }
        if let nul = bytes.prefix(65_536).firstIndex(of: 0) {
            throw IngestError("\(name): binary data (a zero byte at offset \(nul)), expected a plain-text report in UTF-8 or GB18030")
        }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        let firstBad = invalidUTF8Offset(body)
        if firstBad == nil {
            return (try checked(String(decoding: body, as: UTF8.self), name: name), .utf8)
        }
        if let s = String(data: Data(bytes), encoding: gb18030), looksLikeText(s) {
            return (try checked(s, name: name), .gb18030)
        }
        let at = firstBad! + (bytes.count - body.count)
        let (line, column) = position(ofByte: at, in: bytes)
        throw IngestError("\(name):\(line):\(column): invalid byte 0x\(String(format: "%02X", bytes[at])) for UTF-8, and the file is not GB18030 text either, expected a plain-text report in UTF-8 or GB18030")
    }

    /// Control characters other than tab and line ends mean the bytes are not a report.
    static func checked(_ s: String, name: String) throws(IngestError) -> String {
        var controls = 0, total = 0
        for c in s.unicodeScalars {
            total += 1
            if c.value < 0x20 && c != "\n" && c != "\r" && c != "\t" || c.value == 0x7F || c.value == 0xFFFD { controls += 1 }
        }
        if controls * 100 > total { throw IngestError("\(name): binary data (\(controls) control characters in \(total)), expected a plain-text report") }
        return s
    }

    /// GB18030 decodes almost any byte string; binary noise comes out as rare characters and
    /// control bytes, a Chinese report as common CJK characters and ASCII.
    static func looksLikeText(_ s: String) -> Bool {
        var good = 0, total = 0
        for c in s.unicodeScalars.prefix(200_000) {
            total += 1
            let v = c.value
            if (v >= 0x20 && v < 0x7F) || v == 0x0A || v == 0x0D || v == 0x09
                || (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v) || (0x20000...0x3FFFF).contains(v)
                || (0x3000...0x303F).contains(v) || (0xFF00...0xFFEF).contains(v)
                || (0x2010...0x206F).contains(v) { good += 1 }
        }
        return total > 0 && good * 100 >= total * 90
    }

    /// Offset of the first byte that is not part of well-formed UTF-8, or nil.
    static func invalidUTF8Offset(_ b: ArraySlice<UInt8>) -> Int? {
        var i = b.startIndex
        let end = b.endIndex
        while i < end {
            let c = b[i]
            if c < 0x80 { i += 1; continue }
            let n: Int
            var lo: UInt8 = 0x80, hi: UInt8 = 0xBF
            switch c {
            case 0xC2...0xDF: n = 1
            case 0xE0: n = 2; lo = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: n = 2
            case 0xED: n = 2; hi = 0x9F
            case 0xF0: n = 3; lo = 0x90
            case 0xF1...0xF3: n = 3
            case 0xF4: n = 3; hi = 0x8F
            default: return i - b.startIndex
            }
            guard end - i > n else { return i - b.startIndex }
            if b[i + 1] < lo || b[i + 1] > hi { return i - b.startIndex }
            for k in 2...max(2, n) where k <= n {
                if b[i + k] < 0x80 || b[i + k] > 0xBF { return i - b.startIndex }
            }
            i += n + 1
        }
        return nil
    }

    /// 1-based line, and column counted in bytes of that line (the text is not decodable).
    static func position(ofByte at: Int, in bytes: [UInt8]) -> (Int, Int) {
        var line = 1, start = 0
        for k in 0..<at where bytes[k] == 0x0A { line += 1; start = k + 1 }
        return (line, at - start + 1)
    }
}

/// The decoded text of a report, for writing a UTF-8 copy beside the output.
public enum IngestTextCopy {
    public static func utf8(_ data: Data) throws(IngestError) -> String {
        try ReportDecoder.decode([UInt8](data), name: "report").text
    }
}
