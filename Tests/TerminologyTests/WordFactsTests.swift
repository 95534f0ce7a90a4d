import Segmentation
@testable import Terminology
import Testing

@Suite("WordFacts: what the tables and the lexicon say of a key, decided once")
struct WordFactsTests {
    @Test("each lexicon tag the rules name gets its own byte; the others share one; no tag is unknown")
    func tagBytes() {
        #expect(WordFacts.Tag(nil) == .unknown)
        #expect(WordFacts.Tag("NN") == .noun)
        #expect(WordFacts.Tag("NNP") == .properNoun)
        #expect(WordFacts.Tag("FW") == .foreign)
        #expect(WordFacts.Tag("JJ") == .adjective)
        #expect(WordFacts.Tag("VB") == .verb)
        #expect(WordFacts.Tag("ADV") == .other)
        #expect(WordFacts.Tag("nn") == .other)
        let nameTags: [WordFacts.Tag] = [.unknown, .properNoun, .foreign]
        let commonTags: [WordFacts.Tag] = [.noun, .adjective, .verb, .other]
        #expect(nameTags.allSatisfy { $0.isProperOrUnknown })
        #expect(commonTags.allSatisfy { !$0.isProperOrUnknown })
    }

    @Test("the facts carry the lemma's tag both as the lexicon's string and as its byte")
    func factsTag() {
        let statistics = WordStatistics(tags: ["rumah": "NN", "jakarta": "NNP"], zipf: ["rumah": 5])
        let lookup = WordFacts.Lookup(tables: LanguageTables(), statistics: statistics, places: [])
        let noun = MentionFinder.facts(of: "rumah", kind: .word, id: 0, lookup: lookup)
        #expect(noun.tag == "NN" && noun.tagClass == .noun)
        let name = MentionFinder.facts(of: "jakarta", kind: .word, id: 1, lookup: lookup)
        #expect(name.tag == "NNP" && name.tagClass == .properNoun)
        let unknown = MentionFinder.facts(of: "zzqx", kind: .word, id: 2, lookup: lookup)
        #expect(unknown.tag == nil && unknown.tagClass == .unknown)
    }
}
