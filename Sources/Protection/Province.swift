import Foundation

/// A provincial-level division of the People's Republic of China.
///
/// Codes and names follow GB/T 2260 (administrative division codes); romanizations follow
/// the Roman-letter column of GB/T 2260 (Nei Mongol, Xizang, Shaanxi …) with the common
/// English name kept beside it for search. See docs/reference-data.md.
public struct Province: Hashable, Sendable, Identifiable {
    public enum Kind: String, Sendable, CaseIterable {
        case province = "省"
        case autonomousRegion = "自治区"
        case municipality = "直辖市"
        case specialAdministrativeRegion = "特别行政区"

        public var english: String {
            switch self {
            case .province: "province"
            case .autonomousRegion: "autonomous region"
            case .municipality: "municipality"
            case .specialAdministrativeRegion: "SAR"
            }
        }
    }

    /// GB/T 2260 six-digit code, e.g. 410000 for 河南省.
    public let code: Int
    /// Full name: 内蒙古自治区.
    public let fullName: String
    /// Short name: 内蒙古.
    public let shortName: String
    /// One-character abbreviation: 蒙.
    public let abbreviation: String
    /// GB/T 2260 romanization: Nei Mongol.
    public let romanization: String
    /// Common English name where it differs: Inner Mongolia.
    public let englishName: String
    public let kind: Kind

    public var id: Int { code }

    /// Every name a user may type for this division, for lookups and search.
    public var names: [String] {
        var all = [fullName, shortName, abbreviation, romanization]
        if englishName != romanization { all.append(englishName) }
        return all
    }
}

extension Province {
    /// All 34 provincial-level divisions in GB/T 2260 code order.
    public static let all: [Province] = [
        .init(code: 110000, fullName: "北京市", shortName: "北京", abbreviation: "京", romanization: "Beijing", englishName: "Beijing", kind: .municipality),
        .init(code: 120000, fullName: "天津市", shortName: "天津", abbreviation: "津", romanization: "Tianjin", englishName: "Tianjin", kind: .municipality),
        .init(code: 130000, fullName: "河北省", shortName: "河北", abbreviation: "冀", romanization: "Hebei", englishName: "Hebei", kind: .province),
        .init(code: 140000, fullName: "山西省", shortName: "山西", abbreviation: "晋", romanization: "Shanxi", englishName: "Shanxi", kind: .province),
        .init(code: 150000, fullName: "内蒙古自治区", shortName: "内蒙古", abbreviation: "蒙", romanization: "Nei Mongol", englishName: "Inner Mongolia", kind: .autonomousRegion),
        .init(code: 210000, fullName: "辽宁省", shortName: "辽宁", abbreviation: "辽", romanization: "Liaoning", englishName: "Liaoning", kind: .province),
        .init(code: 220000, fullName: "吉林省", shortName: "吉林", abbreviation: "吉", romanization: "Jilin", englishName: "Jilin", kind: .province),
        .init(code: 230000, fullName: "黑龙江省", shortName: "黑龙江", abbreviation: "黑", romanization: "Heilongjiang", englishName: "Heilongjiang", kind: .province),
        .init(code: 310000, fullName: "上海市", shortName: "上海", abbreviation: "沪", romanization: "Shanghai", englishName: "Shanghai", kind: .municipality),
        .init(code: 320000, fullName: "江苏省", shortName: "江苏", abbreviation: "苏", romanization: "Jiangsu", englishName: "Jiangsu", kind: .province),
        .init(code: 330000, fullName: "浙江省", shortName: "浙江", abbreviation: "浙", romanization: "Zhejiang", englishName: "Zhejiang", kind: .province),
        .init(code: 340000, fullName: "安徽省", shortName: "安徽", abbreviation: "皖", romanization: "Anhui", englishName: "Anhui", kind: .province),
        .init(code: 350000, fullName: "福建省", shortName: "福建", abbreviation: "闽", romanization: "Fujian", englishName: "Fujian", kind: .province),
        .init(code: 360000, fullName: "江西省", shortName: "江西", abbreviation: "赣", romanization: "Jiangxi", englishName: "Jiangxi", kind: .province),
        .init(code: 370000, fullName: "山东省", shortName: "山东", abbreviation: "鲁", romanization: "Shandong", englishName: "Shandong", kind: .province),
        .init(code: 410000, fullName: "河南省", shortName: "河南", abbreviation: "豫", romanization: "Henan", englishName: "Henan", kind: .province),
        .init(code: 420000, fullName: "湖北省", shortName: "湖北", abbreviation: "鄂", romanization: "Hubei", englishName: "Hubei", kind: .province),
        .init(code: 430000, fullName: "湖南省", shortName: "湖南", abbreviation: "湘", romanization: "Hunan", englishName: "Hunan", kind: .province),
        .init(code: 440000, fullName: "广东省", shortName: "广东", abbreviation: "粤", romanization: "Guangdong", englishName: "Guangdong", kind: .province),
        .init(code: 450000, fullName: "广西壮族自治区", shortName: "广西", abbreviation: "桂", romanization: "Guangxi", englishName: "Guangxi", kind: .autonomousRegion),
        .init(code: 460000, fullName: "海南省", shortName: "海南", abbreviation: "琼", romanization: "Hainan", englishName: "Hainan", kind: .province),
        .init(code: 500000, fullName: "重庆市", shortName: "重庆", abbreviation: "渝", romanization: "Chongqing", englishName: "Chongqing", kind: .municipality),
        .init(code: 510000, fullName: "四川省", shortName: "四川", abbreviation: "川", romanization: "Sichuan", englishName: "Sichuan", kind: .province),
        .init(code: 520000, fullName: "贵州省", shortName: "贵州", abbreviation: "贵", romanization: "Guizhou", englishName: "Guizhou", kind: .province),
        .init(code: 530000, fullName: "云南省", shortName: "云南", abbreviation: "云", romanization: "Yunnan", englishName: "Yunnan", kind: .province),
        .init(code: 540000, fullName: "西藏自治区", shortName: "西藏", abbreviation: "藏", romanization: "Xizang", englishName: "Tibet", kind: .autonomousRegion),
        .init(code: 610000, fullName: "陕西省", shortName: "陕西", abbreviation: "陕", romanization: "Shaanxi", englishName: "Shaanxi", kind: .province),
        .init(code: 620000, fullName: "甘肃省", shortName: "甘肃", abbreviation: "甘", romanization: "Gansu", englishName: "Gansu", kind: .province),
        .init(code: 630000, fullName: "青海省", shortName: "青海", abbreviation: "青", romanization: "Qinghai", englishName: "Qinghai", kind: .province),
        .init(code: 640000, fullName: "宁夏回族自治区", shortName: "宁夏", abbreviation: "宁", romanization: "Ningxia", englishName: "Ningxia", kind: .autonomousRegion),
        .init(code: 650000, fullName: "新疆维吾尔自治区", shortName: "新疆", abbreviation: "新", romanization: "Xinjiang", englishName: "Xinjiang", kind: .autonomousRegion),
        .init(code: 710000, fullName: "台湾省", shortName: "台湾", abbreviation: "台", romanization: "Taiwan", englishName: "Taiwan", kind: .province),
        .init(code: 810000, fullName: "香港特别行政区", shortName: "香港", abbreviation: "港", romanization: "Hong Kong", englishName: "Hong Kong", kind: .specialAdministrativeRegion),
        .init(code: 820000, fullName: "澳门特别行政区", shortName: "澳门", abbreviation: "澳", romanization: "Macao", englishName: "Macao", kind: .specialAdministrativeRegion),
    ]

    private static let byName: [String: Int] = {
        var map: [String: Int] = [:]
        for (index, province) in all.enumerated() {
            for name in province.names { map[name.lowercased()] = index }
            map[String(province.code)] = index
        }
        return map
    }()

    /// Index into `all` for any accepted name (full, short, abbreviation, romanization,
    /// English name, code), case-insensitive for Latin names.
    public static func index(named name: String) -> Int? {
        byName[name] ?? byName[name.trimmingSpaces.lowercased()]
    }

    public static func named(_ name: String) -> Province? {
        index(named: name).map { all[$0] }
    }

    /// Index into `all` for a GB/T 2260 code.
    public static func index(code: Int) -> Int? {
        all.firstIndex { $0.code == code }
    }
}
