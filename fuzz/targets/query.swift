import Protection

/// The filter query parser, and each query that parses run against the seed dataset's index.
let index: FilterIndex = {
    do { return FilterIndex(try DatasetLoader().loadEmbedded()) } catch { fatalError("\(error)") }
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    if let query = try? Query.parse(text) { _ = index.filter(query) }
    return 0
}
