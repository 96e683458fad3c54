import Foundation
import Protection

/// The pipeline: decode, split into articles, locate each, read figures, measures and
/// events, classify, and make records whose quotes the loader finds in the report.
public struct Ingester: Sendable {
    public var options: IngestOptions

    public init(options: IngestOptions) {
        self.options = options
    }

    /// Reads report bytes; throws only when they are not a report's text at all.
    public func run(bytes: [UInt8]) throws(IngestError) -> IngestResult {
        let (text, encoding) = try ReportDecoder.decode(bytes, name: options.file)
        return run(text: text, encoding: encoding)
    }

    public func run(text: String, encoding: ReportDecoder.Encoding = .utf8) -> IngestResult {
        var me = self
        return me.read(text: text, encoding: encoding)
    }

    private mutating func read(text: String, encoding: ReportDecoder.Encoding) -> IngestResult {
        var result = IngestResult(path: options.file, encoding: encoding, articles: [], figures: [], measures: [], events: [],
                                  skipped: [], notes: [])
        let page = Page(text)
        var articles = ArticleSplitter(page: page).articles()
        let front = FrontMatter(page)
        var options = options
        if options.date == nil, !front.date.isEmpty { options.date = front.date }
        if !front.title.isEmpty, !articles.isEmpty, articles[0].headline.isEmpty { articles[0].headline = front.title }
        let pageProvince = Self.pageProvince(articles)
        let pageFraming = Actors.framing(body: articles.prefix(64).flatMap { $0.body.chars.prefix(4000) },
                                         headline: Array(front.title.unicodeScalars).map(Traditional.simplified))
        let base = options.sourceID ?? Self.stem(options.file)
        self.options = options
        let forced: Int? = options.province.flatMap { Province.index(named: $0) }
        let sourceIDs = articles.indices.map { n in
            articles.count == 1 || n == 0 && options.sourceID != nil ? base : "\(base)-\(n + 1)"
        }
        let parts = Parallel.map(articles.count, minChunk: 64) { range in
            var part = IngestResult(path: options.file, encoding: encoding, articles: [], figures: [], measures: [], events: [],
                                    skipped: [], notes: [])
            for n in range {
                read(articles[n], sourceID: sourceIDs[n], page: page, forced: forced, fallback: pageProvince, framing: pageFraming, into: &part)
                if n % 64 == 63 { WorkProgress.shared.add(64) }
            }
            return part
        }
        for part in parts {
            result.articles += part.articles
            result.figures += part.figures
            result.measures += part.measures
            result.events += part.events
            result.skipped += part.skipped
            result.notes += part.notes
        }
        return result
    }

    /// One article into `result`; ids start with the article's own source id, so articles
    /// read apart never collide.
    func read(_ article: Article, sourceID: String, page: Page, forced: Int?, fallback: ProvinceLocator.Located?,
              framing: (system: ProtectionSystem, rule: String)?, into result: inout IngestResult) {
        var usedIDs = Set<String>()
        var reader = ArticleReading(article: article, page: page, sourceID: sourceID, options: options)
        let located = Self.locate(article) ?? fallback.map {
            ProvinceLocator.Located(index: $0.index, rule: "the one the rest of the page names: \($0.rule)", confidence: $0.confidence)
        }
        let province = forced ?? located?.index
        var outlet = article.outlet.isEmpty ? (options.outlet ?? "") : article.outlet
        // 本报讯 on a page whose running head names the paper: that paper.
        if outlet.isEmpty, !article.pageOutlet.isEmpty, article.body.reading(0..<min(4, article.body.count)).hasPrefix("本报") {
            outlet = article.pageOutlet
        }
        if outlet.isEmpty {
            outlet = "未注明"
            result.notes.append("\(sourceID): cites no outlet (lines \(article.firstLine + 1)–\(article.lastLine + 1)); written as 未注明, give --outlet")
        }
        let source = Source(id: sourceID, outlet: outlet, headline: article.headline, date: reader.articleDate, file: options.file,
                            lines: (article.firstLine + 1)...(article.lastLine + 1))
        let rule = forced != nil ? "--province \(options.province!)" : (located?.rule ?? "no province named")
        result.articles.append(IngestedArticle(source: source, provinceIndex: province, provinceRule: rule))
        guard let province else {
            result.notes.append("\(sourceID): no province found in lines \(article.firstLine + 1)–\(article.lastLine + 1); its records were left out, give --province")
            return
        }
        reader.provinceIndex = province
        reader.pageFraming = framing
        reader.read(into: &result, usedIDs: &usedIDs)
    }

    static func locate(_ article: Article) -> ProvinceLocator.Located? {
        ProvinceLocator.locate(body: article.body.chars, headline: Array(article.headline.unicodeScalars).map(Traditional.simplified),
                               outlet: article.outlet)
    }

    /// The province of a page whose articles that name one all name the same: an article
    /// that names none (a second part of one report) takes it.
    static func pageProvince(_ articles: [Article]) -> ProvinceLocator.Located? {
        let found = articles.prefix(64).compactMap(locate)
        guard let first = found.first, found.allSatisfy({ $0.index == first.index }) else { return nil }
        return first
    }

    /// The report's file name without folder and extension, kept to id characters.
    static func stem(_ path: String) -> String {
        let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        var out = ""
        for c in name.unicodeScalars {
            if c.isASCII ? (c.properties.isAlphabetic || ("0"..."9").contains(c) || c == "-" || c == "_" || c == ".") : c.properties.isAlphabetic {
                out.unicodeScalars.append(c)
            } else if !out.hasSuffix("-") {
                out += "-"
            }
        }
        return out.isEmpty ? "report" : out
    }
}
