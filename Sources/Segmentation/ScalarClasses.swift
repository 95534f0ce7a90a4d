/// The Unicode properties the classification of ICU segments asks of a scalar outside ASCII
/// (white space, Alphabetic, Uppercase, Lowercase), for the scalars below U+3000 in one 12 KB table.
///
/// Asking the standard library per scalar (`scalar.properties`) cost four lookups each and was
/// a third of segmentation's time on text with many accented words. The table is made from
/// the same properties, once per process on first use: 12 K × 4 lookups, 17 M instructions
/// (the whole BMP took 90 M, some 25 ms at the start of every run, while the first document
/// waits). Below U+3000 lie the alphabets, the accented Latin letters, the typographic
/// punctuation and the symbols that news in Latin script writes; the scalars above it (CJK,
/// Hangul syllables, private use, full-width forms, emoji) are asked directly. Public so that
/// the other stages ask the same table (the extractor's surface shapes) instead of the properties.
public enum ScalarClasses {
    /// ``ByteScanner/isSpace(_:)``: white space or an invisible joiner.
    public static let space: UInt8 = 1 << 0
    /// `Alphabetic` (`scalar.properties.isAlphabetic`).
    public static let alphabetic: UInt8 = 1 << 1
    /// `Uppercase` (`scalar.properties.isUppercase`).
    public static let uppercase: UInt8 = 1 << 2
    /// `Lowercase` (`scalar.properties.isLowercase`).
    public static let lowercase: UInt8 = 1 << 3

    /// The scalars the table holds: those below this value.
    static let tableEnd: UInt32 = 0x3000

    private static let table: [UInt8] = (0..<tableEnd).map { value in
        Unicode.Scalar(value).map(classes) ?? 0
    }

    /// The bits of `scalar`: one table read below ``tableEnd``.
    @inline(__always)
    public static func of(_ scalar: Unicode.Scalar) -> UInt8 {
        scalar.value < tableEnd ? table.withUnsafeBufferPointer { $0[Int(scalar.value)] } : classes(scalar)
    }

    /// The bits of `scalar`, asked of its properties.
    static func classes(_ scalar: Unicode.Scalar) -> UInt8 {
        let properties = scalar.properties
        var bits: UInt8 = 0
        if ByteScanner.isSpace(scalar) { bits |= space }
        if properties.isAlphabetic { bits |= alphabetic }
        if properties.isUppercase { bits |= uppercase }
        if properties.isLowercase { bits |= lowercase }
        return bits
    }
}
