import Testing
@testable import Protection

@Suite struct PinyinTests {

    @Test func readingsAreTonelessAndIncludePolyphones() {
        #expect(Pinyin.readings(of: "内") == ["nei"])
        #expect(Pinyin.readings(of: "重").first == "zhong")
        #expect(Set(Pinyin.readings(of: "重")).isSuperset(of: ["zhong", "chong"]))
        #expect(Pinyin.readings(of: "长").first == "zhang")
        #expect(Pinyin.readings(of: "长").contains("chang"))
        #expect(Pinyin.readings(of: "行").contains("hang"))
        #expect(Pinyin.readings(of: "行").contains("xing"))
        #expect(Pinyin.readings(of: "女") == ["nv"])  // ü is stored as v
        #expect(Pinyin.readings(of: "略") == ["lve"])
        #expect(Pinyin.readings(of: "𠀀").isEmpty == false)  // U+20000, CJK Extension B
    }

    @Test func nonIdeographsHaveNoReadings() {
        for s: Unicode.Scalar in ["a", "Z", "0", " ", "，", "。", "é", "ア", "한", "😀"] {
            #expect(Pinyin.readings(of: s).isEmpty, "\(s)")
        }
    }

    @Test func tableCoversEveryKMandarinEntry() {
        // 41419 = number of kMandarin lines in /usr/share/unicode/Unihan_Readings.txt.bz2
        // (Unicode 15.0.0) from the Debian package unicode-data 15.0.0-1.
        #expect(Pinyin.tableCharacterCount == 41419)
        #expect(PinyinTableData.characterCount == 41419)
        #expect(PinyinTableData.unicodeVersion == "15.0.0")
    }

    @Test func innerMongolia() {
        for q in ["nmg", "neimenggu", "menggu", "nmgu", "neimg", "nm", "mg", "nmgzzq", "内蒙古", "内mg"] {
            #expect(Pinyin.matches(query: q, in: "内蒙古自治区"), "\(q)")
        }
        #expect(Pinyin.matches(query: "NMG", in: "内蒙古"))
        #expect(!Pinyin.matches(query: "nmgx", in: "内蒙古"))
        #expect(!Pinyin.matches(query: "ngm", in: "内蒙古"))
    }

    @Test func justice() {
        for q in ["sf", "sifa", "sif", "sfa", "ifa"] {
            #expect(Pinyin.matches(query: q, in: "司法"), "\(q)")
        }
        #expect(!Pinyin.matches(query: "fs", in: "司法"))
    }

    @Test func parentSchoolThroughSecondaryReading() {
        for q in ["jzxx", "jiazhangxuexiao", "jzx", "zhangxue", "jiachang"] {
            #expect(Pinyin.matches(query: q, in: "家长学校"), "\(q)")
        }
        #expect(!Pinyin.matches(query: "jczxx", in: "家长学校"))
    }

    @Test func chongqingEitherReading() {
        for q in ["cq", "zq", "chongqing", "zhongqing", "chongq", "cqing", "ongqin"] {
            #expect(Pinyin.matches(query: q, in: "重庆市"), "\(q)")
        }
        #expect(Pinyin.matches(query: "zqs", in: "重庆市"))
        #expect(!Pinyin.matches(query: "cz", in: "重庆市"))
    }

    @Test func family() {
        #expect(Pinyin.matches(query: "jiating", in: "家庭"))
        #expect(Pinyin.matches(query: "jt", in: "家庭"))
        #expect(Pinyin.matches(query: "jiatingb", in: "家庭暴力"))
        #expect(!Pinyin.matches(query: "xyz", in: "家庭"))
        #expect(!Pinyin.matches(query: "jiatingx", in: "家庭"))
        #expect(!Pinyin.matches(query: "tj", in: "家庭"))
    }

    @Test func asciiAndDigitsMatchThemselves() {
        #expect(Pinyin.matches(query: "2023", in: "2023年"))
        #expect(Pinyin.matches(query: "2023n", in: "2023年"))
        #expect(Pinyin.matches(query: "3nian", in: "2023年"))
        #expect(Pinyin.matches(query: "abc", in: "ABC司法"))
        #expect(Pinyin.matches(query: "csf", in: "ABC司法"))
        #expect(Pinyin.matches(query: "sf12", in: "司法１２"))  // fullwidth digits fold
        #expect(!Pinyin.matches(query: "2024", in: "2023年"))
        #expect(!Pinyin.matches(query: "nmg", in: "内 蒙古"))  // a space is not skipped
        #expect(Pinyin.matches(query: "n mg", in: "内 蒙古"))
        #expect(Pinyin.matches(query: "", in: "anything"))
        #expect(!Pinyin.matches(query: "a", in: ""))
    }

    @Test func modes() {
        #expect(Pinyin.matches(query: "nmg", in: "内蒙古", mode: .initials))
        #expect(!Pinyin.matches(query: "neimenggu", in: "内蒙古", mode: .initials))
        #expect(!Pinyin.matches(query: "nei", in: "内蒙古", mode: .initials))
        #expect(Pinyin.matches(query: "cq", in: "重庆", mode: .initials))
        #expect(Pinyin.matches(query: "zq", in: "重庆", mode: .initials))
        #expect(Pinyin.matches(query: "chongqing", in: "重庆", mode: .full))
        #expect(Pinyin.matches(query: "menggu", in: "内蒙古", mode: .full))
        #expect(Pinyin.matches(query: "eimengg", in: "内蒙古", mode: .full))
        #expect(!Pinyin.matches(query: "nmg", in: "内蒙古", mode: .full))
        #expect(!Pinyin.matches(query: "neimgu", in: "内蒙古", mode: .full))
        #expect(Pinyin.matches(query: "neimgu", in: "内蒙古", mode: .mixed))
    }

    @Test func preparedQuery() {
        let q = Pinyin.Query("jzxx")
        #expect(q.matches("家长学校"))
        #expect(q.matches("全国家长学校名单"))
        #expect(!q.matches("家庭教育"))
        #expect(Pinyin.Query("").isEmpty)
        // Queries longer than 64 scalars use more than one state word.
        let long = String(repeating: "a", count: 70)
        #expect(Pinyin.matches(query: long + "sf", in: long + "司法"))
        #expect(!Pinyin.matches(query: long + "sf", in: String(repeating: "a", count: 69) + "司法"))
    }

    @Test func searchKeysUseFirstReading() {
        let k = Pinyin.searchKeys(for: "内蒙古2023")
        #expect(k.initials == "nmg2023")
        #expect(k.full == "neimenggu2023")
        let c = Pinyin.searchKeys(for: "重庆")
        #expect(c.initials == "zq")
        #expect(c.full == "zhongqing")
        let m = Pinyin.searchKeys(for: "A区，女童")
        #expect(m.initials == "aq，nt")
        #expect(m.full == "aqu，nvtong")
        #expect(Pinyin.searchKeys(for: "") == ("", ""))
        let w = Pinyin.searchKeys(for: "双庄𠀀")  // 6-letter readings and a 4-byte scalar
        #expect(w.full == "shuangzhuang" + Pinyin.readings(of: "𠀀")[0])
    }

    /// Brute force of the documented definition: the query is a substring of the
    /// concatenation of one contribution per scalar, a character contributing itself
    /// or (.mixed) a non-empty prefix of a reading / (.full) a whole reading /
    /// (.initials) the first letter of a reading. Exponential: short texts only.
    static func brute(_ query: String, _ text: String, _ mode: Pinyin.MatchMode) -> Bool {
        func contributions(_ s: Unicode.Scalar) -> [String] {
            var out = [String(Character(Unicode.Scalar(Pinyin.fold(s.value))!))]
            for r in Pinyin.readings(of: s) {
                switch mode {
                case .mixed: for n in 1...r.count { out.append(String(r.prefix(n))) }
                case .full: out.append(r)
                case .initials: out.append(String(r.prefix(1)))
                }
            }
            return out
        }
        var all: [String] = [""]
        for s in text.unicodeScalars {
            all = all.flatMap { p in contributions(s).map { p + $0 } }
        }
        let q = query.lowercased()
        return all.contains { $0.contains(q) }
    }

    @Test func agreesWithBruteForce() {
        let texts = ["重庆", "家长", "长行", "2a重", "内蒙古", "行长", "和了", "重长行"]
        var queries: Set<String> = ["c", "cq", "zq", "chq", "hongq", "ongqing", "zhangh", "jc", "jiac",
                                    "aiz", "chx", "hangxi", "ch", "gh", "gx", "2az", "a重", "azhong",
                                    "ac", "qz", "ngh", "gxi", "eime", "nmg", "hel", "huol", "zhz", "hz"]
        // Deterministic pseudo-random substrings of full-reading concatenations.
        var seed: UInt64 = 0x9E3779B97F4A7C15
        func next(_ n: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int((seed >> 33) % UInt64(n))
        }
        for t in texts {
            for _ in 0..<25 {
                var s = ""
                for ch in t.unicodeScalars {
                    let rs = Pinyin.readings(of: ch)
                    let r = rs.isEmpty ? String(Character(ch)) : rs[next(rs.count)]
                    s += next(3) == 0 ? String(r.prefix(1 + next(r.count))) : r
                }
                let a = next(s.count), b = a + 1 + next(s.count - a)
                let chars = Array(s)
                queries.insert(String(chars[a..<b]))
            }
        }
        for t in texts {
            for q in queries {
                for mode in [Pinyin.MatchMode.mixed, .full, .initials] {
                    #expect(Pinyin.matches(query: q, in: t, mode: mode) == Self.brute(q, t, mode),
                            "\(q) in \(t) \(mode)")
                }
            }
        }
    }
}
