import Dashboard
import Foundation
import Protection

/// The keystroke benchmark's queries, typed one character at a time and deleted back.
let queries = ["学校保护", "jzxx", "p:nmg s:sf >10"]

func keystrokes(_ query: String) -> [String] {
    let chars = Array(query)
    let typing = (1...chars.count).map { String(chars[0..<$0]) }
    return typing + typing.dropLast().reversed() + [""]
}

/// Child mode: load the CSV as users do, build the filter index, report, exit.
func loadChild(_ path: String) -> Never {
    do {
        let (dataset, loadMS) = try Clock.time { try DatasetLoader().load(path: path) }
        let loadPeak = peakMemoryMiB()
        let (index, indexMS) = Clock.time { FilterIndex(dataset) }
        print("load_ms=\(loadMS) index_ms=\(indexMS) load_peak_mib=\(loadPeak) peak_mib=\(peakMemoryMiB()) figures=\(index.figureCount)")
        exit(0)
    } catch {
        FileHandle.standardError.write(Data("load failed: \(error)\n".utf8))
        exit(1)
    }
}

/// Runs this executable as a child on `path`; nil when it failed.
func measureLoad(_ path: String) -> (load: Double, index: Double, loadPeak: Double, peak: Double, figures: Int)? {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/proc/self/exe")
    p.arguments = ["--load-child", path]
    let out = Pipe()
    p.standardOutput = out
    do { try p.run() } catch { return nil }
    let data = out.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    guard p.terminationStatus == 0 else { return nil }
    var fields: [String: Double] = [:]
    for part in String(decoding: data, as: UTF8.self).split(whereSeparator: { $0 == " " || $0 == "\n" }) {
        let kv = part.split(separator: "=")
        if kv.count == 2 { fields[String(kv[0])] = Double(kv[1]) }
    }
    guard let l = fields["load_ms"], let i = fields["index_ms"], let lm = fields["load_peak_mib"], let m = fields["peak_mib"],
          let n = fields["figures"] else { return nil }
    return (l, i, lm, m, Int(n))
}

let options: BenchOptions
do {
    options = try BenchOptions(Array(CommandLine.arguments.dropFirst()))
} catch {
    FileHandle.standardError.write(Data("\(error)\n".utf8))
    exit(2)
}
if let path = options.loadChild { loadChild(path) }

var table = Table()
table.header()

var generate = Samples("generate dataset in memory")
let (nation, generateMS) = Clock.time { SyntheticNation(figures: options.figures, seed: options.seed) }
generate.values.append(generateMS)
table.add(generate)

let csvPath = options.writeCSV ?? NSTemporaryDirectory() + "weibao-bench-\(getpid()).csv"
var writeCSV = Samples("write CSV")
do {
    let (_, ms) = try Clock.time { try FigureRows.writeCSV(nation, to: csvPath) }
    writeCSV.values.append(ms)
    if let tsv = options.writeTSV { try FigureRows.writeTSV(nation, to: tsv) }
} catch {
    FileHandle.standardError.write(Data("cannot write \(csvPath): \(error)\n".utf8))
    exit(1)
}
table.add(writeCSV)

var load = Samples("load CSV (DatasetLoader, own process)")
var loadPeak = Samples("peak memory after load", unit: "MiB")
var peak = Samples("peak memory after load + index", unit: "MiB")
var childIndex = Samples("build filter index (same process)")
var loadFailed = false
for _ in 0..<options.loadRuns {
    guard let m = measureLoad(csvPath) else { loadFailed = true; break }
    if m.figures != options.figures { loadFailed = true; break }
    load.values.append(m.load)
    childIndex.values.append(m.index)
    loadPeak.values.append(m.loadPeak)
    peak.values.append(m.peak)
}
if options.writeCSV == nil { try? FileManager.default.removeItem(atPath: csvPath) }
if loadFailed {
    table.note(load.name, "failed: the loader did not read the CSV (see stderr); keystrokes use the in-memory data")
} else {
    table.add(load)
    table.add(childIndex)
    table.add(loadPeak)
    table.add(peak)
}

// Keystrokes run on the generated figures: the same rows the CSV holds.
let dataset = nation.dataset
let (index, indexMS) = Clock.time { FilterIndex(dataset) }
var build = Samples("build filter index (bench process)")
build.values.append(indexMS)
table.add(build)

var perQuery = queries.map { Samples("keystroke: \($0)") }
var typing = Samples("keystroke: typing (all queries)")
var deleting = Samples("keystroke: deleting (all queries)")
var all = Samples("keystroke: all of the above")
var errors = 0, matched = 0
for _ in 0..<options.rounds {
    index.clearCache()  // each round pays for its cold scans again
    for (k, q) in queries.enumerated() {
        let typed = Array(q).count
        for (step, text) in keystrokes(q).enumerated() {
            let start = Clock.now()
            if let parsed = try? Query.parse(text) {
                let result = index.filter(parsed)
                matched &+= result.count + result.count(province: 4)
            } else {
                errors += 1  // the dashboard keeps the last result: parsing is all it costs
            }
            let ms = Double(Clock.now() - start) / 1e6
            if options.trace { print(String(format: "%8.2f ms  %@", ms, text.isEmpty ? "(empty)" : text)) }
            perQuery[k].values.append(ms)
            all.values.append(ms)
            if step < typed { typing.values.append(ms) } else { deleting.values.append(ms) }
        }
    }
}
for s in perQuery { table.add(s) }
table.add(typing)
table.add(deleting)
table.add(all)
// Frames: the dashboard over the same figures, with the same index.
let (catalog, catalogMS) = Clock.time { Catalog(dataset, index: index) }
var catalogBuild = Samples("dashboard catalog (bench process)")
catalogBuild.values.append(catalogMS)
table.add(catalogBuild)
let everything = Array(index.filter(Query.everything))
table.add(FrameBench.tableFrame(catalog, rows: everything, runs: 200))
let keys = FrameBench.dashboardKeystrokes(catalog, queries: queries, rounds: options.rounds)
table.add(keys.typing)
table.add(keys.deleting)
for s in FrameBench.nationalPages(catalog, runs: 50) { table.add(s) }

let d = index.distinctCounts
print("weibao-bench: \(options.figures) figures, seed \(options.seed), \(options.rounds) typing rounds, "
      + "\(ProcessInfo.processInfo.activeProcessorCount) cores")
print("distinct: \(d.indicators) indicators, \(d.quotes) quotes, \(d.sources) sources, \(d.units) units, "
      + "\(d.values) values; \(errors / options.rounds) of \(all.values.count / options.rounds) keystrokes per round are parse errors")
table.print()
if matched == 0 { print("warning: no query matched anything") }
