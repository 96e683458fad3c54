import Testing
@testable import Ingest
import Protection

/// Random mixes of the pieces the rules look for never trap, and what comes out always loads.
@Suite struct RandomTextTests {
    /// xorshift: the same texts on every run.
    struct Rng: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            return state
        }
    }

    static let pieces = [
        "河南省", "内蒙古", "全省", "由", "从", "降至", "提高到", "分别", "分别达到", "、", "，", "。", "；", "：", "\n", "\n\n", " ", "　",
        "（据《河南日报》）", "(据人民网)", "《", "》", "“", "”", "（", "）", "(", ")", "第", "一是", "二是", "家庭保护", "学校",
        "2021", "年", "6", "月", "15", "日", "的", "201", "人", "104", "万", "亿", "余", "多", "以上", "超过", "近", "每人每月",
        "元", "/人/月", "%", "个", "所", "三千", "四", "两", "一", "十", "零", "0", "—", "岁", "12345", "1,087", "3.5", ".", ",",
        "召开", "会议", "副省长", "戴柏华", "印发", "开展", "实现全覆盖", "对", "等", "星期五", "第 5 版", "— 5 —", "责任编辑：李",
        "（下转第 2 版）", "來源：人民網", "萬", "餘", "個", "兒童福利機構", "本报讯", "A", "5G",
    ]

    @Test func randomTextsNeverTrapAndAlwaysLoad() {
        var rng = Rng(state: 0x9E37_79B9_7F4A_7C15)
        for n in 0..<400 {
            var text = ""
            for _ in 0..<Int.random(in: 1...160, using: &rng) { text += Self.pieces.randomElement(using: &rng)! }
            let result = Ingester(options: IngestOptions(file: "random-\(n).txt")).run(text: text)
            for f in result.figures {
                #expect(Quantity.parse(f.record.text).map(\.value) == .success(f.record.value), "\(n): \(f.record.text)")
            }
            let bytes = IngestOutput.render(result, format: .dataset)
            let report = DatasetLoader().check(bytes: bytes, name: "/nonexistent/random.json", format: .json)
            #expect(report.diagnostics.isEmpty, "\(n): \(report.diagnostics.prefix(3).map(\.description)) in \(text.debugDescription)")
        }
    }

    /// Random scalars from the ranges a report uses, and random bytes: never a trap.
    @Test func randomScalarsAndBytes() {
        var rng = Rng(state: 0xD1B5_4A32_D192_ED03)
        let ranges: [ClosedRange<UInt32>] = [0x20...0x7E, 0x4E00...0x4E80, 0x3000...0x3011, 0xFF01...0xFF5E, 0x0A...0x0A, 0x2014...0x201D]
        for n in 0..<300 {
            var text = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0...600, using: &rng) {
                let r = ranges.randomElement(using: &rng)!
                text.append(Unicode.Scalar(UInt32.random(in: r, using: &rng))!)
            }
            _ = Ingester(options: IngestOptions(province: n % 2 == 0 ? "河南" : nil, file: "s.txt")).run(text: String(text))
            let bytes = (0..<Int.random(in: 0...300, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) }
            _ = try? Ingester(options: IngestOptions(province: "河南", file: "b.txt")).run(bytes: bytes)
        }
    }
}
