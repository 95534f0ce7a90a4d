import Termbase
import Testing

@Suite(.enabled(if: DictdDictionaryTests.installed, "FreeDict not installed: apt-get install dict-freedict-eng-ind"))
struct FreeDictLexiconTests {
    @Test(arguments: [("semenanjung", "peninsula"), ("dewan", "council"), ("perjanjian", "treaty"), ("menteri", "minister")])
    func reversesEnglishToIndonesian(_ indonesian: String, _ english: String) throws {
        let lexicon = try FreeDictLexicon()
        let entries = lexicon.entries(for: indonesian)
        #expect(entries.contains { $0.english == english }, "\(entries.map(\.english))")
        #expect(entries.allSatisfy { $0.source == "freedict" })
    }

    @Test func keepsTheHeadwordsCaseAndTheGloss() throws {
        let entries = try FreeDictLexicon().entries(for: "Selandia Baru")
        let entry = try #require(entries.first)
        #expect(entry.english == "New Zealand")
        #expect(entry.category == "pn")
        #expect(entry.note?.isEmpty == false)
    }

    @Test func numberedSensesGiveOneEntryPerSense() throws {
        let entries = try FreeDictLexicon().entries(for: "duta besar")
        #expect(entries.filter { $0.english == "ambassador" }.count == 2)
    }
}
