import Segmentation

/// A word of a sentence as the extractor sees it: a token, or one part of a hyphenated pair of
/// names (`Korut-Rusia` is two units), with the facts the rules ask about.
struct Unit {
    /// Unicode scalar offsets into the document text.
    var range: Range<Int>
    /// UTF-8 offsets into the document text.
    var utf8Range: Range<Int>
    /// The surface exactly as written.
    var surface: String
    /// The matching key (lowercase, typographic folding).
    var key: String
    /// The key without a clitic `-nya` (`nuklirnya` → `nuklir`); equal to `key` otherwise.
    var lemma: String
    /// Whether the surface ends in the clitic `-nya` that `lemma` dropped.
    var hasClitic: Bool
    /// Word, number, punctuation or symbol.
    var kind: TokenKind
    /// First letter uppercase.
    var isCapitalized: Bool
    /// Two or more letters, all uppercase (`PBB`, `NATO`).
    var isAllCaps: Bool
    /// The first word of its sentence (or of a quotation, or of a headline line).
    var isSentenceInitial: Bool
    /// The second part of a split pair of names (`Rusia` in `Korut-Rusia`): a name boundary.
    var followsHyphen: Bool

    var isWord: Bool { kind == .word }
}
