import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Names without their namespace prefix: writers differ in prefixes (`x:row`, `r:id`), never
/// in local names.
func localName(_ qualified: String) -> String {
    guard let colon = qualified.lastIndex(of: ":") else { return qualified }
    return String(qualified[qualified.index(after: colon)...])
}

/// A reader of one part; remembers where the first XML error stood (the parser may go on,
/// and even report success, after one).
class PartDelegate: NSObject, XMLParserDelegate {
    private var failure: (line: Int, column: Int, code: Int)?

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        if failure == nil { failure = (parser.lineNumber, parser.columnNumber, (parseError as NSError).code) }
    }

    // Declared here so subclasses override them: a subclass's own method would not be seen
    // through the base class's conformance (on Linux the protocol's defaults would be called).
    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {}
    func parser(_ parser: XMLParser, foundCharacters string: String) {}
    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {}

    /// Parses the part with this delegate; a problem naming the part and place when it is not well-formed XML.
    func run(_ parser: XMLParser, part: String) throws(WorkbookArchive.Problem) {
        parser.delegate = self
        let ok = parser.parse()
        guard let failure = failure ?? (ok ? nil : (parser.lineNumber, parser.columnNumber, 0)) else { return }
        throw WorkbookArchive.Problem("damaged .xlsx workbook: part \(part) is not well-formed XML (line \(failure.line), column \(failure.column): \(Self.meaning(failure.code))), \(WorkbookArchive.expected) as a spreadsheet saves it")
    }

    /// libxml2's usual complaints in words (Foundation gives only their numbers on Linux).
    static func meaning(_ code: Int) -> String {
        switch code {
        case 4: return "no XML at all"
        case 5: return "it ends before its elements are closed"
        case 9: return "a character XML does not allow"
        case 26: return "an undeclared entity"
        case 73, 76: return "a closing tag that does not match"
        default: return "error \(code)"
        }
    }
}

/// The attributes of every element with one of `names`: relationships, a workbook's sheets.
final class PartElements: PartDelegate {
    private let names: Set<String>
    private(set) var found: [[String: String]] = []

    private init(names: Set<String>) { self.names = names }

    static func read(_ data: Data, part: String, names: Set<String>) throws(WorkbookArchive.Problem) -> [[String: String]] {
        let collector = PartElements(names: names)
        try collector.run(XMLParser(data: data), part: part)
        return collector.found
    }

    override func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        guard names.contains(localName(elementName)) else { return }
        var attributes: [String: String] = [:]
        for (k, v) in attributeDict { attributes[localName(k)] = v }
        found.append(attributes)
    }
}

/// xl/sharedStrings.xml: each `<si>` is one string, its runs' text joined; phonetic guides
/// (`<rPh>`, the readings Excel keeps over CJK text) are not part of the value.
final class SharedStringsParser: PartDelegate {
    private(set) var strings: [String] = []
    private var current = ""
    private var inText = false
    private var phonetic = 0

    static func read(_ data: Data, part: String) throws(WorkbookArchive.Problem) -> [String] {
        let reader = SharedStringsParser()
        try reader.run(XMLParser(data: data), part: part)
        return reader.strings
    }

    override func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        switch localName(elementName) {
        case "si": current = ""
        case "rPh": phonetic += 1
        case "t": inText = phonetic == 0
        default: break
        }
    }

    override func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { current += string }
    }

    override func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        switch localName(elementName) {
        case "t": inText = false
        case "rPh": phonetic -= 1
        case "si": strings.append(XMLText.unescaped(current))
        default: break
        }
    }
}
