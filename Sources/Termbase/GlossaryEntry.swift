import Segmentation

/// One concept: its terms in Indonesian and English, a category and a note.
///
/// The first term of a language is its canonical (preferred) form; later ones are variants.
public struct GlossaryEntry: Hashable, Sendable, Codable {
    /// The terms, Indonesian and English, canonical first within each language.
    public var terms: [Term]
    /// What the concept is: `ORG`, `TITLE`, `GPE`, `EVENT`… for terms; the role (`head`,
    /// `pre-head`…) for lexicon words; the kind for acronyms and language words.
    public var category: String?
    /// A translator's note (a usage hint, a source).
    public var note: String?
    /// Where the entry comes from: a file name (`terms.tsv`), `cldr`, `freedict`.
    public var source: String?
    /// The row it was read from, when it came from a file (not encoded).
    public var location: SourceLocation?

    /// Creates an entry.
    public init(terms: [Term], category: String? = nil, note: String? = nil,
                source: String? = nil, location: SourceLocation? = nil) {
        self.terms = terms
        self.category = category
        self.note = note
        self.source = source
        self.location = location
    }

    private enum CodingKeys: String, CodingKey { case terms, category, note, source }

    /// Entries are equal when their data is; where they were read from does not count.
    public static func == (a: GlossaryEntry, b: GlossaryEntry) -> Bool {
        a.terms == b.terms && a.category == b.category && a.note == b.note && a.source == b.source
    }

    /// Hashes the data, not the location.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(terms)
        hasher.combine(category)
        hasher.combine(note)
        hasher.combine(source)
    }

    /// The terms in `language`, canonical first.
    public func terms(in language: String) -> [Term] { terms.filter { $0.language == language } }

    /// The canonical Indonesian form, or nil.
    public var indonesian: String? { terms.first { $0.language == "id" }?.text }

    /// The canonical English form, or nil.
    public var english: String? { terms.first { $0.language == "en" }?.text }

    /// The sort key of entries: canonical Indonesian, then English, then category (stable output).
    var sortKey: [String] {
        [(indonesian ?? "").lowercased(), indonesian ?? "", english ?? "", category ?? "", note ?? ""]
    }
}
