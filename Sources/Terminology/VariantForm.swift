/// One distinct form handed to the ``VariantClusterer``: its surface, how often and where it occurs.
public struct VariantForm: Hashable, Sendable {
    /// The form as written (`Korut`, `Kim Jong-un`).
    public var surface: String
    /// How often it occurs (decides the canonical form among equals).
    public var count: Int
    /// The indices of the documents it occurs in; short names are resolved only inside them.
    public var documents: [Int]
    /// Its type when known: only persons resolve a surname-only mention, and names and common
    /// terms never merge by spelling rules that suit only one of them.
    public var category: TermCategory?

    /// Creates a form.
    public init(_ surface: String, count: Int = 1, documents: [Int] = [], category: TermCategory? = nil) {
        self.surface = surface
        self.count = count
        self.documents = documents
        self.category = category
    }
}
