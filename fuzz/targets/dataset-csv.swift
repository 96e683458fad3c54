import Foundation
import Protection

/// The dataset loader on CSV: reader, row decoding, reference names, quantities,
/// resolution across records. Source texts are looked for in an empty folder only.
let loader = DatasetLoader(currentDirectory: NSTemporaryDirectory() + "weibao-fuzz-empty")

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let report = loader.check(bytes: bytes, name: "fuzz.csv", format: .csv)
    if let dataset = report.dataset {
        // What a loaded dataset is then used for: exports and the filter index.
        _ = FigureExport.csv(dataset)
        _ = FigureExport.json(dataset)
        _ = FilterIndex(dataset)
    }
    return 0
}
