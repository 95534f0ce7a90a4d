/// One occurrence of a candidate term as found in a sentence, before candidates are aggregated.
struct Mention {
    /// What found it.
    enum Kind { case name, title, common }

    var document: Int
    /// Unicode scalar offsets of the term itself.
    var range: Range<Int>
    /// The surface exactly as written.
    var surface: String
    /// The aggregation key: lemmas joined by single spaces.
    var key: String
    /// The key of each word, in order (for nesting and scoring).
    var words: [String]
    /// What joins each word to the one before it in the key (`" "` or `"-"`; the first is empty).
    var joiners: [String]
    /// Scalar offsets of each word within the document, in order.
    var wordRanges: [Range<Int>]
    var kind: Kind
    /// The type the cue words around it suggest, if any.
    var typeHint: TermCategory?
    /// For a person introduced by a title: the whole titled mention (`Presiden Rusia Vladimir Putin`),
    /// kept as a surface form of the person.
    var titled: (range: Range<Int>, surface: String)?
    /// Written with an inserted word (`kemitraan strategis yang komprehensif`, keyed without it):
    /// kept only when the key is also seen without one.
    var needsPlainForm = false
}

/// What the whole input says about how a word is written: capitalized inside sentences, or not.
struct CaseEvidence {
    /// Lowercase key → times seen capitalized, not sentence-initial.
    var capitalized: [String: Int] = [:]
    /// Lowercase key → times seen in lowercase.
    var lowercase: [String: Int] = [:]
    /// Keys seen right after a preposition of place (`di Pyongyang`).
    var afterPlacePreposition: Set<String> = []
    /// Keys seen right after a lowercase class noun of organisations (`akun Instagram`, `klub Chelsea`).
    var afterOrganizationClass: Set<String> = []
    /// Keys seen right before or after a verb of saying (`kata Putin`).
    var nearSpeechVerb: Set<String> = []
    /// Keys seen as the first word of a party's name after its cue word (`Partai Gerindra`, `Fraksi PKB`).
    var partyWords: Set<String> = []

    /// Adds another document's evidence.
    mutating func merge(_ other: CaseEvidence) {
        capitalized.merge(other.capitalized, uniquingKeysWith: +)
        lowercase.merge(other.lowercase, uniquingKeysWith: +)
        afterPlacePreposition.formUnion(other.afterPlacePreposition)
        afterOrganizationClass.formUnion(other.afterOrganizationClass)
        nearSpeechVerb.formUnion(other.nearSpeechVerb)
        partyWords.formUnion(other.partyWords)
    }
}
