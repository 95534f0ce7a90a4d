/// One token of a document: its surface exactly as written, its keys, and where it stands.
///
/// Offsets are Unicode scalar offsets into ``Document/text`` (end exclusive), so
/// `text[start:end]` in Python returns ``surface``; `utf8Range` gives the same span in bytes.
///
/// Stored compactly (48 bytes) and as a plain value, without a reference: offsets, line and
/// column as 32-bit integers, so a document holds at most `Int32.max` bytes (ICU's limit too);
/// ``foldedKey`` is made on access. A token whose surface is an ASCII string of at most 15
/// bytes and whose key is its ASCII lowercasing (nearly every token) keeps only the surface,
/// as the standard library's small-string bits, and makes the key on access. Other tokens
/// keep the number of their surface and key in the process-wide ``LargeTokenTexts``. So
/// copying a token or destroying an array of tokens touches no reference count.
public struct Token: Hashable, Sendable {
    /// The surface as small-string bits (see ``SmallASCIIString``) when `large` is 0.
    private var surfaceLow: UInt64
    private var surfaceHigh: UInt64
    /// The number of the surface and key in ``LargeTokenTexts`` when the surface is no short
    /// ASCII string, or the key is not its ASCII lowercasing; else 0.
    private var large: UInt32
    private var utf8Start: UInt32
    private var utf8End: UInt32
    private var scalarStart: UInt32
    private var scalarEnd: UInt32
    private var storedLine: UInt32
    private var storedColumn: UInt32
    /// Word, number, punctuation or symbol.
    public var kind: TokenKind

    /// The text exactly as written (never normalized).
    public var surface: String {
        get { large == 0 ? SmallASCIIString.string(SIMD2(surfaceLow, surfaceHigh)) : LargeTokenTexts.texts(large).surface }
        set { setText(surface: newValue, key: key) }
    }

    /// NFKC_Casefold plus typographic folding of ``surface`` (see ``Normalizer/key(_:)``).
    public var key: String {
        get {
            large == 0 ? SmallASCIIString.string(SmallASCIIString.lowercased(bits: SIMD2(surfaceLow, surfaceHigh)))
                : LargeTokenTexts.texts(large).key
        }
        set { setText(surface: surface, key: newValue) }
    }

    /// The key's UTF-8 bytes packed little-endian into two words (zero after the last byte) and
    /// their count, when the token keeps its key inline: an ASCII key of at most 15 bytes that is
    /// the lowercasing of the surface (nearly every token). Nil otherwise: read ``key``.
    ///
    /// A few instructions and no string, for callers that look keys up by their bytes.
    public var inlineKey: (words: SIMD2<UInt64>, count: Int)? {
        guard large == 0 else { return nil }
        let bits = SmallASCIIString.lowercased(bits: SIMD2(surfaceLow, surfaceHigh))
        // The top byte is the small-string discriminator `0xE0 | count`, no key byte.
        return (SIMD2(bits.x, bits.y & 0x00FF_FFFF_FFFF_FFFF), Int(truncatingIfNeeded: bits.y >> 56) & 0x0F)
    }

    /// The surface's UTF-8 bytes packed little-endian into two words (zero after the last byte)
    /// and their count, when the token keeps its surface inline (an ASCII surface of at most 15
    /// bytes whose key is its lowercasing: nearly every token). Nil otherwise: read ``surface``.
    ///
    /// A few instructions, no string and no read of the document's text, for callers that look
    /// at the letters by their bytes (the extractor's surface shapes).
    public var inlineSurface: (words: SIMD2<UInt64>, count: Int)? {
        guard large == 0 else { return nil }
        // The top byte is the small-string discriminator `0xE0 | count`, no surface byte.
        return (SIMD2(surfaceLow, surfaceHigh & 0x00FF_FFFF_FFFF_FFFF), Int(truncatingIfNeeded: surfaceHigh >> 56) & 0x0F)
    }

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
    init(surface: String, key: String, kind: TokenKind,
         scalars scalarStart: UInt32, _ scalarEnd: UInt32, bytes utf8Start: UInt32, _ utf8End: UInt32,
         line: UInt32, column: UInt32) {
        self.init(smallSurface: .zero, kind: kind, scalars: scalarStart, scalarEnd,
                  bytes: utf8Start, utf8End, line: line, column: column)
        setText(surface: surface, key: key)
    }

    /// Creates a token whose surface and key are pair `number` of ``LargeTokenTexts``.
    init(large number: UInt32, kind: TokenKind,
         scalars scalarStart: UInt32, _ scalarEnd: UInt32, bytes utf8Start: UInt32, _ utf8End: UInt32,
         line: UInt32, column: UInt32) {
        self.init(smallSurface: .zero, kind: kind, scalars: scalarStart, scalarEnd,
                  bytes: utf8Start, utf8End, line: line, column: column)
        large = number
    }

    /// Creates a token whose surface is the short ASCII string of
    /// ``SmallASCIIString/bits(_:count:)`` and whose key is its ASCII lowercasing: no string is made.
    @inline(__always)
    init(smallSurface: SIMD2<UInt64>, kind: TokenKind,
         scalars scalarStart: UInt32, _ scalarEnd: UInt32, bytes utf8Start: UInt32, _ utf8End: UInt32,
         line: UInt32, column: UInt32) {
        surfaceLow = smallSurface.x
        surfaceHigh = smallSurface.y
        large = 0
        self.kind = kind
        self.scalarStart = scalarStart
        self.scalarEnd = scalarEnd
        self.utf8Start = utf8Start
        self.utf8End = utf8End
        self.storedLine = line
        self.storedColumn = column
    }

    /// Initializes `out` as ``init(smallSurface:kind:scalars:_:bytes:_:line:column:)`` would,
    /// field by field (every stored property is trivial, so assigning one reads nothing).
    @inline(__always)
    static func initialize(_ out: UnsafeMutablePointer<Token>, smallSurface: SIMD2<UInt64>, kind: TokenKind,
                           scalars scalarStart: UInt32, _ scalarEnd: UInt32, bytes utf8Start: UInt32, _ utf8End: UInt32,
                           line: UInt32, column: UInt32) {
        out.pointee.large = 0
        out.pointee.surfaceLow = smallSurface.x
        out.pointee.surfaceHigh = smallSurface.y
        out.pointee.kind = kind
        out.pointee.scalarStart = scalarStart
        out.pointee.scalarEnd = scalarEnd
        out.pointee.utf8Start = utf8Start
        out.pointee.utf8End = utf8End
        out.pointee.storedLine = line
        out.pointee.storedColumn = column
    }

    /// Stores `surface` as bits when it is a short ASCII string and `key` its lowercasing,
    /// else both in a box.
    private mutating func setText(surface: String, key: String) {
        if let surfaceBits = SmallASCIIString.bits(of: surface), let keyBits = SmallASCIIString.bits(of: key),
           keyBits == SmallASCIIString.lowercased(bits: surfaceBits) {
            (surfaceLow, surfaceHigh) = (surfaceBits.x, surfaceBits.y)
            large = 0
        } else {
            (surfaceLow, surfaceHigh) = (0, 0)
            large = LargeTokenTexts.number(surface: surface, key: key)
        }
    }

    public static func == (a: Token, b: Token) -> Bool {
        a.kind == b.kind && a.utf8Start == b.utf8Start && a.utf8End == b.utf8End
            && a.scalarStart == b.scalarStart && a.scalarEnd == b.scalarEnd
            && a.storedLine == b.storedLine && a.storedColumn == b.storedColumn
            && a.surface == b.surface && a.key == b.key
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(surface)
        hasher.combine(key)
        hasher.combine(kind)
        hasher.combine(utf8Start)
        hasher.combine(utf8End)
        hasher.combine(scalarStart)
        hasher.combine(scalarEnd)
        hasher.combine(storedLine)
        hasher.combine(storedColumn)
    }

    /// Whether the first scalar is an uppercase letter (`Korea`, `KCNA`, `Ärzte`).
    public var isCapitalized: Bool {
        // A short ASCII surface's first byte is the low byte of its bits (zero when empty).
        if large == 0 { return (0x41...0x5A).contains(surfaceLow & 0xFF) }
        guard let first = surface.unicodeScalars.first else { return false }
        // (An ASCII scalar is answered without the table, which ASCII text need never build.)
        if first.isASCII { return (0x41...0x5A).contains(first.value) }
        return ScalarClasses.of(first) & ScalarClasses.uppercase != 0
    }

    /// Whether every letter is uppercase and there are at least two (`PBB`, `NATO`, `PYONGYANG`).
    public var isAllCaps: Bool {
        var letters = 0
        for scalar in surface.unicodeScalars {
            let classes = ScalarClasses.of(scalar)
            guard classes & ScalarClasses.alphabetic != 0 else { continue }
            if classes & ScalarClasses.lowercase != 0 { return false }
            letters += 1
        }
        return letters >= 2
    }
}
