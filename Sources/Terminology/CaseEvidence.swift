/// What the whole input says about how a word is written: capitalized inside sentences, or not.
/// The counts are by key number (``WordFacts/id``): every document must come from one extractor.
struct CaseEvidence {
    /// Key number → times seen capitalized, not sentence-initial.
    private var capitalizedCounts: [Int32] = []
    /// Key number → times seen in lowercase.
    private var lowercaseCounts: [Int32] = []
    /// Keys seen right after a preposition of place (`di Pyongyang`).
    var afterPlacePreposition = EvidenceWords()
    /// Keys seen right after a preposition of place, not as the first word of a longer place that
    /// follows (`di Sri Lanka` puts `sri` in ``afterPlacePreposition`` only).
    var aloneAfterPlacePreposition = EvidenceWords()
    /// Keys seen right after a lowercase class noun of organisations (`akun Instagram`, `klub Chelsea`).
    var afterOrganizationClass = EvidenceWords()
    /// Keys seen right before or after a verb of saying (`kata Putin`).
    var nearSpeechVerb = EvidenceWords()
    /// Keys seen as the first word of a party's name after its cue word (`Partai Gerindra`, `Fraksi PKB`).
    var partyWords = EvidenceWords()
    /// Key → the keys of the capitalized words seen after it and a comma (`Cikini, Jakarta`).
    var beforeComma: [String: Set<String>] = [:]
    /// The first and last words of names of two or more words typed persons (`Jose Mourinho`),
    /// filled by ``TermExtractor/notingPersons(in:evidence:)`` once all mentions are in.
    var personNameParts: Set<String> = []
    /// Short form's key → each long form the texts define it as (``DocumentEvidence/definitions``)
    /// → in how many documents.
    var definitions: [String: [String: Int]] = [:]

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
        for (key, id) in document.afterPlacePreposition { afterPlacePreposition.insert(key, id: id) }
        for (key, id) in document.aloneAfterPlacePreposition { aloneAfterPlacePreposition.insert(key, id: id) }
        for (key, id) in document.afterOrganizationClass { afterOrganizationClass.insert(key, id: id) }
        for (key, id) in document.nearSpeechVerb { nearSpeechVerb.insert(key, id: id) }
        for (key, id) in document.partyWords { partyWords.insert(key, id: id) }
        for (key, next) in document.beforeComma { beforeComma[key, default: []].insert(next) }
        // Each pair once a document.
        var seen = Set<String>()
        for (short, long) in document.definitions where seen.insert(short + "\u{0}" + long).inserted {
            definitions[short, default: [:]][long, default: 0] += 1
        }
    }

    /// Counts each of `ids` in `counts`, grown to hold the largest.
    private static func count(_ ids: [Int32], into counts: inout [Int32]) {
        guard let largest = ids.max() else { return }
        if Int(largest) >= counts.count { counts += repeatElement(0, count: Int(largest) + 1 - counts.count) }
        // (Through the buffer: one uniqueness check for the list, not one per id; every id is in range.)
        counts.withUnsafeMutableBufferPointer { counts in
            for id in ids { counts[Int(id)] += 1 }
        }
    }
}
