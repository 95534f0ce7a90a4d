import Segmentation
import Testing

@Suite("Token: stored form behind the public properties")
struct TokenTests {
    private func token(key: String) -> Token {
        Token(surface: "Zürich", key: key, kind: .word, range: 3..<9, utf8Range: 3..<10, line: 2, column: 4)
    }

    @Test("offsets, line and column read back as given")
    func offsets() {
        let token = token(key: "zürich")
        #expect(token.range == 3..<9)
        #expect(token.utf8Range == 3..<10)
        #expect((token.line, token.column) == (2, 4))
    }

    @Test("the folded key is made from the key on access", arguments: [
        ("zürich", "zurich"), ("zurich", "zurich"), ("москва", "moskva"), ("“kami”", "\"kami\""),
    ])
    func foldedKey(key: String, folded: String) {
        var token = token(key: key)
        #expect(token.foldedKey == folded)
        token.key = "jakarta"
        #expect(token.foldedKey == "jakarta")
    }
}
