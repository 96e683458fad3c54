/// Running a query: pick what to start from, compile the clauses still to check, and pass
/// over the candidate figures' integer codes on every core.
extension FilterIndex {
    /// The figures matching `query`, ascending, with per-province and per-(province, system)
    /// counts. Reuses recent results: a query that only grew narrows the previous result.
    public func filter(_ query: Query) -> FilterResult {
        if query.isEmpty { return FilterResult(storage: .all(figureCount), placeCounts: allCounts) }
        lock.lock()
        defer { lock.unlock() }
        if let cached = results.result(for: query) { return cached }
        let base = results.base(for: query)
        // Clauses the base already enforced hold for every candidate.
        let pending = query.clauses.filter { c in !(base?.query.clauses.contains(c) ?? false) }
        let candidates = base?.result.codes
        let visiting = candidates?.count ?? figureCount
        let compiled = pending.map { CompiledClause($0, index: self, candidates: visiting) }
        let result = run(compiled, over: candidates)
        results.store(result, for: query)
        return result
    }

    /// Parses and runs `text`; for `weibao export --filter` and other one-shot callers.
    public func filter(_ text: String) throws(QueryError) -> FilterResult {
        filter(try Query.parse(text))
    }

    /// Forgets recent results and term matches (for measuring cold scans).
    public func clearCache() {
        lock.lock()
        defer { lock.unlock() }
        results = ResultCache()
        terms = TermCache()
    }

    private func run(_ clauses: [CompiledClause], over candidates: [UInt32]?) -> FilterResult {
        let total = candidates?.count ?? figureCount
        let places = Self.places
        let parts = Parallel.map(total, minChunk: 16_384) { r -> ([UInt32], [Int]) in
            var out: [UInt32] = []
            var counts = [Int](repeating: 0, count: places)
            counts.withUnsafeMutableBufferPointer { counts in
                func visit(_ i: Int) {
                    for c in clauses where !c.holds(i) { return }
                    out.append(UInt32(i))
                    counts[Int(place[i])] += 1
                }
                if let candidates {
                    candidates.withUnsafeBufferPointer { cand in
                        for j in r { visit(Int(cand[j])) }
                    }
                } else {
                    for i in r { visit(i) }
                }
            }
            return (out, counts)
        }
        var counts = [Int](repeating: 0, count: places)
        var list: [UInt32] = []
        list.reserveCapacity(parts.reduce(0) { $0 + $1.0.count })
        for (l, c) in parts {
            list.append(contentsOf: l)
            for k in 0..<places { counts[k] += c[k] }
        }
        return FilterResult(storage: .list(list), placeCounts: counts)
    }
}
