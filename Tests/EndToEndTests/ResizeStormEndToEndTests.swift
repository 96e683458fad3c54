import Foundation
import Testing

/// 200 window resizes between 40×10 and 250×80 while a filter is typed: the dashboard keeps
/// up, and the screen it settles on is exactly `weibao snapshot` at that size with those keys.
@Suite(.serialized, .enabled(if: Tmux.available, "needs tmux and the built weibao binary"))
struct ResizeStormEndToEndTests {
    let bin = Tmux.binary ?? "weibao"

    @Test func resizeStormWhileTypingAFilter() throws {
        let t = try Tmux(width: 100, height: 30)
        try t.type(Tmux.bracketed(bin))
        try t.waitFor { $0.contains("省级行政区 34") }
        try t.send("/")
        let typed = Array("学校 保护 率")
        var random = SplitMix(seed: 7)
        let started = Date()
        for k in 0..<200 {
            try t.resize(width: 40 + random.below(211), height: 10 + random.below(71))
            if k % 25 == 10, k / 25 < typed.count { try t.send(String(typed[k / 25]), literal: true) }
        }
        let (width, height) = (131, 43)
        try t.resize(width: width, height: height)
        let keys = "/" + String(typed.prefix(8))
        let headless = try Tmux.run([bin, "snapshot", "--size", "\(width)x\(height)", "--keys", keys])
        #expect(headless.status == 0)
        let expected = Tmux.trimmed(headless.output)
        try t.waitFor(seconds: 30) { Tmux.trimmed($0) == expected }
        #expect(Date().timeIntervalSince(started) < 60, "bounded: the storm and the settle take well under a minute")
        try t.press(["Escape", "q"])
        try t.waitFor { $0.contains("EXIT=0") && $0.contains("FINISHED") }
        #expect(try t.sttyUnchanged())
    }
}

/// A small seeded generator, so a failing storm can be replayed exactly.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
}
