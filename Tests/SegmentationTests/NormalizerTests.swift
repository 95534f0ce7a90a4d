import Segmentation
import Testing

@Suite("Normalizer: keys beside surface forms")
struct NormalizerTests {
    let normalizer: Normalizer

    init() throws { normalizer = try Normalizer() }

    @Test("NFKC_Casefold with typographic folding", arguments: [
        ("PYONGYANG", "pyongyang"),
        ("Korea\u{00A0}Utara", "korea utara"),          // no-break space inside a name (seed 003)
        ("Lavrov\u{2019}s", "lavrov's"),                  // typographic apostrophe
        ("\u{201C}Kami\u{201D}", "\"kami\""),             // curly quotes
        ("Korut\u{2013}Rusia", "korut-rusia"),            // en dash
        ("\u{FB01}nal", "final"),                         // ligature
        ("Stra\u{00DF}e", "strasse"),                     // full case folding
        ("ＮＡＴＯ", "nato"),                              // full-width letters
        ("soft\u{00AD}hyphen", "softhyphen"),            // default ignorable removed
    ])
    func key(surface: String, expected: String) {
        #expect(normalizer.key(surface) == expected)
    }

    @Test("accent-folded keys reach ASCII through an ICU transliterator", arguments: [
        ("zürich", "zurich"), ("москва", "moskva"), ("łódź", "lodz"), ("kim", "kim"),
    ])
    func accentFolded(key: String, expected: String) {
        #expect(normalizer.accentFoldedKey(key) == expected)
    }

    @Test("mixed-script look-alikes share a confusable skeleton")
    func skeleton() {
        // "Pаris" with a Cyrillic а (U+0430) looks like "Paris".
        #expect(normalizer.skeleton("P\u{0430}ris") == normalizer.skeleton("Paris"))
        #expect(normalizer.skeleton("Paris") != normalizer.skeleton("Parus"))
    }
}
