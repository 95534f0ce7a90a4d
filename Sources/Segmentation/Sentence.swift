/// One sentence of a document: a run of tokens with its span in the original text.
///
/// The span runs from the first scalar of its first token to the last scalar of its last
/// token: white space around a sentence belongs to no sentence.
public struct Sentence: Hashable, Sendable {
    /// Indices into ``Document/tokens``.
    public var tokenRange: Range<Int>
    /// Unicode scalar offsets into ``Document/text``, end exclusive.
    public var range: Range<Int>
    /// UTF-8 byte offsets into ``Document/text``, end exclusive.
    public var utf8Range: Range<Int>
    /// 1-based line of the first scalar.
    public var line: Int
    /// 1-based column of the first scalar, counted in Unicode scalars.
    public var column: Int

    /// Creates a sentence; offsets as documented on each property.
    public init(tokenRange: Range<Int>, range: Range<Int>, utf8Range: Range<Int>, line: Int, column: Int) {
        self.tokenRange = tokenRange
        self.range = range
        self.utf8Range = utf8Range
        self.line = line
        self.column = column
    }
}
