/// The byte-level steps of ``Segmenter``: classifying ICU segments, the rejoin pass and the
/// glued-word split. Works on the document's UTF-8 bytes; creates no strings on the hot path.
///
/// A class, made once per document: the single pass calls it once per cluster of tokens,
/// and a struct holding the rules would be copied (a retain and release per set) each time.
final class ByteScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    let rules: TokenRules
    let prepared: PreparedRules

    init(bytes: UnsafeBufferPointer<UInt8>, rules: TokenRules, prepared: PreparedRules) {
        self.bytes = bytes
        self.rules = rules
        self.prepared = prepared
    }

    // MARK: scalars

    /// The scalar starting at byte `index` and its length in bytes (U+FFFD for a broken sequence).
    func scalar(at index: Int) -> (Unicode.Scalar, Int) {
        Self.scalar(at: index, in: bytes)
    }

    /// The scalar starting at byte `index` of `bytes` and its length in bytes (U+FFFD for a broken sequence).
    static func scalar(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (Unicode.Scalar, Int) {
        let b0 = bytes[index]
        if b0 < 0x80 { return (Unicode.Scalar(b0), 1) }
        var length = 1
        var value: UInt32
        switch b0 {
        case 0xC0..<0xE0: length = 2; value = UInt32(b0 & 0x1F)
        case 0xE0..<0xF0: length = 3; value = UInt32(b0 & 0x0F)
        case 0xF0..<0xF8: length = 4; value = UInt32(b0 & 0x07)
        default: return ("\u{FFFD}", 1)
        }
        guard index + length <= bytes.count else { return ("\u{FFFD}", 1) }
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// The scalars of a byte span.
    func scalars(_ start: Int, _ end: Int) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        var index = start
        while index < end {
            let (scalar, length) = scalar(at: index)
            result.append(scalar)
            index += length
        }
        return result
    }

    /// The token's single scalar when it is exactly one scalar long.
    func single(_ token: RawToken) -> Unicode.Scalar? {
        let (scalar, length) = scalar(at: token.start)
        return token.start + length == token.end ? scalar : nil
    }

    /// The bytes of a span as a string (no validation or copy beyond the string's own for ASCII).
    @inline(__always)
    func string(_ start: Int, _ end: Int) -> String {
        let count = end - start
        guard count > 0, let base = bytes.baseAddress else { return "" }
        return String(unsafeUninitializedCapacity: count) { out in
            out.baseAddress!.update(from: base + start, count: count)
            return count
        }
    }

    /// The ASCII-lowercased bytes of a span as a string, or nil when the span is not ASCII.
    func asciiLowercased(_ start: Int, _ end: Int) -> String? {
        for index in start..<end where bytes[index] >= 0x80 { return nil }
        return String(unsafeUninitializedCapacity: end - start) { out in
            for index in start..<end {
                let byte = bytes[index]
                out[index - start] = (byte >= 0x41 && byte <= 0x5A) ? byte | 0x20 : byte
            }
            return end - start
        }
    }

    /// The surface and key of an ASCII token: its bytes, and their ASCII lowercasing when it
    /// holds a capital (else the surface itself). With `small`, tokens of at most 15 bytes
    /// are made by ``SmallASCIIString``.
    @inline(__always)
    func asciiSurfaceAndKey(_ token: RawToken, small: Bool) -> (String, String) {
        let count = token.end - token.start
        if small && count <= SmallASCIIString.capacity {
            let words = SmallASCIIString.words(of: bytes, token.start, token.end)
            let surface = SmallASCIIString.make(words, count: count)
            return (surface, token.flags.contains(.upper) ? SmallASCIIString.make(SmallASCIIString.lowercased(words), count: count) : surface)
        }
        let surface = string(token.start, token.end)
        return (surface, token.flags.contains(.upper) ? asciiLowercasedUnchecked(token.start, token.end) : surface)
    }

    /// The ASCII-lowercased bytes of a span known to be ASCII, as a string.
    @inline(__always)
    func asciiLowercasedUnchecked(_ start: Int, _ end: Int) -> String {
        String(unsafeUninitializedCapacity: end - start) { out in
            for index in start..<end {
                let byte = bytes[index]
                out[index - start] = (byte >= 0x41 && byte <= 0x5A) ? byte | 0x20 : byte
            }
            return end - start
        }
    }

    func contains(_ token: RawToken, _ byte: UInt8) -> Bool {
        for index in token.start..<token.end where bytes[index] == byte { return true }
        return false
    }

    // MARK: step 1: classification

    /// The kind and character flags of the ICU segment `[start, end)`, or nil for white space.
    ///
    /// One pass over the bytes: ASCII is decided from the byte alone, other scalars from their
    /// Unicode properties. The flags spare later steps another look at the bytes.
    func classify(_ start: Int, _ end: Int, wordLike: Bool) -> RawToken? {
        var flags: RawToken.Flags = []
        var previousIsLower = false
        var firstVisible: Unicode.Scalar?
        var index = start
        while index < end {
            let byte = bytes[index]
            if byte >= 0x61 && byte <= 0x7A {
                flags.insert(.letter); previousIsLower = true; index += 1; continue
            }
            if byte >= 0x41 && byte <= 0x5A {
                flags.formUnion(previousIsLower ? [.letter, .upper, .seam] : [.letter, .upper])
                previousIsLower = false; index += 1; continue
            }
            previousIsLower = false
            if byte < 0x80 {
                switch byte {
                case 0x30...0x39: flags.insert(.digit)
                case 0x2E: flags.insert(.dot)
                case 0x40: flags.insert(.at)
                case 0x2F: flags.insert(.slash)
                case 0x20, 0x09...0x0D: index += 1; continue
                default: break
                }
                if firstVisible == nil { firstVisible = Unicode.Scalar(byte) }
                index += 1
                continue
            }
            let (scalar, length) = self.scalar(at: index)
            index += length
            flags.insert(.nonASCII)
            let classes = ScalarClasses.of(scalar)
            if classes & ScalarClasses.space != 0 { continue }
            if firstVisible == nil { firstVisible = scalar }
            if classes & ScalarClasses.alphabetic != 0 {
                flags.insert(.letter)
                if classes & ScalarClasses.uppercase != 0 {
                    flags.insert(previousIsLower ? [.upper, .seam] : [.upper])
                } else {
                    previousIsLower = classes & ScalarClasses.lowercase != 0
                }
            }
        }
        if flags.contains(.letter) {
            var token = RawToken(start: start, end: end, kind: .word, flags: flags)
            if flags.contains(.digit), isCurrencyAmount(start, end) { token.kind = .number }
            return token
        }
        if wordLike || flags.contains(.digit) { return RawToken(start: start, end: end, kind: .number, flags: flags) }
        guard let firstVisible else { return nil }
        if firstVisible.isASCII {
            // ASCII symbols (Unicode category S*): $ + < = > ^ ` | ~
            let kind: TokenKind = "$+<=>^`|~".unicodeScalars.contains(firstVisible) ? .symbol : .punctuation
            return RawToken(start: start, end: end, kind: kind, flags: flags)
        }
        switch firstVisible.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return RawToken(start: start, end: end, kind: .punctuation, flags: flags)
        default:
            return RawToken(start: start, end: end, kind: .symbol, flags: flags)
        }
    }

    /// `Rp1.500,00`: a listed currency prefix of letters glued to an amount.
    func isCurrencyAmount(_ start: Int, _ end: Int) -> Bool {
        var index = start
        while index < end, Self.isASCIILetter(bytes[index]) || bytes[index] == 0x24 { index += 1 }
        guard index > start, index < end, (0x30...0x39).contains(bytes[index]),
              let prefix = asciiLowercased(start, index) else { return false }
        return rules.currencyPrefixes.contains(prefix)
    }

    @inline(__always) static func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
    @inline(__always) static func isASCIIUpper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
    @inline(__always) static func isASCIILower(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }
    @inline(__always) static func isASCIISpace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }

    /// White space, including no-break spaces and the invisible characters that act as one.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace || scalar == "\u{200B}" || scalar == "\u{FEFF}" || scalar == "\u{2060}"
    }

    // MARK: step 2: rejoin

    /// Glues back what ICU split but a reader keeps whole, appending the tokens to `out` and
    /// extra sentence boundaries (byte offsets) to `hints` where a dotted word was split
    /// (`pertama.Ini`).
    ///
    /// - Parameters:
    ///   - raw: one cluster of tokens written without space between them, or any sequence
    ///     of such clusters (no rule joins across a gap).
    ///   - next: the first token after `raw`, or nil at the end of the text (an abbreviation's
    ///     full stop at the end of `raw` looks at it).
    func rejoin(_ raw: UnsafeBufferPointer<RawToken>, next: RawToken?, into out: inout RawTokenList, hints: inout [Int]) {
        let count = raw.count
        func adjacent(_ a: Int, _ b: Int) -> Bool { b < count && raw[a].end == raw[b].start }
        /// Whether token `index` is one scalar of `set`; `ascii` holds the set's ASCII members,
        /// so a one-byte token (always ASCII in valid UTF-8) is looked up without hashing.
        func isScalar(_ index: Int, _ ascii: ASCIISet, _ set: Set<Unicode.Scalar>) -> Bool {
            guard index < count else { return false }
            let token = raw[index]
            if token.end - token.start == 1 { return ascii.contains(bytes[token.start]) }
            return ascii.hasOthers && single(token).map(set.contains) == true
        }
        /// Whether token `index` is exactly the ASCII character `byte`.
        func isByte(_ index: Int, _ byte: UInt8) -> Bool {
            index < count && raw[index].end - raw[index].start == 1 && bytes[raw[index].start] == byte
        }
        /// The index after the run of tokens written without space from `index`, trailing
        /// sentence punctuation excluded.
        func runEnd(from index: Int) -> Int {
            var end = index + 1
            while end < count && raw[end - 1].end == raw[end].start { end += 1 }
            while end > index + 1, raw[end - 1].kind == .punctuation,
                  let scalar = single(raw[end - 1]), ".,;:!?)]}\"'”’".unicodeScalars.contains(scalar) {
                end -= 1
            }
            return end
        }

        var i = 0
        while i < count {
            // Nothing below applies to most tokens: those that are no dotted word and stand apart
            // from the next token, or next to one byte that no rule looks at (`kata,`), or are
            // such a byte themselves (`(`). They are found in one scan and copied as a run.
            let run = { () -> Int in
                let inert = prepared.inert
                var k = i
                while k < count {
                    let token = raw[k]
                    if token.kind == .word && token.flags.contains(.dot) { break }
                    if k + 1 < count && raw[k + 1].start == token.end {
                        let next = raw[k + 1]
                        guard next.end - next.start == 1 && inert.contains(bytes[next.start])
                                || token.end - token.start == 1 && token.kind == .punctuation && inert.contains(bytes[token.start])
                        else { break }
                    }
                    k += 1
                }
                if k > i { out.append(contentsOf: UnsafeBufferPointer(rebasing: raw[i..<k])) }
                return k
            }()
            if run > i {   // copied in one piece above
                i = run
                if i == count { break }
            }
            var token = raw[i]
            var j = i + 1
            if token.kind.isWordLike {
                if adjacent(i, j), isByte(j, 0x3A), adjacent(j, j + 1), isByte(j + 1, 0x2F),
                   let scheme = asciiLowercased(token.start, token.end), rules.urlSchemes.contains(scheme) {
                    j = runEnd(from: i)
                    token = RawToken(start: token.start, end: raw[j - 1].end, kind: .word, flags: [.letter, .slash])
                } else {
                    while j < count {
                        if token.end == raw[j].start, j + 1 < count, adjacent(j, j + 1), raw[j + 1].kind.isWordLike {
                            if isScalar(j, prepared.hyphens, rules.hyphens), !(token.kind == .number && raw[j + 1].kind == .number) {
                                token.end = raw[j + 1].end
                                token.flags.formUnion(raw[j + 1].flags.union(.hyphen))
                                if raw[j + 1].kind == .word { token.kind = .word }
                                j += 2
                                continue
                            }
                            if token.kind == .number, raw[j + 1].kind == .number, isScalar(j, prepared.numberJoiners, rules.numberJoiners) {
                                token.end = raw[j + 1].end
                                j += 2
                                continue
                            }
                            if token.kind == .word, isByte(j, 0x40), raw[j + 1].flags.contains(.dot) {
                                token.end = raw[j + 1].end
                                token.flags.formUnion(raw[j + 1].flags.union(.at))
                                j += 2
                                continue
                            }
                        }
                        break
                    }
                    if j < count, token.end == raw[j].start, token.flags.contains(.dot), isByte(j, 0x2F), isDomain(token) {
                        j = runEnd(from: j - 1)
                        token.end = raw[j - 1].end
                        token.flags.insert(.slash)
                    }
                }
                if token.kind == .word, token.flags.contains(.dot), !token.flags.contains(.at),
                   !token.flags.contains(.slash), !keepsDots(token) {
                    splitDotted(token, into: &out, hints: &hints)
                    i = j
                    continue
                }
                if token.kind == .word, j < count, token.end == raw[j].start, isByte(j, 0x2E),
                   !(j + 1 < count && raw[j].end == raw[j + 1].start), isAbbreviation(token.start, token.end),
                   takesFullStop(token, before: j + 1 < count ? raw[j + 1] : next, dot: raw[j]) {
                    token.end = raw[j].end
                    token.isAbbreviation = true
                    j += 1
                }
            } else if token.kind == .punctuation, token.end - token.start == 1 {
                // One ASCII character (the common case: `.`, `,`): compare bytes.
                let byte = bytes[token.start]
                if prepared.repeatable.contains(byte) {
                    while j < count, raw[j - 1].end == raw[j].start, raw[j].end - raw[j].start == 1, bytes[raw[j].start] == byte {
                        token.end = raw[j].end
                        j += 1
                    }
                }
            } else if token.kind == .punctuation, prepared.repeatable.hasOthers, let scalar = single(token), rules.repeatable.contains(scalar) {
                while j < count, raw[j - 1].end == raw[j].start, single(raw[j]) == scalar {
                    token.end = raw[j].end
                    j += 1
                }
            }
            out.append(token)
            i = j
        }
    }

    /// Whether a word token is a domain name: dotted, its last label a known top-level domain.
    func isDomain(_ token: RawToken) -> Bool {
        guard contains(token, 0x2E), let lower = asciiLowercased(token.start, token.end) else { return false }
        let labels = lower.split(separator: ".", omittingEmptySubsequences: false)
        return labels.count >= 2 && !labels.contains(where: \.isEmpty) && rules.topLevelDomains.contains(String(labels.last!))
    }

    /// Whether a dotted word stays whole: a domain, a dotted abbreviation (`a.n`), or initials (`U.S`).
    func keepsDots(_ token: RawToken) -> Bool {
        if isDomain(token) { return true }
        guard let lower = asciiLowercased(token.start, token.end) else { return false }
        if rules.abbreviations.contains(lower) { return true }
        return lower.split(separator: ".").allSatisfy { $0.count == 1 }
    }

    /// Whether `[start, end)` is an abbreviation that takes a full stop: a listed stem, or a
    /// single capital letter (an initial, `B.` in `Susilo B. Yudhoyono`).
    func isAbbreviation(_ start: Int, _ end: Int) -> Bool {
        if end - start == 1 { return bytes[start] >= 0x41 && bytes[start] <= 0x5A }
        if end - start > prepared.longestAbbreviation { return false }
        // A short ASCII word can only equal a short ASCII stem, and those are all packed.
        if let key = PackedStringSet.key(bytes, start, end, lowercasing: true) { return prepared.abbreviations.contains(key) }
        guard let lower = asciiLowercased(start, end) else { return false }
        return rules.abbreviations.contains(lower)
    }

    /// Whether a listed abbreviation keeps the full stop after it here. Not at the end of a line or
    /// of the text (`lapor Tass.`). An acronym written in capitals (`AS.`, `TASS.`, `MoU.`) or a stem
    /// that is an ordinary word too (`sana.`, `tim.`) keeps it only before a lowercase word or a
    /// number, or when it is an honorific (`KH. Mukmin`): acronyms rarely take a dot, and before
    /// a capital such a full stop ends the sentence (`di sana. Kemudian`).
    func takesFullStop(_ token: RawToken, before next: RawToken?, dot: RawToken) -> Bool {
        guard let next else { return false }
        for index in dot.end..<next.start where bytes[index] == 0x0A || bytes[index] == 0x0D { return false }
        guard token.end - token.start >= 2 else { return true }
        let capitalAfterFirst = token.flags.contains(.upper)
            && (token.start + 1..<token.end).contains { Self.isASCIIUpper(bytes[$0]) }
        let stem = asciiLowercased(token.start, token.end)
        // Lowercase or Title case: an abbreviation unless the stem is an ordinary word.
        if !capitalAfterFirst, !(stem.map(rules.ordinaryWordAbbreviations.contains) ?? false) { return true }
        let first = bytes[next.start]
        if Self.isASCIILower(first) || (0x30...0x39).contains(first) { return true }
        guard let stem else { return false }
        return rules.honorifics.contains(stem)
    }

    /// Splits a dotted word that is no domain (`pertama.Ini`) at its dots.
    private func splitDotted(_ token: RawToken, into out: inout RawTokenList, hints: inout [Int]) {
        var start = token.start
        var index = token.start
        func emitWord(_ end: Int) {
            guard start < end else { return }
            let hasLetter = (start..<end).contains { (bytes[$0] | 0x20) >= 0x61 && (bytes[$0] | 0x20) <= 0x7A || bytes[$0] >= 0x80 }
            out.append(RawToken(start: start, end: end, kind: hasLetter ? .word : .number, flags: token.flags.subtracting(.dot)))
        }
        while index < token.end {
            if bytes[index] == 0x2E {
                if isAbbreviation(start, index) {
                    out.append(RawToken(start: start, end: index + 1, kind: .word, flags: token.flags, isAbbreviation: true))
                } else {
                    emitWord(index)
                    out.append(RawToken(start: index, end: index + 1, kind: .punctuation))
                    let after = index + 1
                    if after < token.end, index > start, bytes[after] >= 0x41 && bytes[after] <= 0x5A,
                       bytes[index - 1] >= 0x61 && bytes[index - 1] <= 0x7A {
                        hints.append(after)
                    }
                }
                start = index + 1
            }
            index += 1
        }
        emitWord(token.end)
    }

    // MARK: step 3: glued words

    /// Splits `PyongyangKorea` at a lower→upper seam when both halves occur as words of their own
    /// in the same document; brand names (`WhatsApp`, `YouTube`) stay whole.
    ///
    /// - Parameters:
    ///   - seams: indexes of the written word tokens with a seam (``TokenAssembler/seams``).
    ///   - abbreviations: indexes of abbreviation tokens, moved along with the splits.
    func splitGluedWords(_ tokens: inout TokenWriter, seams: [Int], abbreviations: inout [Int]) -> [GluedSplit] {
        var candidates: [(index: Int, seam: Int, left: Int, right: Int)] = []
        for index in seams {
            let range = tokens.byteRange(index)
            let token = RawToken(start: range.lowerBound, end: range.upperBound, kind: .word)
            var position = token.start
            var partStart = token.start
            var previousIsLower = false
            var seam: Int?
            while position < token.end {
                let byte = bytes[position]
                var length = 1
                var isLower = false, isUpper = false, isBreak = false
                if byte < 0x80 {
                    isLower = Self.isASCIILower(byte)
                    isUpper = Self.isASCIIUpper(byte)
                    isBreak = byte == 0x2D || byte == 0x2E || byte == 0x40 || byte == 0x2F
                } else {
                    let (scalar, scalarLength) = scalar(at: position)
                    length = scalarLength
                    isLower = scalar.properties.isLowercase
                    isUpper = scalar.properties.isUppercase
                    isBreak = rules.hyphens.contains(scalar)
                }
                if isBreak {
                    if let found = seam { candidates.append((index, found, partStart, position)); seam = nil }
                    partStart = position + length
                } else if isUpper, previousIsLower, position + length < token.end, isLowercase(at: position + length) {
                    if let found = seam { candidates.append((index, found, partStart, position)); partStart = found }
                    seam = position
                }
                previousIsLower = isLower
                position += length
            }
            if let found = seam { candidates.append((index, found, partStart, token.end)) }
        }
        guard !candidates.isEmpty else { return [] }
        // Which halves occur as words of their own? Only tokens of a matching length are looked at.
        var wanted = Set<String>()
        for candidate in candidates {
            wanted.insert(lowercased(candidate.left, candidate.seam))
            wanted.insert(lowercased(candidate.seam, candidate.right))
        }
        let lengths = Set(wanted.map(\.utf8.count))
        var shortLengths: UInt64 = 0   // bit n: some wanted half is n bytes long (n < 64)
        for length in lengths where length < 64 { shortLengths |= 1 << UInt64(length) }
        // A short ASCII word can only equal a short ASCII half, and those are all packed:
        // such words are looked up without making a string.
        let packedWanted = PackedStringSet(wanted)
        // The first bytes of the halves that start with ASCII: a word that starts with another
        // ASCII byte cannot lowercase to a half (lowercasing keeps ASCII ASCII).
        var firstBytes = ASCIISet([])
        for half in wanted { if let first = half.utf8.first, first < 0x80 { firstBytes.insert(first) } }
        var seen = Set<String>()
        for index in 0..<tokens.count where tokens.kind(index) == .word {
            let range = tokens.byteRange(index)
            let token = RawToken(start: range.lowerBound, end: range.upperBound, kind: .word)
            let length = token.end - token.start
            guard length < 64 ? shortLengths & (1 << UInt64(length)) != 0 : lengths.contains(length) else { continue }
            let first = bytes[token.start]
            if first < 0x80 && !firstBytes.contains(Self.isASCIIUpper(first) ? first | 0x20 : first) { continue }
            if let key = PackedStringSet.key(bytes, token.start, token.end, lowercasing: true), !packedWanted.contains(key) { continue }
            let word = lowercased(token.start, token.end)
            if wanted.contains(word) { seen.insert(word) }
        }
        var splits: [GluedSplit] = []
        var offset = 0
        for candidate in candidates {
            guard seen.contains(lowercased(candidate.left, candidate.seam)),
                  seen.contains(lowercased(candidate.seam, candidate.right)) else { continue }
            let index = candidate.index + offset
            let range = tokens.byteRange(index)
            guard candidate.seam > range.lowerBound, candidate.seam < range.upperBound else { continue }
            let glued = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
            tokens.split(at: index, seam: candidate.seam)
            for position in abbreviations.indices where abbreviations[position] > index { abbreviations[position] += 1 }
            splits.append(GluedSplit(tokenIndex: index, glued: glued))
            offset += 1
        }
        return splits
    }

    private func isLowercase(at index: Int) -> Bool {
        let byte = bytes[index]
        return byte < 0x80 ? Self.isASCIILower(byte) : scalar(at: index).0.properties.isLowercase
    }

    private func lowercased(_ start: Int, _ end: Int) -> String {
        asciiLowercased(start, end) ?? String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self).lowercased()
    }

    // MARK: step 5: sentence correction

    /// Whether a sentence boundary after the abbreviation `abbreviation` stands: it does after a
    /// line break, or after an abbreviation that may end a sentence (`dll.`) when a capital follows.
    func keepsSentenceEnd(after abbreviation: RawToken, before next: RawToken) -> Bool {
        for index in abbreviation.end..<next.start where bytes[index] == 0x0A || bytes[index] == 0x0D { return true }
        guard let stem = asciiLowercased(abbreviation.start, abbreviation.end - 1) else { return false }
        let (first, _) = scalar(at: next.start)
        return rules.sentenceFinalAbbreviations.contains(stem) && first.properties.isUppercase
    }
}
