import Segmentation
import Testing

/// The table of scalar classes must answer what the scalars' properties answer, inside the
/// table and above it (where the properties are asked directly).
@Suite("Scalar classes: the table equals the Unicode properties")
struct ScalarClassesTests {
    /// The classes of `scalar` asked of its properties (space as ``ByteScanner`` reads it: white
    /// space or an invisible joiner).
    static func expected(_ scalar: Unicode.Scalar) -> UInt8 {
        let properties = scalar.properties
        var bits: UInt8 = 0
        if properties.isWhitespace || scalar == "\u{200B}" || scalar == "\u{2060}" || scalar == "\u{FEFF}" { bits |= ScalarClasses.space }
        if properties.isAlphabetic { bits |= ScalarClasses.alphabetic }
        if properties.isUppercase { bits |= ScalarClasses.uppercase }
        if properties.isLowercase { bits |= ScalarClasses.lowercase }
        return bits
    }

    @Test("letters, marks, spaces and symbols on both sides of the table's end")
    func sampleScalars() {
        let samples: [Unicode.Scalar] = ["a", "Z", " ", "é", "Ä", "ß", "Ω", "ж", "Ж", "ع", "\u{00A0}", "\u{2003}", "\u{201C}", "\u{2014}",
                                         "\u{0301}", "\u{2FFF}", "\u{3000}", "\u{3001}", "あ", "中", "한", "\u{E000}", "Ａ", "ａ",
                                         "\u{FEFF}", "😀", "𝐀"]
        for scalar in samples {
            #expect(ScalarClasses.of(scalar) == Self.expected(scalar), "U+\(String(scalar.value, radix: 16))")
        }
        #expect(ScalarClasses.of("Ä") & ScalarClasses.uppercase != 0)
        #expect(ScalarClasses.of("Ａ") & ScalarClasses.uppercase != 0)
        #expect(ScalarClasses.of("\u{3000}") & ScalarClasses.space != 0)
        #expect(ScalarClasses.of("中") & ScalarClasses.alphabetic != 0)
    }
}
