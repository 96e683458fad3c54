import Protection

/// A reproducible national dataset of figures: 34 provinces × six systems and 综合, thousands
/// of distinct indicators, reports (sources) of 10–40 figures each, quotes built around the
/// indicator and the number (a sentence with two figures gives both the same quote), values
/// with 万/亿/% and qualifiers (余, 以上, 约).
struct SyntheticNation {
    var sources: [Source] = []
    var figures: [Figure] = []

    init(figures count: Int, seed: UInt64) {
        var r = SplitMix64(seed: seed)
        let systems = ProtectionSystem.allCases
        figures.reserveCapacity(count)
        var sourceNumber = 0
        while figures.count < count {
            let provinceIndex = r.below(Province.all.count)
            let province = Province.all[provinceIndex]
            let year = 2018 + r.below(7)
            let date = "\(year)-\(pad(1 + r.below(12)))-\(pad(1 + r.below(28)))"
            let local = ["《\(province.shortName)日报》", "\(province.fullName)人民政府网", "《\(province.shortName)法治报》"]
            let outlet = r.below(3) == 0 ? Vocabulary.nationalOutlets[r.below(Vocabulary.nationalOutlets.count)]
                                         : local[r.below(local.count)]
            let sourceID = "\(province.code)-\(date)-\(sourceNumber)"
            sourceNumber += 1
            sources.append(Source(id: sourceID, outlet: outlet, headline: "\(province.shortName)未成年人保护工作情况",
                                  date: date, file: ""))
            // A report covers a few systems.
            let covered = (0..<3).map { _ in systems[r.below(systems.count)] }
            var lastQuote: String?
            for _ in 0..<(10 + r.below(31)) where figures.count < count {
                let system = covered[r.below(covered.count)]
                var f = makeFigure(&r, id: "f\(figures.count)", province: provinceIndex, system: system, date: date,
                                   sourceID: sourceID)
                if let q = lastQuote, r.below(10) < 3 { f.quote = q }  // two figures, one sentence
                // One figure in eight on a canonical indicator of its unit's family, chosen
                // from the figure's number so the random stream (and every other figure) is
                // as it was before the comparison pages had a benchmark.
                if figures.count % 8 == 0, let same = Self.canonicalByFamily[UnitFamily.family(of: f.unit)] {
                    f.canonical = same[(figures.count / 8) % same.count].id
                }
                lastQuote = f.quote
                figures.append(f)
            }
        }
    }

    static let canonicalByFamily = Dictionary(grouping: Indicators.all) { UnitFamily.family(of: $0.unit) }

    private func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    private func makeFigure(_ r: inout SplitMix64, id: String, province: Int, system: ProtectionSystem,
                            date: String, sourceID: String) -> Figure {
        let subjects = Vocabulary.subjects[system]!
        let subject = subjects[r.skewed(subjects.count)]
        let (measure, measureUnit) = Vocabulary.measures[r.skewed(Vocabulary.measures.count)]
        let indicator = Vocabulary.prefixes[r.below(Vocabulary.prefixes.count)] + subject + measure
        let unit = measureUnit.isEmpty ? Vocabulary.countUnits[r.below(Vocabulary.countUnits.count)] : measureUnit
        let q = quantity(&r, unit: unit)
        let p = Province.all[province]
        let year = date.prefix(4)
        let tail = Vocabulary.tails[r.below(Vocabulary.tails.count)].replacingOccurrences(of: "{x}", with: "\(1 + r.below(40))")
        let verb = Vocabulary.verbs[r.below(Vocabulary.verbs.count)]
        let quote: String
        switch r.below(4) {
        case 0: quote = "截至\(year)年底，\(p.shortName)\(indicator)\(verb)\(q.text)\(tail)"
        case 1: quote = "\(p.fullName)\(Vocabulary.scopes[r.below(Vocabulary.scopes.count)])\(indicator)\(verb)\(q.text)\(tail)"
        case 2: quote = "\(year)年以来，\(Vocabulary.scopes[r.below(Vocabulary.scopes.count)])\(subject)\(measure)\(verb)\(q.text)\(tail)"
        default: quote = "记者从\(p.shortName)获悉，\(indicator)\(verb)\(q.text)\(tail)"
        }
        return Figure(id: id, provinceIndex: province, system: system, indicator: indicator, value: q.value,
                      unit: unit, text: q.text, qualifier: q.qualifier, date: date, sourceID: sourceID, quote: quote)
    }

    /// A value as a report writes it, with its exact value in base units.
    private func quantity(_ r: inout SplitMix64, unit: String) -> (value: ExactNumber, text: String, qualifier: Qualifier) {
        if unit == "%" {
            let v = ExactNumber(significand: Int64(r.below(1001)), scale: 1)
            return (v, "\(v)%", .exact)
        }
        var significand: Int64, scale: UInt8 = 0, power = 0, multiplier = ""
        switch r.below(10) {
        case 0..<5:
            significand = Int64(1 + r.below(r.below(3) == 0 ? 100_000 : 5000))
        case 5..<8:
            significand = Int64(1 + r.below(9999)); scale = 2; power = 4; multiplier = "万"
        case 8:
            significand = Int64(1 + r.below(999)); power = 4; multiplier = "万"
        default:
            significand = Int64(1 + r.below(999)); scale = 2; power = 8; multiplier = "亿"
        }
        let written = ExactNumber(significand: significand, scale: scale)
        let value = written.timesPowerOfTen(power)!
        let space = r.below(2) == 0 ? " " : ""
        switch r.below(20) {
        case 0, 1: return (value, "\(written)\(space)\(multiplier)余\(unit)", .over)
        case 2: return (value, "\(written)\(space)\(multiplier)\(unit)以上", .atLeast)
        case 3: return (value, "约\(written)\(space)\(multiplier)\(unit)", .about)
        default: return (value, "\(written)\(space)\(multiplier)\(unit)", .exact)
        }
    }

    var dataset: Dataset { Dataset(sources: sources, figures: figures, measures: [], events: []) }
}

/// SplitMix64: small, fast, and the same sequence on every machine for a given seed.
struct SplitMix64 {
    private var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }

    /// Favours the first items, as real reports favour common indicators.
    mutating func skewed(_ n: Int) -> Int { min(below(n), below(n)) }
}
