/// The English of one term: what it is, how it was found, how much to trust it and why.
public struct TermAlignment: Hashable, Sendable {
    /// The canonical English, or nil when nothing is trustworthy.
    public var english: String?
    /// How it was found.
    public var via: AlignmentMethod
    /// How much to trust it, 0…1 (0 when `english` is nil).
    public var confidence: Double
    /// A short human-readable account of the evidence (`terms.tsv: Korut`, `dewan+keamanan+PBB`).
    public var evidence: String
    /// The glossary concept that answered, by its canonical English, when a glossary or acronym
    /// table did: `KCNA` (English kept as the acronym) and `Kantor Berita Pusat Korea Utara` are
    /// both the concept Korean Central News Agency.
    public var concept: String?

    /// Creates an alignment.
    public init(english: String?, via: AlignmentMethod, confidence: Double, evidence: String, concept: String? = nil) {
        self.english = english
        self.via = via
        self.confidence = confidence
        self.evidence = evidence
        self.concept = concept
    }

    /// No English: `via: none`, confidence 0.
    public static let unaligned = TermAlignment(english: nil, via: .none, confidence: 0, evidence: "")
}
