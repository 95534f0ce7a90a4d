/// One token of a document: its surface exactly as written, its keys, and where it stands.
///
/// Offsets are Unicode scalar offsets into ``Document/text`` (end exclusive), so
/// `text[start:end]` in Python returns ``surface``; `utf8Range` gives the same span in bytes.
///
/// Stored compactly (64 bytes, two strings): offsets, line and column as 32-bit integers, so
/// a document holds at most `Int32.max` bytes (ICU's limit too); ``foldedKey`` is made on access.
public struct Token: Hashable, Sendable {
    /// The text exactly as written (never normalized).
    public var surface: String
    /// NFKC_Casefold plus typographic folding of ``surface`` (see ``Normalizer/key(_:)``).
    public var key: String
    private var utf8Start: UInt32
    private var utf8End: UInt32
    private var scalarStart: UInt32
    private var scalarEnd: UInt32
    private var storedLine: UInt32
    private var storedColumn: UInt32
    /// Word, number, punctuation or symbol.
    public var kind: TokenKind

    /// ``key`` with accents and other scripts folded to ASCII (see ``Normalizer/accentFoldedKey(_:)``).
    ///
    /// Made on access: ``key`` itself when it is ASCII, else through one process-wide ICU
    /// transliterator behind a lock (Istilah's own stages match on ``key``).
    public var foldedKey: String { AccentFolding.foldedKey(key) }
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
    /// The first UTF-8 offset (``utf8Range``'s lower bound, without making the range).
    var byteStart: Int { Int(utf8Start) }
    /// The UTF-8 offset after the token (``utf8Range``'s upper bound).
    var byteEnd: Int { Int(utf8End) }
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
    public init(surface: String, key: String, kind: TokenKind,
                range: Range<Int>, utf8Range: Range<Int>, line: Int, column: Int) {
        self.init(surface: surface, key: key, kind: kind,
                  scalars: UInt32(range.lowerBound), UInt32(range.upperBound),
                  bytes: UInt32(utf8Range.lowerBound), UInt32(utf8Range.upperBound),
                  line: UInt32(line), column: UInt32(column))
    }

    /// Creates a token from its stored form.
    @inline(__always)
    init(surface: String, key: String, kind: TokenKind,
         scalars scalarStart: UInt32, _ scalarEnd: UInt32, bytes utf8Start: UInt32, _ utf8End: UInt32,
         line: UInt32, column: UInt32) {
        self.surface = surface
        self.key = key
        self.kind = kind
        self.scalarStart = scalarStart
        self.scalarEnd = scalarEnd
        self.utf8Start = utf8Start
        self.utf8End = utf8End
        self.storedLine = line
        self.storedColumn = column
    }

    /// Byte offsets of ``surface`` and ``key`` inside a token, for writing small strings as
    /// bits (see ``SmallASCIIString/store(_:count:over:)``); `nil` if the layout hides them.
    static var stringOffsets: (surface: Int, key: Int)? {
        guard let surface = MemoryLayout<Token>.offset(of: \Token.surface),
              let key = MemoryLayout<Token>.offset(of: \Token.key) else { return nil }
        return (surface, key)
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
