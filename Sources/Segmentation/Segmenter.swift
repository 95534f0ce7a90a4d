@_implementationOnly import CICU

/// Splits text into sentences and tokens with ICU break iterators, then rejoins what ICU
/// splits but a reader keeps whole.
///
/// The pipeline over the UTF-8 bytes of one document (no copy to UTF-16):
/// 1. ICU word breaks (`ubrk_open(UBRK_WORD, locale)` over `utext_openUTF8`), rule status kept:
///    `≥ 100` is word-like (ICU tags `Pilpres2024` as a number), the rest is punctuation or space;
/// 2. a rejoin pass driven by ``TokenRules``: hyphen compounds and reduplication (`Jong-un`,
///    `barang-barang`, `e-KTP`), number runs (`19/6/2024`), URLs and e-mail addresses,
///    abbreviations with their full stop (`Jl.`), repeated punctuation (`...`); a dotted word
///    stays whole only when it is a domain (`fin.co.id`) or a known abbreviation (`a.n`);
/// 3. glued words (`PyongyangKorea`) split at a lower→upper seam when both halves occur on
///    their own in the same document, reported as a ``SegmentationFinding``;
/// 4. keys for every token (``Normalizer``), Unicode scalar offsets, lines and columns;
/// 5. ICU sentence breaks, corrected: no break after an abbreviation such as `Dr.`.
///
/// Not thread-safe (it owns ICU break iterators): use one `Segmenter` per thread.
/// - Complexity: O(n) in the length of the text.
public final class Segmenter {
    /// The locale passed to ICU (`id`; ICU has no Indonesian rules and uses the root rules).
    public let locale: String
    /// The rejoin data.
    public let rules: TokenRules
    /// The normalizer that makes every token's keys.
    public let normalizer: Normalizer

    private let wordIterator: OpaquePointer      // UBreakIterator *
    private let sentenceIterator: OpaquePointer  // UBreakIterator *

    /// Opens ICU word and sentence break iterators for `locale`.
    /// - Throws: ``SegmentationError/icu(_:)`` when ICU cannot open them.
    public init(locale: String = "id", rules: TokenRules = TokenRules()) throws(SegmentationError) {
        self.locale = locale
        self.rules = rules
        self.normalizer = try Normalizer()
        var status = U_ZERO_ERROR
        let word = cicu_ubrk_open(cicu_ubrk_word(), locale, nil, 0, &status)
        if let error = icuError("ubrk_open", status) { throw .icu(error) }
        let sentence = cicu_ubrk_open(cicu_ubrk_sentence(), locale, nil, 0, &status)
        if let error = icuError("ubrk_open", status) {
            if let word { cicu_ubrk_close(word) }
            throw .icu(error)
        }
        guard let word, let sentence else {
            throw .icu(ICUError(function: "ubrk_open", code: 1, name: "U_ILLEGAL_ARGUMENT_ERROR"))
        }
        wordIterator = word
        sentenceIterator = sentence
    }

    deinit {
        cicu_ubrk_close(wordIterator)
        cicu_ubrk_close(sentenceIterator)
    }

    /// Segments a decoded source text into a ``Document``.
    public func document(_ source: SourceText) throws(SegmentationError) -> Document {
        try document(source.text, id: source.id, replacements: source.replacements)
    }

    /// Segments `text` into a ``Document`` with the given id.
    ///
    /// - Parameter replacements: where lossy decoding replaced bytes (reported as findings).
    /// - Throws: ``SegmentationError/icu(_:)`` when an ICU call fails.
    public func document(_ text: String, id: String, replacements: [SourceLocation] = []) throws(SegmentationError) -> Document {
        let original = text
        var text = text
        let result: Result<Document, SegmentationError> = text.withUTF8 { bytes in
            do throws(SegmentationError) {
                return .success(try segment(bytes, text: original, id: id, replacements: replacements))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    // MARK: the pipeline

    private func segment(_ bytes: UnsafeBufferPointer<UInt8>, text: String, id: String,
                         replacements: [SourceLocation]) throws(SegmentationError) -> Document {
        var status = U_ZERO_ERROR
        let utext = bytes.withMemoryRebound(to: CChar.self) {
            cicu_utext_openUTF8(nil, $0.baseAddress, Int64($0.count), &status)
        }
        if let error = icuError("utext_openUTF8", status) { throw .icu(error) }
        defer { _ = cicu_utext_close(utext) }

        cicu_ubrk_setUText(wordIterator, utext, &status)
        if let error = icuError("ubrk_setUText", status) { throw .icu(error) }
        let scanner = ByteScanner(bytes: bytes, rules: rules)
        let raw = wordBreaks(scanner)
        var (joined, sentenceHints) = scanner.rejoin(raw)
        var findings = replacements.map {
            SegmentationFinding(kind: .invalidBytesReplaced, location: $0, message: "invalid UTF-8 replaced with U+FFFD")
        }
        let splits = scanner.splitGluedWords(&joined)

        cicu_ubrk_setUText(sentenceIterator, utext, &status)
        if let error = icuError("ubrk_setUText", status) { throw .icu(error) }
        let breaks = sentenceBreaks()

        // Keys, offsets, lines and columns in one forward walk.
        var cursor = ScalarCursor(bytes: bytes)
        var tokens: [Token] = []
        tokens.reserveCapacity(joined.count)
        for rawToken in joined {
            cursor.advance(to: rawToken.start)
            let line = cursor.line, column = cursor.column, start = cursor.scalar
            cursor.advance(to: rawToken.end)
            let surface = String(decoding: UnsafeBufferPointer(rebasing: bytes[rawToken.start..<rawToken.end]), as: UTF8.self)
            let key: String
            let foldedKey: String
            if rawToken.flags.contains(.nonASCII) {
                key = normalizer.key(utf8: UnsafeBufferPointer(rebasing: bytes[rawToken.start..<rawToken.end]))
                foldedKey = normalizer.accentFoldedKey(key)
            } else {
                key = rawToken.flags.contains(.upper) ? scanner.asciiLowercased(rawToken.start, rawToken.end)! : surface
                foldedKey = key
            }
            tokens.append(Token(
                surface: surface,
                key: key,
                foldedKey: foldedKey,
                kind: rawToken.kind,
                range: start..<cursor.scalar,
                utf8Range: rawToken.start..<rawToken.end,
                line: line, column: column))
        }
        for split in splits {
            let token = tokens[split.tokenIndex]
            findings.append(SegmentationFinding(
                kind: .gluedWordsSplit,
                location: SourceLocation(file: id, line: token.line, column: token.column),
                message: "split glued words '\(split.glued)' at the case change"))
        }
        findings.sort { ($0.location.line, $0.location.column) < ($1.location.line, $1.location.column) }

        let sentences = Self.sentences(tokens: tokens, raw: joined, breaks: breaks, hints: sentenceHints,
                                       scanner: scanner)
        return Document(id: id, text: text, tokens: tokens, sentences: sentences, findings: findings)
    }

    /// Step 1: ICU word segments without white space, classified by rule status and content.
    private func wordBreaks(_ scanner: ByteScanner) -> [RawToken] {
        let iterator = wordIterator
        var raw: [RawToken] = []
        raw.reserveCapacity(scanner.bytes.count / 5)
        var start = Int(cicu_ubrk_first(iterator))
        let done = cicu_ubrk_done()
        while true {
            let end = cicu_ubrk_next(iterator)
            if end == done { break }
            let status = cicu_ubrk_getRuleStatus(iterator)
            if let token = scanner.classify(start, Int(end), wordLike: status >= 100) { raw.append(token) }
            start = Int(end)
        }
        return raw
    }

    /// Step 5a: ICU sentence boundaries as UTF-8 byte offsets.
    private func sentenceBreaks() -> [Int] {
        let iterator = sentenceIterator
        var breaks: [Int] = []
        _ = cicu_ubrk_first(iterator)
        let done = cicu_ubrk_done()
        while true {
            let next = cicu_ubrk_next(iterator)
            if next == done { break }
            breaks.append(Int(next))
        }
        return breaks
    }

    /// Step 5b: group tokens into sentences at the corrected boundaries.
    private static func sentences(tokens: [Token], raw: [RawToken], breaks: [Int], hints: [Int],
                                  scanner: ByteScanner) -> [Sentence] {
        var boundaries: [Int] = []
        boundaries.reserveCapacity(breaks.count + hints.count)
        var tokenIndex = 0
        for boundary in breaks {
            // The last token before the boundary decides whether ICU was fooled by an abbreviation.
            while tokenIndex < raw.count && raw[tokenIndex].end <= boundary { tokenIndex += 1 }
            let last = tokenIndex - 1
            if last >= 0, raw[last].isAbbreviation, tokenIndex < raw.count,
               !scanner.keepsSentenceEnd(after: raw[last], before: raw[tokenIndex]) {
                continue
            }
            boundaries.append(boundary)
        }
        if !hints.isEmpty {
            boundaries.append(contentsOf: hints)
            boundaries.sort()
        }

        var sentences: [Sentence] = []
        var first = 0
        var boundaryIndex = 0
        func close(_ end: Int) {
            guard first < end else { return }
            // A "sentence" of punctuation alone (`.` before `Ini kalimat`) joins its neighbour.
            if !tokens[first..<end].contains(where: { $0.kind.isWordLike }) {
                if end < tokens.count { return }
                if let last = sentences.popLast() { first = last.tokenRange.lowerBound }
            }
            let a = tokens[first], b = tokens[end - 1]
            sentences.append(Sentence(tokenRange: first..<end, range: a.range.lowerBound..<b.range.upperBound,
                                      utf8Range: a.utf8Range.lowerBound..<b.utf8Range.upperBound,
                                      line: a.line, column: a.column))
            first = end
        }
        for (index, token) in tokens.enumerated() {
            var crossed = false
            while boundaryIndex < boundaries.count && boundaries[boundaryIndex] <= token.utf8Range.lowerBound {
                boundaryIndex += 1
                crossed = true
            }
            if crossed { close(index) }
        }
        close(tokens.count)
        return sentences
    }
}

/// A token before keys and offsets are made: a byte span, a kind and what its bytes hold.
struct RawToken {
    /// What the bytes of a token hold, noted in the one pass that classifies them.
    struct Flags: OptionSet {
        let rawValue: UInt16
        static let letter = Flags(rawValue: 1 << 0)
        static let upper = Flags(rawValue: 1 << 1)
        static let digit = Flags(rawValue: 1 << 2)
        static let dot = Flags(rawValue: 1 << 3)
        static let at = Flags(rawValue: 1 << 4)
        static let slash = Flags(rawValue: 1 << 5)
        static let hyphen = Flags(rawValue: 1 << 6)
        static let nonASCII = Flags(rawValue: 1 << 7)
        /// A lowercase letter directly followed by an uppercase one (`PyongyangKorea`, `WhatsApp`).
        static let seam = Flags(rawValue: 1 << 8)
    }

    var start: Int
    var end: Int
    var kind: TokenKind
    var flags: Flags = []
    /// A word that took its full stop as a known abbreviation (`Jl.`).
    var isAbbreviation = false
}

/// A glued token split in two; `tokenIndex` is the index of its left part.
struct GluedSplit {
    var tokenIndex: Int
    var glued: String
}

/// Walks UTF-8 bytes forward, counting Unicode scalars, lines and columns.
struct ScalarCursor {
    let bytes: UnsafeBufferPointer<UInt8>
    var byte = 0
    var scalar = 0
    var line = 1
    var column = 1

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    mutating func advance(to target: Int) {
        while byte < target {
            let b = bytes[byte]
            if b & 0xC0 != 0x80 {
                scalar += 1
                if b == 0x0A || (b == 0x0D && (byte + 1 >= bytes.count || bytes[byte + 1] != 0x0A)) {
                    line += 1
                    column = 1
                } else if b != 0x0D {
                    column += 1
                }
            }
            byte += 1
        }
    }
}
