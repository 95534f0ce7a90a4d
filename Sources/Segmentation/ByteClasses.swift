/// What one ASCII byte is, for the one-pass classification of ICU segments and the sentence
/// shortcut: a table of 128 bit sets, so that a segment's bytes are classified by OR-ing.
///
/// The low 6 bits are ``RawToken/Flags`` (letter, upper, digit, dot, at, slash); the others say
/// whether a byte is visible, a lowercase letter or a symbol, and its Sentence_Break class
/// (asked of ICU once, see ``Segmenter``). Bytes ≥ 0x80 are classified per scalar elsewhere.
struct ByteClasses {
    static let letter: UInt32 = 1 << 0
    static let upper: UInt32 = 1 << 1
    static let digit: UInt32 = 1 << 2
    static let dot: UInt32 = 1 << 3
    static let at: UInt32 = 1 << 4
    static let slash: UInt32 = 1 << 5
    /// Bits that are ``RawToken/Flags`` as they are.
    static let tokenFlags: UInt32 = 0x3F
    static let nonASCII: UInt32 = 1 << 7
    static let lower: UInt32 = 1 << 9
    /// Not ASCII white space.
    static let visible: UInt32 = 1 << 10
    /// `$ + < = > ^ ` | ~`: ASCII symbols (Unicode category S*).
    static let symbol: UInt32 = 1 << 11
    // Sentence_Break classes (UAX #29), see ``SentenceShortcut``.
    static let sentenceTerminator: UInt32 = 1 << 16  // ATerm, STerm
    static let sentenceClose: UInt32 = 1 << 17
    static let sentenceSpace: UInt32 = 1 << 18       // Sp
    static let sentenceIgnored: UInt32 = 1 << 19     // Extend, Format
    static let paragraphSeparator: UInt32 = 1 << 20  // Sep, CR, LF
    static let sentenceOther: UInt32 = 1 << 21
    static let sentenceClasses: UInt32 = 0x3F << 16

    /// The Sentence_Break bit of an ICU mask from `cicu_sentenceBreakMask`.
    static func sentenceClass(mask: UInt8) -> UInt32 {
        switch mask {
        case 1: sentenceTerminator
        case 2: sentenceClose
        case 4: sentenceSpace
        case 8: sentenceIgnored
        case 16: paragraphSeparator
        default: sentenceOther
        }
    }

    /// Not a byte class: set by ``alphanumeric(_:mask:)`` (and the fallback in ``Segmenter``)
    /// when a lowercase letter is directly followed by an uppercase one; ``RawToken/Flags/seam``.
    static let seam: UInt32 = 1 << 8

    /// 256 entries; bytes ≥ 0x80 map to ``nonASCII`` only.
    let table: [UInt32]
    /// The entries of the ASCII lowercase letters, uppercase letters and digits (each the same
    /// for its whole range), for ``alphanumeric(_:mask:)``.
    let lowerLetterClasses: UInt32
    let upperLetterClasses: UInt32
    let digitClasses: UInt32

    /// - Parameter sentenceMask: ICU's Sentence_Break mask of an ASCII scalar.
    init(sentenceMask: (UInt8) -> UInt8) {
        var table = [UInt32](repeating: Self.nonASCII, count: 256)
        for byte in 0..<UInt8(128) {
            var bits = Self.sentenceClass(mask: sentenceMask(byte))
            switch byte {
            case 0x61...0x7A: bits |= Self.letter | Self.lower
            case 0x41...0x5A: bits |= Self.letter | Self.upper
            case 0x30...0x39: bits |= Self.digit
            case 0x2E: bits |= Self.dot
            case 0x40: bits |= Self.at
            case 0x2F: bits |= Self.slash
            default: break
            }
            if !(byte == 0x20 || (0x09...0x0D).contains(byte)) { bits |= Self.visible }
            if "$+<=>^`|~".utf8.contains(byte) { bits |= Self.symbol }
            table[Int(byte)] = bits
        }
        self.table = table
        lowerLetterClasses = table[0x61]
        upperLetterClasses = table[0x41]
        digitClasses = table[0x30]
    }

    /// The OR of the ``table`` entries of a segment of 1 to 16 bytes that are all ASCII letters
    /// and digits (most words), with ``seam`` added when a lowercase letter is directly followed
    /// by an uppercase one; nil for any other segment. `words` holds the bytes as
    /// ``SmallASCIIString/loadWords(_:count:)`` packs them, `mask` is
    /// ``SmallASCIIString/byteMask(count:)`` of their count.
    ///
    /// The same result as OR-ing the table byte by byte, without a loop: each class is tested
    /// on all bytes at once (the high bit of each byte of `v + a` and `v + b` differs exactly
    /// for the bytes in a range; no carry crosses a byte since every byte is below 0x80). A
    /// loop over a segment's bytes ends at a point the branch predictor cannot know, about once
    /// per token; this has no branch on the bytes.
    @inline(__always)
    func alphanumeric(_ words: SIMD2<UInt64>, mask: SIMD2<UInt64>) -> UInt32? {
        let high = SIMD2<UInt64>(repeating: 0x8080_8080_8080_8080)
        guard (words.x | words.y) & high.x == 0 else { return nil }
        // In the high bit of each byte: in the range whose ends the two addends give.
        @inline(__always)
        func inRange(_ a: UInt64, _ b: UInt64) -> SIMD2<UInt64> {
            ((words &+ SIMD2(repeating: a)) ^ (words &+ SIMD2(repeating: b))) & high
        }
        let upper = inRange(0x2525_2525_2525_2525, 0x3F3F_3F3F_3F3F_3F3F)   // 0x41–0x5A
        let lower = inRange(0x0505_0505_0505_0505, 0x1F1F_1F1F_1F1F_1F1F)   // 0x61–0x7A
        let digit = inRange(0x4646_4646_4646_4646, 0x5050_5050_5050_5050)   // 0x30–0x39
        let other = mask & high & ~(upper | lower | digit)
        guard other.x | other.y == 0 else { return nil }
        // A lowercase byte's bit moved onto the next byte (byte 7 of `x` onto byte 0 of `y`).
        let seam = (lower.x << 8) & upper.x | ((lower.y << 8) | (lower.x >> 56)) & upper.y
        // Each class taken when its word is not zero, by arithmetic (no branch, no select).
        @inline(__always)
        func ifAny(_ word: UInt64, _ bits: UInt32) -> UInt32 {
            bits & (0 &- UInt32(truncatingIfNeeded: (word | (0 &- word)) >> 63))
        }
        return ifAny(lower.x | lower.y, lowerLetterClasses) | ifAny(upper.x | upper.y, upperLetterClasses)
            | ifAny(digit.x | digit.y, digitClasses) | ifAny(seam, Self.seam)
    }
}

/// The state of the paragraph shortcut for sentence breaks (see
/// ``Segmenter/paragraphSentenceBreaks(_:)``), fed the text in order, one piece at a time.
struct SentenceShortcut {
    /// 0: no terminator pending; 1: after `(STerm | ATerm) Close*`; 2: after its `Sp`;
    /// 3: directly after an ASCII full stop (an ATerm), where a digit continues the sentence
    /// (UAX #29 SB6, `ATerm × Numeric`: `11.000`, `02.45`).
    var state: UInt8 = 0
    /// Whether the current paragraph may hold a boundary before its end.
    var needsICU = false
    var paragraphStart = 0
    /// Start of the run of paragraphs that wait for ICU, or -1.
    var pendingStart = -1
    /// The boundaries found so far (UTF-8 offsets, ascending).
    var breaks: [Int] = []
    /// Boundaries inside the current paragraph found without ICU (UAX #29 SB11 before an ASCII
    /// capital, `kata. Lalu`); moved to ``breaks`` when the paragraph ends without ICU.
    var inner: [Int] = []
    /// The `UText *` over the paragraphs given to ICU, reused; closed by ``close()``.
    var subtext: UnsafeMutableRawPointer?

    /// Feeds the Sentence_Break class of the scalar at byte `offset`; returns true at a
    /// paragraph separator.
    @inline(__always)
    mutating func feed(_ bits: UInt32, at offset: Int) -> Bool {
        switch bits & ByteClasses.sentenceClasses {
        case ByteClasses.sentenceTerminator: state = bits & ByteClasses.dot != 0 ? 3 : 1
        case ByteClasses.sentenceClose:
            if state == 2 { needsICU = true; state = 0 } else if state == 3 { state = 1 }
        case ByteClasses.sentenceSpace: if state & 1 != 0 { state = 2 }
        case ByteClasses.sentenceIgnored: break
        case ByteClasses.paragraphSeparator: return true
        default:
            if state == 3 && bits & ByteClasses.digit != 0 {
                state = 0   // SB6: no boundary inside `11.000`
            } else if state == 2 && bits & ByteClasses.upper != 0 {
                // `(STerm | ATerm) Close* Sp+` before a capital: SB7, SB8 and SB8a do not
                // apply (they need no space, a lowercase letter, SContinue or a terminator), so
                // SB11 breaks here.
                inner.append(offset)
                state = 0
            } else if state != 0 {
                needsICU = true; state = 0
            }
        }
        return false
    }

    /// Feeds one space (`Sp`): the same as ``feedUniform(_:)`` with the classes of U+0020.
    @inline(__always)
    mutating func feedSpace() {
        if state & 1 != 0 { state = 2 }
    }

    /// Feeds a piece all of whose scalars share the classes in `bits` and hold no separator:
    /// only "other" scalars, or only spaces. Returns false when the piece must go scalar by scalar.
    @inline(__always)
    mutating func feedUniform(_ bits: UInt32) -> Bool {
        switch bits & ByteClasses.sentenceClasses {
        case ByteClasses.sentenceOther:
            if state != 0 {
                return false   // a digit or a capital may decide it: see ``feed(_:at:)``
            }
            return true
        case ByteClasses.sentenceSpace:
            if state & 1 != 0 { state = 2 }
            return true
        default:
            return false
        }
    }
}

/// The ASCII members of a set of scalars as a 128-bit mask, so that one-byte tokens are looked
/// up without hashing; ``hasOthers`` says whether the set holds other scalars too.
struct ASCIISet {
    private var low: UInt64 = 0
    private var high: UInt64 = 0
    private(set) var hasOthers = false

    init(_ scalars: Set<Unicode.Scalar>) {
        for scalar in scalars {
            if scalar.isASCII { insert(UInt8(scalar.value)) } else { hasOthers = true }
        }
    }

    /// Adds the ASCII byte `byte`.
    mutating func insert(_ byte: UInt8) {
        if byte < 64 { low |= 1 << UInt64(byte) } else { high |= 1 << UInt64(byte - 64) }
    }

    @inline(__always)
    func contains(_ byte: UInt8) -> Bool {
        byte < 64 ? low & (1 << UInt64(byte)) != 0 : byte < 128 && high & (1 << UInt64(byte &- 64)) != 0
    }
}

/// ``TokenRules`` prepared once per ``Segmenter`` for the byte-level steps.
struct PreparedRules {
    let hyphens: ASCIISet
    let numberJoiners: ASCIISet
    let repeatable: ASCIISet
    /// ASCII punctuation and symbols that no rejoin rule looks at (`,` `;` `(` `)` `"` …):
    /// a token standing next to one of them is left as it is.
    let inert: ASCIISet
    /// The longest abbreviation stem in bytes: longer words are never looked up.
    let longestAbbreviation: Int
    /// The ASCII abbreviation stems of at most 15 bytes, packed.
    let abbreviations: PackedStringSet

    init(_ rules: TokenRules) {
        hyphens = ASCIISet(rules.hyphens)
        numberJoiners = ASCIISet(rules.numberJoiners)
        repeatable = ASCIISet(rules.repeatable)
        let active = rules.hyphens.union(rules.numberJoiners).union(rules.repeatable).union([".", "@", "/", ":"])
        let visible = (UInt8(0x21)..<0x7F).map(Unicode.Scalar.init)
        inert = ASCIISet(Set(visible.filter { !$0.properties.isAlphabetic && !("0"..."9").contains($0) && !active.contains($0) }))
        longestAbbreviation = rules.abbreviations.reduce(0) { max($0, $1.utf8.count) }
        abbreviations = PackedStringSet(rules.abbreviations)
    }
}

/// A set of short ASCII strings (at most 15 bytes) packed into two words each, for lookups
/// without hashing a `String`: open addressing, multiply-shift hash.
struct PackedStringSet {
    private var slots: [SIMD2<UInt64>]
    private let shift: UInt64

    /// The strings of `strings` that are ASCII and at most 15 bytes long.
    init<S: Sequence<String>>(_ strings: S) {
        var keys: [SIMD2<UInt64>] = []
        for string in strings {
            var string = string
            if let key = string.withUTF8({ Self.key($0, 0, $0.count, lowercasing: false) }) { keys.append(key) }
        }
        var bits: UInt64 = 4
        while (1 << bits) < keys.count * 2 { bits += 1 }
        shift = 64 - bits
        slots = Array(repeating: .zero, count: 1 << bits)
        for key in keys where !contains(key) {
            var slot = Self.slot(key, shift)
            while slots[slot] != .zero { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = key
        }
    }

    @inline(__always)
    private static func slot(_ key: SIMD2<UInt64>, _ shift: UInt64) -> Int {
        Int(truncatingIfNeeded: ((key.x &* 0x9E37_79B9_7F4A_7C15) ^ (key.y &* 0xC2B2_AE3D_27D4_EB4F)) >> shift)
    }

    @inline(__always)
    func contains(_ key: SIMD2<UInt64>) -> Bool {
        var slot = Self.slot(key, shift)
        while true {
            let found = slots[slot]
            if found == key { return true }
            if found == .zero { return false }
            slot = (slot + 1) & (slots.count - 1)
        }
    }

    /// The bytes `[start, end)` packed (optionally ASCII-lowercased) with their length in the
    /// top byte, or nil when they are empty, longer than 15 bytes or not ASCII.
    @inline(__always)
    static func key(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, lowercasing: Bool) -> SIMD2<UInt64>? {
        let length = end - start
        guard length > 0, length <= 15 else { return nil }
        var words = SmallASCIIString.words(of: bytes, start, end)
        if (words.x | words.y) & 0x8080_8080_8080_8080 != 0 { return nil }
        if lowercasing { words = SmallASCIIString.lowercased(words) }
        words.y |= UInt64(length) << 56
        return words
    }
}
