/// The fixed parts of an .xlsx package: content types, relationships, the workbook with its
/// sheets in order, and the three cell styles `SheetXML.Style` names.
enum WorkbookParts {
    static let declaration = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"
    static let contentType = "application/vnd.openxmlformats-officedocument.spreadsheetml"

    /// `[Content_Types].xml` for `sheets` worksheets.
    static func contentTypes(sheets: Int) -> String {
        var s = declaration + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
        s += #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
        s += #"<Default Extension="xml" ContentType="application/xml"/>"#
        s += #"<Override PartName="/xl/workbook.xml" ContentType="\#(contentType).sheet.main+xml"/>"#
        for k in 1...sheets {
            s += #"<Override PartName="/xl/worksheets/sheet\#(k).xml" ContentType="\#(contentType).worksheet+xml"/>"#
        }
        s += #"<Override PartName="/xl/styles.xml" ContentType="\#(contentType).styles+xml"/>"#
        s += #"<Override PartName="/xl/sharedStrings.xml" ContentType="\#(contentType).sharedStrings+xml"/>"#
        return s + "</Types>"
    }

    static let rootRelationships = declaration + #"<Relationships xmlns="\#(packageRelationships)">"#
        + #"<Relationship Id="rId1" Type="\#(relationships)/officeDocument" Target="xl/workbook.xml"/></Relationships>"#

    /// xl/workbook.xml: sheet k is rIdk.
    static func workbook(sheetNames: [String]) -> [UInt8] {
        var out = Array((declaration + #"<workbook xmlns="\#(main)" xmlns:r="\#(relationships)"><bookViews><workbookView/></bookViews><sheets>"#).utf8)
        for (k, name) in sheetNames.enumerated() {
            out += Array(#"<sheet name=""#.utf8)
            XMLText.append(name, to: &out)
            out += Array(#"" sheetId="\#(k + 1)" r:id="rId\#(k + 1)"/>"#.utf8)
        }
        return out + Array("</sheets></workbook>".utf8)
    }

    /// xl/_rels/workbook.xml.rels: the sheets, then styles and shared strings.
    static func workbookRelationships(sheets: Int) -> String {
        var s = declaration + #"<Relationships xmlns="\#(packageRelationships)">"#
        for k in 1...sheets {
            s += #"<Relationship Id="rId\#(k)" Type="\#(relationships)/worksheet" Target="worksheets/sheet\#(k).xml"/>"#
        }
        s += #"<Relationship Id="rId\#(sheets + 1)" Type="\#(relationships)/styles" Target="styles.xml"/>"#
        s += #"<Relationship Id="rId\#(sheets + 2)" Type="\#(relationships)/sharedStrings" Target="sharedStrings.xml"/>"#
        return s + "</Relationships>"
    }

    /// Plain, bold (the header) and quote-prefixed (text that starts like a formula).
    static let styles = declaration + #"<styleSheet xmlns="\#(main)">"#
        + #"<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>"#
        + #"<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>"#
        + #"<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"#
        + #"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"#
        + #"<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>"#
        + #"<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>"#
        + #"<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" quotePrefix="1"/></cellXfs>"#
        + #"<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>"#
}
