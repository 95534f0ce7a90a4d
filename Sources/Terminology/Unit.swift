import Segmentation

/// A word of a sentence as the extractor sees it: a token, or one part of a hyphenated pair of
/// names (`Korut-Rusia` is two units), with the facts the rules ask about.
///
/// A struct of plain bits, so that the rules copy units freely and a document's units cost no
/// allocation each: offsets as 32-bit integers, and two references held without counting — the
/// key's shared ``WordFacts`` (kept by the extractor's ``WordFactsCache``) and the document's
/// text (``DocumentText``, from which ``surface`` is read). Both outlive the units: a
/// ``PreparedDocument`` holds its units, its text and its cache together, and units never leave it.
/// Units are only changed while ``MentionFinder/units(of:text:tables:statistics:places:cache:)``
/// makes them; after that they are read (from any thread), never written.
struct Unit: @unchecked Sendable {
    private var scalarStart: Int32
    private var scalarEnd: Int32
    private var byteStart: Int32
    private var byteEnd: Int32
    /// The document's UTF-8 text (owned by the ``PreparedDocument``).
    private unowned(unsafe) let text: DocumentText
    /// What the tables and the lexicon say about the key (owned by the ``WordFactsCache``).
    unowned(unsafe) let facts: WordFacts
    /// Word, number, punctuation or symbol.
    let kind: TokenKind
    /// First letter uppercase.
    let isCapitalized: Bool
    /// Two or more letters, all uppercase (`PBB`, `NATO`).
    let isAllCaps: Bool
    /// The first word of its sentence (or of a quotation, or of a headline line).
    let isSentenceInitial: Bool
    /// The second part of a split pair of names (`Rusia` in `Korut-Rusia`): a name boundary.
    let followsHyphen: Bool
    /// This word and the next form a listed two-word compound (`luar negeri`).
    var startsCompound = false

    /// Unicode scalar offsets into the document text.
    var range: Range<Int> { Int(scalarStart)..<Int(scalarEnd) }
    /// UTF-8 offsets into the document text.
    var utf8Range: Range<Int> { Int(byteStart)..<Int(byteEnd) }
    /// The surface exactly as written (made from the document's bytes on each access).
    var surface: String { String(decoding: text.bytes[utf8Range], as: UTF8.self) }
    /// Whether the surface holds an uppercase letter anywhere (`KCNA`, `eKTP`), as
    /// `surface.contains(where: \.isUppercase)` says; an ASCII surface is read in place, byte by
    /// byte, without making the string.
    var surfaceHasCapital: Bool {
        var capital = false
        for byte in text.bytes[utf8Range] {
            if byte >= 0x80 { return surface.contains(where: \.isUppercase) }
            if byte >= 0x41 && byte <= 0x5A { capital = true }
        }
        return capital
    }
    /// The matching key (lowercase, typographic folding).
    var key: String { facts.key }
    /// The key without a clitic `-nya` (`nuklirnya` → `nuklir`); equal to `key` otherwise.
    var lemma: String { facts.lemma }
    /// Whether the surface ends in the clitic `-nya` that `lemma` dropped.
    var hasClitic: Bool { facts.hasClitic }
    /// The lexicon's most frequent tag of ``lemma`` (`NN`, `VB`, `NNP` …), nil when unknown.
    var tag: String? { facts.tag }
    /// ``tag`` as one byte (``WordFacts/Tag``): what the rules compare.
    var tagClass: WordFacts.Tag { facts.tagClass }
    /// General-language Zipf frequency of ``key`` (1 when unknown).
    var zipf: Double { facts.zipf }
    /// ``key`` is a stop word.
    var keyIsStop: Bool { facts.keyIsStop }
    /// ``lemma`` is a stop word.
    var lemmaIsStop: Bool { facts.lemmaIsStop }
    /// ``key`` or ``lemma`` names a day or a month.
    var isCalendar: Bool { facts.isCalendar }
    /// ``lemma`` is a judgement adjective (`berat`).
    var isEvaluative: Bool { facts.isEvaluative }
    /// ``lemma`` is a quantity noun (`lusinan`).
    var isQuantifier: Bool { facts.isQuantifier }
    /// An unknown word with a verb prefix (`menuduh`, `dikendalikan`).
    var looksLikeVerb: Bool { facts.looksLikeVerb }
    /// A common word by its affixes and a common stem (`kelautan`, `anggapan`).
    var isDerived: Bool { facts.isDerived }
    /// A verb prefix before a stem the lexicon knows (`bersaudara`; not `Mendur`).
    var hasKnownVerbStem: Bool { facts.hasKnownVerbStem }

    var isWord: Bool { kind == .word }

    /// Whether the key is `character` alone, one ASCII character other than `;`, `` ` `` or `K`
    /// (which other scalars are canonically equivalent to): compared by its bytes, not as strings.
    func keyIs(_ character: Unicode.Scalar) -> Bool {
        facts.keyByte == UInt8(ascii: character)
    }

    /// Whether the table `listing` names lists this unit's key (or lemma, where it says so).
    func listed(as listing: WordFacts.Listing) -> Bool { facts.listings.contains(listing) }

    /// The unit of `text` at `range` (scalars) and `utf8Range` (bytes): `shape` is the shape of
    /// its surface, `facts` those of its key. Each offset is below `Int32.max`. Both references
    /// come uncounted, as the unit keeps them (their owners keep them alive).
    init(range: Range<Int>, utf8Range: Range<Int>, text: Unmanaged<DocumentText>, kind: TokenKind, shape: SurfaceShape,
         initial: Bool, followsHyphen: Bool, facts: Unmanaged<WordFacts>) {
        scalarStart = Int32(range.lowerBound)
        scalarEnd = Int32(range.upperBound)
        byteStart = Int32(utf8Range.lowerBound)
        byteEnd = Int32(utf8Range.upperBound)
        self.text = text.takeUnretainedValue()
        self.facts = facts.takeUnretainedValue()
        self.kind = kind
        isCapitalized = shape.isCapitalized
        isAllCaps = shape.isAllCaps
        isSentenceInitial = initial
        self.followsHyphen = followsHyphen
    }
}
