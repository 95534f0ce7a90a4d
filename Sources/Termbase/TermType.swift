/// The TBX-Basic `termType` of a term: what kind of form it is.
public enum TermType: String, Hashable, Sendable, Codable, CaseIterable {
    /// The complete form (`Perserikatan Bangsa-Bangsa`).
    case fullForm
    /// An initialism or acronym (`PBB`).
    case acronym
    /// An abbreviation or clipping (`Prof.`, `dubes`).
    case abbreviation
    /// A shortened form or blend (`Kemenlu`, `Korut`).
    case shortForm
    /// A spelling or wording variant.
    case variant
    /// A phrase.
    case phrase
}
