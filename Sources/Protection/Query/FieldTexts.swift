/// The texts a term is matched against, per field, folded: the one definition that both the
/// reference matcher and `FilterIndex` follow.
///
/// Pinyin applies to the short fields only, never to the quote: a quote is long and nearly
/// unique per figure, and matching every reading of every character of a million quotes
/// costs far more than a keystroke allows (docs/filter.md, "Why no pinyin in quotes").
enum FieldTexts {
    /// Full, short, abbreviation, romanization and English name; pinyin of the full name only
    /// (the short name is inside it; pinyin of the one-letter abbreviation would only add noise).
    static func province(_ p: Province) -> (plain: [String], pinyin: [String]) {
        (p.names.map(TextFold.fold), [TextFold.fold(p.fullName)])
    }

    /// 家庭保护 (its short form 家庭 is a prefix of it) and `family`.
    static func system(_ s: ProtectionSystem) -> (plain: [String], pinyin: [String]) {
        ([s.name, s.english], [s.name])
    }

    static let provinces = Province.all.map(province)
    static let systems = ProtectionSystem.allCases.map(system)

    /// The outlet and the source id; pinyin of the outlet (ids are ASCII already).
    static func source(outlet: String, id: String) -> (plain: [String], pinyin: [String]) {
        let o = TextFold.fold(outlet)
        return ([o, TextFold.fold(id)], [o])
    }
}

extension TextTerm {
    /// Whether the folded needle is a substring of `folded` (compared as UTF-8, which is the
    /// same as comparing scalars).
    func isSubstring(of folded: String) -> Bool {
        var a = folded
        return a.withUTF8 { hay in
            bytes.withUnsafeBufferPointer { ByteSearch.firstIndex(of: $0, in: hay, from: 0) != nil }
        }
    }

    func matches(plain: [String], pinyin pinyinTexts: [String]) -> Bool {
        if plain.contains(where: isSubstring(of:)) { return true }
        guard let pinyin else { return false }
        return pinyinTexts.contains(where: pinyin.matches)
    }
}

extension Query {
    /// Whether `figure` satisfies the query: the reference definition, one figure at a time.
    /// `FilterIndex` gives the same answers for a whole dataset, fast.
    public func matches(_ figure: Figure, in dataset: Dataset) -> Bool {
        matches(figure, outlet: dataset.source(id: figure.sourceID)?.outlet ?? "")
    }

    /// As `matches(_:in:)`, with the outlet of the figure's source given directly.
    public func matches(_ figure: Figure, outlet: String) -> Bool {
        clauses.allSatisfy { clause in
            clause.alternatives.contains { term in
                switch term {
                case .number(let n):
                    return n.contains(figure.value) && (n.unit == nil || TextFold.fold(figure.unit) == n.unit)
                case .text(let t):
                    return t.matches(figure, outlet: outlet)
                }
            } != clause.negated
        }
    }
}

extension TextTerm {
    func matches(_ figure: Figure, outlet: String) -> Bool {
        if fields.contains(.indicator) {
            let s = TextFold.fold(figure.indicator)
            if matches(plain: [s], pinyin: [s]) { return true }
        }
        if fields.contains(.province) {
            let t = FieldTexts.provinces[figure.provinceIndex]
            if matches(plain: t.plain, pinyin: t.pinyin) { return true }
        }
        if fields.contains(.system) {
            let t = FieldTexts.systems[Int(figure.system.rawValue)]
            if matches(plain: t.plain, pinyin: t.pinyin) { return true }
        }
        if fields.contains(.unit) {
            let s = TextFold.fold(figure.unit)
            if matches(plain: [s], pinyin: [s]) { return true }
        }
        if fields.contains(.source) {
            let t = FieldTexts.source(outlet: outlet, id: figure.sourceID)
            if matches(plain: t.plain, pinyin: t.pinyin) { return true }
        }
        if fields.contains(.quote), isSubstring(of: TextFold.fold(figure.quote)) { return true }
        return false
    }
}
