/// When one query's matches are a subset of another's, so the longer query can be run on the
/// shorter one's result: typing `学` then `学校`, `>1` then `>10`, `p:nmg` then `p:nmg s:sf`.
/// Conservative: `false` only costs a wider scan, never a wrong answer.
extension Query {
    /// Whether every figure matching `self` also matches `base`.
    func refines(_ base: Query) -> Bool {
        base.clauses.allSatisfy { b in clauses.contains { $0.implies(b) } }
    }
}

extension Query.Clause {
    func implies(_ other: Query.Clause) -> Bool {
        if self == other { return true }
        guard negated == other.negated else { return false }
        if !negated {
            // Each of my alternatives implies one of theirs.
            return alternatives.allSatisfy { a in other.alternatives.contains { a.implies($0) } }
        }
        // !A ⇒ !B when B ⇒ A.
        return other.alternatives.allSatisfy { b in alternatives.contains { b.implies($0) } }
    }
}

extension Query.Term {
    func implies(_ other: Query.Term) -> Bool {
        switch (self, other) {
        case (.text(let a), .text(let b)):
            // A text containing a's needle contains b's (also by pinyin: docs/filter.md).
            return a.fields.isSubset(of: b.fields) && TermCache.contains(a.bytes, b.bytes)
        case (.number(let a), .number(let b)):
            return (b.unit == nil || a.unit == b.unit) && a.isWithin(b)
        default:
            return false
        }
    }
}

extension NumberTerm {
    /// Whether every value admitted by `self` is admitted by `other`.
    func isWithin(_ other: NumberTerm) -> Bool {
        if let o = other.lower {
            guard let l = lower else { return false }
            let c = ExactNumber.compare(l.value, o.value)
            if c < 0 || (c == 0 && l.inclusive && !o.inclusive) { return false }
        }
        if let o = other.upper {
            guard let u = upper else { return false }
            let c = ExactNumber.compare(u.value, o.value)
            if c > 0 || (c == 0 && u.inclusive && !o.inclusive) { return false }
        }
        return true
    }
}

/// Recent results, keyed by query. Deleting back through what was typed finds each earlier
/// query here; typing on narrows the smallest cached result the new query refines.
struct ResultCache {
    private var entries: [(query: Query, result: FilterResult)] = []
    static let capacity = 24

    mutating func result(for query: Query) -> FilterResult? {
        guard let k = entries.firstIndex(where: { $0.query == query }) else { return nil }
        let e = entries.remove(at: k)
        entries.append(e)
        return e.result
    }

    /// The cached query with the fewest matches that `query` refines.
    func base(for query: Query) -> (query: Query, result: FilterResult)? {
        var best: (query: Query, result: FilterResult)?
        for e in entries where e.query.isEmpty == false {
            if let b = best, b.result.count <= e.result.count { continue }
            if query.refines(e.query) { best = e }
        }
        return best
    }

    mutating func store(_ result: FilterResult, for query: Query) {
        entries.append((query, result))
        if entries.count > Self.capacity { entries.removeFirst() }
    }
}
