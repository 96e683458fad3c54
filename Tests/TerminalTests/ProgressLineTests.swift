import Foundation
import Protection
import Testing
import Dashboard
@testable import Terminal

/// The progress line on a real pseudo-terminal: drawn in place after its delay and erased at
/// the end; never written to a pipe.
@Suite(.serialized) struct ProgressLineTests {
    func readAll(_ fd: Int32) -> String {
        var out: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        let flags = fcntl(fd, F_GETFL)
        _ = fcntl(fd, F_SETFL, flags | O_NONBLOCK)
        while true {
            let n = read(fd, &buffer, buffer.count)
            if n <= 0 { break }
            out += buffer[0..<n]
        }
        return String(decoding: out, as: UTF8.self)
    }

    @Test func onATerminalItIsDrawnInPlaceAndErased() throws {
        var master: Int32 = -1, slave: Int32 = -1
        var size = winsize(ws_row: 24, ws_col: 60, ws_xpixel: 0, ws_ypixel: 0)
        #expect(openpty(&master, &slave, nil, nil, &size) == 0)
        defer { close(master); close(slave) }
        let line = ProgressLine("weibao: reading 数据\u{1B}[2J.csv", unit: "figures", fd: slave, delay: 0)
        line.start()
        WorkProgress.shared.add(412_000)
        Thread.sleep(forTimeInterval: 0.35)
        line.stop()
        let written = readAll(master)
        #expect(written.hasPrefix("\rweibao: reading 数据␛[2J.csv: 412,000 figures, 0."), "\(written.debugDescription)")
        #expect(written.hasSuffix("\r\u{1B}[K"), "erased at the end")
        #expect(!written.contains("\u{1B}[2J"), "text from data is never a control sequence")
        // Each draw fits the 60 columns, so it can be redrawn in place.
        for draw in written.split(separator: "\r") where !draw.isEmpty {
            let text = draw.replacingOccurrences(of: "\u{1B}[K", with: "")
            #expect(DisplayWidth.of(text) <= 59)
        }
    }

    @Test func workShorterThanTheDelayLeavesNothing() throws {
        var master: Int32 = -1, slave: Int32 = -1
        #expect(openpty(&master, &slave, nil, nil, nil) == 0)
        defer { close(master); close(slave) }
        let line = ProgressLine("weibao: reading a.csv", unit: "figures", fd: slave, delay: 5)
        line.start()
        Thread.sleep(forTimeInterval: 0.25)
        line.stop()
        #expect(readAll(master) == "")
    }

    @Test func aPipeGetsNothing() throws {
        var fds: [Int32] = [0, 0]
        #expect(pipe(&fds) == 0)
        defer { close(fds[0]); close(fds[1]) }
        let line = ProgressLine("weibao: reading a.csv", unit: "figures", fd: fds[1], delay: 0)
        line.start()
        Thread.sleep(forTimeInterval: 0.25)
        line.stop()
        #expect(readAll(fds[0]) == "")
    }
}
