/// What the input says around a term, beyond its own forms: the names its documents mention and the
/// other product terms found. The aligner reads it only where a term's own forms leave a choice open.
public struct AlignmentContext {
    /// Whether a place or body, by ``GlossaryAligner/key(_:)``, is named in every document the term
    /// occurs in (asked for short forms only, see ``GlossaryAligner/completionKeys(of:)``).
    public var isNamed: (String) -> Bool
    /// The keys of the input's product terms (`limusin aurus`): a product term that adds a model to
    /// one of them names the model itself (`limusin Aurus Senat` → Aurus Senat).
    public var productKeys: Set<String>

    /// A context; by default nothing is known.
    public init(isNamed: @escaping (String) -> Bool = { _ in false }, productKeys: Set<String> = []) {
        self.isNamed = isNamed
        self.productKeys = productKeys
    }
}
