/// The figures a query matched: their indices into `Dataset.figures`, ascending, and how many
/// fell in each province and each (province, system) cell.
public struct FilterResult: Sendable, RandomAccessCollection {
    enum Storage: Sendable {
        /// Every figure: the empty query needs no list.
        case all(Int)
        case list([UInt32])
    }

    let storage: Storage
    /// placeCounts[province * systems + system.rawValue]
    let placeCounts: [Int]

    static let systems = ProtectionSystem.allCases.count

    public var startIndex: Int { 0 }
    public var endIndex: Int {
        switch storage {
        case .all(let n): n
        case .list(let l): l.count
        }
    }

    public subscript(position: Int) -> Int {
        switch storage {
        case .all: position
        case .list(let l): Int(l[position])
        }
    }

    /// Matches in province `province` (an index into `Province.all`).
    public func count(province: Int) -> Int {
        let s = Self.systems
        return placeCounts[(province * s)..<((province + 1) * s)].reduce(0, +)
    }

    public func count(province: Int, system: ProtectionSystem) -> Int {
        placeCounts[province * Self.systems + Int(system.rawValue)]
    }

    /// Matches per province, in `Province.all` order.
    public var provinceCounts: [Int] { Province.all.indices.map { count(province: $0) } }

    /// Matches per system over all provinces.
    public func count(system: ProtectionSystem) -> Int {
        Province.all.indices.reduce(0) { $0 + count(province: $1, system: system) }
    }

    /// The indices as 32-bit codes, for the narrowing passes.
    var codes: [UInt32]? {
        if case .list(let l) = storage { return l }
        return nil
    }
}
