import Dashboard
import Foundation

/// Wall-clock samples and the table they are printed in.
struct Samples {
    let name: String
    let unit: String
    var values: [Double] = []

    init(_ name: String, unit: String = "ms") {
        self.name = name
        self.unit = unit
    }

    /// Nearest-rank percentile: the smallest sample with at least `p` of the samples ≤ it.
    func percentile(_ p: Double) -> Double {
        let sorted = values.sorted()
        let rank = Swift.max(1, Int((p * Double(sorted.count)).rounded(.up)))
        return sorted[min(rank, sorted.count) - 1]
    }

    var median: Double { percentile(0.5) }
    var max: Double { values.max() ?? 0 }
}

enum Clock {
    static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

    /// Runs `body` and returns its result with the milliseconds it took.
    static func time<T>(_ body: () throws -> T) rethrows -> (T, Double) {
        let start = now()
        let result = try body()
        return (result, Double(now() - start) / 1e6)
    }
}

/// Peak resident memory of this process so far (VmHWM), in MiB; 0 where /proc is absent.
func peakMemoryMiB() -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
    for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
        let kb = line.split(separator: " ").compactMap { Double($0) }.first ?? 0
        return kb / 1024
    }
    return 0
}

/// Prints rows as a fixed-width table; the format is kept stable so runs can be compared.
struct Table {
    var lines: [String] = []

    static func cell(_ s: String, _ width: Int, right: Bool = false) -> String {
        let w = DisplayWidth.of(s)
        let fill = String(repeating: " ", count: Swift.max(0, width - w))
        return right ? fill + s : s + fill
    }

    static func number(_ v: Double) -> String { String(format: v >= 100 ? "%.0f" : "%.2f", v) }

    mutating func header() {
        lines.append(Self.cell("measure", 38) + Self.cell("n", 6, right: true) + Self.cell("median", 11, right: true)
                     + Self.cell("p99", 11, right: true) + Self.cell("max", 11, right: true) + "  unit")
    }

    mutating func add(_ s: Samples) {
        guard !s.values.isEmpty else { return note(s.name, "not measured") }
        lines.append(Self.cell(s.name, 38) + Self.cell("\(s.values.count)", 6, right: true)
                     + Self.cell(Self.number(s.median), 11, right: true) + Self.cell(Self.number(s.percentile(0.99)), 11, right: true)
                     + Self.cell(Self.number(s.max), 11, right: true) + "  " + s.unit)
    }

    mutating func note(_ name: String, _ text: String) {
        lines.append(Self.cell(name, 38) + Self.cell("-", 6, right: true) + "  " + text)
    }

    func print() { for l in lines { Swift.print(l) } }
}
