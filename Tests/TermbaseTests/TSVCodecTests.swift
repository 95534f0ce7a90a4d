import Termbase
import Testing

@Suite struct TSVCodecTests {
    @Test func writesTheGoldenFile() throws {
        let text = try TSVCodec().encode(CodecFixture.sample())
        CodecFixture.updateGoldenIfAsked("sample.tsv", text)
        #expect(text == (try CodecFixture.golden("sample.tsv")))
    }

    @Test func roundTripsExactly() throws {
        let golden = try CodecFixture.golden("sample.tsv")
        let glossary = try TSVCodec().decode(golden, file: "golden.tsv")
        #expect(try TSVCodec().encode(glossary) == golden)
        #expect(glossary == (try CodecFixture.sample()).sorted)
    }

    @Test func readsAcronymFilesToo() throws {
        let glossary = try TSVCodec().decode("short\tlong\ten\tkind\nKTT\tKonferensi Tingkat Tinggi\tsummit\tinitialism\n", file: "a.tsv")
        #expect(glossary.entries[0].terms.map(\.text) == ["KTT", "Konferensi Tingkat Tinggi", "summit"])
        #expect(glossary.entries[0].terms[0].termType == .acronym)
        #expect(glossary.entries[0].terms[1].termType == .fullForm)
    }

    @Test func throwsEveryProblem() throws {
        let error = #expect(throws: TermbaseError.self) {
            try TSVCodec().decode(CodecFixture.data("bad-terms.tsv"), file: "bad-terms.tsv")
        }
        #expect(error?.problems.count == 7)
    }

    @Test func refusesATabInsideATerm() {
        let glossary = Glossary(entries: [GlossaryEntry(terms: [Term("a\tb", language: "id"), Term("c", language: "en")])])
        #expect(throws: TermbaseError.self) { try TSVCodec().encode(glossary) }
    }
}
