import Protection

/// The bodies that act in a report, by the chapter of the Minors Protection Law that gives
/// them their duties. A clause's actor decides its figures' system before any object does:
/// a procuratorate that sets up family-education stations is doing 司法 work.
enum Actors {
    struct Actor {
        var word: String
        var system: ProtectionSystem
    }

    static let list: [Actor] = ([
        // ch. 7: procuratorates, courts, police in cases, justice administration.
        ("检察机关", .judicial), ("检察院", .judicial), ("检察官", .judicial), ("检察人员", .judicial), ("检察长", .judicial),
        ("未检", .judicial), ("检察", .judicial), ("法院", .judicial), ("法官", .judicial), ("少年法庭", .judicial),
        ("公安机关", .judicial), ("司法行政", .judicial), ("司法机关", .judicial),
        // ch. 6: governments and their departments.
        ("民政部门", .government), ("民政厅", .government), ("民政局", .government), ("民政系统", .government),
        ("民政部", .government), ("教育部门", .government), ("教育厅", .government), ("卫健", .government),
        ("人民政府", .government), ("政府", .government),
        // ch. 3, 2, 4, 5: schools, parents, society, platforms.
        ("家长学校", .family), ("学校", .school), ("幼儿园", .school), ("家长", .family), ("父母", .family),
        ("村(居)委会", .society), ("居委会", .society), ("村委会", .society), ("社会组织", .society), ("志愿者", .society),
        ("网信", .online),
        // art. 9: coordination across the systems.
        ("领导小组", .general), ("成员单位", .general), ("协调机制", .general),
    ] as [(String, ProtectionSystem)]).map { Actor(word: $0.0, system: $0.1) }.sorted { $0.word.count > $1.word.count }

    static let words: [(word: [Unicode.Scalar], actor: Int)] = list.enumerated().map { (scalars($0.element.word), $0.offset) }

    /// Words after which a body is the object of someone else's act (向监护人制发, 督促学校).
    static let objectMarkers: [[Unicode.Scalar]] = [
        "向", "对", "为", "给", "与", "和", "同", "帮助", "督促", "推动", "联合", "会同", "指导", "协助", "配合", "支持", "在", "到", "进", "查访", "走访",
    ].map { scalars($0) }

    /// The counted things that are themselves bodies of one chapter: 309 名检察人员, 3312 个
    /// 儿童之家, 35 个成员单位, and the background totals a report opens with (常住人口).
    static let counted: [(word: [Unicode.Scalar], system: ProtectionSystem, why: String)] = ([
        ("检察人员", .judicial, "prosecutors"), ("检察官", .judicial, "prosecutors"), ("法官", .judicial, "judges"),
        ("儿童之家", .society, "village children's homes, run by village committees (art. 43)"),
        ("成员单位", .general, "member units of a coordination body (art. 9)"),
        ("单位为成员", .general, "member units of a coordination body (art. 9)"),
        ("常住人口", .general, "a background total"), ("未成年人口", .general, "a background total"), ("人口", .general, "a background total"),
        ("儿童主任", .government, "village child-welfare directors (ch. 6)"), ("儿童督导员", .government, "child-welfare supervisors (ch. 6)"),
    ] as [(String, ProtectionSystem, String)]).map { (scalars($0.0), $0.1, $0.2) }

    static let background: [[Unicode.Scalar]] = ["人口普查", "常住人口"].map { scalars($0) }
    static let setUp: [[Unicode.Scalar]] = ["建立", "成立", "健全", "设立"].map { scalars($0) }
    static let coordination: [[Unicode.Scalar]] = ["协调机制", "领导小组", "联席会议"].map { scalars($0) }

    /// The body a report speaks for, from how often each kind names itself in the headline
    /// (×5) and the body: a procuratorate's or a court's report is 司法 by default, a civil
    /// affairs department's or a government's 政府.
    static func framing(body: [Unicode.Scalar], headline: [Unicode.Scalar]) -> (system: ProtectionSystem, rule: String)? {
        func count(_ r: [Unicode.Scalar], _ words: [[Unicode.Scalar]]) -> Int {
            var n = 0, i = 0
            while i < r.count {
                if let w = words.first(where: { r.has($0, at: i) }) { n += 1; i += w.count } else { i += 1 }
            }
            return n
        }
        let judicial = [scalars("检察"), scalars("法院"), scalars("审判")]
        let civil = [scalars("民政"), scalars("政府")]
        let j = count(body, judicial) + 5 * count(headline, judicial)
        let g = count(body, civil) + 5 * count(headline, civil)
        if j >= 3 && j >= 2 * g { return (.judicial, "the report's framing: a procuratorate's or court's report (检察/法院 ×\(j) against 民政/政府 ×\(g))") }
        if g >= 3 && g >= 2 * j { return (.government, "the report's framing: a civil-affairs or government report (民政/政府 ×\(g) against 检察/法院 ×\(j))") }
        return nil
    }
}
