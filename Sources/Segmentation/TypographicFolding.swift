/// Folds typographic variants of quotes, apostrophes, dashes and spaces to their ASCII forms.
///
/// Applied to UTF-16 code units after NFKC_Casefold, so every mapping here is one unit to one
/// unit. The table is typographic, not linguistic: it holds for every language.
public enum TypographicFolding {
    /// The ASCII replacement of `unit`, or `unit` itself.
    ///
    /// `‘ ’ ‚ ‛ ′ ʼ` → `'`; `“ ” „ ‟ ″ « »` → `"`; `‐ ‑ ‒ – — ― − ﹘ ﹣ －` → `-`;
    /// no-break, figure and narrow no-break spaces → ` `.
    @inlinable
    public static func fold(_ unit: UInt16) -> UInt16 {
        switch unit {
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x02BC: 0x27
        case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x00AB, 0x00BB: 0x22
        case 0x2010...0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D: 0x2D
        case 0x00A0, 0x2007, 0x202F: 0x20
        default: unit
        }
    }
}
