import Segmentation
import Testing

@Suite("Token: stored form behind the public properties")
struct TokenTests {
    private func token(key: String, folded: String) -> Token {
        Token(surface: "Zürich", key: key, foldedKey: folded, kind: .word,
              range: 3..<9, utf8Range: 3..<10, line: 2, column: 4)
    }

    @Test("offsets, line and column read back as given")
    func offsets() {
        let token = token(key: "zürich", folded: "zurich")
        #expect(token.range == 3..<9)
        #expect(token.utf8Range == 3..<10)
        #expect((token.line, token.column) == (2, 4))
    }

    @Test("a folded key equal to the key and one apart read back as given and compare by value")
    func foldedKey() {
        let same = token(key: "zurich", folded: "zurich")
        let apart = token(key: "zürich", folded: "zurich")
        #expect(same.foldedKey == "zurich")
        #expect(apart.foldedKey == "zurich")
        var changed = apart
        changed.key = "zurich"   // now equal to the folded key, which stays what it was
        #expect(changed.foldedKey == "zurich")
        #expect(changed == same)
        #expect(changed.hashValue == same.hashValue)
        changed.key = "zürich"
        #expect(changed.foldedKey == "zurich")
        #expect(changed == apart)
        changed.foldedKey = "zürich"
        #expect(changed.foldedKey == changed.key)
    }
}
