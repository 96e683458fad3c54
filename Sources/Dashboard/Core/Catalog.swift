import Foundation
import Protection

/// The dataset arranged the way the screens read it, computed once at start:
/// screens never rescan every record on every frame.
public final class Catalog: Sendable {
    public let dataset: Dataset
    /// Province indices in display order: those with data first, then the rest, each in code order.
    public let provinceOrder: [Int]
    /// figureIndices[province] = indices into dataset.figures, in dataset order.
    public let figureIndices: [[Int]]
    /// figuresBySystem[province][system.rawValue], each in dataset order: tiles and tables
    /// read these instead of filtering a province's figures on every frame.
    public let figuresBySystem: [[[Int]]]
    public let measureIndices: [[Int]]
    public let eventIndices: [[Int]]
    public let hasData: [Bool]
    /// The largest figure count of any (province, system) cell, for matrix shading.
    public let maxCellCount: Int
    /// Outlets and dates of the whole dataset, for the title bar (computed once: at a million
    /// figures there are tens of thousands of sources).
    public let sourceSummary: String
    /// The distinct outlets each province's records cite, sorted, for Home's heading.
    public let outlets: [String]
    /// The most figures any one province has, for the width of Home's count column.
    public let maxProvinceCount: Int
    /// The live filter's index over the figures, built on first use (see `LazyIndex`).
    public var index: FilterIndex { lazyIndex.index }
    private let lazyIndex: LazyIndex
    /// Figures of each canonical indicator (by id), in dataset order: what the comparison and
    /// trend pages read instead of scanning every figure.
    public let figuresByCanonical: [String: [Int]]

    public convenience init(_ dataset: Dataset) {
        self.init(dataset, lazyIndex: LazyIndex { FilterIndex(dataset) })
    }

    /// With an index already built over `dataset` (the benchmark builds its own).
    public convenience init(_ dataset: Dataset, index: FilterIndex) {
        self.init(dataset, lazyIndex: LazyIndex(built: index))
    }

    /// Builds the filter index now, on another thread, so the first keystroke of a filter finds
    /// it ready; a filter typed before it is done waits for it.
    public func prepareIndexInBackground() {
        let lazy = lazyIndex
        Thread.detachNewThread { _ = lazy.index }
    }

    private init(_ dataset: Dataset, lazyIndex: LazyIndex) {
        self.dataset = dataset
        let n = Province.all.count
        var f = Array(repeating: [Int](), count: n)
        let systems = ProtectionSystem.allCases.count
        var bySystem = Array(repeating: Array(repeating: [Int](), count: systems), count: n)
        var byCanonical: [String: [Int]] = [:]
        for (i, fig) in dataset.figures.enumerated() {
            f[fig.provinceIndex].append(i)
            bySystem[fig.provinceIndex][Int(fig.system.rawValue)].append(i)
            if !fig.canonical.isEmpty { byCanonical[fig.canonical, default: []].append(i) }
        }
        figuresByCanonical = byCanonical
        figuresBySystem = bySystem
        var m = Array(repeating: [Int](), count: n)
        for (i, r) in dataset.measures.enumerated() { m[r.provinceIndex].append(i) }
        var e = Array(repeating: [Int](), count: n)
        for (i, r) in dataset.events.enumerated() { e[r.provinceIndex].append(i) }
        for p in 0..<n {
            e[p].sort { dataset.events[$0].date > dataset.events[$1].date }
        }
        figureIndices = f
        measureIndices = m
        eventIndices = e
        let has = (0..<n).map { !f[$0].isEmpty || !m[$0].isEmpty || !e[$0].isEmpty }
        hasData = has
        provinceOrder = (0..<n).filter { has[$0] } + (0..<n).filter { !has[$0] }
        maxCellCount = dataset.figureCounts.flatMap { $0 }.max() ?? 0
        self.lazyIndex = lazyIndex
        sourceSummary = dataset.sourceSummary
        outlets = (0..<n).map { p in
            let ids = Set(f[p].map { dataset.figures[$0].sourceID } + m[p].map { dataset.measures[$0].sourceID }
                          + e[p].map { dataset.events[$0].sourceID })
            // Many reports of one outlet name it once.
            return Set(ids.compactMap { dataset.source(id: $0)?.outlet }.filter { !$0.isEmpty }).sorted().joined(separator: " ")
        }
        maxProvinceCount = f.map(\.count).max() ?? 0
    }

    /// Figures of a province, optionally of one system, in dataset order.
    public func figures(province: Int, system: ProtectionSystem?) -> [Int] {
        guard let system else { return figureIndices[province] }
        return figuresBySystem[province][Int(system.rawValue)]
    }

    public func measures(province: Int, system: ProtectionSystem?) -> [Int] {
        guard let system else { return measureIndices[province] }
        return measureIndices[province].filter { dataset.measures[$0].system == system }
    }

    public func events(province: Int, system: ProtectionSystem? = nil) -> [Int] {
        guard let system else { return eventIndices[province] }
        return eventIndices[province].filter { dataset.events[$0].system == system }
    }
}
