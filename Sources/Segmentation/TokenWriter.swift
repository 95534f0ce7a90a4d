/// Turns rejoined byte spans (``RawToken``s, in text order) into ``Token``s as they come:
/// surface, key, scalar and UTF-8 offsets, line and column. The last step of the single pass
/// of ``Segmenter`` (see ``TokenAssembler``).
///
/// Tokens are written straight into the document's `[Token]`: the writer is given the
/// uninitialized storage of an array reserved for ``estimatedCount(bytes:)`` tokens, and
/// ``finish()`` says how many it holds. Only a document with more tokens than the estimate
/// moves them once into a buffer of the writer's own, which grows by doubling; ``makeArray()``
/// then moves them into an array of their own (a `memcpy`). Call ``discard()`` if the document
/// is abandoned (an ICU error). ``removeLast(_:)`` takes back a cluster the rejoin rules
/// change, ``split(at:seam:)`` splits a glued word.
///
/// Two ways to count positions, chosen once per document:
/// - all-ASCII document: a token is one scalar per byte and holds no line break (ICU keeps
///   white space and line breaks in segments of their own), so offsets are byte offsets and
///   only the gaps between tokens are scanned for line ends;
/// - other documents: a ``ScalarCursor`` counts scalars, lines and columns byte by byte, and
///   tokens outside ASCII get their key from the ``Normalizer``.
struct TokenWriter {
    let bytes: UnsafeBufferPointer<UInt8>
    let scanner: ByteScanner
    let normalizer: Normalizer
    /// The numbers of long and non-ASCII texts met before (the segmenter's, kept across documents).
    let largeTexts: LargeTokenCache
    /// Whether the whole document is ASCII (see the type's comment).
    let ascii: Bool
    /// Whether short ASCII strings may be written as bits (``SmallASCIIString/isAvailable``).
    private let small: Bool

    private var base: UnsafeMutablePointer<Token>
    private var capacity: Int
    /// Whether ``base`` was allocated by the writer (the given storage was outgrown).
    private var ownsBuffer: Bool
    /// Tokens written so far (initialized in `base[0..<count]`).
    private(set) var count = 0

    // All-ASCII documents: the line counter between tokens.
    private var line: UInt32 = 1
    private var lineStart = 0    // byte offset of the current line's first byte
    private var position = 0     // end of the previous token
    // Other documents.
    private var cursor: ScalarCursor

    /// A writer that writes into `storage` (uninitialized; it must outlive the writer) until
    /// it is full, then into a buffer of its own.
    init(into storage: UnsafeMutableBufferPointer<Token>, scanner: ByteScanner, normalizer: Normalizer,
         largeTexts: LargeTokenCache, ascii: Bool) {
        self.bytes = scanner.bytes
        self.scanner = scanner
        self.normalizer = normalizer
        self.largeTexts = largeTexts
        self.ascii = ascii
        small = SmallASCIIString.isAvailable
        if let given = storage.baseAddress, storage.count > 0 {
            base = given
            capacity = storage.count
            ownsBuffer = false
        } else {
            capacity = 16
            base = .allocate(capacity: capacity)
            ownsBuffer = true
        }
        cursor = ScalarCursor(bytes: scanner.bytes)
    }

    /// The number of tokens to reserve for a document of `bytes` UTF-8 bytes: news text has
    /// about one token per 6 bytes (the 20 MB benchmark corpus: one per 6.2); text with more
    /// (numbers, tables) makes the writer move its tokens once, to a buffer of its own.
    static func estimatedCount(bytes: Int) -> Int { bytes / 5 + 16 }

    /// Writes the token of `raw`, which starts at or after the end of the previous one.
    @inline(__always)
    mutating func append(_ raw: RawToken) {
        if count == capacity { grow() }
        let out = base + count
        count += 1
        if ascii { writeASCII(raw, to: out) } else { writeScalars(raw, to: out) }
    }

    /// Takes back the last `n` tokens (they are destroyed): the next token is written where
    /// the first of them stood. They must have been written with no space between them.
    mutating func removeLast(_ n: Int) {
        guard n > 0 else { return }
        let first = base + count - n
        // No line break lies between tokens written with no space between them, so the line
        // counters stand as they did before the first one.
        position = first.pointee.utf8Range.lowerBound
        cursor.byte = position
        cursor.scalar = first.pointee.range.lowerBound
        cursor.line = first.pointee.line
        cursor.column = first.pointee.column
        first.deinitialize(count: n)
        count -= n
    }

    /// Ends the writing. Returns the number of tokens initialized at the start of the storage
    /// given to `init` (they belong to its owner now), or nil if they outgrew it and are in the
    /// writer's own buffer, to be taken with ``makeArray()``.
    mutating func finish() -> Int? {
        guard !ownsBuffer else { return nil }
        let written = count
        count = 0
        capacity = 0   // nothing left to discard
        return written
    }

    /// Moves the tokens into an array; the writer is empty and its buffer freed afterwards.
    mutating func makeArray() -> [Token] {
        let count = self.count
        let tokens = [Token](unsafeUninitializedCapacity: count) { buffer, initialized in
            if let target = buffer.baseAddress { target.moveInitialize(from: base, count: count) }
            initialized = count
        }
        self.count = 0
        if ownsBuffer { base.deallocate() }
        capacity = 0
        return tokens
    }

    /// Destroys the tokens written and frees the writer's own buffer, if any.
    mutating func discard() {
        guard capacity > 0 else { return }
        base.deinitialize(count: count)
        if ownsBuffer { base.deallocate() }
        count = 0
        capacity = 0
    }

    /// Moves the tokens into a buffer of the writer's own, twice as large.
    @inline(never)
    private mutating func grow() {
        let larger = UnsafeMutablePointer<Token>.allocate(capacity: capacity * 2)
        larger.moveInitialize(from: base, count: count)
        if ownsBuffer { base.deallocate() }
        base = larger
        capacity *= 2
        ownsBuffer = true
    }

    /// An all-ASCII document: offsets are byte offsets; lines are counted in the gap before the token.
    @inline(__always)
    private mutating func writeASCII(_ raw: RawToken, to out: UnsafeMutablePointer<Token>) {
        guard let text = bytes.baseAddress else { return }
        // A line ends at LF, at CR LF (counted at its LF) and at a lone CR. Most gaps are one
        // space, or nothing: a gap of one space is skipped by arithmetic, not a branch (which
        // half the tokens would mispredict). `text[position]` is at most the token's first byte.
        let oneSpace = ((raw.start &- position) ^ 1) | Int(text[position] ^ 0x20)   // zero for one space
        position &+= (raw.start &- position) & ((oneSpace &- 1) >> 63)             // all ones when zero
        while position < raw.start {
            let byte = text[position]
            position += 1
            if byte == 0x0A || (byte == 0x0D && (position == bytes.count || text[position] != 0x0A)) {
                line += 1
                lineStart = position
            }
        }
        position = raw.end
        let start = UInt32(truncatingIfNeeded: raw.start), end = UInt32(truncatingIfNeeded: raw.end)
        let column = UInt32(truncatingIfNeeded: raw.start - lineStart + 1)
        if small, raw.end - raw.start <= SmallASCIIString.capacity {
            Self.writeSmallASCII(raw, to: out, bytes: bytes, scalars: start, end, line: line, column: column)
        } else {
            let number = largeTexts.number(of: UnsafeBufferPointer(rebasing: bytes[raw.start..<raw.end])) {
                scanner.asciiSurfaceAndKey(raw, small: small)
            }
            out.initialize(to: Token(large: number, kind: raw.kind, scalars: start, end,
                                     bytes: start, end, line: line, column: column))
        }
    }

    /// A document with other scalars: scalar offsets, lines and columns counted byte by byte;
    /// keys from the ``normalizer`` for tokens outside ASCII.
    @inline(__always)
    private mutating func writeScalars(_ raw: RawToken, to out: UnsafeMutablePointer<Token>) {
        cursor.advance(to: raw.start)
        let line = UInt32(truncatingIfNeeded: cursor.line), column = UInt32(truncatingIfNeeded: cursor.column)
        let start = UInt32(truncatingIfNeeded: cursor.scalar)
        cursor.advance(to: raw.end)
        let end = UInt32(truncatingIfNeeded: cursor.scalar)
        Self.write(raw, to: out, bytes: bytes, scanner: scanner, normalizer: normalizer, largeTexts: largeTexts, small: small,
                   scalars: start, end, line: line, column: column)
    }

    /// Initializes `out` with the token of `raw` at the given scalar offsets, line and column.
    @inline(__always)
    static func write(_ raw: RawToken, to out: UnsafeMutablePointer<Token>, bytes: UnsafeBufferPointer<UInt8>,
                      scanner: ByteScanner, normalizer: Normalizer, largeTexts: LargeTokenCache, small: Bool,
                      scalars start: UInt32, _ end: UInt32, line: UInt32, column: UInt32) {
        if small, !raw.flags.contains(.nonASCII), raw.end - raw.start <= SmallASCIIString.capacity {
            writeSmallASCII(raw, to: out, bytes: bytes, scalars: start, end, line: line, column: column)
            return
        }
        let span = UnsafeBufferPointer(rebasing: bytes[raw.start..<raw.end])
        let number = largeTexts.number(of: span) {
            raw.flags.contains(.nonASCII)
                ? (String(decoding: span, as: UTF8.self), normalizer.key(utf8: span))
                : scanner.asciiSurfaceAndKey(raw, small: small)
        }
        out.initialize(to: Token(
            large: number, kind: raw.kind, scalars: start, end,
            bytes: UInt32(truncatingIfNeeded: raw.start), UInt32(truncatingIfNeeded: raw.end),
            line: line, column: column))
    }

    /// Initializes `out` with an ASCII token of at most 15 bytes, its surface as small-string
    /// bits (its key, the surface ASCII-lowercased, is made on access): no `String` is made.
    @inline(__always)
    private static func writeSmallASCII(_ raw: RawToken, to out: UnsafeMutablePointer<Token>,
                                        bytes: UnsafeBufferPointer<UInt8>,
                                        scalars start: UInt32, _ end: UInt32, line: UInt32, column: UInt32) {
        let words = SmallASCIIString.words(of: bytes, raw.start, raw.end)
        Token.initialize(out, smallSurface: SmallASCIIString.bits(words, count: raw.end - raw.start), kind: raw.kind,
                         scalars: start, end, bytes: UInt32(truncatingIfNeeded: raw.start), UInt32(truncatingIfNeeded: raw.end),
                         line: line, column: column)
    }

    /// The UTF-8 range of the token at `index` (< ``count``), read in place.
    @inline(__always)
    func byteRange(_ index: Int) -> Range<Int> { base[index].utf8Range }

    /// The kind of the token at `index` (< ``count``), read in place.
    @inline(__always)
    func kind(_ index: Int) -> TokenKind { base[index].kind }

    /// Splits the word token at `index` at byte offset `seam` (strictly inside it) into two
    /// word tokens, each made as ``append(_:)`` would make it.
    /// - Complexity: O(``count``): later tokens move up by one.
    mutating func split(at index: Int, seam: Int) {
        if count == capacity { grow() }
        let token = base[index]
        let start = token.utf8Range.lowerBound, end = token.utf8Range.upperBound
        // The parts are made like the whole: by the normalizer when the whole is not ASCII.
        // (`.upper` only asks for ASCII lowercasing, which leaves a lowercase part as it is.)
        var flags: RawToken.Flags = [.letter, .upper]
        for offset in start..<end where bytes[offset] >= 0x80 { flags.insert(.nonASCII); break }
        // Scalars in the left part: its offsets and column move the right part's.
        var leftScalars = 0
        for offset in start..<seam where bytes[offset] & 0xC0 != 0x80 { leftScalars += 1 }
        let scalarStart = UInt32(truncatingIfNeeded: token.range.lowerBound)
        let line = UInt32(truncatingIfNeeded: token.line), column = UInt32(truncatingIfNeeded: token.column)
        let middle = scalarStart + UInt32(truncatingIfNeeded: leftScalars)
        (base + index + 2).moveInitialize(from: base + index + 1, count: count - index - 1)   // may overlap
        count += 1
        (base + index).deinitialize(count: 1)
        Self.write(RawToken(start: start, end: seam, kind: .word, flags: flags), to: base + index,
                   bytes: bytes, scanner: scanner, normalizer: normalizer, largeTexts: largeTexts, small: small,
                   scalars: scalarStart, middle, line: line, column: column)
        Self.write(RawToken(start: seam, end: end, kind: .word, flags: flags), to: base + index + 1,
                   bytes: bytes, scanner: scanner, normalizer: normalizer, largeTexts: largeTexts, small: small,
                   scalars: middle, UInt32(truncatingIfNeeded: token.range.upperBound),
                   line: line, column: column + UInt32(truncatingIfNeeded: leftScalars))
    }
}
