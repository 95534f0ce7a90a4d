import Foundation
import Segmentation
@testable import Terminology
import TestSupport
import Testing

@Suite("Preparation: shortcuts that must agree with the slow way")
struct PreparationTests {
    @Test("a key whose word facts fire no word-only rule has the same facts as any token kind")
    func kindIndependence() throws {
        let lookup = WordFacts.Lookup(tables: LanguageTables(), statistics: statistics, places: [])
        let segmenter = try Segmenter()
        var keys = Set<String>()
        for url in Repository.seedPaths() {
            let document = try segmenter.document(SourceText(id: "t", text: String(contentsOf: url, encoding: .utf8)))
            keys.formUnion(document.tokens.map(\.key))
        }
        keys.formUnion(["bukunya", "menuduh", "kelautan", "bersaudara", "lobi-lobi", "sebenarnya"])
        var dependent = 0
        for key in keys {
            let word = MentionFinder.facts(of: key, kind: .word, id: 0, lookup: lookup)
            let other = MentionFinder.facts(of: key, kind: .symbol, id: 0, lookup: lookup)
            if MentionFinder.mayDependOnKind(word) {
                dependent += 1
            } else {
                #expect(word.isSame(as: other), "\(key)")
            }
        }
        // The shortcut is taken for most keys, and not for the words that need both.
        #expect(dependent > 0 && dependent < keys.count / 2)
    }

    @Test("only a hyphenated token of capitalized pieces each written alone splits; the others never ask", arguments: [
        ("Korut-Rusia", ["Korut", "Rusia"], true), ("Georgia-Pacific", nil, true), ("orang-orang", nil, false),
        ("e-KTP", nil, false), ("Jong-un", nil, false), ("Al-Qaeda", nil, false), ("A-Rusia", nil, false),
        ("Korut-", nil, false), ("Korut-Rusia-Korut", nil, false), ("Ärzte-Rusia", ["Ärzte", "Rusia"], true),
        ("Korut-Perancis", nil, true), ("Ärzte-Perancis", nil, true),
    ] as [(String, [String]?, Bool)])
    func hyphenParts(surface: String, parts expected: [String]?, asks: Bool) {
        let token = Token(surface: surface, key: surface.lowercased(), kind: .word, range: 10..<10 + surface.unicodeScalars.count,
                          utf8Range: 20..<20 + surface.utf8.count, line: 1, column: 1)
        var asked = false
        let parts = MentionFinder.parts(of: token) {
            asked = true
            return StandaloneWords(keys: ["korut", "rusia", "ärzte", "al", "qaeda", "georgia"])
        }
        #expect(parts?.map(\.surface) == expected)
        #expect(asked == asks)
        if let parts {
            #expect(parts.map(\.key) == expected?.map { $0.lowercased() })
            #expect(parts.first?.range.lowerBound == 10 && parts.last?.range.upperBound == token.range.upperBound)
            #expect(parts.first?.utf8Range.lowerBound == 20 && parts.last?.utf8Range.upperBound == token.utf8Range.upperBound)
            #expect(parts.map(\.followsHyphen) == [false] + Array(repeating: true, count: parts.count - 1))
        }
    }

    @Test("a surface's shape read from its bytes agrees with its scalars' properties", arguments: [
        "Korea", "korea", "PBB", "P", "e-KTP", "Korut-Rusia", "Ärzte", "ÄRZTE", "ärzte", "ÄB-c", "1945", "Ωmega", "ΩΜΕΓΑ", "𝐀𝐁",
    ])
    func shapes(surface: String) {
        let shape = SurfaceShape(surface)
        let scalars = surface.unicodeScalars
        let letters = scalars.filter(\.properties.isAlphabetic)
        #expect(shape.hasHyphen == surface.utf8.contains(0x2D))
        #expect(shape.isCapitalized == (scalars.first?.properties.isUppercase ?? false))
        #expect(shape.isAllCaps == (letters.count >= 2 && letters.allSatisfy(\.properties.isUppercase)))
    }

    @Test("a surface's shape read in two words agrees with the byte-by-byte reading, at every length and place")
    func wordShapes() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("aAzZ-@[`{09 .ÄéB".utf8) + Array("KORUT-rusia-Pbb".utf8)
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...40, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
            text.withUnsafeBufferPointer { buffer in
                let start = Int.random(in: 0...buffer.count, using: &generator)
                let range = start..<Int.random(in: start...min(buffer.count, start + 18), using: &generator)
                let fast = SurfaceShape(in: buffer, range: range), slow = SurfaceShape(utf8: UnsafeBufferPointer(rebasing: buffer[range]))
                #expect((fast.hasHyphen, fast.isCapitalized, fast.isAllCaps) == (slow.hasHyphen, slow.isCapitalized, slow.isAllCaps),
                        "\(Array(buffer[range]))")
            }
        }
    }
}
