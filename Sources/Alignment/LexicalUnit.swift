/// One unit of a segmented Indonesian phrase: a lexicon word or phrase, a glossary name, a name passed
/// through, a number, or a joiner, with the English it contributes.
public struct LexicalUnit: Hashable, Sendable {
    /// What a unit does in a noun phrase.
    public enum Role: String, Hashable, Sendable {
        /// A noun that heads a phrase (`dewan` = council).
        case head
        /// A word that modifies the head before it (`keamanan` = security).
        case modifier
        /// The adjective of a place, used after a head (`Rusia` → Russian); kept beside the unit's
        /// main reading as ``LexicalUnit/demonym``.
        case demonym
        /// A word kept in front in English (`wakil` = deputy).
        case preHead = "pre-head"
        /// An ordinal, which English puts first (`pertama` = first).
        case ordinal
        /// A function word inside a phrase (`dan`, `untuk`).
        case function
        /// A title or office that can head a phrase (`Perdana Menteri` = Prime Minister).
        case title
        /// A named entity from a glossary (`PBB` = UN, `Rusia` = Russia).
        case concept
        /// A proper name passed through untranslated (`Vostochny`).
        case name
        /// A year or other number (`tahun 1961`).
        case number
        /// The hyphen of a pair of names (`Rusia-Korea Utara`).
        case joiner
        /// A lexicon reading for the head of a named document only (`perjanjian` = Treaty in
        /// `Perjanjian Persahabatan …`, agreement elsewhere); never the role of a segmented unit.
        case document
        /// A past participle that English writes after its agent with a hyphen (`dipimpin AS` →
        /// US-led, `bersenjata nuklir` → nuclear-armed); joined with the unit after it.
        case participle
        /// A head English follows with `of` and its modifiers (`prinsip kesetaraan` → principle of
        /// equality); read from the lexicon, segmented as ``head`` with ``LexicalUnit/takesOf`` set.
        case ofHead = "of-head"
        /// A head English keeps before a proper name (`Gunung Bromo` → Mount Bromo, `Ratu Elizabeth`
        /// → Queen Elizabeth); before anything else the word reads as usual (`gunung` = mountain).
        case preName = "pre-name"
        /// A company's legal form (`PT`, `Tbk`): the registered name around it is kept as written
        /// (`PT Bank Jatim Tbk`), as English-language media write it.
        case legalForm = "legal-form"
        /// A lexicon reading for a head inside a proper name only (`kereta api` = Railways in
        /// `Kereta Api Rusia`, railway elsewhere); never the role of a segmented unit.
        case nameHead = "name-head"
        /// A head English follows with `of` and the place named after it, its other modifiers in front
        /// (`Universitas Indonesia` → University of Indonesia, `Universitas Negeri Jakarta` → State
        /// University of Jakarta); before a proper name it reads as a head (Airlangga University).
        case ofPlace = "of-place"
        /// A head that opens a registered company name, kept in Indonesian order before a proper name
        /// no source knows (`Bank Mandiri`, `Bank Danamon`, as English-language media write them);
        /// before common words and places it reads as a head (`Bank Sentral Rusia` → Russian Central Bank).
        case nameFirst = "name-first"
    }

    /// The Indonesian as segmented (lowercased keys are not kept: this is the surface).
    public var indonesian: String
    /// The English rendering as a head or on its own.
    public var english: String
    /// The adjective English uses after a head (`Rusia` → Russian), when one is known.
    public var demonym: String?
    /// The English after a head when it differs from the head reading (`presiden` → presidential).
    public var modifierEnglish: String?
    /// What the unit does.
    public var role: LexicalUnit.Role
    /// The part of speech of the lexicon entry, when known.
    public var partOfSpeech: String?
    /// Where the English comes from: a file name, `cldr`, `freedict`, `name`, `number`.
    public var source: String
    /// Whether the Indonesian was reduplicated (`barang-barang`): English takes the plural.
    public var isPlural: Bool = false
    /// The English participle when the unit can also read as one (`pimpinan` → led), joined with
    /// the agent after it (`pimpinan AS` → US-led).
    public var participleEnglish: String?
    /// Whether English puts the head first and its modifiers after `of` (`principle of equality`).
    public var takesOf: Bool = false
    /// The English the unit takes before a proper name, when it can (`gunung` → Mount).
    public var preNameEnglish: String?
    /// The English the unit takes before `of` and a place, when it can (`universitas` → University).
    public var ofPlaceEnglish: String?
    /// Whether the unit opens a registered name that keeps its Indonesian order (`Bank` in `Bank Mandiri`).
    public var keepsNameOrder: Bool = false

    /// Creates a unit.
    public init(indonesian: String, english: String, demonym: String? = nil, role: LexicalUnit.Role,
                partOfSpeech: String? = nil, source: String, isPlural: Bool = false) {
        self.indonesian = indonesian
        self.english = english
        self.demonym = demonym
        self.role = role
        self.partOfSpeech = partOfSpeech
        self.source = source
        self.isPlural = isPlural
    }
}
