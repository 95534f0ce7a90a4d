/// What the tables and the lexicon say about one key, the same at every occurrence: looked up
/// once per distinct key (once per run with a ``WordFactsCache``) and shared by every ``Unit`` of
/// that key, so that the rules test a bit where they would hash the key again.
///
/// Immutable: made by ``MentionFinder/facts(of:kind:id:lookup:)``, then only read (from any thread).
final class WordFacts: Sendable {
    /// The tables a word can be listed in, as bits (see ``WordFacts/listings``). Each is the
    /// membership of the key, or where the name says so of the lemma, in the table of that name.
    struct Listing: OptionSet, Sendable {
        let rawValue: UInt64

        /// ``LanguageTables/nonNames`` (`rp`, `ii`).
        static let nonName = Listing(rawValue: 1 << 0)
        /// ``LanguageTables/numberNouns`` (`nomor`).
        static let numberNoun = Listing(rawValue: 1 << 1)
        /// ``LanguageTables/titleHeads`` (one-word heads: `presiden`).
        static let titleHead = Listing(rawValue: 1 << 2)
        /// ``LanguageTables/preHeads`` (`wakil`).
        static let preHead = Listing(rawValue: 1 << 3)
        /// ``TableIndex/titleFirstWords``: the first word of a title head or pre-head.
        static let titleFirstWord = Listing(rawValue: 1 << 4)
        /// ``LanguageTables/placeHeads`` (`bandara`).
        static let placeHead = Listing(rawValue: 1 << 5)
        /// ``LanguageTables/languageHeads`` (`bahasa`).
        static let languageHead = Listing(rawValue: 1 << 6)
        /// ``LanguageTables/termClassHeads`` (`virus`).
        static let termClassHead = Listing(rawValue: 1 << 7)
        /// ``LanguageTables/nameConnectors`` (`dan`, `untuk`).
        static let nameConnector = Listing(rawValue: 1 << 8)
        /// ``LanguageTables/partyHeads`` (`partai`).
        static let partyHead = Listing(rawValue: 1 << 9)
        /// ``LanguageTables/placePrepositions`` (`di`).
        static let placePreposition = Listing(rawValue: 1 << 10)
        /// ``LanguageTables/speechVerbs`` (`kata`).
        static let speechVerb = Listing(rawValue: 1 << 11)
        /// ``LanguageTables/numberWords`` (`juta`).
        static let numberWord = Listing(rawValue: 1 << 12)
        /// A word of a place name (``MentionFinder/placeWords(of:)``: `korea`).
        static let placeWord = Listing(rawValue: 1 << 13)
        /// ``LanguageTables/companyForms`` (`tbk`).
        static let companyForm = Listing(rawValue: 1 << 14)
        /// The first word of a two-word cue (`kantor` of `kantor berita`).
        static let twoWordCueFirst = Listing(rawValue: 1 << 15)
        /// The first word of a listed compound (`luar` of `luar negeri`).
        static let compoundFirstWord = Listing(rawValue: 1 << 16)
        /// ``LanguageTables/bylineHeads`` (`reporter`).
        static let bylineHead = Listing(rawValue: 1 << 17)
        /// The lemma is the first word of a product class, under any of its spellings (`limusin`).
        static let productFirstWordLemma = Listing(rawValue: 1 << 18)
        /// The lemma is insertable inside a term (``VariantTables/insertable``: `baru`).
        static let insertableLemma = Listing(rawValue: 1 << 19)
        /// The lemma is in ``LanguageTables/lightNouns``, ``LanguageTables/relationalNouns`` or
        /// ``LanguageTables/classifierNouns``.
        static let lightNounLemma = Listing(rawValue: 1 << 20)
        /// The lemma is in ``LanguageTables/collectiveHeads`` (`rakyat`).
        static let collectiveHeadLemma = Listing(rawValue: 1 << 21)
        /// The lemma is in ``LanguageTables/agentHeads`` (`sanksi`).
        static let agentHeadLemma = Listing(rawValue: 1 << 22)
        /// ``LanguageTables/pronouns`` (`ia`).
        static let pronoun = Listing(rawValue: 1 << 23)
        /// ``LanguageTables/addressForms`` (`ibu`).
        static let addressForm = Listing(rawValue: 1 << 24)
        /// ``LanguageTables/organizationClasses`` (`akun`).
        static let organizationClass = Listing(rawValue: 1 << 25)
        /// The lemma is in ``LanguageTables/countWords`` (`juta`).
        static let countWordLemma = Listing(rawValue: 1 << 26)
        /// ``LanguageTables/englishNameConnectors`` (`of`, `and`).
        static let englishNameConnector = Listing(rawValue: 1 << 27)
        /// ``LanguageTables/nameParticles`` (`de`, `al-`).
        static let nameParticle = Listing(rawValue: 1 << 28)
        /// ``LanguageTables/demonstratives`` (`ini`).
        static let demonstrative = Listing(rawValue: 1 << 29)
        /// ``LanguageTables/religionWords`` (`islam`).
        static let religionWord = Listing(rawValue: 1 << 30)
        /// ``LanguageTables/compassWords`` (`barat`).
        static let compassWord = Listing(rawValue: 1 << 31)
        /// The lemma is in ``LanguageTables/documentHeads`` (`perjanjian`).
        static let documentHeadLemma = Listing(rawValue: 1 << 32)
        /// A whole place name of the extractor (`korea`).
        static let placeName = Listing(rawValue: 1 << 33)
        /// A place name, or its words before one of its spaces (`korea` of `korea utara`): a run of
        /// keys can join to a place name only when its first key has this.
        static let placeNameStart = Listing(rawValue: 1 << 34)
        /// What follows the first word of a cue of two or more words (`berita` of `kantor berita`):
        /// a key can complete such a cue after a ``twoWordCueFirst`` only when it has this.
        static let twoWordCueRest = Listing(rawValue: 1 << 35)
        /// The lemma is a title head (``LanguageTables/titleHeads``, one word: `presiden`).
        static let titleHeadLemma = Listing(rawValue: 1 << 36)
        /// The lemma is a title head or its words before one of its spaces (`juru` of `juru bicara`):
        /// lemmas can join to a head only when the first has this.
        static let titleHeadStartLemma = Listing(rawValue: 1 << 37)
        /// The lemma is a title head or its words after one of its spaces (`bicara` of `juru bicara`):
        /// lemmas can join to a head only when the last has this.
        static let titleHeadEndLemma = Listing(rawValue: 1 << 38)
        /// The lemma is in ``LanguageTables/complementHeads`` (`kepala`).
        static let complementHeadLemma = Listing(rawValue: 1 << 39)
        /// ``LanguageTables/numerals`` (`sembilan`, `kesembilan`).
        static let numeral = Listing(rawValue: 1 << 40)
        /// ``LanguageTables/clauseWords`` (`menurut`, `namun`).
        static let clauseWord = Listing(rawValue: 1 << 41)
        /// ``LanguageTables/degrees`` (`sh`, `mba`).
        static let degree = Listing(rawValue: 1 << 42)
        /// ``LanguageTables/settlementHeads`` (`kota`, `provinsi`).
        static let settlementHead = Listing(rawValue: 1 << 43)
        /// ``LanguageTables/ranks``, one word (`irjen`, `kolonel`).
        static let rank = Listing(rawValue: 1 << 44)
        /// ``LanguageTables/rankMarkers`` (`tni`, `pol`).
        static let rankMarker = Listing(rawValue: 1 << 45)
        /// ``LanguageTables/unitOffices``, one word (`kapolda`, `pangdam`).
        static let unitOffice = Listing(rawValue: 1 << 46)
        /// ``LanguageTables/nounModifierVerbs`` (`dagang`, `bermotor`).
        static let nounModifierVerb = Listing(rawValue: 1 << 47)
        /// ``LanguageTables/englishTitleWords`` or ``LanguageTables/englishTitleHeads`` (`marketing`, `director`).
        static let englishTitleWord = Listing(rawValue: 1 << 48)
        /// ``LanguageTables/englishTitleHeads`` (`director`, `head`).
        static let englishTitleHead = Listing(rawValue: 1 << 49)
        /// ``LanguageTables/englishStandaloneTitleHeads`` (`ceo`, `manager`).
        static let englishStandaloneTitleHead = Listing(rawValue: 1 << 50)
        /// The lemma is what follows a space in a listed compound (`negeri` of `luar negeri`): a
        /// compound is looked up (a string made and hashed) only before such a word.
        static let compoundRestLemma = Listing(rawValue: 1 << 51)
        /// ``LanguageTables/complementNouns`` (`akibat`, `jenis`).
        static let complementNoun = Listing(rawValue: 1 << 52)

        /// The listings that are the lemma's, not the key's.
        static let lemmaListings: Listing = [.productFirstWordLemma, .insertableLemma, .lightNounLemma, .collectiveHeadLemma, .agentHeadLemma,
                                             .countWordLemma, .documentHeadLemma, .titleHeadLemma, .titleHeadStartLemma, .titleHeadEndLemma,
                                             .complementHeadLemma, .compoundRestLemma]
    }

    /// Whether a word whose key holds a hyphen is a derived common word
    /// (``MentionFinder/isDerivedCommonWord(_:surface:tables:statistics:)``), as far as its key decides.
    enum HyphenDerivation: UInt8, Sendable {
        /// Never (also every key without a hyphen).
        case never
        /// Always, whatever the surface.
        case always
        /// A reduplication (`lobi-lobi`): where the surface writes the second half in lowercase
        /// (``MentionFinder/secondHalfIsLowercase(_:)``).
        case whereSecondHalfIsLowercase
    }

    /// The lexicon's tag of a word (``WordStatistics/tags``) as one byte, decided once when the
    /// facts are made: the rules compare it where they would compare the tag's string. Tags the
    /// rules never name are all ``other``.
    enum Tag: UInt8, Sendable {
        /// The lexicon does not know the word (no tag).
        case unknown
        /// `NN`: a common noun.
        case noun
        /// `NNP`: a proper noun.
        case properNoun
        /// `FW`: a foreign word.
        case foreign
        /// `JJ`: an adjective.
        case adjective
        /// `VB`: a verb.
        case verb
        /// Any other tag (`ADV`, `IN`, `SC` …).
        case other

        /// The byte for a lexicon tag, ``unknown`` for nil.
        init(_ tag: String?) {
            switch tag {
            case nil: self = .unknown
            case "NN": self = .noun
            case "NNP": self = .properNoun
            case "FW": self = .foreign
            case "JJ": self = .adjective
            case "VB": self = .verb
            default: self = .other
            }
        }

        /// `NNP`, `FW` or no tag: what the rules let stand in a name.
        var isProperOrUnknown: Bool { self == .unknown || self == .properNoun || self == .foreign }
    }

    /// What the word tables say of one word as a key or lemma (``Lookup/entries``): one lookup
    /// for all of them.
    struct Listed: Sendable {
        /// The listings the word has as a key (and, for the lemma listings, as a lemma).
        var listings: Listing = []
        /// ``LanguageTables/stopWords``.
        var isStop = false
        /// ``LanguageTables/calendarWords``.
        var isCalendar = false
        /// ``LanguageTables/evaluativeAdjectives``.
        var isEvaluative = false
        /// ``LanguageTables/quantifiers``.
        var isQuantifier = false
        /// ``TableIndex/cues``.
        var cue: TermCategory?
        /// ``VariantTables/synonymHeads``.
        var synonymHead: String?
    }

    /// Everything a word's facts are looked up in, arranged once per run. A class: every document
    /// takes it from its ``WordFactsCache`` (one reference counted, not each of its tables).
    final class Lookup: Sendable {
        let tables: LanguageTables
        let statistics: WordStatistics
        let index: TableIndex
        /// Word → the first word of its synonym group (``VariantTables/synonymHeads``).
        let synonymHeads: [String: String]
        /// Every word of the tables behind ``Listing`` and ``Listed`` → what they say of it: one
        /// lookup (one hash of the word) for all the tables.
        let entries: [String: Listed]

        /// Every table is read once; `places` are the extractor's place names.
        init(tables: LanguageTables, statistics: WordStatistics, places: Set<String>) {
            self.tables = tables
            self.statistics = statistics
            let index = TableIndex(tables, statistics: statistics)
            self.index = index
            let variants = VariantTables()
            synonymHeads = variants.synonymHeads
            var entries: [String: Listed] = [:]
            func list<Words: Sequence<String>>(_ words: Words, as listing: Listing) {
                for word in words { entries[word, default: Listed()].listings.insert(listing) }
            }
            for word in tables.stopWords { entries[word, default: Listed()].isStop = true }
            for word in tables.calendarWords { entries[word, default: Listed()].isCalendar = true }
            for word in tables.evaluativeAdjectives { entries[word, default: Listed()].isEvaluative = true }
            for word in tables.gradableAdjectives { entries[word, default: Listed()].isEvaluative = true }
            for word in tables.quantifiers { entries[word, default: Listed()].isQuantifier = true }
            for (word, cue) in index.cues { entries[word, default: Listed()].cue = cue }
            for (word, head) in synonymHeads { entries[word, default: Listed()].synonymHead = head }
            list(tables.nonNames, as: .nonName)
            list(tables.numberNouns, as: .numberNoun)
            list(tables.titleHeads, as: .titleHead)
            list(tables.preHeads, as: .preHead)
            list(index.titleFirstWords, as: .titleFirstWord)
            list(tables.placeHeads, as: .placeHead)
            list(tables.languageHeads, as: .languageHead)
            list(tables.termClassHeads, as: .termClassHead)
            list(tables.nameConnectors, as: .nameConnector)
            list(tables.partyHeads, as: .partyHead)
            list(tables.placePrepositions, as: .placePreposition)
            list(tables.speechVerbs, as: .speechVerb)
            list(tables.numberWords, as: .numberWord)
            list(tables.numerals, as: .numeral)
            list(tables.clauseWords, as: .clauseWord)
            list(tables.degrees, as: .degree)
            list(tables.settlementHeads, as: .settlementHead)
            list(tables.ranks, as: .rank)
            list(tables.rankMarkers, as: .rankMarker)
            list(tables.unitOffices, as: .unitOffice)
            list(tables.nounModifierVerbs, as: .nounModifierVerb)
            list(tables.englishTitleWords.union(tables.englishTitleHeads), as: .englishTitleWord)
            list(tables.englishTitleHeads, as: .englishTitleHead)
            list(tables.englishStandaloneTitleHeads, as: .englishStandaloneTitleHead)
            list(MentionFinder.placeWords(of: places), as: .placeWord)
            list(tables.companyForms, as: .companyForm)
            list(index.twoWordCueFirsts, as: .twoWordCueFirst)
            list(tables.compounds.compactMap { $0.split(separator: " ").first.map(String.init) }, as: .compoundFirstWord)
            list(tables.compounds.flatMap { Self.endings(of: $0).dropLast() }, as: .compoundRestLemma)
            list(tables.bylineHeads, as: .bylineHead)
            list(index.productFirstWords, as: .productFirstWordLemma)
            list(variants.insertable, as: .insertableLemma)
            list(tables.lightNouns, as: .lightNounLemma)
            list(tables.relationalNouns, as: .lightNounLemma)
            list(tables.classifierNouns, as: .lightNounLemma)
            list(tables.complementNouns, as: .complementNoun)
            list(tables.collectiveHeads, as: .collectiveHeadLemma)
            list(tables.agentHeads, as: .agentHeadLemma)
            list(tables.pronouns, as: .pronoun)
            list(tables.addressForms, as: .addressForm)
            list(tables.organizationClasses, as: .organizationClass)
            list(tables.countWords, as: .countWordLemma)
            list(tables.englishNameConnectors, as: .englishNameConnector)
            list(tables.nameParticles, as: .nameParticle)
            list(tables.demonstratives, as: .demonstrative)
            list(tables.religionWords, as: .religionWord)
            list(tables.compassWords, as: .compassWord)
            list(tables.documentHeads, as: .documentHeadLemma)
            list(places, as: .placeName)
            list(places.flatMap { Self.beginnings(of: $0) }, as: .placeNameStart)
            list(tables.titleHeads, as: .titleHeadLemma)
            list(tables.titleHeads.flatMap { Self.beginnings(of: $0) }, as: .titleHeadStartLemma)
            list(tables.titleHeads.flatMap { Self.endings(of: $0) }, as: .titleHeadEndLemma)
            list(tables.complementHeads, as: .complementHeadLemma)
            list(index.cues.keys.compactMap { cue in cue.firstIndex(of: " ").map { String(cue[cue.index(after: $0)...]) } },
                 as: .twoWordCueRest)
            self.entries = entries
        }

        /// `phrase` and its words before each of its spaces (`a`, `a b` and `a b c` of `a b c`).
        static func beginnings(of phrase: String) -> [String] {
            phrase.indices.filter { phrase[$0] == " " }.map { String(phrase[..<$0]) } + [phrase]
        }

        /// `phrase` and its words after each of its spaces (`c`, `b c` and `a b c` of `a b c`).
        static func endings(of phrase: String) -> [String] {
            phrase.indices.filter { phrase[$0] == " " }.map { String(phrase[phrase.index(after: $0)...]) } + [phrase]
        }

        /// The listings of a key and its lemma, given what the tables say of each.
        static func listings(key: Listed?, lemma: Listed?) -> Listing {
            let ofKey = (key?.listings ?? []).subtracting(.lemmaListings)
            return ofKey.union((lemma?.listings ?? []).intersection(.lemmaListings))
        }
    }

    // Stored in this order so that what the rules ask of most words (the listings, the flags and
    // the tag: 48 bytes after the object's header) lies together, often in one cache line; facts
    // are seldom in the cache (one object per distinct key, shared by every unit of it).
    /// The tables that list the key (or the lemma).
    let listings: Listing
    /// The key's number in the ``WordFactsCache`` that made these facts (the same for both
    /// kinds of a key): where ``CaseEvidence`` counts the key.
    let id: Int32
    /// Whether ``lemma`` dropped a clitic `-nya`.
    let hasClitic: Bool
    /// ``key`` is a stop word.
    let keyIsStop: Bool
    /// ``lemma`` is a stop word.
    let lemmaIsStop: Bool
    /// ``key`` or ``lemma`` names a day or a month.
    let isCalendar: Bool
    /// ``lemma`` is a judgement adjective (`berat`).
    let isEvaluative: Bool
    /// ``lemma`` is a quantity noun (`lusinan`).
    let isQuantifier: Bool
    /// An unknown word with a verb prefix (`menuduh`, `dikendalikan`).
    let looksLikeVerb: Bool
    /// A derived common word by its affixes (``MentionFinder/isDerivedCommonWord(_:surface:tables:statistics:)``).
    let isDerived: Bool
    /// A verb prefix before a stem the lexicon knows (``MentionFinder/hasKnownVerbStem(_:tables:statistics:)``).
    let hasKnownVerbStem: Bool
    /// ``key`` holds a hyphen (`lobi-lobi`).
    let keyHasHyphen: Bool
    /// What the key alone decides of whether a word with a hyphen is a derived common word
    /// (``MentionFinder/hyphenDerivation(of:tables:statistics:)``): found once per key, not at every
    /// rule that asks (the rules ask of the same units many times).
    let hyphenDerivation: HyphenDerivation
    /// ``key`` holds a full stop (`dr.`, `u.s.`).
    let keyHasFullStop: Bool
    /// ``key`` ends in a genus ending after four letters or more (``MentionFinder/hasGenusEnding(_:tables:)``).
    let keyHasGenusEnding: Bool
    /// ``lemma`` is a process noun (``MentionFinder/isProcessNoun(_:)``: `penciptaan`).
    let lemmaIsProcessNoun: Bool
    /// ``lemma`` has fewer than three bytes (`ia`): too short to head or modify a term.
    let lemmaIsShort: Bool
    /// The key's byte when the key is one byte (an ASCII character: `,`, `(`), 0 otherwise: the
    /// rules ask for single punctuation keys by it without reading the key string.
    let keyByte: UInt8
    /// ``tag`` as one byte: what the rules compare.
    let tagClass: Tag
    /// The category a name headed by this word gets as a one-word cue (``TableIndex/cues``).
    let cue: TermCategory?
    /// The lexicon's most frequent tag of ``lemma``, nil when unknown (the rules read ``tagClass``).
    let tag: String?
    /// The key without a clitic `-nya`; equal to ``key`` otherwise.
    let lemma: String
    /// General-language Zipf frequency of ``key`` (1 when unknown).
    let zipf: Double
    /// General-language Zipf frequency of ``lemma`` (1 when unknown).
    let lemmaZipf: Double
    /// The key (lowercase, typographic folding).
    let key: String
    /// The first word of the lemma's synonym group, if it has one (``VariantTables/synonymHeads``).
    let synonymHead: String?

    init(id: Int32, key: String, lemma: String, hasClitic: Bool, tag: String?, zipf: Double, keyIsStop: Bool, lemmaIsStop: Bool,
         isCalendar: Bool, isEvaluative: Bool, isQuantifier: Bool, looksLikeVerb: Bool, isDerived: Bool,
         hasKnownVerbStem: Bool, listings: Listing, cue: TermCategory?, synonymHead: String?,
         keyHasHyphen: Bool, hyphenDerivation: HyphenDerivation = .never, keyHasFullStop: Bool, keyHasGenusEnding: Bool = false,
         lemmaZipf: Double, lemmaIsProcessNoun: Bool) {
        self.id = id
        self.key = key
        self.lemma = lemma
        self.hasClitic = hasClitic
        self.tag = tag
        tagClass = Tag(tag)
        self.zipf = zipf
        self.keyIsStop = keyIsStop
        self.lemmaIsStop = lemmaIsStop
        self.isCalendar = isCalendar
        self.isEvaluative = isEvaluative
        self.isQuantifier = isQuantifier
        self.looksLikeVerb = looksLikeVerb
        self.isDerived = isDerived
        self.hasKnownVerbStem = hasKnownVerbStem
        self.listings = listings
        self.cue = cue
        self.synonymHead = synonymHead
        self.keyHasHyphen = keyHasHyphen
        self.hyphenDerivation = hyphenDerivation
        self.keyHasFullStop = keyHasFullStop
        self.keyHasGenusEnding = keyHasGenusEnding
        self.lemmaZipf = lemmaZipf
        self.lemmaIsProcessNoun = lemmaIsProcessNoun
        lemmaIsShort = lemma.utf8.count < 3
        keyByte = key.utf8.count == 1 ? key.utf8.first! : 0
    }

    /// Whether `other` says the same of its key as this (the facts of a key as a word and as
    /// another token kind differ only where a clitic or a verb prefix counts in words alone).
    func isSame(as other: WordFacts) -> Bool {
        key == other.key && lemma == other.lemma && hasClitic == other.hasClitic && tag == other.tag && zipf == other.zipf
            && keyIsStop == other.keyIsStop && lemmaIsStop == other.lemmaIsStop && isCalendar == other.isCalendar
            && isEvaluative == other.isEvaluative && isQuantifier == other.isQuantifier && looksLikeVerb == other.looksLikeVerb
            && isDerived == other.isDerived && hasKnownVerbStem == other.hasKnownVerbStem && listings == other.listings
            && cue == other.cue && synonymHead == other.synonymHead && lemmaZipf == other.lemmaZipf
            && lemmaIsProcessNoun == other.lemmaIsProcessNoun && hyphenDerivation == other.hyphenDerivation
            && keyHasGenusEnding == other.keyHasGenusEnding
    }
}
