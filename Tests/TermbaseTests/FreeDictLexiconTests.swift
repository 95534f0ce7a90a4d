@testable import Termbase
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

    @Test func sensesAreTheEntriesEnglishAndPartOfSpeechForEveryKey() throws {
        // The byte scan of `senses(for:)` must agree with the entries built from the definitions'
        // text, key by key over the whole dictionary, in number and order.
        let lexicon = try FreeDictLexicon()
        var checked = 0
        for key in lexicon.keys {
            let expected = lexicon.entries(for: key).map { FreeDictLexicon.Sense(english: $0.terms[1].text, partOfSpeech: $0.terms[1].partOfSpeech) }
            #expect(lexicon.senses(for: key) == expected, "\(key)")
            checked += expected.isEmpty ? 0 : 1
        }
        #expect(checked > 10_000)
        #expect(lexicon.senses(for: "Duta Besar") == lexicon.senses(for: "duta besar"))
        #expect(lexicon.senses(for: "no such word here").isEmpty)
    }

    @Test func everyPhraseStartsWithAWordThatMayStartOne() throws {
        let lexicon = try FreeDictLexicon()
        let phrases = lexicon.keys.filter { $0.contains(" ") }
        #expect(phrases.count > 100)
        let missed = phrases.filter { !lexicon.mayStartPhrase(String($0.split(separator: " ", maxSplits: 1)[0])) }
        #expect(missed.isEmpty)
        let (duta, nonsense, spaced) = (lexicon.mayStartPhrase("Duta"), lexicon.mayStartPhrase("qwxzq"), lexicon.mayStartPhrase("a b"))
        #expect(duta && !nonsense && spaced)
    }

    @Test func numberedSensesGiveOneEntryPerSense() throws {
        let entries = try FreeDictLexicon().entries(for: "duta besar")
        #expect(entries.filter { $0.english == "ambassador" }.count == 2)
    }
}
