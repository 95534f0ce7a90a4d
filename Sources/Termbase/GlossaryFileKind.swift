/// The kinds of tab-separated glossary file Istilah ships in `glossary/`, told apart by their header.
///
/// Formats (`../shared/DESIGN.md`, "Glossary data"): one header row, `#` comment lines, `|` between
/// alternatives in a cell.
public enum GlossaryFileKind: String, Sendable, CaseIterable {
    /// `id en type id_variants en_variants note`: concept entries.
    case terms
    /// `short long en kind`: initialisms, blends and clippings.
    case acronyms
    /// `id en pos role`: words and phrases for composing terms.
    case lexicon
    /// `word kind en note`: titles, honorifics and function words.
    case language
    /// `word`: stop words.
    case stopwords

    /// The header row, column by column.
    public var columns: [String] {
        switch self {
        case .terms: ["id", "en", "type", "id_variants", "en_variants", "note"]
        case .acronyms: ["short", "long", "en", "kind"]
        case .lexicon: ["id", "en", "pos", "role"]
        case .language: ["word", "kind", "en", "note"]
        case .stopwords: ["word"]
        }
    }

    /// The kind whose header is `header`, if any.
    public init?(header: [String]) {
        guard let kind = Self.allCases.first(where: { $0.columns == header }) else { return nil }
        self = kind
    }

    /// Columns that must not be empty.
    var required: Set<String> {
        switch self {
        case .terms: ["id", "en", "type"]
        case .acronyms: ["short", "long", "kind"]
        case .lexicon: ["id", "en", "pos", "role"]
        case .language: ["word", "kind"]
        case .stopwords: ["word"]
        }
    }

    /// Columns whose cells hold `|`-separated alternatives.
    var alternatives: Set<String> {
        switch self {
        case .terms: ["id_variants", "en_variants"]
        case .acronyms, .lexicon: ["en"]
        case .language: ["en"]
        case .stopwords: []
        }
    }

    /// The closed vocabularies of some columns.
    var allowedValues: [String: [String]] {
        switch self {
        case .terms: ["type": Self.termTypes]
        case .acronyms: ["kind": ["initialism", "blend", "clipping"]]
        case .lexicon: ["pos": Self.partsOfSpeech, "role": Self.lexiconRoles]
        case .language: ["kind": ["title", "honorific", "function"]]
        case .stopwords: [:]
        }
    }

    /// The columns whose values together may occur only once in a file.
    var keyColumns: [String] {
        switch self {
        case .terms: ["id"]
        case .acronyms: ["short", "long"]
        case .lexicon: ["id", "pos", "role"]
        case .language: ["word", "kind"]
        case .stopwords: ["word"]
        }
    }

    /// Concept types of `terms.tsv`.
    public static let termTypes = ["ORG", "TITLE", "GPE", "LOC", "EVENT", "DOC", "TERM", "PRODUCT", "MISC"]
    /// TBX-Basic parts of speech.
    public static let partsOfSpeech = ["noun", "properNoun", "verb", "adjective", "adverb", "other"]
    /// What a lexicon word does in a composed term.
    public static let lexiconRoles = ["head", "modifier", "pre-head", "demonym", "ordinal", "function", "document", "participle", "of-head", "pre-name", "legal-form", "name-head", "of-place", "name-first"]
}
