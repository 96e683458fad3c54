import Ingest

/// `weibao ingest`: a report file of unknown encoding, decoded, split into articles and read
/// for figures, measures and events.
let ingester = Ingester(options: IngestOptions(file: "fuzz.txt"))

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    _ = try? ingester.run(bytes: Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}
