/// One token of a document: its surface exactly as written, its keys, and where it stands.
///
/// Offsets are Unicode scalar offsets into ``Document/text`` (end exclusive), so
/// `text[start:end]` in Python returns ``surface``; `utf8Range` gives the same span in bytes.
public struct Token: Hashable, Sendable {
    /// The text exactly as written (never normalized).
    public var surface: String
    /// NFKC_Casefold plus typographic folding of ``surface`` (see ``Normalizer/key(_:)``).
    public var key: String
    /// ``key`` with accents and other scripts folded to ASCII (see ``Normalizer/accentFoldedKey(_:)``).
    public var foldedKey: String
    /// Word, number, punctuation or symbol.
    public var kind: TokenKind
    /// Unicode scalar offsets into the document text, end exclusive.
    public var range: Range<Int>
    /// UTF-8 byte offsets into the document text, end exclusive.
    public var utf8Range: Range<Int>
    /// 1-based line of the first scalar.
    public var line: Int
    /// 1-based column of the first scalar, counted in Unicode scalars.
    public var column: Int

    /// Creates a token; offsets as documented on each property.
    public init(surface: String, key: String, foldedKey: String, kind: TokenKind,
                range: Range<Int>, utf8Range: Range<Int>, line: Int, column: Int) {
        self.surface = surface
        self.key = key
        self.foldedKey = foldedKey
        self.kind = kind
        self.range = range
        self.utf8Range = utf8Range
        self.line = line
        self.column = column
    }

    /// Whether the first scalar is an uppercase letter (`Korea`, `KCNA`, `Ärzte`).
    public var isCapitalized: Bool { surface.unicodeScalars.first?.properties.isUppercase ?? false }

    /// Whether every letter is uppercase and there are at least two (`PBB`, `NATO`, `PYONGYANG`).
    public var isAllCaps: Bool {
        var letters = 0
        for scalar in surface.unicodeScalars where scalar.properties.isAlphabetic {
            if scalar.properties.isLowercase { return false }
            letters += 1
        }
        return letters >= 2
    }
}
