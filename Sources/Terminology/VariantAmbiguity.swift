/// A short name the clusterer left apart: in some document it could be more than one full name.
public struct VariantAmbiguity: Hashable, Sendable {
    /// Index of the short form (`Kim`).
    public var form: Int
    /// The document where it is ambiguous.
    public var document: Int
    /// Indices of the full names it could be there (`Kim Jong Un`, `Kim Il Sung`), ascending.
    public var candidates: [Int]
    /// Whether other documents resolved it all the same way, so it was merged all the same.
    public var resolvedElsewhere: Bool

    /// Creates an ambiguity.
    public init(form: Int, document: Int, candidates: [Int], resolvedElsewhere: Bool) {
        self.form = form
        self.document = document
        self.candidates = candidates
        self.resolvedElsewhere = resolvedElsewhere
    }
}
