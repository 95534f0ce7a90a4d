/// A term found in the input: its canonical form, type, termhood score and every occurrence.
public struct TermCandidate: Hashable, Sendable {
    /// The matching key shared by all its forms (lowercase, `-nya` stripped, single spaces).
    public var key: String
    /// The canonical Indonesian form: the most frequent surface, ties broken by fewer capitals
    /// for common terms and by text order.
    public var form: String
    /// The type from the evidence around it.
    public var type: TermCategory
    /// The termhood score (see ``TermExtractor``); higher is more term-like.
    public var score: Double
    /// Every occurrence, in text order.
    public var occurrences: [TermOccurrence]

    /// Creates a candidate.
    public init(key: String, form: String, type: TermCategory, score: Double, occurrences: [TermOccurrence]) {
        self.key = key
        self.form = form
        self.type = type
        self.score = score
        self.occurrences = occurrences
    }

    /// How often it occurs.
    public var count: Int { occurrences.count }

    /// The indices of the documents it occurs in, ascending.
    public var documents: [Int] { Array(Set(occurrences.map(\.document))).sorted() }

    /// Every surface form with its count, most frequent first, then alphabetical.
    public var variants: [(form: String, count: Int)] {
        var counts: [String: Int] = [:]
        for occurrence in occurrences { counts[occurrence.surface, default: 0] += 1 }
        return counts.map { ($0.key, $0.value) }.sorted { ($1.count, $0.form) < ($0.count, $1.form) }
    }
}
