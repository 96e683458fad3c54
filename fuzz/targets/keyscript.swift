import Dashboard
import Protection

/// The `--keys` parser, and the keys it reads played through update and render.
let catalog: Catalog = {
    do { return Catalog(try DatasetLoader().loadEmbedded()) } catch { fatalError("\(error)") }
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    guard let keys = try? KeyScript.parse(text) else { return 0 }
    var state = Root.initialState(width: 100, height: 30, catalog: catalog)
    for key in keys.prefix(64) { _ = Root.update(&state, .key(key), catalog) }
    _ = Root.render(state, catalog)
    return 0
}
