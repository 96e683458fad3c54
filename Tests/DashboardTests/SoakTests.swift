import Foundation
import Testing
@testable import Dashboard
import Protection
import TestSupport

/// Random keys, filter edits, clicks and resizes through the pure `update` and `render`:
/// nothing traps, every selection stays in range and on screen, and every rendered row is
/// exactly the screen's width in columns.
///
/// A few thousand messages run with the suite. The full run (docs/hardening.md):
///
///     WEIBAO_SOAK_COUNT=1000000 swift test -c release -Xswiftc -enable-testing \
///         --scratch-path .build-soak --filter SoakTests
///
/// `WEIBAO_SOAK_SECONDS=3600` runs for that long instead; `WEIBAO_SOAK_SEED` picks the sequence.
@Suite struct SoakTests {
    static let environment = ProcessInfo.processInfo.environment
    static let count = environment["WEIBAO_SOAK_COUNT"].flatMap(Int.init) ?? 1500
    static let seconds = environment["WEIBAO_SOAK_SECONDS"].flatMap(Double.init)
    static let seed = environment["WEIBAO_SOAK_SEED"].flatMap(UInt64.init) ?? 20_240_601

    static let hostileCatalog: Catalog = {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/hostile").path
        do { return Catalog(try DatasetLoader().load(path: path)) } catch { fatalError("hostile fixture: \(error)") }
    }()

    @Test func seedDataset() throws {
        try soak(seedCatalog, seed: Self.seed, count: Self.count)
    }

    /// The national data: every page, the comparison, trend and reader among them, has rows.
    @Test func builtInDataset() throws {
        try soak(builtInCatalog, seed: Self.seed &+ 2, count: max(1, Self.count / 2))
    }

    @Test func hostileDataset() throws {
        try soak(Self.hostileCatalog, seed: Self.seed &+ 1, count: max(1, Self.count / 3))
    }

    func soak(_ catalog: Catalog, seed: UInt64, count: Int) throws {
        var random = SoakRandom(seed: seed)
        var state = Root.initialState(width: 100, height: 30, catalog: catalog, options: DashboardOptions(mouse: true))
        let started = Date()
        var rss: [Int] = []
        var n = 0
        while Self.seconds.map({ Date().timeIntervalSince(started) < $0 }) ?? (n < count) {
            let msg = random.message(state)
            _ = Root.update(&state, msg, catalog)
            try checkSelections(state, catalog, step: n, msg: msg)
            try checkRows(Root.render(state, catalog), step: n, msg: msg)
            n += 1
            if n % 10_000 == 0 { rss.append(Self.residentKilobytes()) }
        }
        let elapsed = Date().timeIntervalSince(started)
        print("soak: \(n) messages in \(String(format: "%.1f", elapsed)) s, seed \(seed); VmRSS kB every 10,000: \(Self.summary(rss))")
        // No growth: after warming up, resident memory stays within a few MB.
        if rss.count >= 10 {
            let settled = rss[rss.count / 10]
            #expect(rss.last! - settled < 16_384, "VmRSS grew from \(settled) kB to \(rss.last!) kB")
        }
    }

    func checkSelections(_ s: DashboardState, _ catalog: Catalog, step: Int, msg: Msg) throws {
        let area = Layout(width: s.width, height: s.height).body
        var lists: [(String, ListState, Int, Int)] = []
        let home = s.home
        lists.append(("provinces", home.provinces, HomePage.visibleProvinces(s.filter, catalog).count,
                      HomePage.Layout(area: area).provinceRows.height))
        var scrolls = [home.tile, s.helpScroll]
        var columns = [home.tile]
        for entry in s.stack {
            switch entry.page {
            case let m as MatrixPage:
                lists.append(("matrix", m.rows, catalog.provinceOrder.count, MatrixPage.Layout(area: area).rows.height))
                columns.append(m.column)
            case let f as FiguresPage:
                lists.append(("figures", f.list, f.rows.count, FiguresPage.rowsArea(area).height))
            case let d as DetailPage:
                scrolls.append(d.scroll)
            case let p as IndicatorsPage:
                lists.append(("indicators", p.list, p.rows.count, IndicatorsPage.rowsArea(area).height))
            case let p as ComparisonPage:
                lists.append(("comparison", p.list, p.lines.count, ComparisonPage.rowsArea(area).height))
            case let p as TrendPage:
                lists.append(("trend", p.list, p.trend.points.count, TrendPage.Layout(area: area).rows.height))
            case let p as SourcesPage:
                lists.append(("sources", p.list, p.rows.count, SourcesPage.rowsArea(area).height))
            case let p as ReaderPage:
                scrolls.append(p.scroll)
                if !p.marks.isEmpty && !(0..<p.marks.count).contains(p.current) { scrolls.append(-1) }
            default: break
            }
        }
        for (name, list, count, viewport) in lists {
            let ok = count == 0
                ? list.selected == 0 && list.offset == 0
                : (0..<count).contains(list.selected) && list.offset >= 0 && list.offset <= list.selected
                    && list.selected < list.offset + max(1, viewport)
            if !ok {
                Issue.record("step \(step) after \(msg): \(name) selection \(list.selected) offset \(list.offset) of \(count), viewport \(viewport)")
                throw SoakFailure()
            }
        }
        if !columns.allSatisfy((0..<ProtectionSystem.allCases.count).contains) || scrolls.contains(where: { $0 < 0 }) {
            Issue.record("step \(step) after \(msg): tile or column \(columns), scrolls \(scrolls)")
            throw SoakFailure()
        }
    }

    func checkRows(_ screen: Screen, step: Int, msg: Msg) throws {
        let lines = screen.lines
        for y in 0..<screen.height {
            var columns = 0
            var previousWide = false
            for cell in screen.row(y) {
                // A wide glyph is followed by its continuation, and a continuation follows one.
                if (cell.width == 0) != previousWide || cell.width > 2 {
                    let cells = screen.row(y).map { "\($0.char)\($0.width)" }.joined(separator: " ")
                    Issue.record("step \(step) after \(msg): row \(y) breaks the wide-glyph pairing: \(cells)")
                    throw SoakFailure()
                }
                previousWide = cell.width == 2
                columns += Int(cell.width)
            }
            let line = lines[y]
            if columns != screen.width || previousWide || DisplayWidth.of(line) != screen.width {
                Issue.record("step \(step) after \(msg): row \(y) is \(columns) columns (text \(DisplayWidth.of(line))), screen \(screen.width): \(line)")
                throw SoakFailure()
            }
        }
    }

    static func residentKilobytes() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }) else { return 0 }
        return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
    }

    static func summary(_ rss: [Int]) -> String {
        guard let first = rss.first, let last = rss.last else { return "(under 10,000 messages)" }
        return "first \(first), max \(rss.max()!), last \(last)"
    }
}

struct SoakFailure: Error {}

/// Messages weighted like a session: mostly navigation, bursts of filter typing, some
/// clicks and wheel, resizes from 0×0 to 300×100 (most of them ordinary window sizes).
struct SoakRandom {
    private var random: SplitMix64
    init(seed: UInt64) { random = SplitMix64(seed: seed) }

    mutating func below(_ n: Int) -> Int { random.below(n) }
    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }

    static let navigation: [Key] = [.up, .down, .left, .right, .pageUp, .pageDown, .home, .end, .enter, .escape,
                                    .tab, .backTab, .backspace, .delete, .char("j"), .char("k"), .char("h"),
                                    .char("l"), .char("g"), .char("G"), .char("s"), .char("m"), .char("?"),
                                    .char("/"), .char("p"), .char("P"), .char("t"), .char("q"), .ctrl("l"),
                                    .char("c"), .char("r"), .char("["), .char("]"), .char("n"), .char("N"),
                                    .ctrl("z"), .ctrl("b"), .ctrl("f"), .function(1), .function(5)]
    /// Filter text: Chinese, pinyin, fields, numbers, operators, quotes and hostile scalars.
    static let filterText: [Character] = Array("学校家庭保护内蒙古河南率人元%jzxxnmg p:s:u:i:q:源:>=<..|!\"'：＞ 1234567890万亿")
        + ["\u{1B}", "\u{202E}", "\u{9B}", "👍🏽", "e\u{301}", "\u{FFFD}", "\u{7}"]

    mutating func message(_ s: DashboardState) -> Msg {
        let roll = below(100)
        if roll < 4 {
            // Mostly usable sizes, now and then a huge or a too-small one.
            switch below(8) {
            case 0: return .resize(width: below(120), height: below(40))
            case 1: return .resize(width: 80 + below(221), height: 24 + below(77))
            default: return .resize(width: 80 + below(121), height: 24 + below(37))
            }
        }
        if roll < 12 {
            let buttons: [MouseButton] = [.left, .left, .left, .wheelUp, .wheelDown, .middle, .right]
            return .mouse(MouseEvent(x: below(s.width + 4) - 2, y: below(s.height + 4) - 2, button: pick(buttons)))
        }
        if s.mode == .filterEditing && roll < 70 {
            let edits: [Key] = [.backspace, .delete, .left, .right, .home, .end, .enter, .escape]
            return .key(below(5) == 0 ? pick(edits) : .char(pick(Self.filterText)))
        }
        return .key(pick(Self.navigation))
    }
}
