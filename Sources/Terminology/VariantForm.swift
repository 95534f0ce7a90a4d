/// One distinct form handed to the ``VariantClusterer``: its surface, how often and where it occurs.
public struct VariantForm: Hashable, Sendable {
    /// The form as written (`Korut`, `Kim Jong-un`).
    public var surface: String
    /// How often it occurs (decides the canonical form among equals).
    public var count: Int
    /// The indices of the documents it occurs in; short names are resolved only inside them.
    public var documents: [Int] {
        get { documentIndices.map(Int.init) }
        set { documentIndices = newValue.map { Int32($0) } }
    }
    /// ``documents`` as 4-byte numbers, as a candidate's summary holds them (a form made from a
    /// candidate shares the summary's array instead of a copy twice its size).
    var documentIndices: [Int32]
    /// Its type when known: only persons resolve a surname-only mention, and names and common
    /// terms never merge by spelling rules that suit only one of them.
    public var category: TermCategory?

    /// Creates a form.
    public init(_ surface: String, count: Int = 1, documents: [Int] = [], category: TermCategory? = nil) {
        self.surface = surface
        self.count = count
        self.documentIndices = documents.map { Int32($0) }
        self.category = category
    }

    /// Whether `other` occurs in one of this form's documents at least.
    /// - Complexity: O(n·m) for n and m documents (each form's list is short).
    func sharesDocument(with other: VariantForm) -> Bool {
        documentIndices.contains(where: other.documentIndices.contains)
    }

    /// A form whose documents are `documentIndices` (see ``documentIndices``).
    init(_ surface: String, count: Int, documentIndices: [Int32], category: TermCategory?) {
        self.surface = surface
        self.count = count
        self.documentIndices = documentIndices
        self.category = category
    }
}
