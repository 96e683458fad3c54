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
        var compiled = pending.map { CompiledClause($0, index: self, candidates: visiting) }
        var start = candidates
        if base == nil, let seed = seedClause(compiled) {
            // Collect the most selective clause's figures instead of visiting every figure.
            start = compiled[seed.index].seedFigures(figureCount: figureCount, expected: seed.estimate)
            compiled.remove(at: seed.index)
        }
        let result = run(compiled, over: start)
        results.store(result, for: query)
        return result
    }

    /// The clause worth collecting through the inverted codes: the seedable one with the
    /// fewest matches, when they are well under all figures (past that, a pass is as quick).
    private func seedClause(_ clauses: [CompiledClause]) -> (index: Int, estimate: Int)? {
        var best: (index: Int, estimate: Int)?
        for (k, c) in clauses.enumerated() where c.canSeed {
            let e = c.estimatedMatches
            if e < figureCount / 2, best == nil || e < best!.estimate { best = (k, e) }
        }
        return best
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
        // Most selective first: later clauses then test fewer figures.
        let ordered = clauses.sorted { $0.selectivity < $1.selectivity }
        let total = candidates?.count ?? figureCount
        let places = Self.places
        let parts: [Survivors] = quotes.bytes.withUnsafeBufferPointer { qb in
            quotes.starts.withUnsafeBufferPointer { qs in
                var storage: [UnsafeMutableRawPointer] = []
                defer { for p in storage { p.deallocate() } }
                let plans = ordered.map { $0.plan(self, quoteBytes: qb, quoteStarts: qs, storage: &storage) }
                return withExtendedLifetime(ordered) {
                    plans.withUnsafeBufferPointer { plans in
                        let plansBox = UncheckedBox(plans)
                        return (candidates ?? []).withUnsafeBufferPointer { cand in
                            let source: UnsafeBufferPointer<UInt32>? = candidates == nil ? nil : cand
                            return Parallel.map(total, minChunk: 16_384) { r in
                                Self.pass(plansBox.value, source: source, range: r, place: place, places: places)
                            }
                        }
                    }
                }
            }
        }
        defer { for p in parts { p.buffer.deallocate() } }
        var counts = [Int](repeating: 0, count: places)
        for p in parts {
            for k in 0..<places { counts[k] += p.counts[k] }
        }
        let matched = parts.reduce(0) { $0 + $1.count }
        if candidates == nil && matched == figureCount {
            return FilterResult(storage: .all(figureCount), placeCounts: counts)
        }
        // One copy from the chunks' buffers into the result.
        let list = [UInt32](unsafeUninitializedCapacity: matched) { out, initialized in
            var n = 0
            for p in parts {
                if p.count > 0 { (out.baseAddress! + n).initialize(from: p.buffer.baseAddress!, count: p.count) }
                n += p.count
            }
            initialized = n
        }
        return FilterResult(storage: .list(list), placeCounts: counts)
    }

    /// A chunk's matches, in a buffer the caller frees.
    struct Survivors {
        let buffer: UnsafeMutableBufferPointer<UInt32>
        let count: Int
        let counts: [Int]
    }

    /// One chunk: the first clause picks from the source, each further clause filters the
    /// survivors in place; then the survivors are counted per province and system.
    private static func pass(_ plans: UnsafeBufferPointer<ClausePlan>, source: UnsafeBufferPointer<UInt32>?,
                             range r: Range<Int>, place: UnsafeMutableBufferPointer<UInt32>, places: Int) -> Survivors {
        let buffer = UnsafeMutableBufferPointer<UInt32>.allocate(capacity: max(r.count, 1))
        var n = 0
        if let first = plans.first {
            if let source {
                for j in r {
                    let i = source[j]
                    if first.holds(Int(i)) { buffer[n] = i; n += 1 }
                }
            } else {
                for i in r where first.holds(i) { buffer[n] = UInt32(i); n += 1 }
            }
            for plan in plans.dropFirst() {
                var m = 0
                for j in 0..<n {
                    let i = buffer[j]
                    if plan.holds(Int(i)) { buffer[m] = i; m += 1 }
                }
                n = m
            }
        } else if let source {
            for j in r { buffer[n] = source[j]; n += 1 }
        } else {
            for i in r { buffer[n] = UInt32(i); n += 1 }
        }
        var counts = [Int](repeating: 0, count: places)
        counts.withUnsafeMutableBufferPointer { c in
            for j in 0..<n { c[Int(place[Int(buffer[j])])] += 1 }
        }
        return Survivors(buffer: buffer, count: n, counts: counts)
    }
}
