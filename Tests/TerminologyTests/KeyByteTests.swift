@testable import Terminology
import Testing

@Suite("WordFacts.keyByte: single-byte keys by their byte")
struct KeyByteTests {
    @Test("one-byte keys give their byte (folded quotes included), longer keys 0; keyIs and opensClause follow it")
    func keyBytes() throws {
        let text = "Kata Putin, “Ia datang” (kemarin): ya."
        let (prepared, _) = try UnitTests.prepared(text)
        defer { withExtendedLifetime(prepared) {} }
        let units = prepared.units.all
        for unit in units {
            let key = Array(unit.key.utf8)
            #expect(unit.facts.keyByte == (key.count == 1 ? key[0] : 0))
        }
        #expect(units.contains { $0.keyIs(",") } && units.contains { $0.keyIs("(") } && units.contains { $0.keyIs(":") })
        #expect(!units.contains { $0.key == "ia" && $0.keyIs("i") })
        // The typographic opening quote folds to `"`, which opens a clause: `Ia` counts as sentence-initial.
        #expect(units.first { $0.key == "ia" }?.isSentenceInitial == true)
        #expect(MentionFinder.opensClause(keyByte: UInt8(ascii: "(")) && !MentionFinder.opensClause(keyByte: 0))
    }
}
