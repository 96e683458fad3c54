import ArgumentParser
import Dashboard
import Protection

/// `weibao summary`: counts of the loaded dataset per province and protection system, for a
/// quick look without the dashboard.
struct SummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "Count the dataset's figures and measures per province and protection system."
    )

    @OptionGroup var data: DataOptions

    func run() throws {
        let dataset = try data.load()
        print(Self.render(dataset, name: data.path ?? "built-in dataset"))
    }

    static func render(_ dataset: Dataset, name: String) -> String {
        var lines = ["weibao \(weibaoVersion) · \(name): \(dataset.sources.count) sources, \(dataset.figures.count) figures, "
            + "\(dataset.measures.count) measures, \(dataset.events.count) events"]
        let provinces = dataset.provincesWithData
        guard !provinces.isEmpty else { return lines[0] }
        for (title, count) in [("Figures (数据) per province and protection system:", dataset.figureCount(province:system:)),
                               ("Measures (措施) per province and protection system:", dataset.measureCount(province:system:))] {
            lines.append("")
            lines.append(title)
            lines.append(contentsOf: table(provinces: provinces, count: count))
        }
        return lines.joined(separator: "\n")
    }

    /// Rows of provinces, columns of systems and a total, aligned in display columns.
    static func table(provinces: [Int], count: (Int, ProtectionSystem) -> Int) -> [String] {
        let nameWidth = max(provinces.map { DisplayWidth.of(Province.all[$0].shortName) }.max() ?? 0, 4)
        let headers = ProtectionSystem.allCases.map(\.shortName) + ["合计"]
        func row(_ name: String, _ cells: [String]) -> String {
            DisplayWidth.pad(name, to: nameWidth) + cells.map { "  " + DisplayWidth.pad($0, to: 4, alignRight: true) }.joined()
        }
        var out = [row("省份", headers)]
        var totals = Array(repeating: 0, count: ProtectionSystem.allCases.count)
        for p in provinces {
            let counts = ProtectionSystem.allCases.map { count(p, $0) }
            for (k, c) in counts.enumerated() { totals[k] += c }
            out.append(row(Province.all[p].shortName, counts.map(String.init) + [String(counts.reduce(0, +))]))
        }
        out.append(row("合计", totals.map(String.init) + [String(totals.reduce(0, +))]))
        return out
    }
}
