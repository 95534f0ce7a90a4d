@testable import Alignment
import Testing

@Suite struct IndonesianMorphologyTests {
    @Test(arguments: [("Keadilan", true), ("kehutanan", true), ("Pembangunan", true), ("Pemenangan", true), ("penyelesaian", true),
                      ("Perhubungan", true), ("Kumsusan", false), ("Kean", false), ("Pyongyang", false), ("Kremlin", false),
                      ("Keadilannya", false), ("Pertahanan", true)])
    func derivedNounShape(_ word: String, _ derived: Bool) {
        #expect(IndonesianMorphology.isDerivedNoun(word) == derived)
    }

    @Test func tablesAreLowercaseAndLongestFirst() {
        #expect(IndonesianMorphology.confixPrefixes.allSatisfy { $0 == $0.lowercased() })
        #expect(IndonesianMorphology.confixPrefixes == IndonesianMorphology.confixPrefixes.sorted { $0.count > $1.count })
    }
}
