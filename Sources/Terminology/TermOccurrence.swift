/// One place where a term occurs: a document and a span of its text.
public struct TermOccurrence: Hashable, Sendable, Comparable {
    /// Index of the document in the extractor's input.
    public var document: Int
    /// Unicode scalar offsets into the document's text, end exclusive.
    public var range: Range<Int>
    /// The surface exactly as written (`program nuklirnya`, `Presiden Rusia Vladimir Putin`).
    public var surface: String
    /// Whether this occurrence sits inside a longer term's occurrence (`Korea Utara` inside
    /// `Kantor Berita Pusat Korea Utara`).
    public var isNested: Bool

    /// Creates an occurrence.
    public init(document: Int, range: Range<Int>, surface: String, isNested: Bool = false) {
        self.document = document
        self.range = range
        self.surface = surface
        self.isNested = isNested
    }

    /// Text order: document, then start, then the longer span first.
    public static func < (a: TermOccurrence, b: TermOccurrence) -> Bool {
        (a.document, a.range.lowerBound, -a.range.upperBound) < (b.document, b.range.lowerBound, -b.range.upperBound)
    }
}
