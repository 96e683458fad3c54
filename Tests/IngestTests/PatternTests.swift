import Testing
@testable import Ingest
import Protection

/// One small report per pattern of issue 16, written for these tests: who acts decides the
/// system, names and canonical indicators, the numbers ingest used to miss, and positions.
@Suite struct PatternTests {
    static let vocabulary: [CanonicalIndicator] = [
        CanonicalIndicator(id: "homes", name: "儿童之家数", unit: "个", system: .society, definition: "（存量）",
                           phrasings: ["儿童之家"]),
        CanonicalIndicator(id: "directors", name: "儿童主任数", unit: "人", system: .government, definition: "（存量）",
                           phrasings: ["儿童主任"]),
        CanonicalIndicator(id: "supervisors", name: "儿童督导员数", unit: "人", system: .government, definition: "（存量）",
                           phrasings: ["儿童督导员"]),
        CanonicalIndicator(id: "allowance-central", name: "集中供养孤儿基本生活保障标准", unit: "元/人/月", system: .government, definition: "",
                           phrasings: ["集中供养孤儿"]),
        CanonicalIndicator(id: "allowance-dispersed", name: "社会散居孤儿基本生活保障标准", unit: "元/人/月", system: .government, definition: "",
                           phrasings: ["分散供养孤儿", "散居孤儿"]),
        CanonicalIndicator(id: "orphans", name: "孤儿数", unit: "人", system: .government, definition: "（存量）",
                           phrasings: ["孤儿"]),
        // Judicial counts are read as act × scope onto these ids of the built-in vocabulary.
        CanonicalIndicator(id: "arrests-crimes-against-minors", name: "批准逮捕侵害未成年人犯罪人数", unit: "人", system: .judicial, definition: "",
                           phrasings: ["批准逮捕侵害未成年人犯罪"]),
    ]

    func read(_ text: String, headline: String = "") -> IngestResult {
        var options = IngestOptions(province: "河南", file: "report.txt")
        options.vocabulary = Self.vocabulary
        return Ingester(options: options).run(text: (headline.isEmpty ? "" : headline + "\n\n") + text)
    }

    func figure(_ r: IngestResult, _ text: String) -> Reviewed<Figure>? { r.figures.first { $0.record.text == text } }

    // MARK: Who acts

    @Test func aProcuratoratesReportFilesWhatItBuiltUnder司法() {
        let r = read("""
            今年以来，全省检察机关把未成年人检察工作放在突出位置，检察院与妇联协作。
            全年推动建成家庭教育指导站 35 个，走访中小学 120 所，培训志愿者 300 名。
            """, headline: "省检察院通报未成年人检察工作")
        for text in ["35 个", "120 所", "300 名"] {
            #expect(figure(r, text)?.record.system == .judicial, "\(text): \(String(describing: figure(r, text)?.rule))")
        }
    }

    @Test func aCueElsewhereInTheParagraphDecidesNothing() {
        // No framing: a 校园 in the first sentence must not file the second sentence's figures.
        let r = read("校园周边环境整治取得成效。全市婴儿死亡率降至 3.1‰，托育机构达到 210 家。")
        #expect(figure(r, "3.1‰")?.record.system != .school)
        #expect(figure(r, "210 家")?.record.system == .government, "\(String(describing: figure(r, "210 家")?.rule))")
    }

    @Test func theActorOfTheClauseWinsOverTheObject() {
        let r = read("民政部门统计，检察机关共办理涉及校园的案件 42 件。")
        #expect(figure(r, "42 件")?.record.system == .judicial)
        #expect(figure(r, "42 件")?.rule.hasPrefix("who acts") == true)
    }

    @Test func aCivilAffairsReportDefaultsTo政府ButCountedBodiesKeepTheirs() {
        let r = read("""
            民政厅会同有关部门推进关爱服务，民政部门牵头，各级政府落实责任。
            全省共有困境儿童 1.2 万名，建成儿童之家 800 个，省领导小组有 30 个成员单位。
            """, headline: "省民政厅介绍未成年人保护工作")
        #expect(figure(r, "1.2 万名")?.record.system == .government)
        #expect(figure(r, "800 个")?.record.system == .society)
        #expect(figure(r, "30 个")?.record.system == .general)
    }

    @Test func aParagraphHeadedByASystemIsThatSystems() {
        let r = read("家庭保护持续加强。各地举办讲座 900 场，民政部门参与。")
        #expect(figure(r, "900 场")?.record.system == .family)
    }

    // MARK: Names and canonical indicators

    @Test func canonicalIndicatorsMatchWithAConfidenceAndAreNeverForced() {
        let r = read("""
            全省儿童主任 1500 名、儿童督导员 120 名。全省儿童主任和儿童督导员共 1620 名。
            集中供养、分散供养孤儿基本生活保障标准分别达到每人每月 1800 元、1400 元。
            全省新增儿童之家 60 个。全省城市孤儿 300 人。
            """)
        #expect(figure(r, "1500 名")?.record.canonical == "directors")
        #expect(figure(r, "120 名")?.record.canonical == "supervisors")
        #expect((figure(r, "1500 名")?.canonicalConfidence ?? 0) >= 0.5)
        #expect(figure(r, "1620 名")?.record.canonical == "", "a mixed total")
        #expect(figure(r, "每人每月 1800 元")?.record.canonical == "allowance-central")
        #expect(figure(r, "每人每月 1400 元")?.record.canonical == "allowance-dispersed")
        #expect(figure(r, "60 个")?.record.canonical == "", "新增 is a flow, the indicator a stock")
        #expect(figure(r, "300 人")?.record.canonical == "", "城市 narrows it")
    }

    @Test func theBuiltInVocabularyByDefault() throws {
        let r = Ingester(options: IngestOptions(province: "河南", file: "report.txt")).run(text: "全省共有儿童主任 1500 名。")
        #expect(figure(r, "1500 名")?.record.canonical == "child-directors")
        // The dataset output carries it, and the loader takes it back.
        let text = IngestOutput.dataset(r)
        #expect(text.contains("\"canonical\": \"child-directors\""))
    }

    @Test func aVocabularyFileOfOnesOwn() throws {
        let good = Array(#"[{"id": "homes", "name": "儿童之家数", "unit": "个", "system": "society", "definition": "（存量）", "phrasings": ["儿童之家"]}]"#.utf8)
        let v = try VocabularyFile.read(good)
        #expect(v.map(\.id) == ["homes"] && v.first?.system == .society)
        let bad = Array("[\n  {\"id\": \"a\", \"name\": \"b\", \"unit\": \"人\", \"system\": \"家园\"}\n]".utf8)
        #expect(throws: SyntaxError.self) { try VocabularyFile.read(bad) }
        do {
            _ = try VocabularyFile.read(bad)
        } catch {
            #expect(error.position.line == 2 && error.message.contains("unknown system"), "\(error)")
        }
        let twice = Array(#"[{"id": "a", "name": "b", "unit": "人", "system": "政府"}, {"id": "a", "name": "c", "unit": "人", "system": "政府"}]"#.utf8)
        #expect(throws: SyntaxError.self) { try VocabularyFile.read(twice) }
    }

    @Test func judicialCountsAreNamedByActAndScope() {
        let r = read("对于侵害未成年人犯罪，全省检察机关全年共批准逮捕 480 人。")
        #expect(figure(r, "480 人")?.record.canonical == "arrests-crimes-against-minors")
        // The scope said in the sentence before, in the same paragraph.
        let later = read("对于侵害未成年人犯罪案件，全年共起诉 900 人。共批准逮捕 610 人，同比上升 3%。")
        #expect(figure(later, "610 人")?.record.canonical == "arrests-crimes-against-minors")
        let apart = read("对于侵害未成年人犯罪案件，全年共起诉 900 人。\n\n共批准逮捕 610 人。")
        #expect(figure(apart, "610 人")?.record.canonical == "", "another paragraph says nothing of its scope")
    }

    @Test func namesLoseWhoReportsWhenAndTheVerbsOfEffort() {
        let r = read("""
            2022年至2024年，涉罪未成年人中初犯人数在当年涉罪未成年人总数中占比分别为61.2%、63.5%和66.8%。
            我省已建成儿童之家 1320 个。今年全省努力让困境儿童 3.2 万名得到保障。
            去年该省检察机关共救助未成年被害人 215 人。推动全省检察官担任法治副校长 2100 名。
            行政村配备了儿童主任 870 名。村(居)儿童之家 45 个。
            """)
        let share = "涉罪未成年人中初犯人数在当年涉罪未成年人总数中占比"
        #expect(["61.2%", "63.5%", "66.8%"].map { figure(r, $0)?.record.indicator } == [share, share, share], "one subject for every value after 分别")
        #expect(figure(r, "1320 个")?.record.indicator == "儿童之家数")
        #expect(figure(r, "3.2 万名")?.record.indicator == "困境儿童数")
        #expect(figure(r, "215 人")?.record.indicator == "救助未成年被害人数")
        #expect(figure(r, "2100 名")?.record.indicator == "检察官担任法治副校长人数")
        #expect(figure(r, "870 名")?.record.indicator == "儿童主任数")
        #expect(figure(r, "870 名")?.record.canonical == "directors")
        #expect(figure(r, "45 个")?.record.canonical == "homes", "a village before it locates the count, it does not change it")
    }

    @Test func aFigureWithoutACanonicalIndicatorSaysHowSureThatIs() {
        let r = read("全省建成警务室 120 个。")
        #expect(figure(r, "120 个")?.record.canonical == "")
        #expect(figure(r, "120 个")?.canonicalConfidence == 0.7)
    }

    @Test func twoFiguresJoinedBy和EachKeepTheirNoun() {
        let r = read("全省建成儿童之家 200 个和未保工作站 40 个，配备儿童主任 500 名及儿童督导员 60 名。")
        #expect(figure(r, "40 个")?.record.indicator == "未保工作站数")
        #expect(figure(r, "60 名")?.record.indicator == "儿童督导员数")
        #expect(figure(r, "60 名")?.record.canonical == "supervisors")
    }

    @Test func namesSayWhatIsMeasuredAndWhatGrew() {
        let r = read("全省检察机关共办理撤销监护权案件 30 件，较上年上升 25%；共制发“督促监护令”120 份，组织法治讲座 400 场。")
        #expect(figure(r, "30 件")?.record.indicator == "撤销监护权案件数")
        #expect(figure(r, "25%")?.record.indicator == "撤销监护权案件数增幅")
        #expect(figure(r, "120 份")?.record.indicator == "督促监护令数")
        #expect(figure(r, "400 场")?.record.indicator == "法治讲座场次")
    }

    // MARK: Numbers

    @Test func numbersWrittenInOtherWays() {
        let r = read("""
            全省福利机构床位使用率提高到百分之十五。
            困境儿童建档率比上年提高十五个百分点。
            省财政安排补助资金壹佰贰拾万元。
            特殊教育学生补助标准为每生每年 6000 元。
            全省农村留守儿童近 12 万，约 3 万人参加暑期活动。
            """)
        let f = r.figures.map(\.record)
        #expect(f.contains { $0.value == ExactNumber(15) && $0.unit == "%" })
        #expect(f.contains { $0.value == ExactNumber(15) && $0.unit == "个百分点" })
        #expect(f.contains { $0.value == ExactNumber(1_200_000) && $0.unit == "元" })
        #expect(f.contains { $0.value == ExactNumber(6000) && $0.unit == "元/生/年" })
        #expect(f.contains { $0.value == ExactNumber(120_000) && $0.unit == "人" && $0.qualifier == .about })
        #expect(f.contains { $0.value == ExactNumber(30_000) && $0.unit == "人" && $0.qualifier == .about })
    }

    @Test func aRangeIsListedForTheReviewerNotGuessed() {
        let r = read("每个受助家庭可获得 3 至 5 次上门服务，全年服务 800 户。")
        #expect(!r.figures.contains { $0.record.value == ExactNumber(5) })
        #expect(r.skipped.contains { $0.reason.contains("range") && $0.text.hasPrefix("5") })
        #expect(figure(r, "800 户") != nil)
    }

    // MARK: Positions

    @Test func positionsAreTheQuantitysOwnLineAndColumnAfterFrontMatter() {
        let text = "source: https://example.org/report\ntitle: 河南省未成年人保护工作情况\ndate: 2023-05-01\n全省共建成儿童之家 800 个，约 3 万人受益。\n"
        var options = IngestOptions(file: "report.txt")
        options.vocabulary = Self.vocabulary
        let r = Ingester(options: options).run(text: text)
        #expect(r.articles.first?.source.headline == "河南省未成年人保护工作情况")
        #expect(r.articles.first?.provinceIndex == Province.index(named: "河南"))
        #expect(r.articles.first?.source.date == "2023-05-01")
        let homes = figure(r, "800 个"), people = figure(r, "约 3 万人")
        #expect(homes.map { [$0.line, $0.column] } == [4, 11])
        #expect(people.map { [$0.line, $0.column] } == [4, 17])
    }

    @Test func changesListsAndComparisons() {
        let r = read("""
            孤儿基本生活保障标准由 2018 年的集中养育孤儿 900 元/月、散居孤儿 600 元/月，分别提高到 2022 年的 1300 元/月、1000 元/月。
            今年起诉 150 人，较上年的 180 人有所下降。
            不捕率、不诉率分别高出全部案件 4.2 个和 11.5 个百分点，救助金额同比增长 1.5 倍，工作从四个方面展开。
            补助由之前的每人每月 500 元提高到每人每月 800 元。
            """)
        let central = figure(r, "1300 元/人/月"), dispersed = figure(r, "1000 元/人/月")
        #expect(central?.record.change?.fromText == "900 元/人/月" && central?.record.change?.fromDate == "2018")
        #expect(dispersed?.record.change?.fromText == "600 元/人/月")
        #expect(central?.record.indicator == "集中养育孤儿基本生活保障标准")
        #expect(central?.record.canonical == "allowance-central" && dispersed?.record.canonical == "allowance-dispersed")
        #expect(figure(r, "150 人") != nil && figure(r, "180 人") == nil, "a compared value is no figure")
        #expect(figure(r, "4.2 个百分点") != nil && figure(r, "11.5 个百分点") != nil)
        #expect(figure(r, "1.5 倍") != nil)
        #expect(!r.figures.contains { $0.record.text.hasPrefix("四") }, "四个方面 is a structure word")
        #expect(figure(r, "每人每月 800 元")?.record.change?.fromText == "每人每月 500 元")
    }
}
