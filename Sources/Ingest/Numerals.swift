/// Characters that make up numbers in a report, and the words around numbers that decide
/// whether a number is a figure: units, qualifiers, rates, and the words that mark it as a
/// date, an ordinal or a structure word instead.
enum Numerals {
    static let digit: [Unicode.Scalar: Int] = [
        "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
        "壹": 1, "贰": 2, "叁": 3, "肆": 4, "伍": 5, "陆": 6, "柒": 7, "捌": 8, "玖": 9,
    ]
    /// Characters that continue a Chinese numeral once it has started (financial forms too).
    static let chineseBody: Set<Unicode.Scalar> = Set("零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟".unicodeScalars)
    /// Financial numerals (壹佰贰拾) in their everyday forms, as `Quantity` reads them.
    static let financial: [Unicode.Scalar: Unicode.Scalar] = [
        "壹": "一", "贰": "二", "叁": "三", "肆": "四", "伍": "五", "陆": "六", "柒": "七", "捌": "八", "玖": "九",
        "拾": "十", "佰": "百", "仟": "千",
    ]

    static func everyday(_ numeral: String) -> String {
        String(String.UnicodeScalarView(numeral.unicodeScalars.map { financial[$0] ?? $0 }))
    }

    /// Per-unit rates `Quantity` does not know (每生每年, 每户每月, 每校): written into the unit
    /// instead (6000 元/生/年), which it reads.
    static let perWhom: Set<Unicode.Scalar> = Set("生户校床所村人".unicodeScalars)
    static let perWhen: Set<Unicode.Scalar> = Set("年月天日次".unicodeScalars)
    /// Nouns that make a bare 万 a count of people: 农村留守儿童近 12 万.
    static let people: [[Unicode.Scalar]] = ["儿童", "人口", "学生", "未成年人", "群众", "家长", "孤儿", "青少年", "师生"].map { scalars($0) }
    /// Multipliers after Arabic digits: 174万, 25.68亿, 3千.
    static let multipliers: Set<Unicode.Scalar> = Set("十百千万亿".unicodeScalars)

    /// Counting units a figure may carry, longest first so 人次 wins over 人.
    static let units: [[Unicode.Scalar]] = [
        "个百分点", "平方米", "人次", "户次", "场次", "件次", "个次", "批次", "课时", "学时", "万元", "公里", "千米", "余人",
        "%", "‰", "倍", "人", "名", "位", "户", "家", "个", "所", "座", "处", "间", "张", "件", "起", "宗", "份", "项", "条",
        "场", "次", "批", "支", "本", "册", "套", "台", "辆", "部", "篇", "期", "节", "例", "对", "班", "元", "亩", "款",
        "种", "床", "吨", "只", "棵", "块", "盏", "栋", "面", "组", "单", "笔", "门", "类", "级", "岁",
    ].map { scalars($0) }.sorted { $0.count > $1.count }

    /// Units that never make a count of things: a level (四级网络), a category (三类残疾儿童),
    /// an age (0—6 岁). They are read so the number is recognised, then skipped.
    static let structureUnits: [String: String] = [
        "级": "a level or tier (四级网络), not a count", "类": "a category in a name (三类残疾儿童), not a count",
        "岁": "an age inside a name (0—6 岁), not a figure",
    ]

    /// After a number: a date or a duration, never a figure.
    static let timeWords: [[Unicode.Scalar]] = ["年", "月", "日", "号", "时", "点", "分钟", "小时", "天", "周", "个月", "季度", "学年", "世纪"].map { scalars($0) }

    /// After a Chinese numeral: structure words (六大保护, 三重保障, 一是, 一系列, 一体化).
    static let structureAfterChinese: [[Unicode.Scalar]] = [
        "大", "重", "是", "方面", "化", "体", "系列", "步", "线", "流", "律", "样", "致", "同", "些", "切", "旦",
        "站式", "对一", "把手", "员", "下", "上", "中", "要", "手", "心", "带一路", "不", "定", "般", "直",
    ].map { scalars($0) }

    /// Before the number: the qualifiers `Quantity` reads, longest first.
    static let prefixQualifiers: [[Unicode.Scalar]] = ["不超过", "将近", "接近", "大约", "不足", "最高", "最多", "超过", "多于", "逾", "约", "近"]
        .map { scalars($0) }
    /// Rates written before the number, as `Quantity` reads them.
    static let rates: [[Unicode.Scalar]] = ["每人每月", "每人每年", "每人每天", "每人每次", "每月", "每年", "每人", "每天"].map { scalars($0) }
    /// After the unit.
    static let suffixQualifiers: [[Unicode.Scalar]] = ["以上", "左右"].map { scalars($0) }
    /// A number followed by these with 的 is a condition in a name (30 万以上人口的旗县).
    static let conditionWords: [[Unicode.Scalar]] = ["以上", "以下", "以内"].map { scalars($0) }

    static func isArabic(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }
    static func isLatin(_ c: Unicode.Scalar) -> Bool { ("a"..."z").contains(c) || ("A"..."Z").contains(c) }
    static func isCJK(_ c: Unicode.Scalar) -> Bool { (0x4E00...0x9FFF).contains(c.value) || (0x3400...0x4DBF).contains(c.value) }
}
