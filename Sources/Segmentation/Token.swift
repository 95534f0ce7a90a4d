/// One token of a document: its surface exactly as written, its keys, and where it stands.
///
/// Offsets are Unicode scalar offsets into ``Document/text`` (end exclusive), so
/// `text[start:end]` in Python returns ``surface``; `utf8Range` gives the same span in bytes.
///
/// Stored compactly (80 bytes): offsets, line and column as 32-bit integers, so a document
/// holds at most `Int32.max` bytes (ICU's limit too); the folded key is stored only where it differs from
/// ``key`` (a token with letters outside ASCII).
public struct Token: Hashable, Sendable {
    /// The text exactly as written (never normalized).
    public var surface: String
    /// NFKC_Casefold plus typographic folding of ``surface`` (see ``Normalizer/key(_:)``).
    public var key: String {
        get { storedKey }
        set {
            // ``foldedKey`` stays what it was, in its one stored form.
            let folded = foldedKey
            storedKey = newValue
            setFoldedKey(folded)
        }
    }
    private var storedKey: String
    /// ``foldedKey`` when it differs from ``key`` (``hasOwnFoldedKey``), else empty: never an
    /// Optional, which would make the compiler copy each new token once more.
    private var storedFoldedKey: String
    private var utf8Start: UInt32
    private var utf8End: UInt32
    private var scalarStart: UInt32
    private var scalarEnd: UInt32
    private var storedLine: UInt32
    private var storedColumn: UInt32
    /// Word, number, punctuation or symbol.
    public var kind: TokenKind
    /// Whether ``storedFoldedKey`` holds the folded key (false for every ASCII token).
    private var hasOwnFoldedKey: Bool

    /// ``key`` with accents and other scripts folded to ASCII (see ``Normalizer/accentFoldedKey(_:)``).
    public var foldedKey: String {
        get { hasOwnFoldedKey ? storedFoldedKey : storedKey }
        set { setFoldedKey(newValue) }
    }
    /// Unicode scalar offsets into the document text, end exclusive.
    public var range: Range<Int> {
        get { Int(scalarStart)..<Int(scalarEnd) }
        set { scalarStart = UInt32(newValue.lowerBound); scalarEnd = UInt32(newValue.upperBound) }
    }
    /// UTF-8 byte offsets into the document text, end exclusive.
    public var utf8Range: Range<Int> {
        get { Int(utf8Start)..<Int(utf8End) }
        set { utf8Start = UInt32(newValue.lowerBound); utf8End = UInt32(newValue.upperBound) }
    }
    /// 1-based line of the first scalar.
    public var line: Int {
        get { Int(storedLine) }
        set { storedLine = UInt32(newValue) }
    }
    /// 1-based column of the first scalar, counted in Unicode scalars.
    public var column: Int {
        get { Int(storedColumn) }
        set { storedColumn = UInt32(newValue) }
    }

    /// Creates a token; offsets as documented on each property, each below `UInt32.max`.
    public init(surface: String, key: String, foldedKey: String, kind: TokenKind,
                range: Range<Int>, utf8Range: Range<Int>, line: Int, column: Int) {
        self.init(surface: surface, key: key, foldedKey: foldedKey == key ? nil : foldedKey, kind: kind,
                  scalars: UInt32(range.lowerBound), UInt32(range.upperBound),
                  bytes: UInt32(utf8Range.lowerBound), UInt32(utf8Range.upperBound),
                  line: UInt32(line), column: UInt32(column))
    }

    /// Creates a token from its stored form; `foldedKey` nil when it equals `key`.
    @inline(__always)
    init(surface: String, key: String, foldedKey: String?, kind: TokenKind,
         scalars scalarStart: UInt32, _ scalarEnd: UInt32, bytes utf8Start: UInt32, _ utf8End: UInt32,
         line: UInt32, column: UInt32) {
        self.surface = surface
        self.storedKey = key
        self.storedFoldedKey = foldedKey ?? ""
        self.hasOwnFoldedKey = foldedKey != nil
        self.kind = kind
        self.scalarStart = scalarStart
        self.scalarEnd = scalarEnd
        self.utf8Start = utf8Start
        self.utf8End = utf8End
        self.storedLine = line
        self.storedColumn = column
    }

    /// Stores `folded` in its one form: apart only when it differs from ``key``.
    private mutating func setFoldedKey(_ folded: String) {
        hasOwnFoldedKey = folded != storedKey
        storedFoldedKey = hasOwnFoldedKey ? folded : ""
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
