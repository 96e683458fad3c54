import Foundation
import Protection

/// The dataset loader on the formats read from a file rather than from memory: a SQLite
/// database (bytes starting with sqlite's header) or else an .xlsx workbook. The bytes are
/// written to a file of their own and loaded as --data would, with its diagnostics.
let loader = DatasetLoader(currentDirectory: NSTemporaryDirectory() + "weibao-fuzz-empty")
let base = NSTemporaryDirectory() + "weibao-fuzz-\(getpid())"
let sqliteHeader = Array("SQLite format 3".utf8)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    let path = base + (bytes.starts(with: sqliteHeader) ? ".db" : ".xlsx")
    guard FileManager.default.createFile(atPath: path, contents: Data(buffer: bytes)) else { return 0 }
    let report = loader.check(path: path)
    if let dataset = report.dataset {
        _ = FigureExport.csv(dataset)
        _ = FilterIndex(dataset)
    }
    return 0
}
