/// How a figure's number relates to the real quantity, as the report words it.
public enum Qualifier: String, Sendable, Hashable, CaseIterable {
    case exact
    /// 余, 多, 超过: more than the number.
    case over
    /// 以上: the number or more.
    case atLeast
    /// 约, 近, 左右: about the number.
    case about
    /// 不超过, 最高: at most the number.
    case atMost
    /// A goal to reach, not an achieved value.
    case target

    /// The mark shown beside a value: 余, 以上, 约 … ("" for exact).
    public var mark: String {
        switch self {
        case .exact: ""
        case .over: "余"
        case .atLeast: "以上"
        case .about: "约"
        case .atMost: "不超过"
        case .target: "目标"
        }
    }
}

/// A value before and after: 由 2021 年 6 月的 201 人降至 104 人.
public struct Change: Sendable, Hashable {
    public var from: ExactNumber
    /// As written: "201 人".
    public var fromText: String
    /// When the earlier value held, partial ISO date ("2021-06"), or "".
    public var fromDate: String

    public init(from: ExactNumber, fromText: String, fromDate: String) {
        self.from = from
        self.fromText = fromText
        self.fromDate = fromDate
    }
}

/// Where a quote stands in its source report: 1-based lines and columns (in characters)
/// of the original file, so a reader can open the page at that place.
public struct SourceSpan: Sendable, Hashable {
    public var startLine: Int
    public var startColumn: Int
    public var endLine: Int
    public var endColumn: Int
    /// Character offsets into the original text, end exclusive.
    public var range: Range<Int>

    public init(startLine: Int, startColumn: Int, endLine: Int, endColumn: Int, range: Range<Int>) {
        self.startLine = startLine
        self.startColumn = startColumn
        self.endLine = endLine
        self.endColumn = endColumn
        self.range = range
    }

    /// "12:3–14:7".
    public var description: String { "\(startLine):\(startColumn)–\(endLine):\(endColumn)" }
}

/// Who published a report: the body whose work it reports, as far as the page shows.
public enum SourceKind: String, Sendable, Hashable, CaseIterable {
    case procuratorate, court
    case civilAffairs = "civil-affairs"
    case government, other
}

/// A report a record was taken from: one article of a newspaper page, a press release.
public struct Source: Sendable, Hashable, Identifiable {
    public var id: String
    /// The outlet as the report cites it: 《河南日报》, 人民网.
    public var outlet: String
    /// The report's title.
    public var headline: String
    /// Partial ISO date of publication ("2022-06-15"), or "". A figure's own date is the
    /// period it describes, which may be earlier.
    public var date: String
    /// The text the records stand in: the seed file, relative to the repository
    /// (seeds/000_….txt), or for a source given only by `report`, the report's name.
    public var file: String
    /// The lines of `file` the article occupies (1-based, inclusive), when the file holds several.
    public var lines: ClosedRange<Int>?
    /// Where the report was read: the page's address, or "".
    public var url: String
    /// The original publisher when the outlet is a mirror re-hosting the article, or "".
    public var publisher: String
    public var kind: SourceKind?
    /// The report's file name inside a reports folder (10_jiangsu_2024.txt), or "".
    public var report: String
    /// Lower-case hex SHA-256 of the report file's bytes; given whenever `report` is.
    public var sha256: String

    public init(id: String, outlet: String, headline: String, date: String, file: String,
                lines: ClosedRange<Int>? = nil, url: String = "", publisher: String = "",
                kind: SourceKind? = nil, report: String = "", sha256: String = "") {
        self.id = id
        self.outlet = outlet
        self.headline = headline
        self.date = date
        self.file = file
        self.lines = lines
        self.url = url
        self.publisher = publisher
        self.kind = kind
        self.report = report
        self.sha256 = sha256
    }

    /// Whether a reader can find the report from the record alone: an address or a title.
    public var hasCitation: Bool { !url.isEmpty || !headline.isEmpty }

    /// Neither a citation nor an outlet: a record with no quote or place of its own is 无出处.
    public var citesNothing: Bool { !hasCitation && outlet.isEmpty }
}

/// One statistic: 全区家长学校开办率达到 91.9%.
public struct Figure: Sendable, Hashable, Identifiable {
    public var id: String
    /// Index into `Province.all`.
    public var provinceIndex: Int
    public var system: ProtectionSystem
    /// What is measured, as a reader would name it: 家长学校开办率.
    public var indicator: String
    /// Exact value in base units: 174万人 → 1740000.
    public var value: ExactNumber
    /// Base unit: 人, 户, %, 元, 个, 家, 份, 人次, 元/人/月 …
    public var unit: String
    /// As written in the report: "174 万人".
    public var text: String
    public var qualifier: Qualifier
    public var change: Change?
    /// Period or as-of date, partial ISO ("2021", "2022-06"), or "".
    public var date: String
    public var sourceID: String
    /// The sentence of the report the figure comes from, verbatim; "" when none is given.
    public var quote: String
    /// Where the figure stands in the source text, when that text is at hand: its number,
    /// located by `reportSpan`, else its quote.
    public var span: SourceSpan?
    /// Where the as-written number stands in the source's report, as the dataset gives it.
    public var reportSpan: ReportSpan?
    /// The id of a canonical indicator (`Indicators`) the figure measures exactly, or "".
    public var canonical: String

    public var province: Province { Province.all[provinceIndex] }

    public init(id: String, provinceIndex: Int, system: ProtectionSystem, indicator: String,
                value: ExactNumber, unit: String, text: String, qualifier: Qualifier,
                change: Change? = nil, date: String, sourceID: String, quote: String,
                span: SourceSpan? = nil, reportSpan: ReportSpan? = nil, canonical: String = "") {
        self.id = id
        self.provinceIndex = provinceIndex
        self.system = system
        self.indicator = indicator
        self.value = value
        self.unit = unit
        self.text = text
        self.qualifier = qualifier
        self.change = change
        self.date = date
        self.sourceID = sourceID
        self.quote = quote
        self.span = span
        self.reportSpan = reportSpan
        self.canonical = canonical
    }
}

/// A figure's number in its report as the dataset locates it: 1-based line and column over
/// the whole file (header lines included), the column and the length in Unicode scalars.
public struct ReportSpan: Sendable, Hashable {
    public var line: Int
    public var column: Int
    public var length: Int

    public init(line: Int, column: Int, length: Int) {
        self.line = line
        self.column = column
        self.length = length
    }
}

/// A non-numeric action: 印发《关于加强家庭教育工作的实施意见》.
public struct Measure: Sendable, Hashable, Identifiable {
    public var id: String
    public var provinceIndex: Int
    public var system: ProtectionSystem
    /// Short statement of the action.
    public var text: String
    public var date: String
    public var sourceID: String
    /// The report's sentence, verbatim, or "".
    public var quote: String
    public var span: SourceSpan?
    /// The line of the report where it is told, or nil.
    public var line: Int?

    public var province: Province { Province.all[provinceIndex] }

    public init(id: String, provinceIndex: Int, system: ProtectionSystem, text: String,
                date: String, sourceID: String, quote: String, span: SourceSpan? = nil, line: Int? = nil) {
        self.id = id
        self.provinceIndex = provinceIndex
        self.system = system
        self.text = text
        self.date = date
        self.sourceID = sourceID
        self.quote = quote
        self.span = span
        self.line = line
    }
}

/// A meeting or press conference and what it decided.
public struct Event: Sendable, Hashable, Identifiable {
    public var id: String
    public var provinceIndex: Int
    public var system: ProtectionSystem
    /// Partial ISO date, or "" when the report only says 近日.
    public var date: String
    /// 会议, 新闻发布会 …
    public var kind: String
    /// 河南省政府未成年人保护工作领导小组第二次全体会议.
    public var title: String
    /// Who convened it: 内蒙古自治区人民政府新闻办.
    public var body: String
    /// Who chaired or spoke.
    public var chairs: [String]
    /// What it decided, required or set as targets.
    public var decisions: [String]
    public var sourceID: String
    /// The report's sentence, verbatim, or "".
    public var quote: String
    public var span: SourceSpan?
    /// The line of the report where it is told, or nil.
    public var line: Int?

    public var province: Province { Province.all[provinceIndex] }

    public init(id: String, provinceIndex: Int, system: ProtectionSystem, date: String, kind: String,
                title: String, body: String, chairs: [String], decisions: [String],
                sourceID: String, quote: String, span: SourceSpan? = nil, line: Int? = nil) {
        self.id = id
        self.provinceIndex = provinceIndex
        self.system = system
        self.date = date
        self.kind = kind
        self.title = title
        self.body = body
        self.chairs = chairs
        self.decisions = decisions
        self.sourceID = sourceID
        self.quote = quote
        self.span = span
        self.line = line
    }
}
