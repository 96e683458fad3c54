import Foundation
import Testing
@testable import Dashboard
import Protection

/// The review page: key sequences through `Root.update`, what a save asks the run loop to
/// write, quitting with decisions unsaved, and its screens.
@Suite struct ReviewPageTests {
    /// Four candidates of an invented county report, in the project's own words.
    static let dataset: Dataset = {
        let json = """
        { "format": "weibao-dataset", "version": 1,
          "sources": [{ "id": "county", "outlet": "《示例日报》", "headline": "某县未成年人保护工作情况", "date": "2025-03-01" }],
          "figures": [
            { "id": "county-f1", "province": "四川", "system": "政府", "indicator": "儿童主任数", "canonical": "child-directors", "text": "320名", "date": "2024", "source": "county", "quote": "全县配齐儿童主任320名，实现村居全覆盖。" },
            { "id": "county-f2", "province": "四川", "system": "学校", "indicator": "新建儿童之家数", "text": "18个", "date": "2024", "source": "county", "quote": "去年新建儿童之家18个，覆盖所有乡镇。" },
            { "id": "county-f3", "province": "四川", "system": "综合", "indicator": "督促监护令数", "text": "42份", "date": "2024", "source": "county", "quote": "县检察院全年发出督促监护令42份。" },
            { "id": "county-f4", "province": "四川", "system": "家庭", "indicator": "家长学校数", "text": "65所", "date": "2024", "source": "county", "quote": "各中小学共办家长学校65所。" }
          ] }
        """
        return try! DatasetLoader().load(bytes: Array(json.utf8), name: "candidates.json", format: .json)
    }()
    static let catalog = Catalog(dataset)
    static let candidates = [
        Candidate(id: "county-f1", confidence: 0.95, rule: "who acts: 民政 → 政府", line: 3, column: 9,
                  canonicalConfidence: 0.9, canonicalRule: "儿童主任 in the name → child-directors"),
        Candidate(id: "county-f2", confidence: 0.6, rule: "a cue near the number: 学校", line: 4, column: 9),
        Candidate(id: "county-f3", confidence: 0.2, rule: "no actor, framing or cue in the sentence: 综合 by default", line: 5, column: 12),
        Candidate(id: "county-f4", confidence: 0.7, rule: "the report's own grouping", line: 6, column: 9),
    ]

    static func start(width: Int = 100, height: Int = 30) -> DashboardState {
        var s = Root.initialState(width: width, height: height, catalog: catalog)
        s.push(ReviewPage(candidates: candidates, output: "/tmp/reviewed.json"))
        Root.normalize(&s, catalog)
        return s
    }

    /// Presses keys, collecting the effects.
    static func press(_ script: String, _ s: inout DashboardState) -> [Effect] {
        try! KeyScript.parse(script).map { Root.update(&s, .key($0), catalog) }
    }

    static func review(_ s: DashboardState) -> ReviewPage { s.page(ReviewPage.self)! }

    static func batch(_ effects: [Effect]) -> ReviewBatch? {
        for case .saveReview(let b) in effects.reversed() { return b }
        return nil
    }

    @Test func acceptRejectAndUndoMoveDown() {
        var s = Self.start()
        _ = Self.press("axa", &s)
        var page = Self.review(s)
        #expect(page.decisions.map(\.verdict) == [.accepted, .rejected, .accepted, .pending])
        #expect(page.list.selected == 3)
        _ = Self.press("ku", &s)
        page = Self.review(s)
        #expect(page.decisions[2].verdict == .pending)
        #expect(page.unsaved() == 1, "the rejected one was never in the file")
    }

    @Test func oneKeyPerSystem() {
        var s = Self.start()
        _ = Self.press("j5", &s)
        let page = Self.review(s)
        #expect(page.figure(1, Self.dataset).system == .government)
        #expect(page.decisions[1].system == .government)
        _ = Self.press("2", &s)
        #expect(Self.review(s).decisions[1].system == nil, "back to what ingest said is no change")
        _ = Self.press("6", &s)
        #expect(Self.review(s).figure(1, Self.dataset).system == .judicial)
    }

    @Test func nextLowConfidenceSkipsSureAndDecidedOnes() {
        var s = Self.start()
        _ = Self.press("n", &s)
        #expect(Self.review(s).list.selected == 1)
        _ = Self.press("xn", &s)  // rejects f2, the cursor moves on to f3, n goes on to f4 (0.7)
        #expect(Self.review(s).list.selected == 3)
        _ = Self.press("x", &s)
        _ = Self.press("kxn", &s)  // f3 rejected too: only f1 is pending, and it is sure
        #expect(s.status?.text.contains("没有待审的低置信度候选") == true)
    }

    @Test func indicatorIsTypedWithCompletion() {
        var s = Self.start()
        _ = Self.press("je", &s)
        #expect(s.mode == .pageInput)
        _ = Self.press("儿童之", &s)
        #expect(Self.review(s).edit?.text == "儿童之")
        let choices = ReviewPage.completions("儿童之", unit: "个")
        #expect(choices.first?.id == "children-homes")
        _ = Self.press("<Tab><Enter>", &s)
        #expect(s.mode == .normal)
        let f = Self.review(s).figure(1, Self.dataset)
        #expect(f.indicator == choices[0].name && f.canonical == "children-homes")
        // A name of one's own clears the canonical indicator; Esc leaves everything as it was.
        _ = Self.press("e<C-u>儿童之家新建数<Enter>", &s)
        #expect(Self.review(s).figure(1, Self.dataset).indicator == "儿童之家新建数")
        #expect(Self.review(s).figure(1, Self.dataset).canonical == "")
        _ = Self.press("e试<Esc>", &s)
        #expect(s.mode == .normal && Self.review(s).figure(1, Self.dataset).indicator == "儿童之家新建数")
        // While typing, letters are text, not keys: q does not quit, a does not accept.
        let effects = Self.press("eqa", &s)
        #expect(!effects.contains(.quit) && Self.review(s).edit?.text == "qa")
    }

    @Test func completionOffersOnlyIndicatorsOfTheFiguresUnit() {
        #expect(ReviewPage.completions("", unit: "个").allSatisfy { UnitFamily.fits("个", indicatorUnit: $0.unit) })
        #expect(ReviewPage.completions("儿童主任", unit: "名").contains { $0.name.hasPrefix("儿童主任") })
        #expect(ReviewPage.completions("儿童主任", unit: "%").allSatisfy { !$0.name.hasPrefix("儿童主任数") })
    }

    @Test func saveSendsTheAcceptedFiguresAndTheAnswerClearsUnsaved() {
        var s = Self.start()
        _ = Self.press("aj5", &s)
        let effects = Self.press("ks", &s)
        let batch = Self.batch(effects)
        #expect(batch?.path == "/tmp/reviewed.json")
        #expect(batch?.figures.map(\.id) == ["county-f1"])
        #expect(batch?.sources.map(\.id) == ["county"])
        #expect(batch?.quitAfter == false)
        let saved = ReviewSaved(path: "/tmp/reviewed.json", added: 1, replaced: 0, total: 1)
        _ = Root.update(&s, .reviewSaved(ReviewOutcome(generation: batch!.generation, quitAfter: false, result: .success(saved))), Self.catalog)
        #expect(Self.review(s).unsaved() == 0)
        #expect(s.status?.text.contains("新增 1 项") == true)
        // Rejecting a saved figure takes it out of the file at the next save.
        _ = Self.press("gx", &s)
        let again = Self.batch(Self.press("s", &s))
        #expect(again?.figures.isEmpty == true && again?.remove == ["county-f1"])
    }

    @Test func aFailedSaveKeepsTheDecisionsUnsaved() {
        var s = Self.start()
        let batch = Self.batch(Self.press("as", &s))!
        let failure = ReviewSaveError("cannot write /tmp/reviewed.json: 没有写入权限; nothing was written")
        _ = Root.update(&s, .reviewSaved(ReviewOutcome(generation: batch.generation, quitAfter: false, result: .failure(failure))), Self.catalog)
        #expect(Self.review(s).unsaved() == 1)
        #expect(s.status?.isError == true && s.status?.text.contains("没有写入权限") == true)
    }

    @Test func quittingWithUnsavedDecisionsAsks() {
        var s = Self.start()
        #expect(Self.press("q", &s) == [.quit], "nothing decided: q quits at once")
        s = Self.start()
        _ = Self.press("a", &s)
        #expect(Self.press("q", &s) == [.none])
        #expect(s.mode == .confirmQuit)
        _ = Self.press("<Esc>", &s)
        #expect(s.mode == .normal && Self.review(s).unsaved() == 1, "Esc stays")
        _ = Self.press("q", &s)
        #expect(Self.press("y", &s) == [.quit], "y leaves without saving")
    }

    @Test func saveThenQuit() {
        var s = Self.start()
        _ = Self.press("aq", &s)
        let batch = Self.batch(Self.press("s", &s))
        #expect(batch?.quitAfter == true)
        let saved = ReviewSaved(path: "/tmp/reviewed.json", added: 1, replaced: 0, total: 1)
        let effect = Root.update(&s, .reviewSaved(ReviewOutcome(generation: batch!.generation, quitAfter: true, result: .success(saved))), Self.catalog)
        #expect(effect == .quit)
        // A failed save does not quit.
        s = Self.start()
        _ = Self.press("aq", &s)
        let b2 = Self.batch(Self.press("s", &s))!
        let stay = Root.update(&s, .reviewSaved(ReviewOutcome(generation: b2.generation, quitAfter: true, result: .failure(ReviewSaveError("disk full")))), Self.catalog)
        #expect(stay == .none && Self.review(s).unsaved() == 1)
    }

    @Test func filterNarrowsTheCandidates() {
        var s = Self.start()
        _ = Self.press("/督促<Enter>", &s)
        #expect(Self.review(s).rows == [2])
        _ = Self.press("a", &s)
        #expect(Self.review(s).decisions[2].verdict == .accepted)
    }

    @Test func enterOpensTheFiguresDetail() {
        var s = Self.start()
        _ = Self.press("jj<Enter>", &s)
        #expect(s.pageID == DetailPage.id && s.detail.figure == 2)
        _ = Self.press("<Esc>", &s)
        #expect(s.pageID == ReviewPage.id)
    }

    @Test func screens() {
        func text(_ s: DashboardState) -> String { SnapshotEncoder.text(Root.render(s, Self.catalog)) }
        for (w, h) in [(100, 30), (80, 24)] {
            var s = Self.start(width: w, height: h)
            expectGolden(text(s), "review-\(w)x\(h).txt")
            #expect(rowsAreExactWidth(Root.render(s, Self.catalog)))
            _ = Self.press("axj5", &s)
            expectGolden(text(s), "review-decided-\(w)x\(h).txt")
            _ = Self.press("e儿童<Tab>", &s)
            expectGolden(text(s), "review-indicator-\(w)x\(h).txt")
            _ = Self.press("<Enter>q", &s)
            expectGolden(text(s), "review-quit-\(w)x\(h).txt")
        }
    }
}
