import Terminology

/// What the aligner needs of a term: its canonical Indonesian form, every surface form and its type.
///
/// ``Terminology/TermCandidate`` conforms; a variant cluster conforms the same way, so the aligner
/// works on either.
public protocol AlignableTerm {
    /// The canonical Indonesian form.
    var canonicalForm: String { get }
    /// Every surface form, most frequent first.
    var surfaceForms: [String] { get }
    /// The term's type.
    var category: TermCategory { get }
}

extension TermCandidate: AlignableTerm {
    /// The candidate's canonical form.
    public var canonicalForm: String { form }
    /// The candidate's variants, most frequent first.
    public var surfaceForms: [String] { variants.map(\.form) }
    /// The candidate's type.
    public var category: TermCategory { type }
}
