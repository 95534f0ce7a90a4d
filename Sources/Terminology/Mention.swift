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
    /// Each word of the key, in order (one allocation per mention: ``words``, ``joiners`` and
    /// ``wordRanges`` are read from it and from ``key`` when a group is made).
    var parts: [Part]
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

extension Mention {
    /// What joins a word of the key to the one before.
    enum Joiner: UInt8 {
        /// The first word.
        case none
        case space
        /// Words written with a hyphen between them keep it in the key (`moskow-pyongyang`).
        case hyphen

        /// The joiner's byte in the key's UTF-8, nil for none.
        var byte: UInt8? {
            switch self {
            case .none: nil
            case .space: 0x20
            case .hyphen: 0x2D
            }
        }

        /// The joiner's text in the key.
        var text: String {
            switch self {
            case .none: ""
            case .space: " "
            case .hyphen: "-"
            }
        }
    }

    /// One word of a mention's key.
    struct Part {
        /// Scalar offsets of the word within the document.
        var range: Range<Int>
        /// The UTF-8 offset in ``Mention/key`` where the word's key ends.
        var keyEnd: Int32
        var joiner: Joiner
    }

    /// The key of each word, in order (for nesting and scoring).
    var words: [String] {
        var start = 0
        let utf8 = Array(key.utf8)
        return parts.map { part in
            start += part.joiner == .none ? 0 : 1
            defer { start = Int(part.keyEnd) }
            return String(decoding: utf8[start..<Int(part.keyEnd)], as: UTF8.self)
        }
    }

    /// What joins each word to the one before it in the key (`" "` or `"-"`; the first is empty).
    var joiners: [String] { parts.map(\.joiner.text) }

    /// Scalar offsets of each word within the document, in order.
    var wordRanges: [Range<Int>] { parts.map(\.range) }
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
