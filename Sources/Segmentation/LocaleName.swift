/// One CLDR display name set: a country or territory, a language or a currency, in Indonesian and English.
public struct LocaleName: Hashable, Sendable {
    /// What the code names.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        /// An ISO 3166 region (`KP`).
        case country
        /// An ISO 639 language (`ko`).
        case language
        /// An ISO 4217 currency (`KRW`).
        case currency
    }

    /// What the code names.
    public var kind: Kind
    /// The ISO code: `KP`, `ko`, `KRW`.
    public var code: String
    /// Indonesian names, the CLDR full name first, then short and unparenthesized forms
    /// (`Amerika Serikat`, `AS`).
    public var indonesian: [String]
    /// English names in the same order (`United States`, `US`).
    public var english: [String]

    /// Creates a name set; the first name of each language is its canonical one.
    public init(kind: Kind, code: String, indonesian: [String], english: [String]) {
        self.kind = kind
        self.code = code
        self.indonesian = indonesian
        self.english = english
    }
}
