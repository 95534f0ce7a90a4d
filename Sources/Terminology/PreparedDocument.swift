/// A document as the extractor keeps it between its passes: its words (units) by sentence, its
/// UTF-8 text for exact surfaces, and the capitalization evidence it contributes.
public struct PreparedDocument: Sendable {
    /// The document's index in the extractor's output.
    public let index: Int
    /// Read only while this document holds ``text`` and ``cache``, which they point into.
    let units: DocumentUnits
    /// The text the units read their surfaces from.
    let text: DocumentText
    let evidence: DocumentEvidence
    /// The cache of the extractor that prepared it (its words are numbered there, and the units'
    /// facts are kept there).
    let cache: WordFactsCache

    /// The document's UTF-8 text.
    var bytes: [UInt8] { text.bytes }
}
