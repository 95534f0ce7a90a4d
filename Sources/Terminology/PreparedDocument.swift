/// A document as the extractor keeps it between its passes: its words (units) by sentence, its
/// UTF-8 text for exact surfaces, and the capitalization evidence it contributes.
public struct PreparedDocument: Sendable {
    /// The document's index in the extractor's output.
    public let index: Int
    let units: [[Unit]]
    let bytes: [UInt8]
    let evidence: DocumentEvidence
    /// The cache of the extractor that prepared it (its words are numbered there).
    let cache: WordFactsCache
}
