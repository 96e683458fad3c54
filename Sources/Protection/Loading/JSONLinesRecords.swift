/// JSON Lines (`.jsonl`, `.ndjson`): one exported figure object a line, as
/// `weibao export --format jsonl` writes them; each is checked as an element of the exported
/// JSON array would be.
extension LoadSession {
    func decodeJSONLines(_ bytes: [UInt8], file: Int32) {
        let name = files[Int(file)].name
        let (values, errors) = JSONParser.parseLines(bytes)
        for e in errors { log.add(name, e.position, e.message) }
        for v in values { decodeFigure(v, file: file, export: true) }
    }
}
