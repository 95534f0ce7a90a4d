/// A segmented document: the original text, its tokens and sentences, and what was noticed.
public struct Document: Sendable {
    /// The id as given on the command line (a path, or `-` for standard input).
    public let id: String
    /// The original text, never rewritten.
    public let text: String
    /// Tokens in text order; white space is not a token.
    public let tokens: [Token]
    /// Sentences in text order; together they cover every token exactly once.
    public let sentences: [Sentence]
    /// Soft problems (glued words split, bytes replaced), in text order.
    public let findings: [SegmentationFinding]

    /// Creates a document from its parts.
    public init(id: String, text: String, tokens: [Token], sentences: [Sentence], findings: [SegmentationFinding]) {
        self.id = id
        self.text = text
        self.tokens = tokens
        self.sentences = sentences
        self.findings = findings
    }

    /// The tokens of `sentence`.
    public func tokens(in sentence: Sentence) -> ArraySlice<Token> { tokens[sentence.tokenRange] }

    /// The original text of `sentence`, exactly as written.
    public func text(of sentence: Sentence) -> Substring {
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: sentence.utf8Range.lowerBound)
        let end = utf8.index(utf8.startIndex, offsetBy: sentence.utf8Range.upperBound)
        return text[start..<end]
    }
}
