/// One term of a concept in one language, with the TBX-Basic term-level data categories.
public struct Term: Hashable, Sendable, Codable {
    /// The term as written (`Dewan Keamanan PBB`).
    public var text: String
    /// The language code: `id` or `en` (any BCP 47 code in imported files).
    public var language: String
    /// TBX-Basic part of speech: `noun`, `properNoun`, `verb`, `adjective`, `adverb` or `other`.
    public var partOfSpeech: String?
    /// Full form, acronym, short form….
    public var termType: TermType?
    /// Preferred, admitted, deprecated….
    public var status: AdministrativeStatus?

    /// Creates a term.
    public init(_ text: String, language: String, partOfSpeech: String? = nil,
                termType: TermType? = nil, status: AdministrativeStatus? = nil) {
        self.text = text
        self.language = language
        self.partOfSpeech = partOfSpeech
        self.termType = termType
        self.status = status
    }
}
