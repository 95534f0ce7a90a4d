/// Shapes of Indonesian derived words, used to tell an untranslated Indonesian word from a proper name.
///
/// Data, not engine. Source: the confixes of standard Indonesian morphology (KBBI; Sneddon,
/// *Indonesian: A Comprehensive Grammar*): `ke-…-an` (keadilan, kehutanan) and `pe-…-an` with its
/// nasal variants (pembangunan, pemenangan, penyelesaian) form abstract and place nouns; a
/// capitalised word of this shape inside a name (`Partai Keadilan Sejahtera`) is Indonesian to be
/// translated, not a name to pass through.
enum IndonesianMorphology {
    /// Prefixes of the noun-forming confixes, longest first.
    static let confixPrefixes = ["peny", "peng", "pem", "pen", "per", "pe", "ke"]
    /// The suffix of those confixes.
    static let confixSuffix = "an"
    /// The shortest word taken as derived (shorter ones such as `Kean` are too often names).
    static let minimumLength = 7

    /// Endings of Indonesian words borrowed from Dutch and English nouns (`registrasi`, `kualitas`,
    /// `nasionalisme`, `teknologi`); proper names rarely end so.
    static let loanwordSuffixes = ["asi", "itas", "isme", "logi"]

    /// Whether `word` has the shape of an Indonesian common word: a `ke-…-an` or `pe-…-an` derived
    /// noun, or a loanword ending of ``loanwordSuffixes``, at least ``minimumLength`` letters long.
    static func isIndonesianWordShape(_ word: String) -> Bool {
        let lower = word.lowercased()
        return isDerivedNoun(word) || (lower.count >= minimumLength && loanwordSuffixes.contains { lower.hasSuffix($0) })
    }

    /// Whether `word` has the shape of a `ke-…-an` or `pe-…-an` derived noun.
    static func isDerivedNoun(_ word: String) -> Bool {
        let lower = word.lowercased()
        guard lower.count >= minimumLength, lower.hasSuffix(confixSuffix) else { return false }
        return confixPrefixes.contains { lower.hasPrefix($0) }
    }
}
