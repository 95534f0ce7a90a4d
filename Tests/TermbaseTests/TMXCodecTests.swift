import Termbase
import Testing

@Suite struct TMXCodecTests {
    @Test func readsSentencePairsWithoutInlineCodes() throws {
        let glossary = try TMXCodec().decode(CodecFixture.data("sample.tmx"), file: "sample.tmx")
        let pairs = TMXCodec.sentencePairs(in: glossary)
        #expect(pairs.map(\.indonesian) == ["Dewan Keamanan PBB bersidang hari ini.", "Menlu tiba di Jenewa."])
        #expect(pairs.map(\.english) == ["The UN Security Council met today.", "The foreign minister arrived in Geneva."])
        #expect(glossary.entries[1].location?.line == 9)
    }

    @Test func writingIsUnsupported() {
        #expect(throws: TermbaseError.unsupported("writing TMX (Istilah reads TMX, it writes glossaries)")) {
            try TMXCodec().encode(Glossary())
        }
    }

    @Test func refusesEntityDeclarations() {
        let hostile = "<?xml version=\"1.0\"?>\n<!DOCTYPE tmx [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>\n<tmx><body/></tmx>\n"
        let error = #expect(throws: TermbaseError.self) { try TMXCodec().decode(hostile, file: "x.tmx") }
        #expect(error?.location?.line == 2)
        if case .unsafeXML = error {} else { Issue.record("expected unsafeXML, got \(String(describing: error))") }
    }
}
