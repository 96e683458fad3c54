/// Command-line flags (read by hand: the benchmark depends on the model layer only).
struct BenchOptions {
    var figures = 1_000_000
    var seed: UInt64 = 1
    var writeCSV: String?
    var writeTSV: String?
    /// Typing sessions over all queries, each starting from an empty cache.
    var rounds = 5
    /// Separate processes that each load the CSV, for load time and peak memory.
    var loadRuns = 3
    /// Print every keystroke's time and match count.
    var trace = false
    /// Internal: load this CSV, build the index, print one line of numbers, exit.
    var loadChild: String?

    static let usage = """
    usage: weibao-bench [--figures N] [--seed S] [--write-csv PATH] [--write-tsv PATH]
                        [--rounds R] [--load-runs K] [--trace]
    Generates a synthetic national dataset (N figures, default 1,000,000, fixed seed), writes it as
    CSV, loads it with the dataset loader, and times per-keystroke filtering while typing
    学校保护, jzxx and `p:nmg s:sf >10` and deleting back to empty. Prints median, p99 and max.
    """

    init(_ args: [String]) throws(BenchError) {
        var i = 0
        func value() throws(BenchError) -> String {
            i += 1
            guard i < args.count else { throw BenchError("\(args[i - 1]) needs a value") }
            return args[i]
        }
        func int(_ s: String) throws(BenchError) -> Int {
            guard let n = Int(s.replacingOccurrences(of: "_", with: "")), n >= 0 else { throw BenchError("not a count: \(s)") }
            return n
        }
        while i < args.count {
            switch args[i] {
            case "--figures": figures = try int(try value())
            case "--seed": seed = UInt64(try int(try value()))
            case "--write-csv": writeCSV = try value()
            case "--write-tsv": writeTSV = try value()
            case "--rounds": rounds = max(1, try int(try value()))
            case "--load-runs": loadRuns = try int(try value())
            case "--load-child": loadChild = try value()
            case "--trace": trace = true
            case "-h", "--help": throw BenchError(Self.usage)
            default: throw BenchError("unknown argument \(args[i])\n\(Self.usage)")
            }
            i += 1
        }
    }
}

struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ message: String) { description = message }
}
