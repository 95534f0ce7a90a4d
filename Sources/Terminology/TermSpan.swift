/// Where a term occurs, without the surface: a document, a span of its text and whether it is
/// nested. What a writer needs of an occurrence, in 16 bytes and without a reference to count,
/// so that many can be held and freed cheaply (see ``TermOccurrenceSource/spans(ofCandidatesIn:)``).
public struct TermSpan: Hashable, Sendable {
    /// Index of the document in the extractor's input.
    public var document: Int32
    /// Unicode scalar offset of the first scalar in the document's text.
    public var start: Int32
    /// Unicode scalar offset past the last scalar (end exclusive).
    public var end: Int32
    /// Whether the occurrence sits inside a longer term's occurrence.
    public var isNested: Bool

    /// Creates a span.
    public init(document: Int32, start: Int32, end: Int32, isNested: Bool = false) {
        self.document = document
        self.start = start
        self.end = end
        self.isNested = isNested
    }

    /// The span of `occurrence`.
    public init(_ occurrence: TermOccurrence) {
        self.init(document: Int32(occurrence.document), start: Int32(occurrence.range.lowerBound),
                  end: Int32(occurrence.range.upperBound), isNested: occurrence.isNested)
    }
}
