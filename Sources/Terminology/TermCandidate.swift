/// A term found in the input: its canonical form, type, termhood score and every occurrence.
///
/// Its count, documents and variants are kept beside the occurrences, so that a candidate can
/// carry them without its occurrences (``TermAccumulator`` keeps those in a file until they are
/// written, see ``TermOccurrenceSource``); setting ``occurrences`` recounts them.
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
    /// Every occurrence, in text order; empty when the candidate was made without them.
    public var occurrences: [TermOccurrence] {
        didSet { summary = TermSummary(occurrences) }
    }
    /// Count, documents and variants.
    private(set) var summary: TermSummary

    /// Creates a candidate.
    public init(key: String, form: String, type: TermCategory, score: Double, occurrences: [TermOccurrence]) {
        self.key = key
        self.form = form
        self.type = type
        self.score = score
        self.occurrences = occurrences
        self.summary = TermSummary(occurrences)
    }

    /// A candidate whose occurrences are counted in `summary` but not held.
    init(key: String, form: String, type: TermCategory, score: Double, summary: TermSummary) {
        self.key = key
        self.form = form
        self.type = type
        self.score = score
        self.occurrences = []
        self.summary = summary
    }

    /// How often it occurs.
    public var count: Int { summary.count }

    /// The indices of the documents it occurs in, ascending.
    public var documents: [Int] { summary.documents }

    /// Every surface form with its count, most frequent first, then alphabetical.
    public var variants: [(form: String, count: Int)] { summary.variants.map { ($0.form, $0.count) } }
}

/// What the writers print of a candidate's occurrences besides the occurrences themselves.
struct TermSummary: Hashable, Sendable {
    struct Variant: Hashable, Sendable {
        var form: String
        var count: Int
    }

    /// The number of occurrences.
    var count = 0
    /// The documents, ascending, each once (4 bytes each: a summary is kept per candidate).
    var documentIndices: [Int32] = []
    /// ``documentIndices`` as `Int`.
    var documents: [Int] { documentIndices.map(Int.init) }
    /// Surface forms with their counts, most frequent first, then alphabetical.
    var variants: [Variant] = []

    init() {}

    /// The summary of `occurrences`.
    init(_ occurrences: [TermOccurrence]) {
        var counts: [String: Int] = [:]
        for occurrence in occurrences { counts[occurrence.surface, default: 0] += 1 }
        self.init(count: occurrences.count, documents: Set(occurrences.map(\.document)), surfaceCounts: counts)
    }

    /// A summary from counts: `documents` in any order, `surfaceCounts` by form.
    init<Documents: Sequence<Int>>(count: Int, documents: Documents, surfaceCounts: [String: Int]) {
        self.count = count
        let list = documents.map { Int32($0) }
        self.documentIndices = zip(list, list.dropFirst()).allSatisfy({ $0 < $1 }) ? list : Set(list).sorted()
        self.variants = surfaceCounts.map { Variant(form: $0.key, count: $0.value) }
            .sorted { ($1.count, $0.form) < ($0.count, $1.form) }
    }
}
