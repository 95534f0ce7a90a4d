import Segmentation

/// A word of a sentence as the extractor sees it: a token, or one part of a hyphenated pair of
/// names (`Korut-Rusia` is two units), with the facts the rules ask about.
///
/// A class: the rules pass units around and copy them often, and a copy of a reference is one
/// retain. What holds for every occurrence of the key is one shared ``WordFacts``. Units are only
/// changed while ``MentionFinder/units(of:tables:statistics:places:cache:)`` makes them; after
/// that they are read (from any thread), never written.
final class Unit: @unchecked Sendable {
    /// Unicode scalar offsets into the document text.
    var range: Range<Int>
    /// UTF-8 offsets into the document text.
    var utf8Range: Range<Int>
    /// The surface exactly as written.
    var surface: String
    /// What the tables and the lexicon say about the key.
    var facts: WordFacts
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
    /// This word and the next form a listed two-word compound (`luar negeri`).
    var startsCompound = false

    /// The matching key (lowercase, typographic folding).
    var key: String { facts.key }
    /// The key without a clitic `-nya` (`nuklirnya` → `nuklir`); equal to `key` otherwise.
    var lemma: String { facts.lemma }
    /// Whether the surface ends in the clitic `-nya` that `lemma` dropped.
    var hasClitic: Bool { facts.hasClitic }
    /// The lexicon's most frequent tag of ``lemma`` (`NN`, `VB`, `NNP` …), nil when unknown.
    var tag: String? { facts.tag }
    /// General-language Zipf frequency of ``key`` (1 when unknown).
    var zipf: Double { facts.zipf }
    /// ``key`` is a stop word.
    var keyIsStop: Bool { facts.keyIsStop }
    /// ``lemma`` is a stop word.
    var lemmaIsStop: Bool { facts.lemmaIsStop }
    /// ``key`` or ``lemma`` names a day or a month.
    var isCalendar: Bool { facts.isCalendar }
    /// ``lemma`` is a judgement adjective (`berat`).
    var isEvaluative: Bool { facts.isEvaluative }
    /// ``lemma`` is a quantity noun (`lusinan`).
    var isQuantifier: Bool { facts.isQuantifier }
    /// An unknown word with a verb prefix (`menuduh`, `dikendalikan`).
    var looksLikeVerb: Bool { facts.looksLikeVerb }
    /// A common word by its affixes and a common stem (`kelautan`, `anggapan`).
    var isDerived: Bool { facts.isDerived }
    /// A verb prefix before a stem the lexicon knows (`bersaudara`; not `Mendur`).
    var hasKnownVerbStem: Bool { facts.hasKnownVerbStem }

    var isWord: Bool { kind == .word }

    /// Whether the table `listing` names lists this unit's key (or lemma, where it says so).
    func listed(as listing: WordFacts.Listing) -> Bool { facts.listings.contains(listing) }

    /// The unit of a token or of a part of one: `shape` is the shape of `surface`.
    convenience init(surface: String, range: Range<Int>, utf8Range: Range<Int>, kind: TokenKind, shape: SurfaceShape,
                     initial: Bool, followsHyphen: Bool, facts: WordFacts) {
        self.init(range: range, utf8Range: utf8Range, surface: surface, facts: facts, kind: kind, isCapitalized: shape.isCapitalized,
                  isAllCaps: shape.isAllCaps, isSentenceInitial: initial, followsHyphen: followsHyphen)
    }

    init(range: Range<Int>, utf8Range: Range<Int>, surface: String, facts: WordFacts,
         kind: TokenKind, isCapitalized: Bool, isAllCaps: Bool, isSentenceInitial: Bool, followsHyphen: Bool) {
        self.range = range
        self.utf8Range = utf8Range
        self.surface = surface
        self.facts = facts
        self.kind = kind
        self.isCapitalized = isCapitalized
        self.isAllCaps = isAllCaps
        self.isSentenceInitial = isSentenceInitial
        self.followsHyphen = followsHyphen
    }
}
