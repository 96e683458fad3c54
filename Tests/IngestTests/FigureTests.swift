import Testing
@testable import Ingest
import Protection

@Suite struct FigureTests {
    func figures(_ text: String) -> [Figure] { Support.ingest("河南省\n" + text).figures.map(\.record) }

    @Test func changeTakesTheSubjectBefore由() {
        let f = figures("常态化开展控辍保学，适龄儿童少年失学辍学学生由 2021 年 6 月的 201 人降至 104 人。")
        #expect(f.count == 1)
        #expect(f.first?.indicator == "适龄儿童少年失学辍学学生数")
        #expect(f.first?.change?.fromText == "201 人")
        #expect(f.first?.change?.fromDate == "2021-06")
    }
}
