import Segmentation

/// A word of a sentence as the extractor sees it: a token, or one part of a hyphenated pair of
/// names (`Korut-Rusia` is two units), with the facts the rules ask about.
///
/// A class: the rules pass units around and copy them often, and a copy of a reference is one
/// retain where a copy of this many strings was five. Units are only changed while
/// ``MentionFinder/units(of:tables:statistics:cache:)`` makes them; after that they are read
/// (from any thread), never written.
final class Unit: @unchecked Sendable {
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

    // Facts looked up once when the unit is made, so the rules do not hash the same strings again.
    /// The lexicon's most frequent tag of ``lemma`` (`NN`, `VB`, `NNP` …), nil when unknown.
    var tag: String? = nil
    /// General-language Zipf frequency of ``key`` (1 when unknown).
    var zipf: Double = 1
    /// ``key`` is a stop word.
    var keyIsStop = false
    /// ``lemma`` is a stop word.
    var lemmaIsStop = false
    /// ``key`` or ``lemma`` names a day or a month.
    var isCalendar = false
    /// ``lemma`` is a judgement adjective (`berat`) or a quantity noun (`lusinan`).
    var isEvaluative = false
    var isQuantifier = false
    /// An unknown word with a verb prefix (`menuduh`, `dikendalikan`).
    var looksLikeVerb = false
    /// A common word by its affixes and a common stem (`kelautan`, `anggapan`).
    var isDerived = false
    /// A verb prefix before a stem the lexicon knows (`bersaudara`; not `Mendur`).
    var hasKnownVerbStem = false
    /// This word and the next form a listed two-word compound (`luar negeri`).
    var startsCompound = false

    var isWord: Bool { kind == .word }

    init(range: Range<Int>, utf8Range: Range<Int>, surface: String, key: String, lemma: String, hasClitic: Bool,
         kind: TokenKind, isCapitalized: Bool, isAllCaps: Bool, isSentenceInitial: Bool, followsHyphen: Bool) {
        self.range = range
        self.utf8Range = utf8Range
        self.surface = surface
        self.key = key
        self.lemma = lemma
        self.hasClitic = hasClitic
        self.kind = kind
        self.isCapitalized = isCapitalized
        self.isAllCaps = isAllCaps
        self.isSentenceInitial = isSentenceInitial
        self.followsHyphen = followsHyphen
    }
}
