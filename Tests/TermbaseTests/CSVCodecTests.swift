import Termbase
import Testing

@Suite struct CSVCodecTests {
    @Test func writesTheOneWayGoldenFile() throws {
        let text = try CSVCodec(form: .oneWay).encode(CodecFixture.sample())
        CodecFixture.updateGoldenIfAsked("sample.csv", text)
        #expect(text == (try CodecFixture.golden("sample.csv")))
        #expect(text.contains("\"Dewan Keamanan PBB\",") == false, "quote only when needed")
        #expect(text.contains("\"Pasukan Pertahanan Israel, IDF\",Israel Defense Forces\r\n"))
    }

    @Test func writesTheTermSetGoldenFile() throws {
        let text = try CSVCodec(form: .termSets).encode(CodecFixture.sample())
        CodecFixture.updateGoldenIfAsked("sample-sets.csv", text)
        #expect(text == (try CodecFixture.golden("sample-sets.csv")))
        #expect(text.hasPrefix("id,en\r\n"))
    }

    @Test(arguments: [(CSVCodec.Form.oneWay, "sample.csv"), (.termSets, "sample-sets.csv")])
    func roundTrips(_ form: CSVCodec.Form, _ golden: String) throws {
        let text = try CodecFixture.golden(golden)
        let codec = CSVCodec(form: form)
        #expect(try codec.encode(codec.decode(text, file: golden)) == text)
    }

    @Test func oneWayNeverRepeatsASource() throws {
        var glossary = try CodecFixture.sample()
        glossary.entries.append(GlossaryEntry(terms: [Term("PBB", language: "id"), Term("Perserikatan Bangsa-Bangsa", language: "en")]))
        let sources = try CSVCodec(form: .oneWay).encode(glossary).split(separator: "\r\n").map { $0.split(separator: ",")[0] }
        #expect(Set(sources).count == sources.count)
    }

    @Test func refusesControlCharacters() {
        let glossary = Glossary(entries: [GlossaryEntry(terms: [Term("a\u{7}", language: "id"), Term("b", language: "en")])])
        #expect(throws: TermbaseError.self) { try CSVCodec(form: .oneWay).encode(glossary) }
    }

    @Test func readingReportsEveryProblemWithItsPlace() throws {
        let error = #expect(throws: TermbaseError.self) {
            try CSVCodec(form: .oneWay).decode(CodecFixture.data("bad.csv"), file: "bad.csv")
        }
        #expect(error?.problems.map { "\($0.location!): \($0.message)" } == [
            "bad.csv:5:6: text after a closing quote",
            "bad.csv:2:26: empty field",
            "bad.csv:3:1: duplicate source 'Korut' (first at line 1)",
            "bad.csv:4:15: control character U+0001",
            "bad.csv:6:7: expected 2 fields, found 3",
        ])
    }
}
