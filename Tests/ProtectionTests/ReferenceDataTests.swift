import Testing
@testable import Protection

@Suite struct ReferenceDataTests {
    @Test func thirtyFourDivisionsWithUniqueCodesAndNames() {
        #expect(Province.all.count == 34)
        #expect(Set(Province.all.map(\.code)).count == 34)
        #expect(Set(Province.all.map(\.fullName)).count == 34)
        #expect(Set(Province.all.map(\.shortName)).count == 34)
        #expect(Set(Province.all.map(\.abbreviation)).count == 34)
        #expect(Province.all.map(\.code) == Province.all.map(\.code).sorted())
        #expect(Province.all.allSatisfy { $0.code % 10000 == 0 })
        #expect(Province.all.filter { $0.kind == .province }.count == 23)
        #expect(Province.all.filter { $0.kind == .autonomousRegion }.count == 5)
        #expect(Province.all.filter { $0.kind == .municipality }.count == 4)
        #expect(Province.all.filter { $0.kind == .specialAdministrativeRegion }.count == 2)
    }

    @Test func everyNameOfInnerMongoliaResolves() {
        for name in ["内蒙古自治区", "内蒙古", "蒙", "Nei Mongol", "Inner Mongolia", "inner mongolia", "150000", " 内蒙古 "] {
            #expect(Province.named(name)?.code == 150000, "\(name)")
        }
    }

    @Test func shaanxiIsNotShanxi() {
        #expect(Province.named("Shaanxi")?.code == 610000)
        #expect(Province.named("Shanxi")?.code == 140000)
        #expect(Province.named("陕西")?.code == 610000)
        #expect(Province.named("山西")?.code == 140000)
        #expect(Province.named("晋")?.code == 140000)
        #expect(Province.named("陕")?.code == 610000)
    }

    @Test func everyNameOfEveryDivisionResolvesToItself() {
        for (i, p) in Province.all.enumerated() {
            for name in p.names { #expect(Province.index(named: name) == i, "\(name)") }
            #expect(Province.index(named: String(p.code)) == i)
        }
        #expect(Province.index(named: "内蒙") == nil)
        #expect(Province.index(named: "") == nil)
    }

    @Test func sixSystemsAndGeneral() {
        #expect(ProtectionSystem.allCases.count == 7)
        #expect(ProtectionSystem.allCases.map(\.name) == ["家庭保护", "学校保护", "社会保护", "网络保护", "政府保护", "司法保护", "综合"])
        #expect(ProtectionSystem.allCases.compactMap(\.chapter) == [2, 3, 4, 5, 6, 7])
        #expect(ProtectionSystem.family.articles == 15...24)
        #expect(ProtectionSystem.school.articles == 25...41)
        #expect(ProtectionSystem.society.articles == 42...63)
        #expect(ProtectionSystem.online.articles == 64...80)
        #expect(ProtectionSystem.government.articles == 81...99)
        #expect(ProtectionSystem.judicial.articles == 100...116)
        #expect(ProtectionSystem.general.articles == nil)
        #expect(ProtectionSystem.family.lawReference == "第二章 第15–24条")
    }

    @Test func systemNamesResolve() {
        for (name, system) in [("家庭", ProtectionSystem.family), ("家庭保护", .family), ("family", .family), ("Family", .family),
                               ("司法", .judicial), ("judicial", .judicial), ("综合", .general), ("general", .general),
                               ("网络保护", .online), ("online", .online)] {
            #expect(ProtectionSystem(named: name) == system, "\(name)")
        }
        #expect(ProtectionSystem(named: "家教") == nil)
    }

    @Test func unknownNamesListWhatIsAccepted() {
        guard case .failure(let p) = ReferenceNames.province("内蒙") else { Issue.record("resolved"); return }
        #expect(p.message.contains("did you mean 内蒙古?"))
        #expect(p.message.contains("Inner Mongolia"))
        guard case .failure(let s) = ReferenceNames.system("家教") else { Issue.record("resolved"); return }
        #expect(s.message.contains("家庭, 学校, 社会, 网络, 政府, 司法 or 综合"))
    }
}
