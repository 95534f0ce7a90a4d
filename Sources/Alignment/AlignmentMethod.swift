/// How a term's English was found: the JSON `via` field.
public enum AlignmentMethod: String, Sendable, Hashable, Codable, CaseIterable {
    /// A glossary entry: the user's glossary files, `terms.tsv` or CLDR names.
    case glossary
    /// An acronym, blend or clipping of the acronym files (`PBB` → UN).
    case acronym
    /// Composed from lexicon units and reordered into English word order.
    case composed
    /// A proper name passed through, its romanization normalised (`Yury` → Yuri).
    case name
    /// Aligned from Indonesian–English sentence pairs.
    case parallel
    /// Nothing trustworthy: the English is null.
    case none
}
