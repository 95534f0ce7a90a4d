/// One document's case evidence, as ``TermAccumulator`` adds it to ``CaseEvidence``.
struct DocumentEvidence: Sendable {
    /// The key number (``WordFacts/id``) of every word written capitalized, not sentence-initial.
    var capitalized: [Int32] = []
    /// The key number of every word written in lowercase.
    var lowercase: [Int32] = []
    /// Keys (and their numbers) seen right after a preposition of place (`di Pyongyang`), in
    /// text order, repeats included.
    var afterPlacePreposition: [(key: String, id: Int32)] = []
    /// Those of them that begin no longer place whose rest follows (not `Sri` of `di Sri Lanka`).
    var aloneAfterPlacePreposition: [(key: String, id: Int32)] = []
    /// Keys seen right after a lowercase class noun of organisations (`akun Instagram`, `klub Chelsea`).
    var afterOrganizationClass: [(key: String, id: Int32)] = []
    /// Keys seen right before or after a verb of saying (`kata Putin`).
    var nearSpeechVerb: [(key: String, id: Int32)] = []
    /// Keys seen written as an acronym of three to six letters inside a sentence (`NATO`).
    var acronyms: [(key: String, id: Int32)] = []
    /// Keys seen as the first word of a party's name after its cue word (`Partai Gerindra`, `Fraksi PKB`).
    var partyWords: [(key: String, id: Int32)] = []
    /// Each key seen before a comma and a capitalized word, with that word's key (`Cikini, Jakarta`),
    /// in text order, repeats included: a list, where a dictionary of sets would cost a table
    /// per document that ``CaseEvidence/add(_:)`` merges again.
    var beforeComma: [(key: String, next: String)] = []
    /// The definitions the text makes (``DefinitionFinder``): the short form's key and the long
    /// form's words' keys joined by spaces (`kemenkeu`, `kementerian keuangan`), in text order.
    var definitions: [(short: String, long: String)] = []
    /// The same definitions as units: the sentence's number in the document and the forms' units
    /// in it (indices from the sentence's start), in text order. The mention finder reads them
    /// instead of looking for the definitions a second time (speed).
    var definitionUnits: [(sentence: Int, found: DefinitionFinder.Found)] = []
}
