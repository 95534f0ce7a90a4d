/// One answer of ``GlossaryLibrary/lookup(_:)``: an entry of one source that holds the word.
public struct LookupHit: Hashable, Sendable {
    /// The source: a shipped file (`terms.tsv`), `cldr` or `freedict`.
    public var source: String
    /// The entry found.
    public var entry: GlossaryEntry
    /// The term of the entry that matched (canonical or a variant).
    public var matched: Term

    /// Creates a hit.
    public init(source: String, entry: GlossaryEntry, matched: Term) {
        self.source = source
        self.entry = entry
        self.matched = matched
    }
}
