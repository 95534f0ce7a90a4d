/// Where a term occurs, without the surface: a document, a span of its text and whether it is
/// nested. What a writer needs of an occurrence, in 12 bytes and without a reference to count,
/// so that many can be held and freed cheaply (see ``TermOccurrenceSource/spans(ofCandidatesIn:)``).
public struct TermSpan: Hashable, Sendable {
    /// Index of the document in the extractor's input.
    public var document: Int32
    /// Unicode scalar offset of the first scalar in the document's text.
    public var start: Int32
    /// Unicode scalar offset past the last scalar (end exclusive).
    public var end: Int32 {
        get { Int32(bitPattern: endAndNested & 0x7FFF_FFFF) }
        set { endAndNested = endAndNested & 0x8000_0000 | UInt32(bitPattern: newValue) }
    }
    /// Whether the occurrence sits inside a longer term's occurrence.
    public var isNested: Bool {
        get { endAndNested & 0x8000_0000 != 0 }
        set { endAndNested = endAndNested & 0x7FFF_FFFF | (newValue ? 0x8000_0000 : 0) }
    }
    /// ``end`` in the low 31 bits and ``isNested`` in the top one: 12 bytes a span, not 16 (a
    /// writer holds up to its budget of spans at once).
    private var endAndNested: UInt32

    /// Creates a span (`end` from 0 to `Int32.max`).
    public init(document: Int32, start: Int32, end: Int32, isNested: Bool = false) {
        precondition(end >= 0, "a span's end is an offset")
        self.document = document
        self.start = start
        self.endAndNested = UInt32(bitPattern: end) | (isNested ? 0x8000_0000 : 0)
    }

    /// The span of `occurrence`.
    public init(_ occurrence: TermOccurrence) {
        self.init(document: Int32(occurrence.document), start: Int32(occurrence.range.lowerBound),
                  end: Int32(occurrence.range.upperBound), isNested: occurrence.isNested)
    }
}
