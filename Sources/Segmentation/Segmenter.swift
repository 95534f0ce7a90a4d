@_implementationOnly import CICU

/// Splits text into sentences and tokens with ICU break iterators, then rejoins what ICU
/// splits but a reader keeps whole.
///
/// The steps over the UTF-8 bytes of one document:
/// 1. ICU word breaks (`ubrk_open(UBRK_WORD, locale)` over the document converted to UTF-16
///    once, which ICU reads faster than UTF-8 through a `UText`; ICU's UTF-16 offsets are
///    mapped back to UTF-8 offsets, the same for an all-ASCII document), rule status kept:
///    `≥ 100` is word-like (ICU tags `Pilpres2024` as a number), the rest is punctuation or
///    space;
/// 2. rejoining driven by ``TokenRules``: hyphen compounds and reduplication (`Jong-un`,
///    `barang-barang`, `e-KTP`), number runs (`19/6/2024`), URLs and e-mail addresses,
///    abbreviations with their full stop (`Jl.`), repeated punctuation (`...`); a dotted word
///    stays whole only when it is a domain (`fin.co.id`) or a known abbreviation (`a.n`);
/// 3. glued words (`PyongyangKorea`) split at a lower→upper seam when both halves occur on
///    their own in the same document, reported as a ``SegmentationFinding``;
/// 4. keys for every token (``Normalizer``; the accent-folded key is made on access, see
///    ``Token/foldedKey``), Unicode scalar offsets, lines and columns;
/// 5. ICU sentence breaks, corrected: no break after an abbreviation such as `Dr.`. ICU's
///    sentence iterator runs only over the paragraphs whose inner boundaries the shortcut of
///    ``paragraphSentenceBreaks(_:)`` cannot decide from the UAX #29 rules alone.
///
/// Steps 1, 2 and 4 (and the sentence shortcut of step 5) are one pass over ICU's segments:
/// the loop of `wordBreaks` classifies each segment and gives it to a ``TokenAssembler``,
/// which holds it until its cluster (tokens with no space between) ends, rejoins the
/// cluster and has a ``TokenWriter`` make the tokens. Step 3 then runs over the tokens
/// (only when some word has a seam), and step 5b groups them into sentences.
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

    /// The numbers of the long and non-ASCII token texts met so far (see ``LargeTokenCache``).
    private let largeTexts = LargeTokenCache()
    private let wordIterator: OpaquePointer      // UBreakIterator *
    private let sentenceIterator: OpaquePointer  // UBreakIterator *
    /// Whether sentence breaks may take the paragraph shortcut (see ``paragraphSentenceBreaks(_:)``):
    /// only when ICU uses its root sentence rules (no locale tailoring, no suppressions).
    @_spi(Testing) public var usesParagraphShortcut: Bool
    /// Byte classes for step 1 and the sentence shortcut (Sentence_Break asked of ICU once).
    private let byteClasses: ByteClasses
    /// ``rules`` prepared for the byte-level steps.
    private let prepared: PreparedRules
    /// UTF-16 of the current document, given to the word iterator; grows as needed.
    private var utf16Buffer = UnsafeMutablePointer<UInt16>.allocate(capacity: 1)
    private var utf16Capacity = 1
    /// For a document with non-ASCII bytes: the UTF-8 offset of each UTF-16 offset of
    /// ``utf16Buffer`` (one more entry than units); grows as needed.
    private var utf8Offsets = UnsafeMutablePointer<Int32>.allocate(capacity: 1)
    private var utf8OffsetsCapacity = 1

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
        var localeStatus = U_ZERO_ERROR
        let actual = cicu_ubrk_actualLocale(sentence, &localeStatus).map { String(cString: $0) }
        usesParagraphShortcut = cicu_failure(localeStatus) == 0 && actual == "root"
        byteClasses = ByteClasses { cicu_sentenceBreakMask(UChar32($0)) }
        prepared = PreparedRules(rules)
    }

    deinit {
        utf16Buffer.deallocate()
        utf8Offsets.deallocate()
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

    /// ICU's sentence boundaries in `text` (UTF-8 offsets), by one full ICU pass or by the
    /// paragraph shortcut of ``paragraphSentenceBreaks(_:)``; the tests compare the two.
    @_spi(Testing) public func sentenceBoundaries(of text: String, shortcut: Bool) throws(SegmentationError) -> [Int] {
        var text = text
        let result: Result<[Int], SegmentationError> = text.withUTF8 { bytes in
            do throws(SegmentationError) {
                if shortcut { return .success(try paragraphSentenceBreaks(bytes)) }
                var status = U_ZERO_ERROR
                let utext = bytes.withMemoryRebound(to: CChar.self) {
                    cicu_utext_openUTF8(nil, $0.baseAddress, Int64($0.count), &status)
                }
                if let error = icuError("utext_openUTF8", status) { throw .icu(error) }
                defer { _ = cicu_utext_close(utext) }
                return .success(try sentenceBreaks(utext))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    /// The classes of one ASCII segment as the word loop finds them: by
    /// ``ByteClasses/alphanumeric(_:mask:)`` (nil where it does not apply), and by OR-ing the
    /// byte table with ``ByteClasses/seam`` looked for byte by byte; the tests compare the two.
    /// `padding` stands after the segment (the fast path loads 16 bytes and must ignore it).
    @_spi(Testing) public func segmentClasses(_ segment: [UInt8], padding: [UInt8]) -> (fast: UInt32?, table: UInt32) {
        var table: UInt32 = 0
        for (index, byte) in segment.enumerated() {
            table |= byteClasses.table[Int(byte)]
            if index > 0, ByteScanner.isASCIIUpper(byte), ByteScanner.isASCIILower(segment[index - 1]) { table |= ByteClasses.seam }
        }
        let padded = segment + padding
        guard (1...16).contains(segment.count), padded.count >= 16 else { return (nil, table) }
        let fast = padded.withUnsafeBufferPointer { bytes in
            byteClasses.alphanumeric(SmallASCIIString.loadWords(bytes.baseAddress!, count: segment.count),
                                     mask: SmallASCIIString.byteMask(count: segment.count))
        }
        return (fast, table)
    }

    // MARK: the pipeline

    private func segment(_ bytes: UnsafeBufferPointer<UInt8>, text: String, id: String,
                         replacements: [SourceLocation]) throws(SegmentationError) -> Document {
        // ICU offsets are Int32 (and tokens store them as UInt32).
        guard bytes.count <= Int32.max else { throw .tooLarge(file: id, bytes: bytes.count) }
        var status = U_ZERO_ERROR
        let utext = bytes.withMemoryRebound(to: CChar.self) {
            cicu_utext_openUTF8(nil, $0.baseAddress, Int64($0.count), &status)
        }
        if let error = icuError("utext_openUTF8", status) { throw .icu(error) }
        defer { _ = cicu_utext_close(utext) }

        // ICU reads UTF-16 directly and UTF-8 through a UText that converts it in chunks, so
        // the word iterator gets the document as UTF-16, converted once; the boundaries are
        // the same (they are defined on scalars). An all-ASCII document (most news text) is
        // widened byte by byte and ICU's offsets are byte offsets; for the others a table maps
        // each UTF-16 offset back to its UTF-8 offset.
        let asciiDocument = isASCII(bytes)
        var utf8Offsets: UnsafePointer<Int32>?
        if let base = bytes.baseAddress {
            let units: UnsafeMutablePointer<UInt16>, count: Int
            if asciiDocument {
                (units, count) = (asciiUTF16(base, count: bytes.count), bytes.count)
            } else {
                (units, count) = utf16(bytes)
                utf8Offsets = UnsafePointer(self.utf8Offsets)
            }
            cicu_ubrk_setText(wordIterator, units, Int32(count), &status)
            if let error = icuError("ubrk_setText", status) { throw .icu(error) }
        } else {
            cicu_ubrk_setUText(wordIterator, utext, &status)
            if let error = icuError("ubrk_setUText", status) { throw .icu(error) }
        }
        // Steps 1–4, written straight into the document's token array (see ``TokenWriter``).
        let scanner = ByteScanner(bytes: bytes, rules: rules, prepared: prepared)
        var pass: Result<TokenPass, SegmentationError>?   // set by the closure, which runs once
        var tokens = [Token](unsafeUninitializedCapacity: TokenWriter.estimatedCount(bytes: bytes.count)) { storage, initialized in
            let writer = TokenWriter(into: storage, scanner: scanner, normalizer: normalizer,
                                     largeTexts: largeTexts, ascii: asciiDocument)
            pass = tokenPass(scanner, utf8Offsets: utf8Offsets, writer: writer)
            if case .success(let done) = pass { initialized = done.count ?? 0 }
        }
        let done = try pass!.get()
        if let spilled = done.spilled { tokens = spilled }
        let breaks = usesParagraphShortcut ? done.breaks : try sentenceBreaks(utext)
        var findings = replacements.map {
            SegmentationFinding(kind: .invalidBytesReplaced, location: $0, message: "invalid UTF-8 replaced with U+FFFD")
        }
        for split in done.splits {
            let token = tokens[split.tokenIndex]
            findings.append(SegmentationFinding(
                kind: .gluedWordsSplit,
                location: SourceLocation(file: id, line: token.line, column: token.column),
                message: "split glued words '\(split.glued)' at the case change"))
        }
        findings.sort { ($0.location.line, $0.location.column) < ($1.location.line, $1.location.column) }

        let sentences = Self.sentences(tokens: tokens, abbreviations: done.abbreviations, breaks: breaks,
                                       hints: done.hints, scanner: scanner)
        return Document(id: id, text: text, tokens: tokens, sentences: sentences, findings: findings)
    }

    /// What ``tokenPass(_:utf8Offsets:writer:)`` leaves for the rest of ``segment(_:text:id:replacements:)``.
    private struct TokenPass {
        /// The number of tokens in the storage given to the writer, or nil when they are in ``spilled``.
        var count: Int?
        /// The tokens, when they outgrew that storage.
        var spilled: [Token]?
        /// Sentence boundaries from the paragraph shortcut (empty without it).
        var breaks: [Int]
        /// The glued words split (step 3).
        var splits: [GluedSplit]
        /// Indexes of the tokens that took their full stop as an abbreviation, ascending.
        var abbreviations: [Int]
        /// Extra sentence boundaries where a dotted word was split.
        var hints: [Int]
    }

    /// Steps 1–4 in one pass: each ICU segment is classified, rejoined with its neighbours and
    /// written by `writer` as soon as its cluster ends (``TokenAssembler``); then glued words
    /// are split over the written tokens (step 3 needs every word of the document). On failure
    /// the tokens written are destroyed.
    private func tokenPass(_ scanner: ByteScanner, utf8Offsets: UnsafePointer<Int32>?,
                           writer: TokenWriter) -> Result<TokenPass, SegmentationError> {
        var assembler = TokenAssembler(writer: writer, scanner: scanner)
        defer { assembler.deallocate() }   // frees the tokens only if they were not handed over
        do throws(SegmentationError) {
            let breaks = if let utf8Offsets {
                try mappedWordBreaks(scanner, utf8Offsets: utf8Offsets, into: &assembler)
            } else {
                try asciiWordBreaks(scanner, into: &assembler)
            }
            assembler.finish()
            let splits = assembler.seams.isEmpty ? []
                : scanner.splitGluedWords(&assembler.writer, seams: assembler.seams, abbreviations: &assembler.abbreviations)
            let count = assembler.writer.finish()
            return .success(TokenPass(count: count, spilled: count == nil ? assembler.writer.makeArray() : nil,
                                      breaks: breaks, splits: splits,
                                      abbreviations: assembler.abbreviations, hints: assembler.hints))
        } catch {
            return .failure(error)
        }
    }

    /// `count` ASCII bytes widened to UTF-16 in a buffer the segmenter keeps for the next document.
    private func asciiUTF16(_ bytes: UnsafePointer<UInt8>, count: Int) -> UnsafeMutablePointer<UInt16> {
        if utf16Capacity < count {
            utf16Buffer.deallocate()
            utf16Capacity = max(count, utf16Capacity * 2)
            utf16Buffer = .allocate(capacity: utf16Capacity)
        }
        let units = utf16Buffer
        for index in 0..<count { units[index] = UInt16(bytes[index]) }
        return units
    }

    /// The UTF-16 of valid UTF-8 `bytes` in ``utf16Buffer`` and its number of units, with the
    /// UTF-8 offset of every UTF-16 offset (and of the end) in ``utf8Offsets``.
    private func utf16(_ bytes: UnsafeBufferPointer<UInt8>) -> (UnsafeMutablePointer<UInt16>, Int) {
        // A scalar takes at most as many UTF-16 units as UTF-8 bytes.
        if utf16Capacity < bytes.count {
            utf16Buffer.deallocate()
            utf16Capacity = max(bytes.count, utf16Capacity * 2)
            utf16Buffer = .allocate(capacity: utf16Capacity)
        }
        if utf8OffsetsCapacity < bytes.count + 1 {
            utf8Offsets.deallocate()
            utf8OffsetsCapacity = max(bytes.count + 1, utf8OffsetsCapacity * 2)
            utf8Offsets = .allocate(capacity: utf8OffsetsCapacity)
        }
        let units = utf16Buffer, offsets = utf8Offsets
        var index = 0, count = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                offsets[count] = Int32(truncatingIfNeeded: index)
                units[count] = UInt16(byte)
                count += 1
                index += 1
                continue
            }
            let (scalar, length) = ByteScanner.scalar(at: index, in: bytes)
            for unit in scalar.utf16 {
                offsets[count] = Int32(truncatingIfNeeded: index)   // ICU never breaks inside a pair
                units[count] = unit
                count += 1
            }
            index += length
        }
        offsets[count] = Int32(truncatingIfNeeded: bytes.count)
        return (units, count)
    }

    /// ``wordBreaks(_:sentences:utf8Offsets:into:)`` for an all-ASCII document, whose ICU
    /// offsets are byte offsets: a copy of the loop without the offset table.
    @inline(never)
    private func asciiWordBreaks(_ scanner: ByteScanner, into assembler: inout TokenAssembler) throws(SegmentationError) -> [Int] {
        try wordBreaks(scanner, sentences: usesParagraphShortcut, utf8Offsets: nil, into: &assembler)
    }

    /// ``wordBreaks(_:sentences:utf8Offsets:into:)`` for a document with non-ASCII bytes.
    @inline(never)
    private func mappedWordBreaks(_ scanner: ByteScanner, utf8Offsets: UnsafePointer<Int32>,
                                  into assembler: inout TokenAssembler) throws(SegmentationError) -> [Int] {
        try wordBreaks(scanner, sentences: usesParagraphShortcut, utf8Offsets: utf8Offsets, into: &assembler)
    }

    /// Step 1: ICU word segments without white space, classified by content (ICU's rule status
    /// is asked only for segments of neither letters nor digits, the only ones it decides)
    /// and handed to `assembler` (steps 2 and 4). With `sentences`, the same loop feeds the
    /// paragraph shortcut and returns the sentence boundaries of step 5a.
    ///
    /// ASCII segments are classified by OR-ing a table of byte classes; other segments by
    /// ``ByteScanner/classify(_:_:wordLike:)``.
    /// - Parameter utf8Offsets: the UTF-8 offset of each of ICU's offsets, or nil when they are
    ///   the same.
    @inline(__always)
    private func wordBreaks(_ scanner: ByteScanner, sentences: Bool, utf8Offsets: UnsafePointer<Int32>?,
                            into assembler: inout TokenAssembler) throws(SegmentationError) -> [Int] {
        let iterator = wordIterator
        let bytes = scanner.bytes
        var shortcut = SentenceShortcut()
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return shortcut.breaks }
        defer { shortcut.close() }
        _ = cicu_ubrk_first(iterator)
        var start = 0   // ICU's first boundary: the start of the text
        let done = cicu_ubrk_done()
        try byteClasses.table.withUnsafeBufferPointer { table throws(SegmentationError) in
            while true {
                let next = cicu_ubrk_next(iterator)
                if next == done { break }
                let end = if let utf8Offsets { Int(utf8Offsets[Int(next)]) } else { Int(next) }
                if ((end &- start) ^ 1) | Int(base[start] ^ 0x20) == 0 {   // `end - start == 1 && …` in one branch
                    // One space, the commonest segment: no token, a space for the sentence shortcut.
                    if sentences { shortcut.feedSpace() }
                    start = end
                    continue
                }
                var bits: UInt32
                let length = end - start
                let mask = SmallASCIIString.byteMask(count: length)
                if length <= 16, start + 16 <= bytes.count,
                   let classes = byteClasses.alphanumeric(SmallASCIIString.loadWords(base + start, count: length), mask: mask) {
                    bits = classes   // letters and digits only (most words), seam included
                } else {
                    bits = 0
                    for index in start..<end { bits |= table[Int(base[index])] }
                    if bits & (ByteClasses.nonASCII | ByteClasses.lower | ByteClasses.upper) == ByteClasses.lower | ByteClasses.upper {
                        // A lowercase letter directly followed by an uppercase one (`PyongyangKorea`).
                        for index in start + 1 ..< end where ByteScanner.isASCIIUpper(base[index]) && ByteScanner.isASCIILower(base[index - 1]) {
                            bits |= ByteClasses.seam
                            break
                        }
                    }
                }
                if bits & ByteClasses.nonASCII != 0 {
                    if let token = scanner.classify(start, end, wordLike: cicu_ubrk_getRuleStatus(iterator) >= 100) {
                        assembler.take(token)
                    }
                    if sentences { try feedScalars(start, end, bytes, table: table, into: &shortcut) }
                } else {
                    if bits & ByteClasses.visible != 0 {
                        let flags = RawToken.Flags(rawValue: UInt16(truncatingIfNeeded: bits & (ByteClasses.tokenFlags | ByteClasses.seam)))
                        let kind: TokenKind
                        if bits & ByteClasses.letter != 0 {
                            kind = bits & ByteClasses.digit != 0 && scanner.isCurrencyAmount(start, end) ? .number : .word
                        } else if bits & ByteClasses.digit != 0 || cicu_ubrk_getRuleStatus(iterator) >= 100 {
                            kind = .number
                        } else {
                            var first = start
                            while table[Int(base[first])] & ByteClasses.visible == 0 { first += 1 }
                            kind = table[Int(base[first])] & ByteClasses.symbol != 0 ? .symbol : .punctuation
                        }
                        assembler.take(RawToken(start: start, end: end, kind: kind, flags: flags))
                    }
                    if sentences, !shortcut.feedUniform(bits) {
                        if end - start == 1, base[start] != 0x0D {   // one ASCII character: `.`, `(`, LF
                            if shortcut.feed(bits, at: start) { try endParagraph(at: end, bytes, &shortcut) }
                        } else {
                            try feedScalars(start, end, bytes, table: table, into: &shortcut)
                        }
                    }
                }
                start = end
            }
        }
        if sentences { try finishParagraphs(bytes, &shortcut) }
        return shortcut.breaks
    }

    /// Step 5a: ICU sentence boundaries as UTF-8 byte offsets, one full ICU pass over `utext`
    /// (`offset` is added to each). Not inlined, so that profiles show ICU's sentence share.
    @inline(never)
    private func sentenceBreaks(_ utext: UnsafeMutablePointer<UText>?, offset: Int = 0,
                                into breaks: inout [Int]) throws(SegmentationError) {
        var status = U_ZERO_ERROR
        cicu_ubrk_setUText(sentenceIterator, utext, &status)
        if let error = icuError("ubrk_setUText", status) { throw .icu(error) }
        let iterator = sentenceIterator
        _ = cicu_ubrk_first(iterator)
        let done = cicu_ubrk_done()
        while true {
            let next = cicu_ubrk_next(iterator)
            if next == done { break }
            breaks.append(offset + Int(next))
        }
    }

    private func sentenceBreaks(_ utext: UnsafeMutablePointer<UText>?) throws(SegmentationError) -> [Int] {
        var breaks: [Int] = []
        try sentenceBreaks(utext, into: &breaks)
        return breaks
    }

    /// Step 5a, the same boundaries as ``sentenceBreaks(_:)`` with ICU asked only about the
    /// paragraphs where a boundary other than the paragraph's end is possible.
    ///
    /// Two facts of the UAX #29 sentence rules (ICU's root `sent.txt`) make this exact:
    /// - SB4: there is always a boundary after a paragraph separator (Sep, CR, LF; CR LF is
    ///   one), and ICU starts every scan in the same `{bof}` state, so each paragraph breaks
    ///   as if it stood alone (ICU's own safe-reverse rule backs up to a separator for this);
    /// - SB9–SB11: inside a paragraph a boundary can only follow `(STerm | ATerm) Close* Sp*`.
    ///   So a paragraph whose every terminator is followed by nothing but `Close* Sp*`
    ///   (Extend and Format ignored, more terminators allowed) to its end breaks only there.
    /// Two cases inside a paragraph are decided without ICU: an ASCII full stop directly before
    /// an ASCII digit (`11.000`, SB6: no boundary), and `(STerm | ATerm) Close* Sp+` before an
    /// ASCII capital (`kata. Lalu`, `Dr. Ali`: SB11 breaks before the capital; the abbreviation
    /// correction comes later, as for ICU's boundaries).
    /// Every other paragraph (`kata. lalu`, `ya.Lalu`, a terminator before a quote or a
    /// non-ASCII letter) goes through the ICU sentence iterator; runs of such paragraphs go
    /// through it in one piece. Character
    /// classes come from ICU's Sentence_Break property. Used only when ICU reports that it
    /// uses the root rules (``usesParagraphShortcut``); tests compare it with the full pass.
    /// ``document(_:id:replacements:)`` feeds the same state from its word-break loop.
    func paragraphSentenceBreaks(_ bytes: UnsafeBufferPointer<UInt8>) throws(SegmentationError) -> [Int] {
        var shortcut = SentenceShortcut()
        defer { shortcut.close() }
        guard !bytes.isEmpty else { return [] }
        try byteClasses.table.withUnsafeBufferPointer { table throws(SegmentationError) in
            try feedScalars(0, bytes.count, bytes, table: table, into: &shortcut)
        }
        try finishParagraphs(bytes, &shortcut)
        return shortcut.breaks
    }

    /// Feeds the scalars of `[start, end)` to the shortcut one by one, ending paragraphs.
    @inline(never)
    private func feedScalars(_ start: Int, _ end: Int, _ bytes: UnsafeBufferPointer<UInt8>,
                             table: UnsafeBufferPointer<UInt32>, into shortcut: inout SentenceShortcut) throws(SegmentationError) {
        var index = start
        while index < end {
            if index < shortcut.paragraphStart { index += 1; continue }   // the LF of a CR LF already taken
            let offset = index
            let byte = bytes[index]
            let bits: UInt32
            if byte < 0x80 {
                bits = table[Int(byte)]
                index += 1
            } else {
                let (scalar, length) = ByteScanner.scalar(at: index, in: bytes)
                bits = ByteClasses.sentenceClass(mask: cicu_sentenceBreakMask(UChar32(scalar.value)))
                index += length
            }
            if shortcut.feed(bits, at: offset) {
                var paragraphEnd = index
                if byte == 0x0D, paragraphEnd < bytes.count, bytes[paragraphEnd] == 0x0A { paragraphEnd += 1 }
                try endParagraph(at: paragraphEnd, bytes, &shortcut)
            }
        }
    }

    @inline(__always)
    private func endParagraph(at end: Int, _ bytes: UnsafeBufferPointer<UInt8>,
                              _ shortcut: inout SentenceShortcut) throws(SegmentationError) {
        if shortcut.needsICU {
            if shortcut.pendingStart < 0 { shortcut.pendingStart = shortcut.paragraphStart }
        } else {
            try flushICU(until: shortcut.paragraphStart, bytes, &shortcut)
            if !shortcut.inner.isEmpty { shortcut.breaks.append(contentsOf: shortcut.inner) }
            shortcut.breaks.append(end)
        }
        if !shortcut.inner.isEmpty { shortcut.inner.removeAll(keepingCapacity: true) }
        shortcut.paragraphStart = end
        shortcut.state = 0
        shortcut.needsICU = false
    }

    /// Runs ICU's sentence iterator over the waiting paragraphs, `[pendingStart, end)`.
    @inline(__always)
    private func flushICU(until end: Int, _ bytes: UnsafeBufferPointer<UInt8>,
                          _ shortcut: inout SentenceShortcut) throws(SegmentationError) {
        guard shortcut.pendingStart >= 0 else { return }
        try runICU(until: end, bytes, &shortcut)
    }

    @inline(never)
    private func runICU(until end: Int, _ bytes: UnsafeBufferPointer<UInt8>,
                        _ shortcut: inout SentenceShortcut) throws(SegmentationError) {
        let start = shortcut.pendingStart
        guard start >= 0, let base = bytes.baseAddress else { return }
        shortcut.pendingStart = -1
        var status = U_ZERO_ERROR
        let subtext = UnsafeRawPointer(base + start).withMemoryRebound(to: CChar.self, capacity: end - start) {
            cicu_utext_openUTF8(shortcut.subtext?.assumingMemoryBound(to: UText.self), $0, Int64(end - start), &status)
        }
        shortcut.subtext = subtext.map(UnsafeMutableRawPointer.init)
        if let error = icuError("utext_openUTF8", status) { throw .icu(error) }
        try sentenceBreaks(subtext, offset: start, into: &shortcut.breaks)
    }

    private func finishParagraphs(_ bytes: UnsafeBufferPointer<UInt8>, _ shortcut: inout SentenceShortcut) throws(SegmentationError) {
        if shortcut.paragraphStart < bytes.count { try endParagraph(at: bytes.count, bytes, &shortcut) }
        try flushICU(until: bytes.count, bytes, &shortcut)
    }

    /// Step 5b: group tokens into sentences at the corrected boundaries.
    /// - Parameter abbreviations: indexes of the tokens that took their full stop as an
    ///   abbreviation (`Jl.`), ascending.
    private static func sentences(tokens: [Token], abbreviations: [Int], breaks: [Int], hints: [Int],
                                  scanner: ByteScanner) -> [Sentence] {
        // Read in place (a `Token` is 48 bytes; most fields read here are 4).
        tokens.withUnsafeBufferPointer { tokens in
            var boundaries: [Int] = []
            boundaries.reserveCapacity(breaks.count + hints.count)
            func span(_ index: Int) -> RawToken {
                RawToken(start: tokens[index].byteStart, end: tokens[index].byteEnd, kind: tokens[index].kind)
            }
            // The last token ending at or before a boundary decides whether ICU was fooled by an
            // abbreviation: the boundaries from the end of abbreviation `a` up to the end of
            // token `a + 1` are ICU's, dropped unless the sentence really ends there. Both lists
            // are ascending, so one merge finds them without reading the other tokens.
            var breakIndex = 0
            for a in abbreviations where a + 1 < tokens.count {
                let low = tokens[a].byteEnd, high = tokens[a + 1].byteEnd
                while breakIndex < breaks.count && breaks[breakIndex] < low {
                    boundaries.append(breaks[breakIndex])
                    breakIndex += 1
                }
                guard breakIndex < breaks.count, breaks[breakIndex] < high,
                      !scanner.keepsSentenceEnd(after: span(a), before: span(a + 1)) else { continue }
                while breakIndex < breaks.count && breaks[breakIndex] < high { breakIndex += 1 }
            }
            boundaries.append(contentsOf: breaks[breakIndex...])
            if !hints.isEmpty {
                boundaries.append(contentsOf: hints)
                boundaries.sort()
            }

            var sentences: [Sentence] = []
            sentences.reserveCapacity(boundaries.count + 1)
            var first = 0
            func close(_ end: Int) {
                guard first < end else { return }
                // A "sentence" of punctuation alone (`.` before `Ini kalimat`) joins its neighbour.
                if !(first..<end).contains(where: { tokens[$0].kind.isWordLike }) {
                    if end < tokens.count { return }
                    if let last = sentences.popLast() { first = last.tokenRange.lowerBound }
                }
                let a = first, b = end - 1
                sentences.append(Sentence(tokenRange: first..<end, range: tokens[a].range.lowerBound..<tokens[b].range.upperBound,
                                          utf8Range: tokens[a].utf8Range.lowerBound..<tokens[b].utf8Range.upperBound,
                                          line: tokens[a].line, column: tokens[a].column))
                first = end
            }
            // A sentence ends before the first token at or after each boundary.
            var index = 0
            for boundary in boundaries {
                while index < tokens.count && tokens[index].byteStart < boundary { index += 1 }
                if index == tokens.count { break }
                close(index)
            }
            close(tokens.count)
            return sentences
        }
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

extension SentenceShortcut {
    /// Closes the `UText` given to ICU, if any.
    mutating func close() {
        if let subtext { _ = cicu_utext_close(subtext.assumingMemoryBound(to: UText.self)) }
        subtext = nil
    }
}
