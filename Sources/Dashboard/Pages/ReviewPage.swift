import Foundation
import Protection

extension Action {
    public static let accept = Action("accept")
    public static let reject = Action("reject")
    public static let undecide = Action("undecide")
    public static let editIndicator = Action("edit_indicator")
    public static let nextUnsure = Action("next_unsure")
    public static let saveReview = Action("save_review")
    /// `1`…`7`: file the candidate under a system.
    public static func fileUnder(_ system: ProtectionSystem) -> Action { Action("system_" + system.english) }
    // While the indicator is typed.
    public static let inputConfirm = Action("input_confirm")
    public static let inputCancel = Action("input_cancel")
    public static let inputNext = Action("input_next")
    public static let inputPrevious = Action("input_previous")
    public static let inputDeleteBack = Action("input_delete_back")
    public static let inputClear = Action("input_clear")
}

/// The candidates `weibao ingest --format json` found in a user's report, to accept or reject
/// one by one: each with its sentence and the number marked, its system, indicator, canonical
/// indicator, confidence and rule. The analyst can refile it under another system or rename
/// its indicator (with completion over the vocabulary); `s` writes the accepted ones into the
/// dataset file, and `q` asks before leaving decisions unsaved.
public struct ReviewPage: Page {
    public static let id: PageID = "review"
    public static let title = "审核候选数据"
    /// Below this a candidate is one to look at first (`n`).
    public static let unsure = 0.8

    public static let bindings: [Binding] = {
        let typing: Set<Mode> = [.pageInput]
        var b: [Binding] = [
            Binding([.char("a")], "a", "采用", .accept, rank: 111, footer: true),
            Binding([.char("x")], "x", "舍弃", .reject, rank: 112, footer: true),
            Binding([.char("u")], "u", "撤销决定", .undecide, rank: 113),
            Binding([.char("e")], "e", "改指标", .editIndicator, rank: 114, footer: true),
            Binding([.char("n")], "n", "下一个低置信度", .nextUnsure, rank: 115, footer: true),
            Binding([.char("s")], "s", "保存", .saveReview, rank: 116, footer: true),
        ]
        for (i, system) in ProtectionSystem.allCases.enumerated() {
            b.append(Binding([.char(Character(String(i + 1)))], String(i + 1), "归入" + system.name, .fileUnder(system),
                             rank: 120 + i, footer: i == 0))
        }
        b[b.count - ProtectionSystem.allCases.count].label = "1-7"
        b[b.count - ProtectionSystem.allCases.count].help = "改体系"
        b += [
            Binding([.enter], "Enter", "确定", .inputConfirm, rank: 140, modes: typing, footer: true),
            Binding([.escape], "Esc", "取消", .inputCancel, rank: 141, modes: typing, footer: true),
            Binding([.tab, .down], "Tab Down", "下一个补全", .inputNext, rank: 142, modes: typing, footer: true),
            Binding([.backTab, .up], "S-Tab Up", "上一个补全", .inputPrevious, rank: 143, modes: typing),
            Binding([.backspace], "BS", "删除前一字", .inputDeleteBack, rank: 144, modes: typing),
            Binding([.ctrl("u")], "C-u", "清空", .inputClear, rank: 145, modes: typing, footer: true),
        ]
        return [KeyTable.open, KeyTable.filter, KeyTable.back] + b
    }()

    public enum Verdict: String, Sendable, Hashable {
        case pending, accepted, rejected

        var label: String {
            switch self {
            case .pending: "待审"
            case .accepted: "采用"
            case .rejected: "舍弃"
            }
        }
    }

    /// What the analyst decided about one candidate; nil fields keep what ingest found.
    public struct Decision: Sendable, Hashable {
        public var verdict = Verdict.pending
        public var system: ProtectionSystem?
        public var indicator: String?
        /// A canonical id, or "" to clear the one ingest chose.
        public var canonical: String?
    }

    /// The indicator being typed, and which completion is chosen.
    public struct IndicatorEdit: Sendable, Hashable {
        public var text = ""
        public var choice: Int?
    }

    public let candidates: [Candidate]
    /// The dataset file `s` writes.
    public let output: String
    public var decisions: [Decision]
    /// The decisions as the file holds them: after the last save that succeeded.
    public private(set) var saved: [Decision]
    var inFlight: [Decision]?
    var generation = 0
    /// Candidates shown (all, or those matching the filter), in the file's order.
    public var rows: [Int]
    public var list = ListState()
    public var edit: IndicatorEdit?

    public init(candidates: [Candidate], output: String) {
        self.candidates = candidates
        self.output = output
        decisions = Array(repeating: Decision(), count: candidates.count)
        saved = decisions
        rows = Array(candidates.indices)
    }

    // MARK: What a candidate is now

    /// The figure as it will be saved: ingest's record with the analyst's changes.
    public func figure(_ i: Int, _ d: Dataset) -> Figure {
        var f = d.figures[i]
        let x = decisions[i]
        if let s = x.system { f.system = s }
        if let n = x.indicator { f.indicator = n }
        if let c = x.canonical { f.canonical = c }
        return f
    }

    var selectedCandidate: Int? { rows.isEmpty ? nil : rows[min(list.selected, rows.count - 1)] }

    /// Decisions that change what the file holds and are not saved yet.
    public func unsaved() -> Int {
        decisions.indices.filter { i in
            let now = decisions[i], then = saved[i]
            return now != then && (now.verdict == .accepted || then.verdict == .accepted)
        }.count
    }

    public func unsavedChanges(_ ctx: PageContext) -> Int { unsaved() }

    func count(_ v: Verdict) -> Int { decisions.filter { $0.verdict == v }.count }

    /// Vocabulary entries the figure's unit fits, those whose name, id or phrasings hold the
    /// typed text first by name.
    public static func completions(_ text: String, unit: String) -> [CanonicalIndicator] {
        let fitting = Indicators.all.filter { UnitFamily.fits(unit, indicatorUnit: $0.unit) }
        let t = text.trimmingCharacters(in: .whitespaces)
        guard !t.isEmpty else { return fitting }
        let lower = t.lowercased()
        func rank(_ c: CanonicalIndicator) -> Int? {
            if c.name.hasPrefix(t) { return 0 }
            if c.name.contains(t) { return 1 }
            if c.id.contains(lower) { return 2 }
            if c.phrasings.contains(where: { $0.contains(t) }) { return 3 }
            return nil
        }
        return fitting.compactMap { c in rank(c).map { (c, $0) } }.sorted { $0.1 < $1.1 }.map(\.0)
    }

    // MARK: Page

    public func breadcrumb(_ ctx: PageContext) -> [String] { ["审核", String(output.split(separator: "/").last ?? Substring(output))] }

    public func summary(_ ctx: PageContext) -> String {
        guard let i = selectedCandidate else { return "没有候选" }
        let c = candidates[i]
        return "第 \(list.selected + 1)/\(rows.count) 项 \(ctx.glyphs.separator) \(c.id) \(ctx.glyphs.separator) 原文第 \(c.line) 行第 \(c.column) 列"
    }

    public mutating func perform(_ action: Action, _ ctx: PageContext) -> [Command] {
        switch action {
        case .back: return [.pop]
        case .saveReview: return save(ctx, quitAfter: false)
        case .quitSave: return save(ctx, quitAfter: true)
        default: break
        }
        guard let i = selectedCandidate else {
            list.step(action, page: Self.rowsArea(ctx.area).height, count: rows.count)
            return []
        }
        switch action {
        case .accept, .reject:
            decisions[i].verdict = action == .accept ? .accepted : .rejected
            list.selected = min(list.selected + 1, rows.count - 1)
        case .undecide:
            decisions[i].verdict = .pending
        case .editIndicator:
            edit = IndicatorEdit()
            return [.beginInput]
        case .nextUnsure:
            return nextUnsure()
        case .open:
            let f = ctx.dataset.figures[i]
            return [.push(DetailPage(figure: i, context: FiguresContext(province: f.provinceIndex, system: nil)))]
        default:
            if let system = ProtectionSystem.allCases.first(where: { Action.fileUnder($0) == action }) {
                decisions[i].system = system == ctx.dataset.figures[i].system ? nil : system
            } else {
                list.step(action, page: Self.rowsArea(ctx.area).height, count: rows.count)
            }
        }
        return []
    }

    /// The next pending candidate below `unsure`, after the cursor and around.
    mutating func nextUnsure() -> [Command] {
        let n = rows.count
        for step in 1...max(1, n) {
            let r = (list.selected + step) % n
            let i = rows[r]
            if decisions[i].verdict == .pending && candidates[i].leastConfidence < Self.unsure {
                list.selected = r
                return []
            }
        }
        return [.status(StatusMessage(text: "没有待审的低置信度候选（低于 \(Self.unsure)）", isError: false))]
    }

    /// Asks the run loop to write the accepted figures; the answer comes to `reviewSaved`.
    mutating func save(_ ctx: PageContext, quitAfter: Bool) -> [Command] {
        guard unsaved() > 0 else {
            return quitAfter ? [.effect(.quit)] : [.status(StatusMessage(text: "没有未保存的决定", isError: false))]
        }
        let d = ctx.dataset
        let accepted = decisions.indices.filter { decisions[$0].verdict == .accepted }.map { figure($0, d) }
        let cited = Set(accepted.map(\.sourceID))
        let remove = decisions.indices.filter { saved[$0].verdict == .accepted && decisions[$0].verdict != .accepted }
            .map { d.figures[$0].id }
        generation += 1
        inFlight = decisions
        let batch = ReviewBatch(path: output, figures: accepted, sources: d.sources.filter { cited.contains($0.id) },
                                remove: remove, generation: generation, quitAfter: quitAfter)
        return [.status(StatusMessage(text: "正在保存到 \(output) …", isError: false)), .effect(.saveReview(batch))]
    }

    public mutating func reviewSaved(_ outcome: ReviewOutcome, _ ctx: PageContext) -> [Command] {
        guard outcome.generation == generation, let sent = inFlight else { return [] }
        inFlight = nil
        switch outcome.result {
        case .success(let r):
            saved = sent
            return [.status(StatusMessage(text: "已保存到 \(r.path)：新增 \(r.added) 项，更新 \(r.replaced) 项，文件共 \(r.total) 项数据", isError: false))]
        case .failure(let e):
            return [.status(StatusMessage(text: "没有保存：" + e.description, isError: true))]
        }
    }

    public mutating func input(_ key: Key, action: Action?, _ ctx: PageContext) -> [Command] {
        guard var e = edit, let i = selectedCandidate else {
            edit = nil
            return [.endInput]
        }
        let choices = Self.completions(e.text, unit: ctx.dataset.figures[i].unit)
        if case .char(let c) = key, action == nil {
            e.text.append(c)
            e.choice = nil
            edit = e
            return []
        }
        switch action {
        case .inputConfirm?:
            edit = nil
            if let k = e.choice, k < choices.count {
                decisions[i].indicator = choices[k].name
                decisions[i].canonical = choices[k].id
            } else {
                let typed = e.text.trimmingCharacters(in: .whitespaces)
                guard !typed.isEmpty else { return [.endInput] }
                decisions[i].indicator = typed
                // A name typed in full still gets its indicator; any other name has none.
                let exact = choices.first { $0.name == typed || $0.phrasings.contains(typed) }
                decisions[i].canonical = exact?.id ?? ""
            }
            return [.endInput]
        case .inputCancel?:
            edit = nil
            return [.endInput]
        case .inputNext?:
            if !choices.isEmpty { e.choice = e.choice.map { ($0 + 1) % choices.count } ?? 0 }
        case .inputPrevious?:
            if !choices.isEmpty { e.choice = e.choice.map { ($0 + choices.count - 1) % choices.count } ?? choices.count - 1 }
        case .inputDeleteBack?:
            if !e.text.isEmpty { e.text.removeLast() }
            e.choice = nil
        case .inputClear?:
            e.text = ""
            e.choice = nil
        case .redraw?, .suspend?, nil:
            break
        default:
            break
        }
        edit = e
        return []
    }

    public func offers(_ action: Action, _ ctx: PageContext) -> Bool {
        if action == .saveReview { return unsaved() > 0 }
        if [.accept, .reject, .editIndicator, .nextUnsure, .open].contains(action) { return !rows.isEmpty }
        return true
    }

    public mutating func click(_ e: MouseEvent, _ ctx: PageContext) -> [Command] {
        list.click(x: e.x, y: e.y, in: Self.rowsArea(ctx.area), count: rows.count) ? perform(.open, ctx) : []
    }

    public mutating func filterChanged(from previous: FilterState, _ ctx: PageContext) {
        let keep = selectedCandidate
        rows = ctx.filter.result == nil ? Array(candidates.indices) : candidates.indices.filter { ctx.filter.contains($0) }
        if let keep, let r = rows.firstIndex(of: keep) { list.selected = r } else { list.selected = 0 }
    }

    public mutating func fit(_ ctx: PageContext) {
        list.keepVisible(count: rows.count, viewport: Self.rowsArea(ctx.area).height)
    }

    // MARK: Drawing

    /// Rows of the candidate pane below the table: the sentence, the system, the indicator.
    static func paneHeight(_ area: Rect) -> Int { min(8, max(0, area.height / 2)) }

    static func rowsArea(_ area: Rect) -> Rect {
        let below = area.splitTop(2).1
        return below.splitTop(max(0, below.height - paneHeight(area))).0
    }

    public func draw(into screen: inout Screen, _ ctx: PageContext) {
        let body = ctx.area
        let sep = " \(ctx.glyphs.separator) "
        var heading = " 候选 \(candidates.count) 项" + sep + "待审 \(count(.pending))" + sep + "采用 \(count(.accepted))"
            + sep + "舍弃 \(count(.rejected))" + sep + "未保存 \(unsaved())" + sep + "保存到 " + output
        if ctx.filter.isActive { heading += sep + "匹配 \(rows.count) 项" }
        screen.putPadded(heading, x: body.x, y: body.y, columns: body.width, style: Style(.tileTitle))
        drawTable(into: &screen, ctx)
        let pane = body.splitTop(body.height - Self.paneHeight(body)).1
        if edit != nil { drawEdit(into: &screen, pane, ctx) } else { drawCandidate(into: &screen, pane, ctx) }
    }

    func drawTable(into screen: inout Screen, _ ctx: PageContext) {
        let d = ctx.dataset
        let wide = ctx.area.width >= 120
        typealias Column = Table<Int>.Column
        let changed = "*"
        let columns: [Column] = [
            Column("决定", .fixed(4)) { decisions[$0].verdict.label },
            Column("置信", .fixed(4), alignRight: true, role: .number) { Self.percent(candidates[$0].leastConfidence) },
            Column("省份", .fixed(wide ? 8 : 4)) { d.figures[$0].province.shortName },
            Column("体系", .fixed(wide ? 9 : 5)) { i in
                (wide ? figure(i, d).system.name : figure(i, d).system.shortName) + (decisions[i].system == nil ? "" : changed)
            },
            Column("指标", .fill(min: 8), field: .indicator) { i in figure(i, d).indicator + (decisions[i].indicator == nil ? "" : changed) },
            Column("规范指标", .fixed(wide ? 22 : 12)) { i in
                let c = figure(i, d).canonical
                return c.isEmpty ? "-" : (Indicators.named(c)?.name ?? c)
            },
            Column("数值", .fixed(wide ? 14 : 10), alignRight: true, role: .number, field: .value) { d.figures[$0].text },
        ]
        let rows = self.rows
        let table = Table(columns: columns, count: rows.count, row: { rows[$0] }, marker: ctx.glyphs.marker,
                          emptyMessage: ctx.filter.isActive ? " 没有候选匹配筛选。" : " 这份文件没有候选数据。",
                          query: ctx.filter.query)
        table.drawHeading(into: &screen, ctx.area.splitTop(1).1.splitTop(1).0)
        table.drawRows(into: &screen, Self.rowsArea(ctx.area), state: list)
    }

    static func percent(_ v: Double) -> String { String(Int((v * 100).rounded())) + "%" }

    func drawCandidate(into screen: inout Screen, _ pane: Rect, _ ctx: PageContext) {
        guard pane.height > 0 else { return }
        guard let i = selectedCandidate else {
            screen.fill(pane, style: .normal)
            return
        }
        let d = ctx.dataset
        let c = candidates[i]
        let f = figure(i, d)
        let original = d.figures[i]
        let label = Style(.heading), dim = Style(.dim)
        let sep = ctx.glyphs.separator
        var spans: [[Span]] = []
        spans.append([Span("原句  ", label)] + DetailPage.quoteSpans(original))
        var system = [Span("体系  ", label), Span(f.system.name)]
        if decisions[i].system != nil { system.append(Span("（改自 \(original.system.name)）", dim)) }
        system.append(Span("  规则 \(c.rule) \(sep) 置信度 \(Self.percent(c.confidence))", dim))
        spans.append(system)
        var indicator = [Span("指标  ", label), Span(f.indicator)]
        if decisions[i].indicator != nil { indicator.append(Span("（改自 \(original.indicator)）", dim)) }
        spans.append(indicator)
        var canonical = [Span("规范  ", label)]
        if let entry = Indicators.named(f.canonical) {
            canonical.append(Span("\(entry.name)（\(entry.id)，\(entry.unit)）"))
        } else {
            canonical.append(Span("无", dim))
        }
        if decisions[i].canonical == nil, let cc = c.canonicalConfidence {
            canonical.append(Span("  规则 \(c.canonicalRule) \(sep) 置信度 \(Self.percent(cc))", dim))
        }
        spans.append(canonical)
        spans.append([Span("数值  ", label), Span(Format.valueWithUnit(f), Style(.number)),
                      Span("  \(f.date.isEmpty ? "日期不详" : f.date) \(sep) 第 \(c.line) 行第 \(c.column) 列 \(sep) \(decisions[i].verdict.label)", dim)])
        let width = max(1, pane.width - 2)
        // A heading rather than a rule of box-drawing glyphs, which CJK terminals draw two columns wide.
        var lines: [StyledLine] = [[Span("所选候选 \(sep) \(c.id)", Style(.tileTitle))]]
        for s in spans { lines += TextLayout.wrap(s, width: width, indent: 6) }
        TextBlock(lines).draw(into: &screen, pane, margin: 1)
    }

    /// The sentence stays in sight above the typed name and the completions.
    func drawEdit(into screen: inout Screen, _ pane: Rect, _ ctx: PageContext) {
        guard pane.height > 1, let e = edit, let i = selectedCandidate else { return }
        let f = figure(i, ctx.dataset)
        let choices = Self.completions(e.text, unit: f.unit)
        screen.fill(pane, style: .normal)
        var x = pane.x + screen.put(" 原句  ", x: pane.x, y: pane.y, style: Style(.heading))
        for span in DetailPage.quoteSpans(ctx.dataset.figures[i]) {
            x += screen.put(span.text, x: x, y: pane.y, maxWidth: max(0, pane.x + pane.width - x), style: span.style)
        }
        let y = pane.y + 1
        x = pane.x + screen.put(" 新指标名（\(f.unit)）：", x: pane.x, y: y, maxWidth: pane.width, style: Style(.heading))
        x += screen.put(e.text, x: x, y: y, maxWidth: max(0, pane.x + pane.width - x - 1), style: Style(.input))
        screen.cursor = (min(x, pane.x + pane.width - 1), y)
        let hint = choices.isEmpty ? "  词表中没有合单位的指标：Enter 用所输名称，不设规范指标" : "  \(choices.count) 个规范指标可选，Tab 选择"
        screen.put(hint, x: x + 1, y: y, maxWidth: max(0, pane.x + pane.width - x - 1), style: Style(.dim))
        let room = max(0, pane.height - 2)
        let first = max(0, min((e.choice ?? 0) - room + 1, choices.count - room))
        for (row, k) in (first..<min(choices.count, first + room)).enumerated() {
            let c = choices[k]
            let mark = k == e.choice ? ctx.glyphs.marker : " "
            screen.putPadded(" \(mark) \(c.name)  \(c.id)  \(c.unit)  \(c.system.name)", x: pane.x, y: y + 1 + row, columns: pane.width,
                             style: Style(k == e.choice ? .selected : .normal))
        }
    }
}
