/// One occurrence of a candidate term as found in a sentence, before candidates are aggregated.
///
/// Plain numbers and offsets, no strings or arrays: a mention costs no allocation and no reference
/// counting, and an array of them is copied and freed as bytes. Its words are a range of the
/// ``DocumentMentions/words`` of the document it was found in, and its surfaces are ranges of that
/// document's text: ``TermAccumulator/group(_:)`` finds its group by its words' numbers and its
/// surfaces by their bytes, and makes the key and the surface strings only the first time.
struct Mention {
    /// What found it.
    enum Kind: UInt8 { case name, title, common }

    /// The term as written.
    var surface: Surface
    /// Its words in ``DocumentMentions/words``.
    var words: Range<Int32>
    /// The hash of its words' ``Word/code``s in order (``DocumentMentions/wordsHash(_:)``).
    var wordsHash: Int
    /// The place in ``DocumentMentions/replacedWords`` of the words that key it instead of its own
    /// (a synonym's), or −1 when its words key it.
    var replacement: Int32 = -1
    var kind: Kind
    /// The type the cue words around it suggest, if any.
    var typeHint: TermCategory?
    /// Written with an inserted word (`kemitraan strategis yang komprehensif`, keyed without it):
    /// kept only when the key is also seen without one.
    var needsPlainForm = false
    /// For a person introduced by a title: the whole titled mention (`Presiden Rusia Vladimir Putin`),
    /// kept as a surface form of the person.
    var titled: Surface?
}

extension Mention {
    /// Where a surface of a mention lies in its document's text, and the hash of its bytes.
    struct Surface {
        /// Unicode scalar offsets.
        var start: Int32
        var end: Int32
        /// UTF-8 offsets of its bytes in the document's text (without the full stop of
        /// ``addsFullStop``).
        var byteStart: Int32
        var byteEnd: Int32
        /// Whether the surface is its bytes and a full stop `.` (the full stop right after them,
        /// written otherwise: an abbreviation's stop folded to `.`).
        var addsFullStop = false
        /// ``StringTable/hash(of:)`` of the surface's bytes.
        var hash = 0

        /// Unicode scalar offsets.
        var range: Range<Int> { Int(start)..<Int(end) }
    }

    /// What joins a word of the key to the one before.
    enum Joiner: UInt8 {
        /// The first word.
        case none
        case space
        /// Words written with a hyphen between them keep it in the key (`moskow-pyongyang`).
        case hyphen

        /// The joiner's text in the key.
        var text: String {
            switch self {
            case .none: ""
            case .space: " "
            case .hyphen: "-"
            }
        }
    }

    /// One word of a mention's key: its facts, whether the key takes its lemma, what joins it to
    /// the word before, and where it is written.
    ///
    /// It refers to its facts without counting (`unowned(unsafe)`, as ``Unit`` does): they are
    /// kept by the ``WordFactsCache`` of the extractor whose ``MentionFinder`` made the word, and
    /// that extractor outlives every mention of its documents (``TermAccumulator`` holds it).
    /// Hence `@unchecked Sendable`: the facts are immutable and kept alive elsewhere.
    struct Word: @unchecked Sendable {
        /// The facts of the unit the word is read from.
        unowned(unsafe) let facts: WordFacts
        /// The word's key and joiner as one number, the same exactly when they are the same for
        /// one extractor: `id << 3 | lemma << 2 | joiner`, where `id` is ``WordFacts/id`` (the key's
        /// number) and `lemma` is set when the key takes the lemma and it differs from the key
        /// (a clitic dropped; a key's lemma is a function of the key).
        let code: UInt64
        /// Unicode scalar offsets of the word in the document.
        let start: Int32
        let end: Int32

        /// The word of `unit`'s `facts`, its lemma if `usesLemma`, after `joiner`.
        init(facts: WordFacts, usesLemma: Bool, joiner: Joiner, range: Range<Int>) {
            self.facts = facts
            let lemma: UInt64 = usesLemma && facts.hasClitic ? 1 : 0
            code = UInt64(UInt32(bitPattern: facts.id)) << 3 | lemma << 2 | UInt64(joiner.rawValue)
            start = Int32(range.lowerBound)
            end = Int32(range.upperBound)
        }

        /// The word's text in the key: the lemma or the key of its facts.
        var text: String { code & 4 != 0 ? facts.lemma : facts.key }
        /// What joins it to the word before.
        var joiner: Joiner { Joiner(rawValue: UInt8(code & 3))! }
    }
}

/// What the whole input says about how a word is written: capitalized inside sentences, or not.
/// The counts are by key number (``WordFacts/id``): every document must come from one extractor.
struct CaseEvidence {
    /// Key number → times seen capitalized, not sentence-initial.
    private var capitalizedCounts: [Int32] = []
    /// Key number → times seen in lowercase.
    private var lowercaseCounts: [Int32] = []
    /// Keys seen right after a preposition of place (`di Pyongyang`).
    var afterPlacePreposition = EvidenceWords()
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
        for (key, id) in document.afterOrganizationClass { afterOrganizationClass.insert(key, id: id) }
        for (key, id) in document.nearSpeechVerb { nearSpeechVerb.insert(key, id: id) }
        for (key, id) in document.partyWords { partyWords.insert(key, id: id) }
        for (key, next) in document.beforeComma { beforeComma[key, default: []].insert(next) }
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

/// One document's case evidence, as ``TermAccumulator`` adds it to ``CaseEvidence``.
struct DocumentEvidence: Sendable {
    /// The key number (``WordFacts/id``) of every word written capitalized, not sentence-initial.
    var capitalized: [Int32] = []
    /// The key number of every word written in lowercase.
    var lowercase: [Int32] = []
    /// Keys (and their numbers) seen right after a preposition of place (`di Pyongyang`), in
    /// text order, repeats included.
    var afterPlacePreposition: [(key: String, id: Int32)] = []
    /// Keys seen right after a lowercase class noun of organisations (`akun Instagram`, `klub Chelsea`).
    var afterOrganizationClass: [(key: String, id: Int32)] = []
    /// Keys seen right before or after a verb of saying (`kata Putin`).
    var nearSpeechVerb: [(key: String, id: Int32)] = []
    /// Keys seen as the first word of a party's name after its cue word (`Partai Gerindra`, `Fraksi PKB`).
    var partyWords: [(key: String, id: Int32)] = []
    /// Each key seen before a comma and a capitalized word, with that word's key (`Cikini, Jakarta`),
    /// in text order, repeats included: a list, where a dictionary of sets would cost a table
    /// per document that ``CaseEvidence/add(_:)`` merges again.
    var beforeComma: [(key: String, next: String)] = []
}
