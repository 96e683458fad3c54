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

/// A part that is not well-formed XML, as a workbook problem naming the part and place.
func malformed(_ parser: XMLParser, part: String) -> WorkbookArchive.Problem {
    let why = (parser.parserError as NSError?)?.localizedDescription ?? "unreadable"
    return WorkbookArchive.Problem("damaged .xlsx workbook: part \(part) is not well-formed XML (line \(parser.lineNumber), column \(parser.columnNumber): \(why)), \(WorkbookArchive.expected) as a spreadsheet saves it")
}

/// Runs `delegate` over a whole part held in memory.
func parse(_ data: Data, part: String, with delegate: XMLParserDelegate) throws(WorkbookArchive.Problem) {
    let parser = XMLParser(data: data)
    parser.delegate = delegate
    guard parser.parse() else { throw malformed(parser, part: part) }
}

/// The attributes of every element with one of `names`: relationships, a workbook's sheets.
final class PartElements: NSObject, XMLParserDelegate {
    private let names: Set<String>
    private(set) var found: [[String: String]] = []

    private init(names: Set<String>) { self.names = names }

    static func read(_ data: Data, part: String, names: Set<String>) throws(WorkbookArchive.Problem) -> [[String: String]] {
        let collector = PartElements(names: names)
        try parse(data, part: part, with: collector)
        return collector.found
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        guard names.contains(localName(elementName)) else { return }
        var attributes: [String: String] = [:]
        for (k, v) in attributeDict { attributes[localName(k)] = v }
        found.append(attributes)
    }
}

/// xl/sharedStrings.xml: each `<si>` is one string, its runs' text joined; phonetic guides
/// (`<rPh>`, the readings Excel keeps over CJK text) are not part of the value.
final class SharedStringsParser: NSObject, XMLParserDelegate {
    private(set) var strings: [String] = []
    private var current = ""
    private var inText = false
    private var phonetic = 0

    static func read(_ data: Data, part: String) throws(WorkbookArchive.Problem) -> [String] {
        let reader = SharedStringsParser()
        try parse(data, part: part, with: reader)
        return reader.strings
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        switch localName(elementName) {
        case "si": current = ""
        case "rPh": phonetic += 1
        case "t": inText = phonetic == 0
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { current += string }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        switch localName(elementName) {
        case "t": inText = false
        case "rPh": phonetic -= 1
        case "si": strings.append(XMLText.unescaped(current))
        default: break
        }
    }
}
