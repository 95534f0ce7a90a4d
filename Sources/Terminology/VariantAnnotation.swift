/// One place in a document where a variant stands: its span, the canonical form of its cluster,
/// and why it is a variant (stand-off annotation; the text itself is never changed).
public struct VariantAnnotation: Hashable, Sendable, Comparable {
    /// Index of the document.
    public var document: Int
    /// Unicode scalar offsets into the document's text, end exclusive.
    public var range: Range<Int>
    /// The text as written there.
    public var surface: String
    /// The canonical form of its cluster.
    public var canonical: String
    /// Why the surface is a variant of the canonical form.
    public var kind: VariantKind
    /// The evidence of that edge.
    public var evidence: String

    /// Creates an annotation.
    public init(document: Int, range: Range<Int>, surface: String, canonical: String, kind: VariantKind, evidence: String) {
        self.document = document
        self.range = range
        self.surface = surface
        self.canonical = canonical
        self.kind = kind
        self.evidence = evidence
    }

    /// Text order: document, then start.
    public static func < (a: VariantAnnotation, b: VariantAnnotation) -> Bool {
        (a.document, a.range.lowerBound, a.range.upperBound) < (b.document, b.range.lowerBound, b.range.upperBound)
    }
}
