import Foundation
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

    @Test func aSegmentWithoutLanguageTakesTheSourceLanguage() throws {
        let tmx = "<tmx version=\"1.4\"><header srclang=\"id-ID\"/><body><tu><tuv><seg>KTT</seg></tuv><tuv xml:lang=\"en\"><seg>summit</seg></tuv></tu></body></tmx>"
        let glossary = try TMXCodec().decode(tmx, file: "a.tmx")
        #expect(glossary.entries.first?.terms == [Term("KTT", language: "id"), Term("summit", language: "en")])
        let noDefault = tmx.replacingOccurrences(of: " srclang=\"id-ID\"", with: "")
        #expect(throws: TermbaseError.malformedXML(.init(file: "a.tmx", line: 1, column: 1), message: "<tuv> without xml:lang")) {
            try TMXCodec().decode(noDefault, file: "a.tmx")
        }
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
