/// Which figures an export (or a screen) takes: one province, one system, or both.
public struct FigureFilter: Sendable, Hashable {
    /// Index into `Province.all`; nil for all.
    public var provinceIndex: Int?
    public var system: ProtectionSystem?

    public init(provinceIndex: Int? = nil, system: ProtectionSystem? = nil) {
        self.provinceIndex = provinceIndex
        self.system = system
    }

    /// From names as a user types them (`内蒙古`, `Inner Mongolia`, `150000`; `家庭`, `family`).
    /// The error lists every accepted value, for the command line.
    public init(province: String?, system: String?) throws(ProblemMessage) {
        if let province {
            guard let index = Province.index(named: province) else {
                var message = "unknown province \"\(province)\""
                if let guess = ReferenceNames.provinceGuess(province) { message += " (did you mean \(guess.shortName)?)" }
                throw ProblemMessage(message + ", expected one of: \(ReferenceNames.allProvinceNames) (or a full name, abbreviation, English name or GB/T 2260 code)")
            }
            provinceIndex = index
        }
        if let system {
            switch ReferenceNames.system(system) {
            case .success(let s): self.system = s
            case .failure(let e): throw e
            }
        }
    }

    public func matches(_ figure: Figure) -> Bool { matches(province: figure.provinceIndex, system: figure.system) }

    /// For any record of a province and a system (measures and events too).
    public func matches(province: Int, system: ProtectionSystem) -> Bool {
        (provinceIndex == nil || province == provinceIndex) && (self.system == nil || system == self.system)
    }
}
