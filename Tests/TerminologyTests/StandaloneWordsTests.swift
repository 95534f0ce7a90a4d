import Segmentation
@testable import Terminology
import Testing

@Suite("StandaloneWords: a document's capitalized words written alone, by packed bytes or by string")
struct StandaloneWordsTests {
    @Test("holds exactly the keys of the capitalized word tokens without a hyphen, short, long and non-ASCII alike")
    func agreesWithAStringSet() throws {
        let text = "Korut dan Rusia bertemu di Pyongyang. Kementerian Pertahanannya, Ärzte, Korea-Rusia, "
            + "PemberdayaanMasyarakat, rusia, ＡＢＣ dan NATO."
        let document = try Segmenter().document(text, id: "t")
        let bytes = Array(text.utf8)
        let words = bytes.withUnsafeBufferPointer { StandaloneWords(of: document.tokens, text: $0) }
        let expected = Set(document.tokens.filter { token in
            token.kind == .word && token.isCapitalized && !token.surface.contains("-")
        }.map(\.key))
        // Long (over 15 bytes), non-ASCII and folded keys take the string side; the rest the packed one.
        #expect(expected.contains("pemberdayaanmasyarakat") && expected.contains("ärzte") && expected.contains("abc"))
        let asked = expected.union(["dan", "bertemu", "korea-rusia", "korea", "pyongyan", "pyongyangs", "kementerian pertahanannya",
                                    "ärzt", "pemberdayaanmasyarakatx", "", "nato"])
        for key in asked {
            #expect(words.contains(Substring(key)) == expected.contains(key), "\(key)")
        }
    }

    @Test("keys given as strings are found by their pieces of a longer string")
    func givenKeys() {
        let words = StandaloneWords(keys: ["korut", "rusia", "ärzte", "sangatpanjangsekali"])
        let key = "korut-ärzte-sangatpanjangsekali-rusi"
        let pieces = key.split(separator: "-")
        #expect(pieces.map { words.contains($0) } == [true, true, true, false])
    }

    @Test("two capitalized words written one after the other with one space are a spaced pair; not across other text")
    func spacedPairs() throws {
        let text = "Motor Harley Davidson bekas. Korut dan Rusia, Harley-Davidson."
        let document = try Segmenter().document(text, id: "t")
        let bytes = Array(text.utf8)
        let words = bytes.withUnsafeBufferPointer { StandaloneWords(of: document.tokens, text: $0) }
        #expect(words.containsSpaced("harley", "davidson"))
        #expect(words.containsSpaced("motor", "harley"))
        #expect(!words.containsSpaced("davidson", "harley"))
        #expect(!words.containsSpaced("korut", "rusia"))
        #expect(!words.containsSpaced("rusia", "harley"))
    }
}
