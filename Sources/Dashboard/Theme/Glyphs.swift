/// The few symbols the UI draws besides text. Unicode ones are East Asian Ambiguous or
/// Neutral; `--ascii` swaps them for plain ASCII for terminals that draw them two columns wide.
public struct Glyphs: Sendable, Hashable {
    public var ellipsis: String
    public var arrow: String
    public var marker: String
    public var up: String
    public var down: String
    public var separator: String
    public var crumb: String
    /// Bars and gauges: a full block, and a light shade for a gauge's empty part.
    public var bar: String
    public var gaugeEmpty: String
    /// One to seven eighths of a block, for bars finer than a cell; none in ASCII.
    public var partialBars: [String]
    /// One to seven eighths of a cell from the bottom, for column charts; none in ASCII.
    public var columnBars: [String] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇"]

    public static let unicode = Glyphs(ellipsis: "…", arrow: "→", marker: "›", up: "▲", down: "▼", separator: "·",
                                       crumb: " › ", bar: "█", gaugeEmpty: "░",
                                       partialBars: ["▏", "▎", "▍", "▌", "▋", "▊", "▉"])
    public static let ascii = Glyphs(ellipsis: "~", arrow: "->", marker: ">", up: "+", down: "-", separator: "|",
                                     crumb: " > ", bar: "#", gaugeEmpty: ".", partialBars: [], columnBars: [])
}
