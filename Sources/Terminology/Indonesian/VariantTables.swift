import Foundation

/// The Indonesian language data behind variant clustering: romanization pairs, synonyms, words that
/// may be inserted into a term without changing it, and the connectors skipped when initials are
/// read. Facts about the language and about romanizing Russian and Korean names; every entry is
/// lowercase and general (no entity of any particular text).
public struct VariantTables: Sendable {
    /// Spelling rewrites that make one romanization key of a name word, applied in order to every
    /// word of a capitalized name: English, German and Indonesian renderings of Russian and Korean
    /// names differ by these (`Yury`/`Yuri`, `Sergey`/`Sergei`, `Aleksey`/`Alexei`, doubled letters).
    public var romanization: [(from: String, to: String)] = [
        ("ks", "x"), ("kh", "h"), ("ey", "ei"), ("iy", "i"), ("yi", "i"), ("y", "i"), ("ph", "f"),
        ("w", "v"), ("oo", "u"), ("ou", "u"), ("dj", "j"),
    ]

    /// Groups of words that name the same thing inside a term (`asisten`/`ajudan` "aide"); the
    /// first word of a group stands for it in the key.
    public var synonyms: [[String]] = [
        ["asisten", "ajudan", "pembantu"], ["penasihat", "penasehat"],
        ["pimpinan", "dipimpin"], ["sekjen", "sekretaris jenderal"],
    ]

    /// Words whose insertion inside a term (never first or last) does not make another term (`kemitraan strategis yang
    /// komprehensif`, `sanksi baru PBB`).
    public var insertable: Set<String> = ["yang", "baru", "terbaru"]

    /// Connectors left out when initials are read (`Organisasi untuk Kerja Sama …`).
    public var initialsConnectors: Set<String> = ["dan", "untuk", "di", "dari", "of", "and", "for", "the", "de", "la", "yang"]

    /// The shortest word a typo may be found in; shorter words never count as misspelled.
    public var minimumTypoWordLength = 4

    /// The Zipf frequency above which a word is a word in its own right: two such words that
    /// differ by a letter (`peran`/`perang`) are never one word misspelled.
    public var commonWordZipf = 3.5

    /// The tables as shipped.
    public init() {}

    /// The romanization key of one lowercase word.
    public func romanized(_ word: String) -> String {
        var word = word
        for (from, to) in romanization where word.contains(from) {
            word = word.replacingOccurrences(of: from, with: to)
        }
        // Doubled letters count once (`Belousov`/`Beloussov`).
        var out = ""
        for character in word where character != out.last { out.append(character) }
        return out
    }

    /// Every word or phrase of ``synonyms`` → the first word of its group.
    public var synonymHeads: [String: String] {
        var index: [String: String] = [:]
        for group in synonyms { for word in group { index[word] = group[0] } }
        return index
    }
}
