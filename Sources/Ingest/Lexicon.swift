import Protection

/// Words that tell which of the six protection systems (or 综合) a passage is about, by who
/// acts under which chapter of the Minors Protection Law. docs/ingest.md prints this table;
/// a test keeps the two in step.
///
/// A cue's weight says how sure it is: 3 names an actor or an institution that belongs to one
/// chapter only (少年法庭, 家长学校), 2 a typical object of that chapter's duties (低保, 网站),
/// 1 a word that leans that way (学生, 社区).
enum Lexicon {
    struct Cue {
        var word: String
        var system: ProtectionSystem
        var weight: Int
        var why: String
    }

    static let cues: [Cue] = [
        // 第二章 家庭保护: parents and guardians (arts. 15–24).
        Cue(word: "家长学校", system: .family, weight: 3, why: "parents' schools, family education (art. 15)"),
        Cue(word: "家庭教育", system: .family, weight: 3, why: "family education by parents (arts. 15–16)"),
        Cue(word: "家长", system: .family, weight: 2, why: "parents (ch. 2)"),
        Cue(word: "父母", system: .family, weight: 2, why: "parents (art. 15)"),
        Cue(word: "监护人", system: .family, weight: 2, why: "guardians' duties (arts. 16–17)"),
        Cue(word: "监护能力", system: .family, weight: 2, why: "guardianship (art. 16)"),
        Cue(word: "最美家庭", system: .family, weight: 3, why: "family virtue campaigns (ch. 2)"),
        Cue(word: "五好", system: .family, weight: 2, why: "五好家庭 (ch. 2)"),
        Cue(word: "家风", system: .family, weight: 2, why: "family tradition (art. 15)"),
        Cue(word: "亲子", system: .family, weight: 2, why: "parent–child (ch. 2)"),
        Cue(word: "育儿", system: .family, weight: 2, why: "child rearing at home (ch. 2)"),
        Cue(word: "家庭", system: .family, weight: 1, why: "the family (ch. 2)"),
        // 第三章 学校保护: schools and kindergartens (arts. 25–41).
        Cue(word: "学校", system: .school, weight: 2, why: "schools (ch. 3)"),
        Cue(word: "校园", system: .school, weight: 3, why: "campus safety (ch. 3)"),
        Cue(word: "幼儿园", system: .school, weight: 3, why: "kindergartens (ch. 3)"),
        Cue(word: "学生", system: .school, weight: 2, why: "pupils (ch. 3)"),
        Cue(word: "教师", system: .school, weight: 2, why: "teachers (ch. 3)"),
        Cue(word: "辍学", system: .school, weight: 3, why: "dropping out (art. 28)"),
        Cue(word: "控辍保学", system: .school, weight: 3, why: "keeping pupils in school (art. 28)"),
        Cue(word: "入学率", system: .school, weight: 3, why: "enrolment (art. 28)"),
        Cue(word: "义务教育", system: .school, weight: 3, why: "compulsory education (art. 28)"),
        Cue(word: "特殊教育", system: .school, weight: 3, why: "special education (art. 28)"),
        Cue(word: "资助", system: .school, weight: 1, why: "pupil aid (art. 28)"),
        Cue(word: "欺凌", system: .school, weight: 3, why: "school bullying (art. 39)"),
        Cue(word: "校车", system: .school, weight: 3, why: "school buses (ch. 3)"),
        Cue(word: "心理健康教育", system: .school, weight: 2, why: "mental-health education at school (ch. 3)"),
        Cue(word: "法治副校长", system: .school, weight: 3, why: "schools' legal vice-principals (ch. 3)"),
        Cue(word: "课后服务", system: .school, weight: 3, why: "after-school care (ch. 3)"),
        Cue(word: "中小学", system: .school, weight: 2, why: "primary and secondary schools (ch. 3)"),
        // 第四章 社会保护: villages and neighbourhoods, social organisations, public venues (arts. 42–63).
        Cue(word: "社区", system: .society, weight: 1, why: "neighbourhood committees (art. 43)"),
        Cue(word: "村(居)", system: .society, weight: 2, why: "village and neighbourhood committees (art. 43)"),
        Cue(word: "村居", system: .society, weight: 2, why: "village and neighbourhood committees (art. 43)"),
        Cue(word: "社会组织", system: .society, weight: 3, why: "social organisations (art. 42)"),
        Cue(word: "社工", system: .society, weight: 2, why: "social workers (art. 42)"),
        Cue(word: "志愿者", system: .society, weight: 3, why: "volunteers (art. 42)"),
        Cue(word: "志愿服务", system: .society, weight: 3, why: "volunteers (art. 42)"),
        Cue(word: "爱心企业", system: .society, weight: 3, why: "enterprises (art. 42)"),
        Cue(word: "图书馆", system: .society, weight: 3, why: "public venues open to minors (art. 44)"),
        Cue(word: "博物馆", system: .society, weight: 3, why: "public venues open to minors (art. 44)"),
        Cue(word: "文化馆", system: .society, weight: 3, why: "public venues open to minors (art. 44)"),
        Cue(word: "科技馆", system: .society, weight: 3, why: "public venues open to minors (art. 44)"),
        Cue(word: "科普基地", system: .society, weight: 3, why: "public venues open to minors (art. 44)"),
        Cue(word: "文化站", system: .society, weight: 3, why: "public venues open to minors (art. 44)"),
        Cue(word: "文化室", system: .society, weight: 3, why: "public venues open to minors (art. 44)"),
        Cue(word: "少年宫", system: .society, weight: 3, why: "youth palaces (art. 44)"),
        Cue(word: "免费开放", system: .society, weight: 3, why: "free admission for minors (art. 44)"),
        Cue(word: "宣传活动", system: .society, weight: 2, why: "public awareness (art. 42)"),
        Cue(word: "娱乐场所", system: .society, weight: 3, why: "entertainment venues (art. 58)"),
        Cue(word: "网吧", system: .society, weight: 3, why: "internet cafés as venues (art. 58)"),
        Cue(word: "旅馆", system: .society, weight: 3, why: "hotels' check-in duty (art. 57)"),
        Cue(word: "宾馆", system: .society, weight: 3, why: "hotels' check-in duty (art. 57)"),
        Cue(word: "烟酒", system: .society, weight: 3, why: "no tobacco or alcohol sales (art. 59)"),
        Cue(word: "校外培训", system: .society, weight: 2, why: "training institutions (ch. 4)"),
        Cue(word: "公益", system: .society, weight: 1, why: "charity (art. 42)"),
        // 第五章 网络保护: platforms, the internet, cyberspace authorities (arts. 64–80).
        Cue(word: "网站", system: .online, weight: 3, why: "websites (ch. 5)"),
        Cue(word: "网络", system: .online, weight: 2, why: "the internet (ch. 5)"),
        Cue(word: "网信", system: .online, weight: 3, why: "cyberspace authorities (art. 67)"),
        Cue(word: "网上", system: .online, weight: 2, why: "online (ch. 5)"),
        Cue(word: "网民", system: .online, weight: 2, why: "internet users (ch. 5)"),
        Cue(word: "互联网", system: .online, weight: 3, why: "the internet (ch. 5)"),
        Cue(word: "平台", system: .online, weight: 1, why: "online platforms (art. 74)"),
        Cue(word: "网络游戏", system: .online, weight: 3, why: "online games (art. 75)"),
        Cue(word: "防沉迷", system: .online, weight: 3, why: "addiction prevention (art. 74)"),
        Cue(word: "直播", system: .online, weight: 3, why: "live streaming (art. 76)"),
        Cue(word: "有害信息", system: .online, weight: 3, why: "harmful information (ch. 5)"),
        Cue(word: "清朗", system: .online, weight: 3, why: "the 清朗 cyberspace campaigns (ch. 5)"),
        Cue(word: "账号", system: .online, weight: 2, why: "accounts (ch. 5)"),
        Cue(word: "APP", system: .online, weight: 2, why: "apps (ch. 5)"),
        // 第六章 政府保护: governments and departments, welfare bodies, allowances (arts. 81–99).
        Cue(word: "民政", system: .government, weight: 2, why: "civil affairs departments (ch. 6)"),
        Cue(word: "财政", system: .government, weight: 3, why: "government funding (ch. 6)"),
        Cue(word: "补助资金", system: .government, weight: 3, why: "government funding (ch. 6)"),
        Cue(word: "福彩公益金", system: .government, weight: 3, why: "welfare lottery funds (ch. 6)"),
        Cue(word: "儿童福利机构", system: .government, weight: 3, why: "state welfare institutions (ch. 6)"),
        Cue(word: "福利机构", system: .government, weight: 3, why: "state welfare institutions (ch. 6)"),
        Cue(word: "救助保护机构", system: .government, weight: 3, why: "relief and protection bodies (ch. 6)"),
        Cue(word: "未成年人保护机构", system: .government, weight: 3, why: "protection bodies (ch. 6)"),
        Cue(word: "保护中心", system: .government, weight: 3, why: "protection centres (ch. 6)"),
        Cue(word: "工作站", system: .government, weight: 3, why: "township protection stations (ch. 6)"),
        Cue(word: "未保站", system: .government, weight: 3, why: "township protection stations (ch. 6)"),
        Cue(word: "儿童之家", system: .society, weight: 3, why: "village children's homes, run by village committees (art. 43)"),
        Cue(word: "儿童督导员", system: .government, weight: 3, why: "township child-welfare supervisors (ch. 6)"),
        Cue(word: "儿童主任", system: .government, weight: 3, why: "village child-welfare directors (ch. 6)"),
        Cue(word: "孤儿", system: .government, weight: 3, why: "orphans in state care (ch. 6)"),
        Cue(word: "事实无人抚养", system: .government, weight: 3, why: "de-facto unsupported children (ch. 6)"),
        Cue(word: "困境儿童", system: .government, weight: 3, why: "children in difficulty (ch. 6)"),
        Cue(word: "留守儿童", system: .government, weight: 2, why: "left-behind children (ch. 6)"),
        Cue(word: "低保", system: .government, weight: 3, why: "minimum living allowance (ch. 6)"),
        Cue(word: "特困", system: .government, weight: 3, why: "extreme-poverty support (ch. 6)"),
        Cue(word: "临时救助", system: .government, weight: 3, why: "temporary relief (ch. 6)"),
        Cue(word: "生活保障标准", system: .government, weight: 3, why: "living allowances (ch. 6)"),
        Cue(word: "热线", system: .government, weight: 3, why: "hotlines (art. 97)"),
        Cue(word: "医保", system: .government, weight: 3, why: "medical insurance (ch. 6)"),
        Cue(word: "医疗救助", system: .government, weight: 3, why: "medical relief (ch. 6)"),
        Cue(word: "婴幼儿照护", system: .government, weight: 3, why: "infant care services (ch. 6)"),
        Cue(word: "托育", system: .government, weight: 3, why: "childcare services (ch. 6)"),
        Cue(word: "政府", system: .government, weight: 1, why: "governments (ch. 6)"),
        // 第七章 司法保护: courts, procuratorates, police in cases (arts. 100–116).
        Cue(word: "法院", system: .judicial, weight: 3, why: "courts (ch. 7)"),
        Cue(word: "少年法庭", system: .judicial, weight: 3, why: "juvenile courts (art. 101)"),
        Cue(word: "检察", system: .judicial, weight: 3, why: "procuratorates (ch. 7)"),
        Cue(word: "公安", system: .judicial, weight: 2, why: "police in cases (ch. 7)"),
        Cue(word: "审判", system: .judicial, weight: 3, why: "trials (art. 101)"),
        Cue(word: "起诉", system: .judicial, weight: 3, why: "prosecution (ch. 7)"),
        Cue(word: "案件", system: .judicial, weight: 3, why: "cases (ch. 7)"),
        Cue(word: "犯罪", system: .judicial, weight: 3, why: "crime (ch. 7)"),
        Cue(word: "司法救助", system: .judicial, weight: 3, why: "judicial relief (art. 104)"),
        Cue(word: "法律援助", system: .judicial, weight: 3, why: "legal aid (art. 104)"),
        Cue(word: "拐卖", system: .judicial, weight: 3, why: "trafficking cases (ch. 7)"),
        Cue(word: "侵害", system: .judicial, weight: 2, why: "offences against minors (ch. 7)"),
        Cue(word: "督促监护令", system: .judicial, weight: 2, why: "guardianship orders of courts and procuratorates (art. 118)"),
        Cue(word: "家庭教育令", system: .judicial, weight: 1, why: "family-education orders issued by courts"),
        Cue(word: "强制报告", system: .judicial, weight: 2, why: "mandatory reporting to police (art. 11)"),
        Cue(word: "警务", system: .judicial, weight: 2, why: "police (ch. 7)"),
        Cue(word: "派出所", system: .judicial, weight: 2, why: "police stations (ch. 7)"),
        Cue(word: "治安", system: .judicial, weight: 1, why: "public security (ch. 7)"),
        // 综合: coordination across systems, which no chapter owns.
        Cue(word: "领导小组", system: .general, weight: 3, why: "leading groups coordinate all six systems (art. 9)"),
        Cue(word: "成员单位", system: .general, weight: 3, why: "member units of a leading group (art. 9)"),
        Cue(word: "协调机制", system: .general, weight: 3, why: "coordination mechanisms (art. 9)"),
        Cue(word: "工作机制", system: .general, weight: 2, why: "cross-department mechanisms (art. 9)"),
        Cue(word: "联席会议", system: .general, weight: 2, why: "joint meetings of departments (art. 9)"),
        Cue(word: "六大保护", system: .general, weight: 2, why: "all six systems at once"),
    ]

    /// Cues by first scalar, longest first, for one pass over a text.
    static let byFirst: [Unicode.Scalar: [(word: [Unicode.Scalar], cue: Int)]] = {
        var map: [Unicode.Scalar: [(word: [Unicode.Scalar], cue: Int)]] = [:]
        for (k, c) in cues.enumerated() { map[c.word.unicodeScalars.first!, default: []].append((scalars(c.word), k)) }
        for key in map.keys { map[key]!.sort { $0.word.count > $1.word.count } }
        return map
    }()

    /// Cues in a reading with where each starts, each match once (the longest cue wins where
    /// cues overlap).
    static func matchesAt(_ r: ArraySlice<Unicode.Scalar>) -> [(cue: Int, at: Int)] {
        var out: [(cue: Int, at: Int)] = []
        let a = Array(r)
        var i = 0
        while i < a.count {
            if let list = byFirst[a[i]], let hit = list.first(where: { a.has($0.word, at: i) }) {
                out.append((hit.cue, i))
                i += hit.word.count
                continue
            }
            i += 1
        }
        return out
    }
}
