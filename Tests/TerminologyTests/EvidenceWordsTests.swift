@testable import Terminology
import Testing

@Suite("EvidenceWords: keys by string and by key number")
struct EvidenceWordsTests {
    @Test("a unit is in exactly when its key is; numbers beyond the bits are out")
    func unitsAndKeys() throws {
        let text = "Kata Putin di Pyongyang, ujar Lavrov kepada wartawan di Moskow."
        let prepared = try UnitTests.prepared(text).prepared
        defer { withExtendedLifetime(prepared) {} }
        let units = prepared.units.all
        var words = EvidenceWords()
        #expect(units.allSatisfy { !words.contains($0) })
        let chosen = units.filter { $0.key == "pyongyang" || $0.key == "moskow" || $0.key == "putin" }
        #expect(chosen.count == 3)
        for unit in chosen { words.insert(unit) }
        words.insert(chosen[0])
        for unit in units {
            #expect(words.contains(unit) == words.contains(unit.key))
            #expect(words.contains(unit) == ["pyongyang", "moskow", "putin"].contains(unit.key))
        }
        #expect(words.keys == ["pyongyang", "moskow", "putin"])
        #expect(!words.contains("lavrov"))
    }
}
