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
/// The counts are by key number (``WordFacts/id``): every document must come from one extractor.
struct CaseEvidence {
    /// Key number → times seen capitalized, not sentence-initial.
    private var capitalizedCounts: [Int32] = []
    /// Key number → times seen in lowercase.
    private var lowercaseCounts: [Int32] = []
    /// Keys seen right after a preposition of place (`di Pyongyang`).
    var afterPlacePreposition: Set<String> = []
    /// Keys seen right after a lowercase class noun of organisations (`akun Instagram`, `klub Chelsea`).
    var afterOrganizationClass: Set<String> = []
    /// Keys seen right before or after a verb of saying (`kata Putin`).
    var nearSpeechVerb: Set<String> = []
    /// Keys seen as the first word of a party's name after its cue word (`Partai Gerindra`, `Fraksi PKB`).
    var partyWords: Set<String> = []
    /// Key → the keys of the capitalized words seen after it and a comma (`Cikini, Jakarta`).
    var beforeComma: [String: Set<String>] = [:]
    /// The first and last words of names of two or more words typed persons (`Jose Mourinho`),
    /// filled by ``TermExtractor/notingPersons(in:evidence:)`` once all mentions are in.
    var personNameParts: Set<String> = []

    /// Times `unit`'s key was seen capitalized, not sentence-initial.
    func capitalized(_ unit: Unit) -> Int {
        let id = Int(unit.facts.id)
        return id < capitalizedCounts.count ? Int(capitalizedCounts[id]) : 0
    }

    /// Times `unit`'s key was seen in lowercase.
    func lowercase(_ unit: Unit) -> Int {
        let id = Int(unit.facts.id)
        return id < lowercaseCounts.count ? Int(lowercaseCounts[id]) : 0
    }

    /// Adds a document's evidence.
    mutating func add(_ document: DocumentEvidence) {
        Self.count(document.capitalized, into: &capitalizedCounts)
        Self.count(document.lowercase, into: &lowercaseCounts)
        afterPlacePreposition.formUnion(document.afterPlacePreposition)
        afterOrganizationClass.formUnion(document.afterOrganizationClass)
        nearSpeechVerb.formUnion(document.nearSpeechVerb)
        partyWords.formUnion(document.partyWords)
        beforeComma.merge(document.beforeComma) { $0.union($1) }
    }

    /// Counts each of `ids` in `counts`, grown to hold the largest.
    private static func count(_ ids: [Int32], into counts: inout [Int32]) {
        guard let largest = ids.max() else { return }
        if Int(largest) >= counts.count { counts += repeatElement(0, count: Int(largest) + 1 - counts.count) }
        for id in ids { counts[Int(id)] += 1 }
    }
}

/// One document's case evidence, as ``TermAccumulator`` adds it to ``CaseEvidence``.
struct DocumentEvidence: Sendable {
    /// The key number (``WordFacts/id``) of every word written capitalized, not sentence-initial.
    var capitalized: [Int32] = []
    /// The key number of every word written in lowercase.
    var lowercase: [Int32] = []
    /// Keys seen right after a preposition of place (`di Pyongyang`).
    var afterPlacePreposition: Set<String> = []
    /// Keys seen right after a lowercase class noun of organisations (`akun Instagram`, `klub Chelsea`).
    var afterOrganizationClass: Set<String> = []
    /// Keys seen right before or after a verb of saying (`kata Putin`).
    var nearSpeechVerb: Set<String> = []
    /// Keys seen as the first word of a party's name after its cue word (`Partai Gerindra`, `Fraksi PKB`).
    var partyWords: Set<String> = []
    /// Key → the keys of the capitalized words seen after it and a comma (`Cikini, Jakarta`).
    var beforeComma: [String: Set<String>] = [:]
}
