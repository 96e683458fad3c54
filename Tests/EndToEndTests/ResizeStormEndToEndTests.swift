import Foundation
import Testing
import TestSupport

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
        var random = SplitMix64(seed: 7)
        let started = Date()
        for k in 0..<200 {
            var (w, h) = (40 + random.below(211), 10 + random.below(71))
            // Keys wait while the size screen shows (they would act unseen), so each character
            // is typed at a size the dashboard draws.
            let typing = k % 25 == 10 && k / 25 < typed.count
            if typing { (w, h) = (max(w, 80), max(h, 24)) }
            try t.resize(width: w, height: h)
            guard typing else { continue }
            // The terminal delivers a resize and a key in no fixed order; type once the
            // dashboard has drawn this size, which also checks a screen mid-storm.
            let sofar = "/" + String(typed.prefix(k / 25))
            let mid = try Tmux.run([bin, "snapshot", "--size", "\(w)x\(h)", "--keys", sofar])
            try t.waitFor(seconds: 30) { Tmux.trimmed($0) == Tmux.trimmed(mid.output) }
            try t.send(String(typed[k / 25]), literal: true)
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

