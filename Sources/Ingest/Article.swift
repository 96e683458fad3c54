/// One report on a page: its headline, the outlet it cites, and its body as normalised text.
struct Article {
    /// 0-based lines the article occupies, headline included (for `Source.lines`, add 1).
    var firstLine: Int
    var lastLine: Int
    var headline: String
    var headlineLines: [Int]
    /// As cited: 《河南日报》, 人民网; "" when the article cites none.
    var outlet: String
    /// The paper a running head names (四川日报), for articles that say only 本报讯.
    var pageOutlet = ""
    var body: BodyText
}

/// The normalised body of an article: line breaks, stray spaces and page noise dropped,
/// full-width folded, traditional characters read as simplified; every scalar keeps its
/// offset in the original text.
struct BodyText {
    /// The reading used for matching (simplified, folded).
    var chars: [Unicode.Scalar] = []
    /// The character as printed, for quotes (full-width punctuation kept).
    var shown: [Unicode.Scalar] = []
    /// Offset of each scalar in the original text.
    var origin: [Int] = []
    /// Flags per scalar, see `Flag`.
    var flags: [UInt8] = []

    enum Flag {
        /// Something was dropped just before (page noise, a heading): a quote may not span it,
        /// because the loader matches quotes against the text with only breaks and spaces dropped.
        static let gap: UInt8 = 1
        /// First character of a paragraph.
        static let paragraph: UInt8 = 2
        /// First character of a heading block, which is its own sentence.
        static let heading: UInt8 = 4
        /// Just after a heading block ends.
        static let afterHeading: UInt8 = 8
    }

    var count: Int { chars.count }

    func has(_ flag: UInt8, at i: Int) -> Bool { i < flags.count && flags[i] & flag != 0 }

    /// The printed text of a range, for quotes: what the loader finds in the report.
    func quote(_ r: Range<Int>) -> String {
        var out = String.UnicodeScalarView()
        for i in r {
            let c = shown[i]
            out.append(Page.isSpace(c) ? " " : c)
        }
        return String(out)
    }

    func reading(_ r: Range<Int>) -> String { chars.string(r) }
}
