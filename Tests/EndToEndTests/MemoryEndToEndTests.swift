import Foundation
import Testing

/// The seed dashboard's resident memory, read from /proc while it runs in tmux.
@Suite(.serialized, .enabled(if: Tmux.available, "needs tmux and the built weibao binary"))
struct MemoryEndToEndTests {
    let bin = Tmux.binary ?? "weibao"

    /// Under 30 MB in a release build (scripts/memory.sh measures that one). Most of it is
    /// shared libraries (Swift runtime, Foundation; sqlite, libxml2 and zlib for databases
    /// and workbooks, 1.6 MB of it); a debug build's own code is larger (9.5 MB), so it gets
    /// more room, and the heap is held to 10 MB either way.
    @Test func seedDashboardStaysSmall() throws {
        let t = try Tmux(width: 120, height: 40)
        try t.type(bin)
        try t.waitFor { $0.contains("省级行政区 34") }
        let pid = try t.pid(of: bin)
        // Visit every screen, the filter and help, so their memory is counted too.
        try t.press(["Enter", "Enter", "Escape", "s", "m", "Escape", "Escape", "?", "Escape", "/"])
        try t.send("学校", literal: true)
        try t.waitFor { $0.contains("/学校") }
        let status = try String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)
        func kB(_ field: String) -> Int {
            let line = status.split(separator: "\n").first { $0.hasPrefix(field + ":") } ?? ""
            return Int(line.split(separator: " ").dropFirst().first ?? "") ?? -1
        }
        let rss = kB("VmRSS"), peak = kB("VmHWM"), heap = kB("RssAnon")
        print("memory: VmRSS \(rss) kB, VmHWM \(peak) kB, RssAnon \(heap) kB (\(bin))")
        let limit = bin.contains("/release/") ? 30 * 1024 : 38 * 1024
        #expect(peak > 0 && peak < limit, "VmHWM \(peak) kB")
        #expect(heap > 0 && heap < 10 * 1024, "RssAnon \(heap) kB")
        try t.press(["Escape", "q"])
    }
}
