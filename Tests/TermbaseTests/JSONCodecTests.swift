import Termbase
import Testing

@Suite struct JSONCodecTests {
    @Test func writesTheGoldenFile() throws {
        let text = try JSONCodec().encode(CodecFixture.sample())
        CodecFixture.updateGoldenIfAsked("sample.json", text)
        #expect(text == (try CodecFixture.golden("sample.json")))
    }

    @Test func roundTripsEveryField() throws {
        let glossary = try CodecFixture.sample().sorted
        let decoded = try JSONCodec().decode(JSONCodec().encode(glossary), file: "x.json")
        #expect(decoded == glossary)
        #expect(decoded.entries.flatMap(\.terms).contains { $0.status == .admitted })
    }

    @Test func badJSONIsAnErrorWithThePlace() {
        let error = #expect(throws: TermbaseError.self) { try JSONCodec().decode("{\"istilah\": 1}", file: "x.json") }
        #expect(error?.description == "x.json:1:1: error: missing key 'glossary' at ")
    }
}
