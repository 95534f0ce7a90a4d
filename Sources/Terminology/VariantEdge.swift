/// One edge of a ``TermCluster``: two forms, why they are one term, and the evidence.
public struct VariantEdge: Hashable, Sendable {
    /// Index of one form in the clusterer's input.
    public var from: Int
    /// Index of the other form.
    public var to: Int
    /// The kind of variation.
    public var kind: VariantKind
    /// What showed it, in words (`y/i`, `initials P+B+B`, `terms.tsv`, `documents 1, 3`).
    public var evidence: String

    /// Creates an edge.
    public init(from: Int, to: Int, kind: VariantKind, evidence: String) {
        self.from = from
        self.to = to
        self.kind = kind
        self.evidence = evidence
    }
}
