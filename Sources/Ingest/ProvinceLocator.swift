import Protection

/// Which province an article reports on, from the names in its text and the outlet it cites.
///
/// Full names (内蒙古自治区) weigh 3, short names (内蒙古) 2, cities 1 (a capital or a large
/// city names its province: 呼和浩特, 海口); the headline counts double; the outlet's own
/// name adds 3 (《河南日报》 → 河南, 《呼和浩特日报》 → 呼和浩特 → 内蒙古). One-character
/// abbreviations (豫, 蒙) are not used: in running text they are ordinary words.
enum ProvinceLocator {
    struct Located {
        var index: Int
        var rule: String
        var confidence: Double
    }

    /// City → province short name. Capitals, and large cities a report names on its own.
    static let cities: [(String, String)] = [
        ("石家庄", "河北"), ("唐山", "河北"), ("太原", "山西"), ("大同", "山西"), ("呼和浩特", "内蒙古"), ("包头", "内蒙古"),
        ("鄂尔多斯", "内蒙古"), ("赤峰", "内蒙古"), ("沈阳", "辽宁"), ("大连", "辽宁"), ("长春", "吉林"), ("哈尔滨", "黑龙江"),
        ("南京", "江苏"), ("苏州", "江苏"), ("无锡", "江苏"), ("杭州", "浙江"), ("宁波", "浙江"), ("温州", "浙江"), ("合肥", "安徽"),
        ("福州", "福建"), ("厦门", "福建"), ("泉州", "福建"), ("南昌", "江西"), ("赣州", "江西"), ("济南", "山东"), ("青岛", "山东"),
        ("烟台", "山东"), ("郑州", "河南"), ("洛阳", "河南"), ("开封", "河南"), ("武汉", "湖北"), ("宜昌", "湖北"), ("长沙", "湖南"),
        ("株洲", "湖南"), ("广州", "广东"), ("深圳", "广东"), ("东莞", "广东"), ("佛山", "广东"), ("南宁", "广西"), ("桂林", "广西"),
        ("柳州", "广西"), ("海口", "海南"), ("三亚", "海南"), ("儋州", "海南"), ("琼海", "海南"), ("成都", "四川"), ("绵阳", "四川"),
        ("贵阳", "贵州"), ("遵义", "贵州"), ("昆明", "云南"), ("大理", "云南"), ("拉萨", "西藏"), ("西安", "陕西"), ("延安", "陕西"),
        ("兰州", "甘肃"), ("天水", "甘肃"), ("西宁", "青海"), ("银川", "宁夏"), ("乌鲁木齐", "新疆"), ("喀什", "新疆"),
        ("台北", "台湾"), ("高雄", "台湾"), ("九龙", "香港"), ("新界", "香港"),
    ]

    struct Name {
        var word: [Unicode.Scalar]
        var province: Int
        var weight: Int
        var kind: String
    }

    static let names: [Name] = {
        var out: [Name] = []
        for (i, p) in Province.all.enumerated() {
            out.append(Name(word: scalars(p.fullName), province: i, weight: 3, kind: "全称"))
            if p.shortName != p.fullName { out.append(Name(word: scalars(p.shortName), province: i, weight: 2, kind: "简称")) }
        }
        if let nm = Province.index(named: "内蒙古") { out.append(Name(word: scalars("内蒙"), province: nm, weight: 2, kind: "简称")) }
        for (city, short) in cities {
            if let i = Province.index(named: short) { out.append(Name(word: scalars(city), province: i, weight: 1, kind: "城市")) }
        }
        // Longest first, so 内蒙古自治区 is read before 内蒙古 before 内蒙.
        return out.sorted { $0.word.count > $1.word.count }
    }()

    static let firstScalars: Set<Unicode.Scalar> = Set(names.map { $0.word[0] })

    /// Weighted mentions of each province in a reading, and the best-known name of each.
    static func mentions(_ r: [Unicode.Scalar], weight factor: Int, into scores: inout [Int: (score: Int, names: [String: Int])]) {
        var i = 0
        while i < r.count {
            if firstScalars.contains(r[i]), let n = names.first(where: { r.has($0.word, at: i) }) {
                var entry = scores[n.province] ?? (0, [:])
                entry.score += n.weight * factor
                entry.names[String(String.UnicodeScalarView(n.word)), default: 0] += 1
                scores[n.province] = entry
                i += n.word.count
                continue
            }
            i += 1
        }
    }

    /// The province of an article; nil when no name is found.
    static func locate(body: [Unicode.Scalar], headline: [Unicode.Scalar], outlet: String) -> Located? {
        var scores: [Int: (score: Int, names: [String: Int])] = [:]
        mentions(body, weight: 1, into: &scores)
        mentions(headline, weight: 2, into: &scores)
        var outletScores: [Int: (score: Int, names: [String: Int])] = [:]
        mentions(Array(outlet.unicodeScalars).map(Traditional.simplified), weight: 1, into: &outletScores)
        for (p, e) in outletScores {
            var entry = scores[p] ?? (0, [:])
            entry.score += 3
            entry.names["《outlet》\(outlet)", default: 0] += e.score > 0 ? 1 : 0
            scores[p] = entry
        }
        let ranked = scores.sorted { $0.value.score != $1.value.score ? $0.value.score > $1.value.score : $0.key < $1.key }
        guard let best = ranked.first, best.value.score > 0 else { return nil }
        let second = ranked.count > 1 ? ranked[1].value.score : 0
        let named = best.value.names.sorted { $0.value > $1.value }.prefix(3).map { k, v in
            k.hasPrefix("《outlet》") ? "outlet \(k.dropFirst(8))" : "\(k) ×\(v)"
        }.joined(separator: ", ")
        let confidence = min(0.99, 0.5 + 0.5 * Double(best.value.score - second) / Double(best.value.score))
        return Located(index: best.key, rule: "named in the text: \(named)", confidence: confidence)
    }

    /// Province named in a short text (a headline), for matching headlines to bodies.
    static func province(in r: [Unicode.Scalar]) -> Int? {
        var scores: [Int: (score: Int, names: [String: Int])] = [:]
        mentions(r, weight: 1, into: &scores)
        return scores.max { $0.value.score < $1.value.score }?.key
    }
}
