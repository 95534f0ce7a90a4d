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

    @Test("surface and key read back as given, short or long, ASCII or not, key lowercase or not", arguments: [
        ("Korea", "korea"), ("korea", "korea"), ("Korea", "KOREA"), ("Korea", "x"), ("", ""),
        ("Tribunnews.com/berita", "tribunnews.com/berita"), ("Zürich", "zürich"), ("“kami”", "\"kami\""),
    ])
    func text(surface: String, key: String) {
        let token = Token(surface: surface, key: key, kind: .word, range: 0..<1, utf8Range: 0..<1, line: 1, column: 1)
        #expect(token.surface == surface)
        #expect(token.key == key)
    }

    @Test("a token is a plain 48-byte value: copying and destroying touch no reference count")
    func plainValue() {
        #expect(_isPOD(Token.self))
        #expect(MemoryLayout<Token>.stride == 48)
    }

    @Test("long and non-ASCII texts keep their exact bytes, also canonically equivalent spellings")
    func exactBytes() {
        let spellings = ["Zürich", "Zu\u{0308}rich", "Ängström", "A\u{0308}ngstro\u{0308}m"]
        let tokens = spellings.map { Token(surface: $0, key: $0 + "!", kind: .word, range: 0..<1, utf8Range: 0..<1, line: 1, column: 1) }
        for (token, spelling) in zip(tokens, spellings) {
            #expect(Array(token.surface.utf8) == Array(spelling.utf8))
            #expect(Array(token.key.utf8) == Array((spelling + "!").utf8))
        }
    }

    @Test("long texts made and read on many threads at once read back as given")
    func concurrent() async {
        await withTaskGroup(of: Bool.self) { group in
            for task in 0..<8 {
                group.addTask {
                    (0..<200).allSatisfy { index in
                        let surface = "Pertanggungjawaban\(index % 50)-\(task % 2)ü"
                        let token = Token(surface: surface, key: surface.lowercased(), kind: .word,
                                          range: 0..<1, utf8Range: 0..<1, line: 1, column: 1)
                        return token.surface == surface && token.key == surface.lowercased()
                    }
                }
            }
            for await ok in group { #expect(ok) }
        }
    }

    @Test("setting surface or key keeps the other")
    func setters() {
        var token = Token(surface: "Korea", key: "korea", kind: .word, range: 0..<5, utf8Range: 0..<5, line: 1, column: 1)
        token.key = "jakarta"
        #expect((token.surface, token.key) == ("Korea", "jakarta"))
        token.surface = "Zürich"
        #expect((token.surface, token.key) == ("Zürich", "jakarta"))
        token.key = "zürich"
        token.surface = "ZÜRICH"
        #expect((token.surface, token.key) == ("ZÜRICH", "zürich"))
    }

    @Test("a segmented token equals, and hashes as, the same token made by hand")
    func equality() throws {
        let document = try Segmenter().document(SourceText(id: "t", text: "Di Korea dan Zürich, Tribunnews.com melapor."))
        for token in document.tokens {
            let copy = Token(surface: token.surface, key: token.key, kind: token.kind, range: token.range,
                             utf8Range: token.utf8Range, line: token.line, column: token.column)
            #expect(copy == token)
            #expect(copy.hashValue == token.hashValue)
            var other = copy
            other.key += "x"
            #expect(other != token)
        }
        #expect(document.tokens.map(\.key) == ["di", "korea", "dan", "zürich", ",", "tribunnews.com", "melapor", "."])
    }

    /// The UTF-8 bytes of `text` (at most 16) packed little-endian into two words, zero after them.
    static func packed(_ text: String) -> SIMD2<UInt64> {
        var packed = SIMD2<UInt64>.zero
        for (index, byte) in text.utf8.enumerated() {
            if index < 8 { packed.x |= UInt64(byte) << (8 * UInt64(index)) } else { packed.y |= UInt64(byte) << (8 * UInt64(index - 8)) }
        }
        return packed
    }

    @Test("a short ASCII key lowercasing its surface is given inline as its bytes; others are not", arguments: [
        ("Korea", "korea", true), ("KCNA", "kcna", true), ("abcdefghijklmno", "abcdefghijklmno", true),
        ("abcdefghijklmnop", "abcdefghijklmnop", false), ("Zürich", "zürich", false), ("Korea", "x", false), ("", "", true),
    ])
    func inlineKey(surface: String, key: String, inline: Bool) {
        let token = Token(surface: surface, key: key, kind: .word, range: 0..<surface.unicodeScalars.count,
                          utf8Range: 0..<surface.utf8.count, line: 1, column: 1)
        guard let (words, count) = token.inlineKey else {
            #expect(!inline)
            return
        }
        #expect(inline)
        #expect(count == key.utf8.count && words == Self.packed(key))
    }

    @Test("the inline surface is the surface's bytes, packed, for the tokens that keep their key inline", arguments: [
        ("Korea", "korea", true), ("KCNA-Rusia", "kcna-rusia", true), ("abcdefghijklmno", "abcdefghijklmno", true),
        ("abcdefghijklmnop", "abcdefghijklmnop", false), ("Zürich", "zürich", false), ("Korea", "x", false),
    ])
    func inlineSurface(surface: String, key: String, inline: Bool) {
        let token = Token(surface: surface, key: key, kind: .word, range: 0..<surface.unicodeScalars.count,
                          utf8Range: 0..<surface.utf8.count, line: 1, column: 1)
        guard let (words, count) = token.inlineSurface else {
            #expect(!inline)
            return
        }
        #expect(inline)
        #expect(count == surface.utf8.count && words == Self.packed(surface))
    }

    @Test("capitals read from the stored form agree with the scalars' properties", arguments: [
        "Korea", "korea", "KCNA", "K", "", "1945", "Ärzte", "ÄRZTE", "ärzte", "PBB-nya", "Ünïcode-Lönger-Than-Fifteen",
    ])
    func capitals(surface: String) {
        let token = Token(surface: surface, key: surface.lowercased(), kind: .word, range: 0..<surface.unicodeScalars.count,
                          utf8Range: 0..<surface.utf8.count, line: 1, column: 1)
        let scalars = surface.unicodeScalars
        #expect(token.isCapitalized == (scalars.first?.properties.isUppercase ?? false))
        let letters = scalars.filter(\.properties.isAlphabetic)
        #expect(token.isAllCaps == (letters.count >= 2 && !letters.contains { $0.properties.isLowercase }))
    }
}
