import Segmentation

/// Finds the mentions of names, titles and common-noun terms in one document's sentences.
///
/// The rules, each general and driven by ``LanguageTables``:
/// - a **name** is a run of capitalized words; a sentence-initial or headline word joins only with
///   evidence that it is a name elsewhere (capitalized inside sentences, or unknown to the lexicon);
///   connectors (`dan`, `untuk`, `tahun` + year) join inside names headed by an organisation,
///   document or event cue; pairs such as `Korut-Rusia` are split into their parts;
/// - a **title** is an optional pre-head (`wakil`), a head (`presiden`, `juru bicara`), a complement
///   where the head needs one (`kepala Roscosmos`) and modifiers (`Rusia`, `luar negeri`); person-like
///   words after it are a person, and the titled mention is kept as a form of that person;
/// - a **common term** is a noun followed by up to three noun or adjective modifiers, optionally
///   closed by an acronym or place name (`sanksi PBB`), bounded by stop words, verbs and punctuation;
///   a clitic `-nya` ends the term and is dropped from its key.
struct MentionFinder {
    let tables: LanguageTables
    let index: TableIndex
    let statistics: WordStatistics
    let evidence: CaseEvidence
    /// Lowercase keys of place names (`korea utara`).
    let places: Set<String>
    let documentIndex: Int
    /// The document's text, which the mentions' surfaces index.
    let text: DocumentText
    /// The acronyms the document writes inside its sentences (``DocumentEvidence/acronyms``).
    let acronyms: [(key: String, id: Int32)]
    /// The definitions the document makes, by sentence (``DocumentEvidence/definitionUnits``).
    let definitionUnits: [(sentence: Int, found: DefinitionFinder.Found)]
    /// The names the document writes with a company's legal form, found at the first question.
    let legalFormNames: DocumentNameSet
    /// The names the document writes on their own, found at the first question.
    let loneNames: DocumentNameSet
    /// The years the document writes whole after an acronym, by the acronym's key and the year's
    /// last two digits (`uud 45` → `1945` where it writes `UUD 1945`): ``shortYear(_:at:)``.
    let acronymYears: [String: String]

    init(document: PreparedDocument, tables: LanguageTables, tableIndex: TableIndex,
         statistics: WordStatistics, evidence: CaseEvidence, places: Set<String>) {
        self.documentIndex = document.index
        self.tables = tables
        self.index = tableIndex
        self.statistics = statistics
        self.evidence = evidence
        self.places = places
        self.text = document.text
        self.acronyms = document.evidence.acronyms
        self.definitionUnits = document.evidence.definitionUnits
        self.legalFormNames = DocumentNameSet(units: document.units, text: document.text, read: LegalFormNames.names)
        self.loneNames = DocumentNameSet(units: document.units, text: document.text, read: LoneNames.names)
        self.acronymYears = Self.acronymYears(in: document.units.all)
    }

    /// The words of place names (longer than two letters): never part of a person's name.
    static func placeWords(of places: Set<String>) -> Set<String> {
        var words = Set<String>()
        for place in places { for word in place.split(separator: " ") where word.count > 2 { words.insert(String(word)) } }
        return words
    }

    // MARK: units

    /// The units of every sentence of a document, reading their surfaces from `text` (its UTF-8
    /// bytes); `cache` keeps word facts across documents (the same extractor's: the same tables,
    /// statistics and places), with a table of this thread's in front of it. `wordCases` counts
    /// the word units capitalized and not sentence-initial, and those not capitalized (counted
    /// as each sentence is made, while its units are in the cache).
    static func units(of document: Document, text: DocumentText, tables: LanguageTables, statistics: WordStatistics,
                      places: Set<String>, cache: WordFactsCache) -> (units: DocumentUnits, wordCases: (capitalized: Int, lowercase: Int)) {
        cache.withTable { table in
            units(of: document, text: text, tables: tables, statistics: statistics, places: places, cache: cache, table: table)
        }
    }

    private static func units(of document: Document, text: DocumentText, tables: LanguageTables, statistics: WordStatistics,
                              places: Set<String>, cache: WordFactsCache, table: WordFactsTable)
        -> (units: DocumentUnits, wordCases: (capitalized: Int, lowercase: Int)) {
        let lookup = cache.lookup { WordFacts.Lookup(tables: tables, statistics: statistics, places: places) }
        func entry(_ key: String) -> WordFactsCache.Entry {
            cache.entry(of: key) { id in
                let word = Self.facts(of: key, kind: .word, id: id, lookup: lookup)
                // Most keys' word facts are their facts as any token (see `mayDependOnKind(_:)`): one object serves both.
                guard mayDependOnKind(word) else { return WordFactsCache.Entry(word: word, other: word, kindMatters: false) }
                let other = Self.facts(of: key, kind: .symbol, id: id, lookup: lookup)
                return WordFactsCache.Entry(word: word, other: other, kindMatters: !word.isSame(as: other))
            }
        }
        table.beginDocument()
        func facts(_ key: String, _ kind: TokenKind) -> Unmanaged<WordFacts> { table.facts(of: key, kind: kind, shared: entry) }
        /// The facts of `token`'s key, by its bytes where it keeps them inline (no string made).
        func facts(_ token: Token) -> Unmanaged<WordFacts> {
            guard let (words, count) = token.inlineKey else { return facts(token.key, token.kind) }
            return table.facts(ofBytes: words, count: count, kind: token.kind, key: { token.key }, shared: entry)
        }
        // Capitalized words written on their own in this document: the parts a hyphen pair may
        // split into (`Korut-Rusia` when Korut and Rusia stand alone too, but not `Georgia-Pacific`);
        // collected at the first hyphenated token.
        var standalone: StandaloneWords?
        let tokens = document.tokens
        let unmanagedText = Unmanaged.passUnretained(text)
        var capitalized = 0, lowercase = 0
        let units = text.bytes.withUnsafeBufferPointer { bytes in
            func standaloneWords() -> StandaloneWords {
                if let standalone { return standalone }
                let words = StandaloneWords(of: tokens, text: bytes)
                standalone = words
                return words
            }
            // One array for the whole document (a token is one unit, or more where a hyphen pair splits).
            var units: [Unit] = []
            units.reserveCapacity(tokens.count)
            var sentenceEnds: [Int32] = []
            sentenceEnds.reserveCapacity(document.sentences.count)
            // Appends a unit of the sentence starting at `start`, and while both are at hand marks
            // the unit before it as a listed compound's first word (`luar negeri`) and counts its case.
            func add(_ unit: Unit, sentenceStart start: Int) {
                if unit.isWord {
                    if !unit.isCapitalized { lowercase += 1 } else if !unit.isSentenceInitial { capitalized += 1 }
                    if let previous = units.indices.last, previous >= start, units[previous].isWord,
                       units[previous].listed(as: .compoundFirstWord), unit.listed(as: .compoundRestLemma),
                       tables.compounds.contains(units[previous].key + " " + unit.lemma) {
                        units[previous].startsCompound = true
                    }
                }
                units.append(unit)
            }
            for sentence in document.sentences {
                let headline = isHeadline(tokens[sentence.tokenRange], tables: tables)
                // The sentence's units are `units[start...]`.
                let start = units.count
                var initial = true
                // The last token of a word joined across a spaced apostrophe (`Ma ' ruf`).
                var joinedUntil = -1
                for index in sentence.tokenRange where index > joinedUntil {
                    let token = tokens[index]
                    let kind = token.kind, range = token.range, utf8Range = token.utf8Range
                    let shape = token.inlineSurface.map { SurfaceShape(inline: $0.words) } ?? SurfaceShape(in: bytes, range: utf8Range)
                    if kind == .punctuation {
                        let tokenFacts = facts(token)
                        // A new clause starts after an opening quote, a colon or a dash.
                        if tokenFacts._withUnsafeGuaranteedRef({ opensClause(keyByte: $0.keyByte) }) { initial = true }
                        units.append(Unit(range: range, utf8Range: utf8Range, text: unmanagedText, kind: kind, shape: shape,
                                          initial: false, followsHyphen: false, facts: tokenFacts))
                        continue
                    }
                    // `Ma ' ruf`, `Xi ' an`: a word cut at its apostrophe by spaces around it is one word.
                    if kind == .word, index + 2 < sentence.tokenRange.upperBound, apostropheMayFollow(utf8Range.upperBound, in: bytes),
                       let end = apostropheWordEnd(tokens, at: index, text: bytes, statistics: statistics) {
                        let last = tokens[end]
                        let utf8Whole = utf8Range.lowerBound..<last.utf8Range.upperBound
                        add(Unit(range: range.lowerBound..<last.range.upperBound, utf8Range: utf8Whole, text: unmanagedText,
                                 kind: kind, shape: SurfaceShape(in: bytes, range: utf8Whole), initial: initial || headline,
                                 followsHyphen: false, facts: facts(token.key + "'" + last.key, kind)), sentenceStart: start)
                        initial = false
                        joinedUntil = end
                        continue
                    }
                    // Words written without a space between them (a split glued token) are a boundary too.
                    let glued = units.count > start && units[units.count - 1].isWord && units[units.count - 1].range.upperBound == range.lowerBound
                    guard shape.hasHyphen, let parts = parts(of: token, standalone: standaloneWords) else {
                        // One part: the token itself.
                        add(Unit(range: range, utf8Range: utf8Range, text: unmanagedText, kind: kind, shape: shape,
                                 initial: initial || headline, followsHyphen: glued, facts: facts(token)), sentenceStart: start)
                        if kind.isWordLike { initial = false }
                        continue
                    }
                    for part in parts {
                        add(Unit(range: part.range, utf8Range: part.utf8Range, text: unmanagedText, kind: kind,
                                 shape: SurfaceShape(part.surface), initial: initial || headline,
                                 followsHyphen: part.followsHyphen || (glued && part.range.lowerBound == range.lowerBound),
                                 facts: facts(part.key, kind)), sentenceStart: start)
                    }
                    if kind.isWordLike { initial = false }
                }
                sentenceEnds.append(Int32(units.count))
            }
            return DocumentUnits(all: units, sentenceEnds: sentenceEnds)
        }
        return (units, (capitalized, lowercase))
    }

    /// The index of the last token of a capitalized word cut at its apostrophe by spaces (`Ma '
    /// ruf`, `Xi ' an`, `Victoria ' s`; at most one space each side) that starts at `index`, if one
    /// does: the piece after the apostrophe is lowercase, at most three letters, and one letter
    /// (`' s`, `' t`) or no word the lexicon knows but as a name's or a foreign one (not `Aku ' kan`,
    /// `Knicks ' hanya`: a closing quote before a word).
    static func apostropheWordEnd(_ tokens: [Token], at index: Int, text: UnsafeBufferPointer<UInt8>, statistics: WordStatistics) -> Int? {
        let first = tokens[index], mark = tokens[index + 1], piece = tokens[index + 2]
        guard first.isCapitalized, mark.kind == .punctuation, mark.utf8Range.count == 1, text[mark.utf8Range.lowerBound] == 0x27,
              piece.kind == .word, !piece.isCapitalized, piece.utf8Range.count <= 3,
              mark.utf8Range.lowerBound - first.utf8Range.upperBound <= 1, piece.utf8Range.lowerBound - mark.utf8Range.upperBound <= 1,
              piece.utf8Range.count == 1 || statistics.tags[piece.key].map({ $0 == "NNP" || $0 == "FW" }) ?? true else { return nil }
        return index + 2
    }

    /// Whether an apostrophe stands at byte `end` of `text` or one byte after it: what
    /// ``apostropheWordEnd(_:at:text:statistics:)`` needs after a word ending at `end`, asked of
    /// the bytes first (nearly every word fails it) so that the three tokens are read only then.
    @inline(__always)
    static func apostropheMayFollow(_ end: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        (end < text.count && text[end] == 0x27) || (end + 1 < text.count && text[end + 1] == 0x27)
    }

    /// Whether a punctuation key opens a clause whose first word counts as sentence-initial:
    /// an opening quote, a parenthesis, a colon or a dash. The key is given as its
    /// ``WordFacts/keyByte`` (by the byte: no other string is canonically equivalent to one of these characters).
    static func opensClause(keyByte byte: UInt8) -> Bool {
        byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "(")
            || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "-")
    }

    /// A headline: no sentence-final punctuation and most words capitalized (Title Case): of the
    /// words of three bytes or more (at least two), three in four or more capitalized.
    static func isHeadline(_ tokens: ArraySlice<Token>, tables: LanguageTables) -> Bool {
        guard let last = tokens.last else { return false }
        switch last.key {
        case ".", "!", "?", "\"", "...", ")": return false
        default: break
        }
        var words = 0, capitalized = 0
        for token in tokens where token.kind == .word && token.utf8Range.count >= 3 {
            words += 1
            if token.isCapitalized { capitalized += 1 }
        }
        guard words >= 2 else { return false }
        return Double(capitalized) / Double(words) >= 0.75
    }

    /// The parts of a token that splits: a pair of capitalized names joined by a hyphen
    /// (`Korut-Rusia`, `AS-China`: a part of two letters only as an acronym) splits when every part
    /// is written on its own in the document (`standalone`), unless the document also writes
    /// the pieces as one spaced name (`Harley-Davidson` beside `Harley Davidson`);
    /// one name written with a hyphen (`Georgia-Pacific`, `Sistan-Baluchestan`, `Al-Qaeda`,
    /// `El-Shara`), reduplication (`Bangsa-Bangsa`) and lowercase parts (`Jong-un`, `e-KTP`) do not.
    /// Nil when the token stays one unit. `standalone` is asked only for a token whose pieces are
    /// all capitalized.
    static func parts(of token: Token, standalone: () -> StandaloneWords)
        -> [(surface: String, key: String, range: Range<Int>, utf8Range: Range<Int>, followsHyphen: Bool)]? {
        let surface = token.surface
        guard surface.utf8.contains(0x2D), allPiecesMayBeCapitalized(surface) else { return nil }
        let pieces = surface.split(separator: "-", omittingEmptySubsequences: false)
        let keys = token.key.split(separator: "-", omittingEmptySubsequences: false)
        // The tests on the token alone come before `standalone`, which is made at its first call.
        guard pieces.count >= 2, pieces.count == keys.count,
              pieces.allSatisfy({ $0.count >= 2 && ($0.first?.isUppercase ?? false) }),
              zip(pieces, keys).allSatisfy({ $1.count >= 3 || $0.allSatisfy(\.isUppercase) }), Set(keys).count == keys.count,
              case let standalone = standalone(), keys.allSatisfy({ standalone.contains($0) }),
              !zip(keys, keys.dropFirst()).allSatisfy({ standalone.containsSpaced($0, $1) }) else {
            return nil
        }
        var result: [(String, String, Range<Int>, Range<Int>, Bool)] = []
        var start = token.range.lowerBound
        var byte = token.utf8Range.lowerBound
        for (index, piece) in pieces.enumerated() {
            let length = piece.unicodeScalars.count
            let bytes = piece.utf8.count
            result.append((String(piece), String(keys[index]), start..<start + length, byte..<byte + bytes, index > 0))
            start += length + 1
            byte += bytes + 1
        }
        return result
    }

    /// False when `surface` is ASCII and a piece between hyphens is shorter than two letters or
    /// starts with no capital (`orang-orang`, `e-KTP`, `Jong-un`: most hyphenated words), which
    /// ``parts(of:standalone:)`` would find only after splitting; true otherwise (other scripts
    /// are left to the splitting: their characters may span several scalars).
    private static func allPiecesMayBeCapitalized(_ surface: String) -> Bool {
        var capitalized = true, pieceStart = true, pieceLength = 0
        for byte in surface.utf8 {
            // Outside ASCII a hyphen may carry a combining mark and split nothing: ask no bytes.
            if byte >= 0x80 { return true }
            guard capitalized else { continue }
            if byte == 0x2D {
                capitalized = pieceLength >= 2
                pieceStart = true
                pieceLength = 0
            } else {
                if pieceStart { capitalized = (0x41...0x5A).contains(byte) }
                pieceStart = false
                pieceLength += 1
            }
        }
        return capitalized && pieceLength >= 2
    }

    /// Whether `word` is an adjective graded by a prefix: superlative ter- (`terbaru`, `terbaik`) or
    /// equative se- (`sebesar`, `sebanyak`) on an adjective or quantity stem. Like the evaluative
    /// adjectives, it never ends a term (`model terbaru`, `target sebesar`).
    static func isGradedAdjective(_ word: String, tables: LanguageTables, statistics: WordStatistics) -> Bool {
        // (The prefixes from a constant: an array literal here is an array made at every call.)
        for prefix in gradingPrefixes where word.hasPrefix(prefix) {
            let stem = String(word.dropFirst(prefix.count))
            guard stem.utf8.count >= 3 else { continue }
            if statistics.tags[stem] == "JJ" || tables.evaluativeAdjectives.contains(stem) || tables.quantifiers.contains(stem) { return true }
        }
        return false
    }

    /// Whether a hyphenated `word` is a reduplicated adjective with `-nya` (`satu-satunya`, "the only"):
    /// the tagged corpus splits the `-nya` off and tags the rest (`satu-satu`) an adjective. It
    /// singles out or grades, and like an evaluative adjective heads and ends no term.
    static func isReduplicatedAdjective(_ word: String, statistics: WordStatistics) -> Bool {
        guard word.hasSuffix("nya"), statistics.tags[word] == nil else { return false }
        return statistics.tags[String(word.dropLast(3))] == "JJ"
    }

    /// The prefixes that grade an adjective (``isGradedAdjective(_:tables:statistics:)``).
    private static let gradingPrefixes = ["ter", "se"]

    /// Whether `word` (facts made for a word token) may differ from the facts of the same key as
    /// another kind of token. Only the facts that ``facts(of:kind:id:lookup:)`` makes for words
    /// alone can differ: the clitic (and with it the lemma and all read from it) and the three
    /// affix facts. When none holds, the facts as any kind are the same: keep this in step with
    /// every use of `kind` there.
    static func mayDependOnKind(_ word: WordFacts) -> Bool {
        word.hasClitic || word.looksLikeVerb || word.isDerived || word.hasKnownVerbStem
    }

    /// The facts of `key`: the lemma without a clitic `-nya`, and every table lookup the rules need.
    /// `kind` counts only for words (see ``mayDependOnKind(_:)``).
    static func facts(of key: String, kind: TokenKind, id: Int32, lookup: WordFacts.Lookup) -> WordFacts {
        let tables = lookup.tables, statistics = lookup.statistics
        // One look at the key's bytes for what the facts below ask of them.
        var bytes = key
        let (isASCII, hasHyphen, hasFullStop) = bytes.withUTF8 { bytes in
            (bytes.allSatisfy { $0 < 0x80 }, bytes.contains(0x2D), bytes.contains(0x2E))
        }
        var lemma = key
        var hasClitic = false
        if kind == .word, key.hasSuffix("nya"), key.utf8.count > 5, !tables.nonClitics.contains(key), !hasHyphen {
            let stem = String(key.dropLast(3))
            // `se-…-nya` adverbs (`sebenarnya`, `setidaknya`) and words the lexicon knows as other
            // than nouns keep their ending; a noun or an unknown word with a known stem drops it.
            let wordTag = statistics.tags[key]
            let adverb = key.hasPrefix("se") && statistics.tags[stem] == nil
            if !adverb, wordTag == nil || wordTag == "NN" || wordTag == "NNP",
               statistics.tags[stem] != nil || statistics.zipf[stem] != nil {
                lemma = stem
                hasClitic = true
            }
        }
        // What the word tables say of the key and of the lemma: one lookup each.
        let ofKey = lookup.entries[key], ofLemma = lemma == key ? ofKey : lookup.entries[lemma]
        let zipf = statistics.zipf(of: key)
        return WordFacts(
            id: id, key: key, lemma: lemma, hasClitic: hasClitic, tag: statistics.tags[lemma], zipf: zipf,
            keyIsStop: ofKey?.isStop ?? false, lemmaIsStop: ofLemma?.isStop ?? false,
            isCalendar: ofKey?.isCalendar == true || ofLemma?.isCalendar == true,
            isEvaluative: ofLemma?.isEvaluative == true || isGradedAdjective(lemma, tables: tables, statistics: statistics)
                || hasHyphen && isReduplicatedAdjective(key, statistics: statistics),
            isQuantifier: ofLemma?.isQuantifier ?? false,
            looksLikeVerb: kind == .word && looksLikeVerb(lemma, tables: tables, statistics: statistics),
            isDerived: kind == .word && !hasHyphen && (isASCII ? isDerivedASCIIWord(key, tables: tables, statistics: statistics)
                : isDerivedCommonWord(key, surface: key, tables: tables, statistics: statistics)),
            hasKnownVerbStem: kind == .word && (isASCII ? hasKnownVerbStemASCII(key, tables: tables, statistics: statistics)
                : hasKnownVerbStem(key, tables: tables, statistics: statistics)),
            listings: WordFacts.Lookup.listings(key: ofKey, lemma: ofLemma), cue: ofKey?.cue, synonymHead: ofLemma?.synonymHead,
            keyHasHyphen: hasHyphen, hyphenDerivation: hasHyphen ? hyphenDerivation(of: key, tables: tables, statistics: statistics) : .never,
            keyHasFullStop: hasFullStop, keyHasGenusEnding: hasGenusEnding(key, tables: tables),
            lemmaZipf: lemma == key ? zipf : statistics.zipf(of: lemma), lemmaIsProcessNoun: isProcessNoun(lemma))
    }

    // MARK: word predicates

    private func tag(_ unit: Unit) -> WordFacts.Tag { unit.tagClass }

    private func looksLikeVerb(_ unit: Unit) -> Bool { unit.looksLikeVerb }

    /// Whether a capitalized unit may be part of a name here.
    func isNamePart(_ unit: Unit) -> Bool {
        guard unit.isWord, unit.isCapitalized else { return false }
        if unit.isCalendar || unit.isQuantifier || unit.listed(as: .nonName) || unit.listed(as: .numberNoun) { return false }
        // A legal form ends the name before it and starts none (`PT Garuda Indonesia (Persero) Tbk I
        // Gusti Ngurah Askhara`: the person starts after `Tbk`).
        if unit.listed(as: .companyForm) { return false }
        // A number word counts or ranks what follows (`Sembilan Hakim Konstitusi`): it may sit
        // inside a name (`Kepulauan Seribu`) but starts none.
        if unit.listed(as: .numeral) { return false }
        if unit.keyIsStop && !unit.isAllCaps { return false }
        if unit.isSentenceInitial { return hasNameEvidence(unit) }
        // A name does not start with a verb (`… positif Melansir 7 News`).
        if !unit.isAllCaps, readsAsVerb(unit) { return false }
        return true
    }

    /// Whether a capitalized word reads as a verb: the lexicon's verb, unless the input uses it as a
    /// name (`kata Didik`: beside a verb of saying and capitalized more often than not), or a
    /// word with a verb prefix before a stem the lexicon knows (`Bersaudara`; not `Mendur`,
    /// `Megawati`, whose `men-`, `me-` start a name).
    func readsAsVerb(_ unit: Unit) -> Bool {
        if tag(unit) == .verb {
            return !(evidence.nearSpeechVerb.contains(unit)
                && evidence.capitalized(unit) > evidence.lowercase(unit))
        }
        return looksLikeVerb(unit) && unit.hasKnownVerbStem
    }

    /// The initial consonant a nasal verb prefix absorbs, by prefix (`men-` + `tulis` → `menulis`).
    private static let restoredInitials: [String: [String]] = ["meny": ["s"], "mem": ["", "p"], "men": ["", "t"], "meng": ["", "k"], "me": [""]]

    /// Whether `word`, after a verb prefix (with the consonant a nasal prefix absorbs: `men-` +
    /// `tulis` → `menulis`) and perhaps a suffix, leaves a stem the lexicon knows.
    static func hasKnownVerbStem(_ word: String, tables: LanguageTables, statistics: WordStatistics) -> Bool {
        for prefix in tables.verbPrefixes where word.hasPrefix(prefix) {
            let rest = String(word.dropFirst(prefix.count))
            // Plain `me-` comes only before l, r, w, y and the nasals (`melihat`, `merasa`);
            // `Megawati` is no me- + gawat + -i.
            if prefix == "me", let first = rest.first, !"lrwymn".contains(first) { continue }
            for initial in restoredInitials[prefix] ?? [""] {
                let stem = initial + rest
                let stems = [stem] + ["kan", "i", "an", "nya"].filter { stem.hasSuffix($0) }.map { String(stem.dropLast($0.count)) }
                if stems.contains(where: { $0.count >= 3 && statistics.tags[$0] != nil }) { return true }
            }
        }
        return false
    }

    /// ``hasKnownVerbStem(_:tables:statistics:)`` for a word of ASCII bytes, decided by its bytes
    /// (as ``isDerivedASCIIWord(_:tables:statistics:)`` decides affixes): no character walk, no array.
    static func hasKnownVerbStemASCII(_ word: String, tables: LanguageTables, statistics: WordStatistics) -> Bool {
        var buffer = word
        return buffer.withUTF8 { bytes -> Bool in
            func isKnown(_ stem: String) -> Bool { stem.utf8.count >= 3 && statistics.tags[stem] != nil }
            for prefix in tables.verbPrefixes {
                let start = prefix.utf8.count
                guard Self.bytes(bytes, at: 0, hold: prefix) else { continue }
                // Plain `me-` comes only before l, r, w, y and the nasals.
                if prefix == "me", start < bytes.count, !"lrwymn".utf8.contains(bytes[start]) { continue }
                for initial in restoredInitials[prefix] ?? [""] {
                    if isKnown(initial + String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self)) { return true }
                    // The stem without a suffix (one longer than the rest leaves under three letters).
                    for suffix in ["kan", "i", "an", "nya"] where suffix.utf8.count <= bytes.count - start {
                        let end = bytes.count - suffix.utf8.count
                        guard Self.bytes(bytes, at: end, hold: suffix) else { continue }
                        if isKnown(initial + String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)) { return true }
                    }
                }
            }
            return false
        }
    }

    /// Evidence that a sentence-initial or headline word is a name: an acronym, capitalized inside
    /// sentences at least as often as it is written in lowercase, or a proper noun the input never
    /// writes in lowercase.
    func hasNameEvidence(_ unit: Unit) -> Bool {
        if unit.isAllCaps && unit.utf8Range.count <= 6 { return true }
        if readsAsVerb(unit) { return false }  // `Melansir …`, `Dikatakan …`
        let capitalized = evidence.capitalized(unit)
        let lowercase = evidence.lowercase(unit)
        // A common word with what grammar adds to words, never to names, and not capitalized
        // inside a sentence: a clitic `-nya` on a known stem (`Eksplorasinya …`), a particle
        // `-lah`/`-kah` on a word the lexicon knows as no proper noun (`Tenanglah Pak Suhardi`), a
        // verb's prefix and `-kan` (`Mendayagunakan BUMN …`, its stem unknown to the lexicon).
        if capitalized == 0, unit.hasClitic || hasParticle(unit) || unit.looksLikeVerb && Self.hasSuffix(unit.key, "kan") {
            return false
        }
        let tag = tag(unit)
        // A stop word misspelt with a single consonant for a double (`Sehinga …` for `sehingga`).
        if capitalized == 0, tag == .unknown, isStopWordWithConsonantUndoubled(unit.key) { return false }
        let properNoun = tag == .properNoun || tag == .foreign || (tag == .unknown && unit.zipf < 4.0)
        // A common word of the lexicon needs clear evidence: capitalized inside sentences at least
        // twice, and twice as often as in lowercase.
        if properNoun ? (capitalized > 0 && capitalized >= lowercase) : (capitalized >= 2 && capitalized >= 2 * lowercase) {
            return true
        }
        // Never written in lowercase, but a derived common word (`Anggapan itu …`, `Lobi-lobi …`) or
        // a headline's verb (`Israel Gempur Rafah`).
        return lowercase == 0 && properNoun && !isDerivedCommonWord(unit) && !(capitalized == 0 && isBareVerbStem(unit))
    }

    /// Whether `key` (five letters or more) is a stop word with one of its doubled consonants written
    /// once (`sehinga` for `sehingga`, `sunguh` for `sungguh`), as typing drops it.
    func isStopWordWithConsonantUndoubled(_ key: String) -> Bool {
        let letters = Array(key.utf8)
        guard letters.count >= 5, letters.allSatisfy({ (0x61...0x7A).contains($0) }) else { return false }
        for (index, letter) in letters.enumerated() where !"aeiou".utf8.contains(letter) {
            guard index == letters.count - 1 || letters[index + 1] != letter else { continue }
            var doubled = letters
            doubled.insert(letter, at: index)
            if tables.stopWords.contains(String(decoding: doubled, as: UTF8.self)) { return true }
        }
        return false
    }

    /// Whether a word ends in a particle `-lah` or `-kah` after a stem of four letters or more that
    /// the lexicon tags as a common word (`tenanglah`, `nyatalah`, `apakah`; not `Abdullah`).
    func hasParticle(_ unit: Unit) -> Bool {
        let key = unit.key
        guard key.utf8.count >= 7, Self.hasSuffix(key, "lah") || Self.hasSuffix(key, "kah") else { return false }
        guard let tag = statistics.tags[String(key.dropLast(3))] else { return false }
        return tag != "NNP" && tag != "FW"
    }

    /// Whether a capitalized word looks like part of a person's name: not an acronym, place,
    /// title or cue word, and never read as a common word in the lexicon.
    /// `placeWordAllowed`: a word of a place name may be one (see ``beginsAbsentPlace(_:at:)``).
    func isPersonLike(_ unit: Unit, placeWordAllowed: Bool = false) -> Bool {
        guard unit.isWord, unit.isCapitalized, !unit.isAllCaps, !unit.facts.keyHasFullStop else { return false }
        // (A place's first word read as a person's, ``beginsAbsentPlace(_:at:)``, is no place by the
        // places it begins after `di`: `Sri` of `di Sri Lanka`, not of `Menteri Keuangan Sri Mulyani`.)
        if unit.listed(as: .placeWord) && !placeWordAllowed
            || (placeWordAllowed ? evidence.aloneAfterPlacePreposition : evidence.afterPlacePreposition).contains(unit) { return false }
        // A word of a party's name (`Demokrat` in `Ketua Umum Demokrat Susilo Bambang Yudhoyono`),
        // unless it also stands next to a verb of saying as people do.
        if evidence.partyWords.contains(unit) && !evidence.nearSpeechVerb.contains(unit) { return false }
        if unit.listed(as: .titleHead) || unit.listed(as: .preHead) || unit.facts.cue != nil { return false }
        if unit.keyIsStop { return false }
        guard tag(unit) == .unknown || tag(unit) == .properNoun, !isDerivedCommonWord(unit) else { return false }
        // A general word the lexicon does not tag, which the input also writes in lowercase
        // (`para Hakim Konstitusi`: `konstitusi`), is a common noun.
        let tag = tag(unit)
        guard tag != .unknown else { return unit.zipf < 4.0 || evidence.lowercase(unit) == 0 }
        return tag == .properNoun && unit.zipf < 5.2
    }

    /// `word.hasSuffix(suffix)`, with the last bytes compared first when `suffix` ends in a
    /// lowercase ASCII letter: no other character is canonically equivalent to one or decomposes
    /// into something ending in one, so a word can end like `suffix` only where its last byte is
    /// that letter too.
    static func hasSuffix(_ word: String, _ suffix: String) -> Bool {
        if let last = lastByte(of: suffix), (0x61...0x7A).contains(last), lastByte(of: word) != last { return false }
        return word.hasSuffix(suffix)
    }

    /// The last UTF-8 byte of `string`, read from its contiguous bytes (a native or small string
    /// has them): `string.utf8.last` walks the view's indices, at several times the cost.
    @inline(__always)
    static func lastByte(of string: String) -> UInt8? {
        string.utf8.withContiguousStorageIfAvailable { $0.last } ?? string.utf8.last
    }

    /// Whether a word reads as lowercase here: written in lowercase, or capitalized only because it
    /// starts a sentence or a headline and is a common word elsewhere (`Media pemerintah …`).
    func isLowercaseLike(_ unit: Unit) -> Bool {
        !unit.isCapitalized || (unit.isSentenceInitial && !unit.isAllCaps && (tag(unit) == .noun || !hasNameEvidence(unit)))
    }

    /// Whether a word unknown to the lexicon looks like a verb (`menuduh`, `berjabat`, `dikendalikan`).
    static func looksLikeVerb(_ word: String, tables: LanguageTables, statistics: WordStatistics) -> Bool {
        guard statistics.tags[word] == nil, word.utf8.count >= 6,
              let prefix = tables.verbPrefixes.first(where: { word.hasPrefix($0) }) else { return false }
        guard prefix == "di" else { return true }
        // `di-` also starts nouns (`diplomatik`): a passive verb is `di-` + a known stem, perhaps
        // with `-kan`, `-i` or `-nya` (`dikendalikan`, `dipimpin`).
        let stem = String(word.dropFirst(2))
        let stems = [stem] + ["kan", "i"].filter { stem.hasSuffix($0) }.map { String(stem.dropLast($0.count)) }
        return stems.contains { statistics.tags[$0] != nil || statistics.zipf[$0] != nil }
    }

    /// Whether a word can head a common term: a noun or an unknown word, not a stop word.
    func isNoun(_ unit: Unit) -> Bool {
        guard unit.isWord, isLowercaseLike(unit), !unit.facts.lemmaIsShort, !unit.lemmaIsStop,
              !unit.isCalendar, !unit.isEvaluative, !unit.isQuantifier, !unit.looksLikeVerb,
              !unit.listed(as: .countWordLemma), !isAcrossPlace(unit) else { return false }
        let tag = tag(unit)
        guard tag != .unknown else {
            // An unknown loanword adjective (`komprehensif`) modifies, it does not head.
            let lemma = unit.lemma
            return !tables.adjectiveEndings.contains { Self.hasSuffix(lemma, $0) }
        }
        return tag == .noun || tag == .properNoun || tag == .foreign
    }

    /// Whether a word can modify a common term: a noun, adjective or unknown word, or a verb stem
    /// that modifies nouns (``LanguageTables/nounModifierVerbs``: `perang dagang`).
    func isModifier(_ unit: Unit) -> Bool {
        guard unit.isWord, !unit.isCapitalized, !unit.facts.lemmaIsShort, !unit.lemmaIsStop,
              !unit.isCalendar, !unit.looksLikeVerb else { return false }
        let tag = tag(unit)
        // A word the lexicon does not know modifies, but a known stem with the verb suffix `-kan`
        // is a verb (`jelekkan`, `mudahkan`: to make bad, to make easy); not a known stem with the
        // noun suffix `-an` (`kontrakan`, a rented house).
        guard tag != .unknown else {
            let key = unit.key
            return !(key.utf8.count >= 7 && Self.hasSuffix(key, "kan") && statistics.tags[String(key.dropLast(3))] != nil
                && statistics.tags[String(key.dropLast(2))] == nil)
        }
        return tag == .noun || tag == .adjective || tag == .properNoun || tag == .foreign
            || tag == .verb && unit.listed(as: .nounModifierVerb)
    }

    /// Whether the word at `index` is `ber-` + a noun, "having X", before the noun it has
    /// (`negara bersenjata nuklir`: a nuclear-armed state); the lexicon does not list it as a verb.
    func isPossessiveModifier(_ units: [Unit], at index: Int) -> Bool {
        let unit = units[index]
        guard unit.isWord, !unit.isCapitalized, unit.tagClass == .unknown, unit.key.hasPrefix("ber"), index + 1 < units.count,
              statistics.tags[String(unit.key.dropFirst(3))] == "NN" else { return false }
        return isModifier(units[index + 1])
    }

    /// Whether a unit numbers a stage after a noun of sequence (``LanguageTables/sequenceNouns``):
    /// a number of one or two digits, a roman numeral, or a cardinal or ordinal word (`satu`,
    /// `kedua`, ``LanguageTables/numerals``).
    func isSequenceNumber(_ unit: Unit) -> Bool {
        if unit.kind == .number { return unit.key.utf8.count <= 2 && unit.key.utf8.allSatisfy { (0x30...0x39).contains($0) } }
        guard unit.isWord, !unit.hasClitic else { return false }
        return ["satu", "dua", "tiga", "empat", "lima", "pertama", "kedua", "kelima"].contains(unit.key)
            || unit.listed(as: .numeral) || unit.isCapitalized && unit.listed(as: .nonName) && unit.key.utf8.allSatisfy { "ivx".utf8.contains($0) }
    }

    /// The end of a two-word compound (`luar negeri`) starting at `index`, if one does.
    func compoundEnd(_ units: [Unit], at index: Int) -> Int? {
        guard index + 1 < units.count, units[index].startsCompound, units[index].isWord, units[index + 1].isWord,
              !units[index].isCapitalized || isLowercaseLike(units[index]), !units[index + 1].isCapitalized,
              !units[index].hasClitic else { return nil }
        return index + 2
    }

    // Speed: inlined, so that an `allowed` closure calling the finder's methods (`title`) does
    // not copy the whole finder into its context at every call.
    /// The lowercase modifiers from `start` (words or compounds, at most `limit`, each allowed by
    /// `allowed`); a clitic `-nya` or a verb stem (``LanguageTables/nounModifierVerbs``) ends them. With `terms` (the common-term rules), a light or
    /// relational noun before a noun ends them. Returns the index after them and how many there were.
    @inline(__always)
    func modifiers(_ units: [Unit], from start: Int, limit: Int, terms: Bool = false, allowed: (Int) -> Bool) -> (end: Int, count: Int) {
        var end = start
        var count = 0
        while end < units.count, count < limit, allowed(end) {
            if let compound = compoundEnd(units, at: end) {
                end = compound
            } else if terms, units[end].listed(as: .lightNounLemma), end + 1 < units.count, isNoun(units[end + 1]) {
                // A light or relational noun before a noun opens a phrase of its own: `barang-barang
                // hasil penyelundupan` is `barang-barang` and `penyelundupan`.
                break
            } else if terms, end > 0, isOrdinal(units[end]), !tables.sequenceNouns.contains(units[end - 1].lemma) {
                // An ordinal ranks one thing of a kind and ends the term (`generasi ke-12`,
                // `generasi kedelapan sedan itu`), but after a noun of sequence, which it numbers (`tahap ketiga`).
                break
            } else if isModifier(units[end]) || isPossessiveModifier(units, at: end) {
                end += 1
            } else {
                break
            }
            count += 1
            // A verb stem that modifies nouns closes the phrase it ends (`perang dagang`, `mobil balap`):
            // such compounds take no modifiers after them (`mobil balap legendaris` is `mobil balap`).
            if units[end - 1].hasClitic || units[end - 1].tagClass == .verb { break }
        }
        return (end, count)
    }

    /// Whether `key` is a process noun made with pe(N)-/per- … -an (`penciptaan`, `pembentukan`):
    /// "the making of X", so the term is X.
    static func isProcessNoun(_ key: String) -> Bool {
        key.utf8.count >= 9 && key.hasSuffix("an") && (key.hasPrefix("pem") || key.hasPrefix("pen") || key.hasPrefix("peng")
            || key.hasPrefix("peny") || key.hasPrefix("perkembangan"))
    }

    // MARK: finding

    /// Every mention in the document, whose units are `document`.
    func mentions(units document: DocumentUnits) -> DocumentMentions {
        var found = DocumentMentions(document: documentIndex, text: text)
        document.warmFacts()
        // News has about one mention per four units and three words per two mentions: room
        // for that, so that the arrays seldom grow.
        found.mentions.reserveCapacity(document.all.count / 4)
        found.words.reserveCapacity(document.all.count / 3)
        // The rules read one sentence as an array of its own: the sentence's units are copied
        // into one array reused sentence after sentence (its room kept), as is what is covered.
        var units: [Unit] = [], covered: [Bool] = [], falses: [Bool] = []
        // The definitions of the sentences so far (``definitionUnits`` is in sentence order).
        var definitionsSeen = 0
        for (sentenceNumber, range) in document.sentenceRanges.enumerated() {
            units.removeAll(keepingCapacity: true)
            units.append(contentsOf: document.all[range])
            // (Filled from a buffer of falses: appending `repeatElement` goes element by element.)
            covered.removeAll(keepingCapacity: true)
            if falses.count < units.count { falses = Array(repeating: false, count: units.count) }
            covered.append(contentsOf: falses[..<units.count])
            let sentenceStart = found.mentions.count
            if !findLayout(units, sentence: sentenceNumber, covered: &covered, into: &found) {
                findNames(units, covered: &covered, into: &found)
                findCommonTerms(units, covered: covered, into: &found)
            }
            let firstDefinition = definitionsSeen
            while definitionsSeen < definitionUnits.count, definitionUnits[definitionsSeen].sentence == sentenceNumber { definitionsSeen += 1 }
            addDefinedLongForms(units, definitionUnits[firstDefinition..<definitionsSeen], since: sentenceStart, into: &found)
        }
        return found
    }

    /// The mentions of a sentence that starts with an article's furniture (``NewsLayout``): a credit
    /// line's person (the line holds nothing else), or a dateline's place and outlet before the
    /// running text, whose mentions are found as any sentence's (`sentence`: the sentence's number). False for any other sentence
    /// (nothing added).
    private func findLayout(_ units: [Unit], sentence: Int, covered: inout [Bool], into found: inout DocumentMentions) -> Bool {
        if let name = NewsLayout.creditName(units) {
            // The outlet a reporter writes for (`Laporan Wartawan Tribunnews.com, …`) is an organisation.
            for index in 0..<name.lowerBound where NewsLayout.isDomain(units[index]) {
                add(units, index..<index + 1, kind: .name, hint: .organization, covered: &covered, into: &found)
            }
            add(units, name, kind: .name, hint: .person, covered: &covered, into: &found)
            return true
        }
        guard sentence < NewsLayout.datelineSentences, let dateline = NewsLayout.dateline(units) else { return false }
        add(units, dateline.place, kind: .name, hint: .location, covered: &covered, into: &found)
        add(units, dateline.outlet, kind: .name, hint: .organization, covered: &covered, into: &found)
        // The running text is read as a sentence of its own.
        let text = Array(units[dateline.textStart...])
        var textCovered = Array(covered[dateline.textStart...])
        findNames(text, covered: &textCovered, into: &found)
        findCommonTerms(text, covered: textCovered, into: &found)
        return true
    }

    /// Drops the sentence's mentions (from `since`) that are pieces of the defined long form `long`
    /// cut at a connector or at a title head inside it: `Anggaran Pendapatan` and `Belanja Negara` of
    /// `Anggaran Pendapatan dan Belanja Negara (APBN)`, `Rapat Dewan` and the title `Gubernur` of
    /// `Rapat Dewan Gubernur (RDG)`. The definition makes the long form one name; its pieces name
    /// nothing here. (A name inside it that is no such piece stays: `PBB`, `Palestina` of `Badan
    /// PBB untuk Pengungsi Palestina (UNRWA)`.)
    private func dropPieces(of long: Range<Int>, _ units: [Unit], since: Int, in found: inout DocumentMentions) {
        let start = Int32(units[long.lowerBound].utf8Range.lowerBound), end = Int32(units[long.upperBound - 1].utf8Range.upperBound)
        func isCut(_ index: Int) -> Bool {
            units[index].listed(as: .nameConnector) || DefinitionFinder.connectors.contains(units[index].key)
        }
        var index = since
        while index < found.mentions.count {
            let piece = found.mentions[index]
            index += 1
            guard piece.surface.byteStart >= start, piece.surface.byteEnd <= end,
                  piece.surface.byteStart != start || piece.surface.byteEnd != end,
                  let first = long.first(where: { units[$0].utf8Range.lowerBound == Int(piece.surface.byteStart) }),
                  let last = long.first(where: { units[$0].utf8Range.upperBound == Int(piece.surface.byteEnd) }) else { continue }
            let after = last + 1
            let cutAfter = after < long.upperBound && (isCut(after) || titleHead(units, at: after) != nil)
            let cutBefore = first > long.lowerBound && isCut(first - 1)
            guard cutAfter || cutBefore || piece.kind == .title && first > long.lowerBound else { continue }
            index -= 1
            found.mentions.remove(at: index)
        }
    }

    /// The holder of an office named after the office's short form in parentheses, where the title
    /// (ending at `end`, its head at `headEnd`) names no person: `Menteri Luar Negeri (Menlu) RI
    /// Retno Marsudi`, `Menteri Luar Negeri (Menlu) Sugiono`. The short form is read as any name;
    /// acronyms or places before the holder (`RI`) are names of their own; the holder is a person.
    /// Returns the index after the holder, or nil (nothing added) where no holder follows.
    private func holderAfterShortForm(_ units: [Unit], headEnd: Int, end: Int, covered: inout [Bool],
                                      into found: inout DocumentMentions) -> Int? {
        guard end + 3 < units.count, units[end].keyIs("("), personStart(units, end: end, lower: headEnd) == end else { return nil }
        var close = end + 1
        while close < units.count, close - end <= 3, units[close].isWord, units[close].isCapitalized { close += 1 }
        guard close > end + 1, close + 1 < units.count, units[close].keyIs(")") else { return nil }
        let first = close + 1
        var runEnd = first
        while runEnd < units.count, runEnd - first < 6, units[runEnd].isWord, units[runEnd].isCapitalized,
              !units[runEnd].isCalendar, runEnd == first || !units[runEnd].followsHyphen {
            runEnd += 1
        }
        // The holder's name ends before a lowercase word or punctuation (not before a number: `(KAI) Daop 4`).
        guard runEnd > first, runEnd - first < 6,
              runEnd == units.count || units[runEnd].kind == .punctuation || units[runEnd].isWord && !units[runEnd].isCapitalized
        else { return nil }
        let person = personStart(units, end: runEnd, lower: first)
        guard person < runEnd, (first..<person).allSatisfy({ units[$0].isAllCaps || units[$0].listed(as: .placeName) }) else { return nil }
        if let head = titleHead(units, at: end + 1), head.end <= close {
            _ = title(Array(units[..<close]), from: end + 1, head: head, covered: &covered, into: &found)
        } else {
            emitName(units, end + 1..<close, covered: &covered, into: &found)
        }
        if person > first { emitName(units, first..<person, covered: &covered, into: &found) }
        add(units, person..<runEnd, kind: .name, hint: .person, covered: &covered, into: &found)
        return runEnd
    }

    /// Adds a name mention of each long form of the sentence's `definitions` (``DefinitionFinder``,
    /// found with the case evidence: ``DocumentEvidence/definitionUnits``) written capitalized that
    /// no mention of the sentence (from `since` in `found.mentions`) is exactly: a name rule may
    /// have glued it into a longer name (`Ditjen Bea dan Cukai Kementerian Keuangan (Kemenkeu)`).
    /// A company named by its stock ticker is an organisation.
    private func addDefinedLongForms(_ units: [Unit], _ definitions: ArraySlice<(sentence: Int, found: DefinitionFinder.Found)>,
                                     since: Int, into found: inout DocumentMentions) {
        for definition in definitions.lazy.map(\.found) {
            let long = definition.long
            guard long.allSatisfy({ units[$0].isCapitalized || DefinitionFinder.connectors.contains(units[$0].key) }) else { continue }
            let start = Int32(units[long.lowerBound].utf8Range.lowerBound), end = Int32(units[long.upperBound - 1].utf8Range.upperBound)
            guard !found.mentions[since...].contains(where: { $0.surface.byteStart == start && $0.surface.byteEnd == end }) else { continue }
            dropPieces(of: long, units, since: since, in: &found)
            mention(units, long, kind: .name, hint: definition.isTicker ? .organization : nil, into: &found)
        }
    }

    /// The longest title head starting at `index` (after optional pre-heads): the index after it,
    /// and whether the head needs a complement.
    func titleHead(_ units: [Unit], at index: Int) -> (end: Int, needsComplement: Bool)? {
        guard index < units.count else { return nil }
        // An English post in Title Case (`Marketing Director`, `Head of Sales`) needs its company.
        if units[index].listed(as: .englishTitleWord), let end = englishTitleEnd(units, at: index) {
            if let head = indonesianTitleHead(units, at: index), head.end >= end { return head }
            return (end, true)
        }
        return indonesianTitleHead(units, at: index)
    }

    /// ``titleHead(_:at:)`` of the Indonesian title tables alone.
    private func indonesianTitleHead(_ units: [Unit], at index: Int) -> (end: Int, needsComplement: Bool)? {
        guard index < units.count, units[index].listed(as: .titleFirstWord) else { return nil }
        var start = index
        while start < units.count, units[start].isWord, units[start].listed(as: .preHead) { start += 1 }
        guard start < units.count, units[start].listed(as: .titleHeadStartLemma) else { return nil }
        for length in stride(from: 3, through: 2, by: -1) where start + length <= units.count {
            let slice = units[start..<start + length]
            guard slice.last!.listed(as: .titleHeadEndLemma), slice.allSatisfy(\.isWord),
                  !slice.dropFirst().contains(where: \.followsHyphen) else { continue }
            let key = slice.map(\.lemma).joined(separator: " ")
            if tables.titleHeads.contains(key) { return (start + length, tables.complementHeads.contains(key)) }
        }
        // One word: its lemma's listings say it all.
        let unit = units[start]
        if unit.isWord, unit.listed(as: .titleHeadLemma) { return (start + 1, unit.listed(as: .complementHeadLemma)) }
        // A pre-head alone before a capitalized office word (`Wakil Menteri`) is matched above; a
        // bare pre-head is no title.
        return nil
    }

    /// The index after a rank starting at `index` (`Irjen`, `Inspektur Jenderal`;
    /// ``LanguageTables/ranks``), or nil.
    func rankEnd(_ units: [Unit], at index: Int) -> Int? {
        guard index < units.count, units[index].isWord, !units[index].listed(as: .preHead),
              let head = titleHead(units, at: index) else { return nil }
        if head.end == index + 1 { return units[index].listed(as: .rank) ? head.end : nil }
        return tables.ranks.contains(units[index..<head.end].map(\.lemma).joined(separator: " ")) ? head.end : nil
    }

    /// The index of a rank among the capitalized words after an office's head (`Irjen` in
    /// `Kapolda Metro Jaya Irjen Gatot`), when a name follows the rank (and its service), or nil.
    private func rankAfterOffice(_ units: [Unit], from headEnd: Int) -> Int? {
        var index = headEnd
        while index < units.count, index - headEnd < 6, units[index].isWord, units[index].isCapitalized {
            if let rankEnd = rankEnd(units, at: index) {
                var after = rankEnd
                while after + 1 < units.count, units[after].listed(as: .rankMarker) { after += 1 }
                // An initial may open the name (`Irjen M Iqbal`).
                if after + 1 < units.count, isInitial(units[after]) { after += 1 }
                return after < units.count && isPersonLike(units[after]) ? index : nil
            }
            index += 1
        }
        return nil
    }

    /// Whether `unit` is a person's initial: one capital letter, perhaps with a full stop (`M`, `M.`).
    func isInitial(_ unit: Unit) -> Bool {
        unit.isWord && unit.isCapitalized && (unit.utf8Range.count == 1 || (unit.utf8Range.count == 2 && unit.key.hasSuffix(".")))
    }

    /// Whether `unit` is an initial inside or before a person's name (``isInitial(_:)``), not a
    /// letter that is also a roman numeral (`I`, `V`, `X`: `Pelindo I Ihsanuddin Usman`).
    func isNameInitial(_ unit: Unit) -> Bool {
        guard isInitial(unit), let letter = unit.key.utf8.first else { return false }
        return letter != UInt8(ascii: "i") && letter != UInt8(ascii: "v") && letter != UInt8(ascii: "x")
    }

    /// Whether `unit` alone is a title head: the same as `titleHead([unit], at: 0) != nil`.
    func isOneWordTitleHead(_ unit: Unit) -> Bool {
        unit.isWord && unit.listed(as: .titleFirstWord) && !unit.listed(as: .preHead) && unit.listed(as: .titleHeadLemma)
    }

    private func findNames(_ units: [Unit], covered: inout [Bool], into found: inout DocumentMentions) {
        var index = 0
        while index < units.count {
            let unit = units[index]
            // A name that starts with a number (`program 38 North`): a short integer after a
            // lowercase word, before a capitalized name that is no cue, title or date.
            // (The neighbours' bits before the key's Characters: most numbers fail there.)
            if unit.kind == .number, index > 0, units[index - 1].isWord, !units[index - 1].isCapitalized,
               index + 1 < units.count, units[index + 1].isWord, !units[index + 1].isAllCaps,
               unit.key.utf8.count <= 3, unit.key.allSatisfy(\.isNumber), isNamePart(units[index + 1]),
               cue(units, at: index + 1) == nil, titleHead(units, at: index + 1) == nil,
               tag(units[index + 1]).isProperOrUnknown {
                let end = nameRun(units, from: index + 1)
                emitName(units, index..<end, covered: &covered, into: &found)
                index = end
                continue
            }
            guard unit.isWord else { index += 1; continue }
            // Initials after `inisial` (`pelaku berinisial SAW`, `penumpang inisial LS`) stand for a
            // person the news does not name: no glossary name.
            if unit.isAllCaps, unit.utf8Range.count <= 4, index > 0, units[index - 1].isWord,
               Self.key(units[index - 1].key, holds: "inisial") {
                index += 1
                continue
            }
            // An acronym spelled out before it in lowercase words is a common term's (`buang air
            // besar (BAB)`, `infeksi saluran kemih (ISK)`), no name, wherever it stands.
            if unit.isAllCaps, isSpelledOutInLowercase(units, at: index) {
                add(units, index..<index + 1, kind: .name, hint: .term, covered: &covered, into: &found)
                index += 1
                continue
            }
            // An acronym or a word of two letters after a count is a unit of measure or a counted
            // common noun (`48 juta KL`, `31 DPD provinsi`, `5000 Ha`), not a name.
            // A time zone after a time of day (`pukul 07.05 WIB`, `09:48 WIB`) is a term of time,
            // no name: the glossary keeps it (`WIB`, Western Indonesia Time), name taggers do not.
            if unit.isAllCaps, followsTimeOfDay(units, at: index) {
                add(units, index..<index + 1, kind: .name, hint: .term, covered: &covered, into: &found)
                index += 1
                continue
            }
            if unit.isAllCaps || unit.utf8Range.count <= 2, followsCount(units, at: index) { index += 1; continue }
            if let head = titleHead(units, at: index) {
                if let end = title(units, from: index, head: head, covered: &covered, into: &found) {
                    index = holderAfterShortForm(units, headEnd: head.end, end: end, covered: &covered, into: &found) ?? end
                    continue
                }
                // A head alone at a sentence start is no title, but its holder may follow its short form.
                if let end = holderAfterShortForm(units, headEnd: head.end, end: head.end, covered: &covered, into: &found) {
                    index = end
                    continue
                }
                // A head of two words that is no title here (`Perdana Menteri juga mengatakan …`)
                // is no name either.
                if head.end - index >= 2, unit.isSentenceInitial, !units[head.end - 1].isAllCaps {
                    index = head.end
                    continue
                }
            }
            // A lowercase place cue before a name is a place: `bandara Pyongyang`, `wilayah Amur`.
            if !unit.isCapitalized || isLowercaseLike(unit), unit.listed(as: .placeHead), index + 1 < units.count,
               units[index + 1].isWord, units[index + 1].isCapitalized, !units[index + 1].isAllCaps,
               titleHead(units, at: index + 1) == nil, isNamePart(units[index + 1]),
               !evidence.nearSpeechVerb.contains(units[index + 1]) {
                var end = nameRun(units, from: index + 1)
                // `wilayah Amur Rusia`: the country after the place is a name of its own.
                if let placeStart = trailingPlace(units, (index + 1)..<end), placeStart > index + 1 {
                    add(units, placeStart..<end, kind: .name, hint: .location, covered: &covered, into: &found)
                    end = placeStart
                }
                // `wilayah Gaza`, `kawasan Kebon Jeruk`: a word of area before a place named on its
                // own elsewhere describes the place, it is no part of its name; before a name known
                // only with it, it names a region (`wilayah Amur`, the Amur Oblast).
                let nameStart = tables.areaHeads.contains(unit.lemma) && isStandalonePlace(units, (index + 1)..<end) ? index + 1 : index
                add(units, nameStart..<end, kind: .name, hint: .location, covered: &covered, into: &found)
                index = max(end, index + 1)
                continue
            }
            // `bahasa Arab` is a language, a term; `virus Ebola`, `filum Arthropoda` name no
            // entity: the name after the class is a term. (Not a pronoun or a function word with a
            // stray capital: `demam Anda` is your fever, `Demam Dalam 9 bulan …` a heading run in.)
            if unit.listed(as: .languageHead) || unit.listed(as: .termClassHead),
               isLowercaseLike(unit), !unit.hasClitic, index + 1 < units.count, units[index + 1].isWord,
               units[index + 1].isCapitalized, !units[index + 1].isSentenceInitial, titleHead(units, at: index + 1) == nil,
               !units[index + 1].listed(as: .pronoun), !units[index + 1].keyIsStop || units[index + 1].isAllCaps {
                let end = nameRun(units, from: index + 1)
                if unit.listed(as: .languageHead) {
                    add(units, index..<end, kind: .common, hint: nil, covered: &covered, into: &found)
                } else {
                    add(units, index + 1..<end, kind: .name, hint: .term, covered: &covered, into: &found)
                }
                index = end
                continue
            }
            // A product class before a brand or model is a product: `limusin Aurus`, `pesawat
            // Boeing 737`; not before a place or a person (`pesawat Rusia`, `pesawat Putin`).
            if let (classEnd, end) = productEnd(units, at: index) {
                add(units, index..<end, kind: .name, hint: .product, covered: &covered, into: &found)
                // The class is a term of its own where it is one (`limusin`; not the light `mobil`).
                let classKey = units[index..<classEnd].map(\.lemma).joined(separator: " ")
                if !tables.lightNouns.contains(classKey) {
                    mention(units, index..<classEnd, kind: .common, hint: nil, into: &found)
                }
                index = end
                continue
            }
            // An organisation's cue, its field in lowercase and the country it serves are one name
            // (`Kementerian pertahanan Rusia`, `Kementerian luar negeri Mesir`).
            if let end = lowercaseFieldName(units, at: index) {
                add(units, index..<end, kind: .name, hint: .organization, covered: &covered, into: &found)
                index = end
                continue
            }
            // `I Gusti Ngurah Askhara`, `I Gede Darmayusa`: a Balinese name's first word (a word of
            // one byte asked here, not in a call for every word).
            if unit.utf8Range.count == 1, let end = balineseNameEnd(units, at: index) {
                emitName(units, index..<end, covered: &covered, into: &found)
                index = end
                continue
            }
            // A cue word that starts a sentence starts a name when a name part follows
            // (`Partai Demokrat memilih …`, `Kementerian Luar Negeri menyatakan …`).
            let cueStartsName = unit.isSentenceInitial && unit.isCapitalized && cue(units, at: index) != nil
                && index + 1 < units.count && units[index + 1].isCapitalized && !units[index + 1].isSentenceInitial
            if isNamePart(unit) && !isLabel(units, at: index) || cueStartsName {
                let end = nameRun(units, from: index)
                emitName(units, index..<end, covered: &covered, into: &found)
                index = end
                continue
            }
            index += 1
        }
    }

    /// The end of an organisation named by a capitalized one-word cue, one or two lowercase
    /// modifiers (a field: `pertahanan`, `luar negeri`) and a place name (`Kementerian pertahanan
    /// Rusia`), if one starts at `index`.
    func lowercaseFieldName(_ units: [Unit], at index: Int) -> Int? {
        let unit = units[index]
        guard unit.isCapitalized, !unit.isAllCaps, unit.facts.cue == .organization, !isTwoWordCue(units, at: index),
              index + 2 < units.count, units[index + 1].isWord, !units[index + 1].isCapitalized else { return nil }
        let (fieldEnd, count) = modifiers(units, from: index + 1, limit: 2) { _ in true }
        guard count > 0, fieldEnd < units.count, !units[fieldEnd - 1].hasClitic, units[fieldEnd].isWord,
              units[fieldEnd].isCapitalized, units[fieldEnd].listed(as: .placeNameStart) else { return nil }
        var end = fieldEnd + 1
        while end < units.count, units[end].isWord, units[end].isCapitalized, units[end].listed(as: .placeWord) { end += 1 }
        return places.contains(units[fieldEnd..<end].map(\.key).joined(separator: " ")) ? end : nil
    }

    /// The ends of the class and of a product named at `index`: a lowercase product class (one or two words,
    /// ``LanguageTables/productHeads``, a one-word class also in a vowel spelling: `limosin`) and the brand or model after it, with a model number
    /// (`Boeing 737`); nil when the name after the class is a place, a person seen near a verb of
    /// saying, a title or an acronym without digits (an owner, not a make).
    func productEnd(_ units: [Unit], at index: Int) -> (classEnd: Int, end: Int)? {
        guard units[index].isWord, units[index].listed(as: .productFirstWordLemma),
              isLowercaseLike(units[index]), !units[index].hasClitic else { return nil }
        var nameStart: Int?
        for length in [2, 1] where index + length < units.count {
            let words = units[index..<index + length]
            guard words.allSatisfy({ $0.isWord && isLowercaseLike($0) }) else { continue }
            if self.index.productHead(words.map(\.lemma).joined(separator: " "), in: tables) != nil { nameStart = index + length; break }
        }
        guard let start = nameStart else { return nil }
        let brand = units[start]
        guard brand.isWord, brand.isCapitalized, !brand.isSentenceInitial, isNamePart(brand), titleHead(units, at: start) == nil,
              !brand.isAllCaps || brand.key.contains(where: \.isNumber),
              !brand.listed(as: .placeWord), !evidence.afterPlacePreposition.contains(brand),
              !evidence.nearSpeechVerb.contains(brand) else { return nil }
        var end = nameRun(units, from: start)
        if let placeStart = trailingPlace(units, start..<end), !isRegisteredName(units, start..<end) { end = placeStart }
        // A model number: `Boeing 737`.
        if end < units.count, units[end].kind == .number, !units[end].key.contains(".") { end += 1 }
        return (start, end)
    }

    /// Whether the word at `index` follows a count: a short integer (not a year), a fraction or a
    /// number with separators after a lowercase word, a comma or nothing (`dari 33 DPD`, `2/3 DPD`,
    /// `1.200 Ha`, `pukul 15.50 WIB`; not `Komisi 3 DPR`, nor the minutes of `09:48 WIB`), or a
    /// number word after a numeral (`48 juta KL`).
    func followsCount(_ units: [Unit], at index: Int) -> Bool {
        guard index > 0 else { return false }
        let previous = units[index - 1]
        if previous.isWord, previous.listed(as: .numberWord) {
            return index > 1 && units[index - 2].kind == .number
        }
        // A fraction is one token (`2/3`); so is a number with separators: a measure (`1.200 Ha`,
        // `2,5 Ha`), a time (`15.50 WIB`).
        guard previous.kind == .number else { return false }
        let digits = previous.key.split(separator: "/", omittingEmptySubsequences: false)
        guard digits.count <= 2 && digits.allSatisfy({ !$0.isEmpty && $0.utf8.count <= 3 && $0.allSatisfy(\.isNumber) })
                || { let groups = previous.key.split(whereSeparator: { $0 == "." || $0 == "," })
                     return groups.count >= 2 && groups.allSatisfy { $0.allSatisfy(\.isNumber) } }() else { return false }
        guard index > 1 else { return true }
        let before = units[index - 2]
        return before.isWord ? !before.isCapitalized : before.key == ","
    }

    /// Whether the unit at `index` follows a time of day: hours and minutes (`07.05`, `9.06`, or
    /// `09` `:` `48`) after `pukul` or `jam`.
    func followsTimeOfDay(_ units: [Unit], at index: Int) -> Bool {
        guard index >= 2, units[index - 1].kind == .number else { return false }
        func isClock(_ hours: Substring, _ minutes: Substring) -> Bool {
            hours.count <= 2 && minutes.count == 2 && Int(hours).map { $0 <= 24 } == true && Int(minutes).map { $0 <= 59 } == true
        }
        var hourIndex = index - 1
        let key = units[index - 1].key
        if let dot = key.firstIndex(of: ".") {
            guard isClock(key[..<dot], key[key.index(after: dot)...]) else { return false }
        } else {
            guard index >= 4, units[index - 2].key == ":", units[index - 3].kind == .number,
                  isClock(Substring(units[index - 3].key), Substring(key)) else { return false }
            hourIndex = index - 3
        }
        return hourIndex > 0 && (units[hourIndex - 1].key == "pukul" || units[hourIndex - 1].key == "jam")
    }

    /// Whether the acronym at `index` stands in brackets right after the lowercase words it
    /// abbreviates, one initial a word (`penyandang masalah kesejahteraan sosial (PMKS)`); the first
    /// of them may start the sentence.
    func isSpelledOutInLowercase(_ units: [Unit], at index: Int) -> Bool {
        guard index > 0, index + 1 < units.count, units[index - 1].key == "(", units[index + 1].key == ")" else { return false }
        let letters = Array(units[index].key.unicodeScalars)
        guard letters.count >= 2, index >= letters.count + 1 else { return false }
        let start = index - 1 - letters.count
        for (offset, letter) in letters.enumerated() {
            let word = units[start + offset]
            guard word.isWord, !word.isCapitalized || (offset == 0 && word.isSentenceInitial && !word.isAllCaps),
                  word.key.unicodeScalars.first == letter else { return false }
        }
        return true
    }

    /// The cue type of the words at `index`: two-word cues (`kereta api`) first, then one-word ones.
    func cue(_ units: [Unit], at index: Int) -> TermCategory? {
        let unit = units[index]
        if index + 1 < units.count, unit.listed(as: .twoWordCueFirst), units[index + 1].listed(as: .twoWordCueRest),
           let type = self.index.cues[unit.key + " " + units[index + 1].key] {
            return type
        }
        return unit.facts.cue
    }

    /// Whether `unit` may follow a type letter (`hepatitis C`): a lowercase word or a stop, comma,
    /// colon or bracket; not a joiner (`indeks S & P 500`, `S/P`) nor an apostrophe (`parfum L'
    /// Occitane`, `sontekan N'Golo Kante`: a French name's elision).
    func endsTypeLetter(_ unit: Unit) -> Bool {
        unit.isWord ? !unit.isCapitalized : unit.kind == .punctuation && [",", ".", ";", ":", "(", ")", "?", "!"].contains(unit.key)
    }

    /// Whether a cue of two words (`rumah sakit`, `kantor berita`) starts at `index`.
    func isTwoWordCue(_ units: [Unit], at index: Int) -> Bool {
        index + 1 < units.count && units[index].listed(as: .twoWordCueFirst) && units[index + 1].listed(as: .twoWordCueRest)
            && self.index.cues[units[index].key + " " + units[index + 1].key] != nil
    }

    /// The end of the run of name parts starting at `start`.
    func nameRun(_ units: [Unit], from start: Int) -> Int {
        var end = start + 1
        let cue = cue(units, at: start)
        let joinsConnectors = cue == .organization || cue == .document || cue == .event
        var joinedInEnglish = false
        while end < units.count {
            let unit = units[end]
            if unit.followsHyphen && cue == nil { break }
            if repeatsName(units, from: start, at: end) { break }
            // In a headline every word is capitalized: an acronym written so there (`Sikap Nato Putin
            // Tiba di Korut`: NATO in the text) is a name of its own, as is the word after it.
            if cue == nil, unit.isSentenceInitial, isHeadlineAcronym(unit) || isHeadlineAcronym(units[end - 1]) { break }
            // A document's year or number belongs to its name (`UUD 1945`, `UU Nomor 7 Tahun 2017`).
            if cue == .document, let after = documentNumberEnd(units, at: end) {
                end = after
                continue
            }
            // `Nomor 56`: a noun of number ends the name before its number.
            if unit.listed(as: .numberNoun), end + 1 < units.count, units[end + 1].kind == .number { break }
            // Inside a person's name: a particle (`Omar al-Beshir`, `Hugo de Vries`) or an initial
            // between two parts (`Irianto MS Syaifuddin`).
            if cue == nil, isPersonLike(units[end - 1]), let particleEnd = personParticleEnd(units, at: end) {
                end = particleEnd
                continue
            }
            // `Return on Equity`, `Bill of Rights`, `Four Weddings and a Funeral`: the function words
            // of English join a name written in English, whatever heads it; `and` before more than
            // one word joins only after another of them (`Centers for Disease Control and
            // Prevention`), else it lists names (`Lawrence Odell Holley and Ella Pauline Drake`).
            if let after = englishConnectorsEnd(units, at: end), after < units.count, !units[after].isSentenceInitial,
               continuesName(units[after], inCuedName: false), titleHead(units, at: after) == nil,
               unit.key != "and" || joinedInEnglish || !(after + 1 < units.count && continuesName(units[after + 1], inCuedName: false)) {
                end = after + 1
                joinedInEnglish = true
                continue
            }
            if !joinsConnectors {
                // A title starts a new phrase (`mobil Aurus Presiden Rusia`), unless nothing
                // capitalized follows it (`Tatang Farhanul Hakim`); an acronym after a name is a
                // second name (`Korut KCNA`).
                if let head = titleHead(units, at: end),
                   !(isPersonLike(units[end - 1]) && head.end == end + 1 && !startsName(units, at: head.end)) {
                    break
                }
                // A roman numeral after a point of the compass numbers a district of the region
                // (`daerah pemilihan Jawa Tengah V`), no part of its name.
                if cue == nil, units[end - 1].listed(as: .compassWord), unit.listed(as: .nonName),
                   unit.key.allSatisfy({ "ivx".contains($0) }) {
                    break
                }
                // A regnal number ends a person's name of two words or more (`Paul Kevin Jonas II`),
                // not a blend's (`Munas IX`).
                if cue == nil, end - start >= 2, isRegnalNumber(units, at: end), isPersonLike(units[end - 2]) {
                    end += 1
                    break
                }
                // (Not initials with full stops after a name: `Bouygues S.A.`, `Farmington N.M.`.)
                if cue == nil && unit.isAllCaps && !units[end - 1].isAllCaps && !isDottedInitials(units, at: end) { break }
            }
            // After a person's name, a verb with its prefix (`Mendur Bersaudara`; a root such as
            // `Naik` may be a surname) or a common word the input mostly writes in lowercase is a
            // stray capital (`Putin Tiba di Korut`), not part of the name.
            if !joinsConnectors, !unit.isAllCaps, isPersonLike(units[end - 1]), unit.looksLikeVerb, unit.hasKnownVerbStem { break }
            if !joinsConnectors, isPersonLike(units[end - 1]), tag(unit) != .unknown, tag(unit) != .properNoun,
               evidence.lowercase(unit) > evidence.capitalized(unit) {
                break
            }
            // A number of things (`Ratusan relawan …` after a missing full stop) starts no name part.
            if !joinsConnectors, unit.isQuantifier { break }
            // A common word before a colon is the label of a list line whose break was lost
            // (`SDS Delima Alamat: Jalan Bangka`), not part of the name before it.
            if isLabel(units, at: end) { break }
            // `PT Garuda Indonesia (Persero) Tbk`: a legal form in brackets belongs to the name of a
            // company that starts with its legal form.
            if unit.key == "(", end + 2 < units.count, units[end + 1].listed(as: .companyForm), units[end + 2].key == ")",
               tables.companyLeadForms.contains(units[start].key) {
                end += 3
                continue
            }
            if continuesName(unit, inCuedName: joinsConnectors) {
                end += 1
                continue
            }
            // The year of a named event belongs to its name and ends it (`Piala Dunia 2022`,
            // `Kualifikasi Piala Dunia 2022`): the event of another year is another event. Not the
            // year after a lone event word (`Pemilu 2014`, `Pilpres 2019`: the common noun with its
            // date) nor after an event word the input mostly writes in lowercase.
            if isYear(unit), end - start >= 2, (start..<end).contains(where: {
                self.cue(units, at: $0) == .event && evidence.lowercase(units[$0]) <= evidence.capitalized(units[$0])
            }) {
                end += 1
                break
            }
            // A school's number, and the town after it, belong to its name (`SMA Negeri 1 Bandung`,
            // `SMAN 70 Jakarta`, `SMAN 6 mengikuti …`); not a count of a lowercase noun (`anak SD 6 tahun`).
            if unit.kind == .number, unit.key.utf8.count <= 3, unit.key.allSatisfy(\.isNumber),
               tables.numberedHeads.contains(units[start].key),
               end + 1 == units.count || !units[end + 1].isWord || units[end + 1].isCapitalized || tag(units[end + 1]) != .noun {
                end += 1
                continue
            }
            // A model's or a place's number after its name (`Oppo Reno 3`, `Terminal 2`, `Liga 1`)
            // belongs to it where the document writes the two together more than once; a number
            // once after a name is anything (a score, a count of the noun after it: `Jakarta 3 orang`,
            // `Komite 1 Tahun`).
            if unit.kind == .number, cue != .document, unit.key.utf8.count <= 3, unit.key.allSatisfy(\.isNumber),
               units[end - 1].isWord, units[end - 1].isCapitalized, !units[end - 1].isCalendar, !labelsNumber(units[end - 1]),
               end + 1 == units.count || !units[end + 1].isWord || tag(units[end + 1]) != .noun,
               writesRepeatedly(units, end - 1..<end + 1) {
                end += 1
                continue
            }
            // A model's code of digits and capitals after its name belongs to it (`Snapdragon 765G`, `Redmi 8A`).
            if units[end - 1].isWord, units[end - 1].isCapitalized, !units[end - 1].isCalendar, isModelCode(unit) {
                end += 1
                continue
            }
            // `tahun 1961`, `2000 dan 2001`: years belong to document names.
            if cue == .document, unit.kind == .number, ["tahun", "dan"].contains(units[end - 1].key) || units[end - 1].kind == .number {
                end += 1
                continue
            }
            if joinsConnectors, unit.isWord, unit.listed(as: .nameConnector), end + 1 < units.count {
                let next = units[end + 1]
                // `Angkatan Darat dan Angkatan Laut`, `Mahkamah Konstitusi dan Dewan Kehormatan …`:
                // a cue word after `dan` starts a second name.
                if unit.key == "dan", self.cue(units, at: end + 1) != nil { break }
                let yearFollows = cue == .document && next.kind == .number && (unit.key == "tahun" || units[end - 1].kind == .number)
                if yearFollows || continuesName(next, inCuedName: true) && unit.key != "tahun" {
                    end += 1
                    continue
                }
            }
            break
        }
        // A connector never ends a name on its own, nor does the label of a number (`No`, `Rp`).
        return endBeforeNumberLabels(units, from: start, end: end)
    }

    /// Whether a word capitalized only by its first letter in a headline is an acronym its document
    /// writes in capitals inside sentences (`Nato`, NATO). (Few headline words are asked: a scan.)
    func isHeadlineAcronym(_ unit: Unit) -> Bool {
        unit.isSentenceInitial && !unit.isAllCaps && unit.isCapitalized && acronyms.contains { $0.id == unit.facts.id }
    }

    /// The index after one or two English function words at `index` (`of`, `and a`), if any.
    func englishConnectorsEnd(_ units: [Unit], at index: Int) -> Int? {
        var end = index
        while end < units.count, end - index < 2, units[end].isWord, !units[end].isCapitalized,
              units[end].listed(as: .englishNameConnector) {
            end += 1
        }
        return end > index ? end : nil
    }

    /// Whether a capitalized word starts at `index`.
    /// Whether the word at `index` is a label: a general word (Zipf ≥ 4) right before a colon
    /// (`Alamat:`, `Harga:`, `Lokasi:`).
    func isLabel(_ units: [Unit], at index: Int) -> Bool {
        index + 1 < units.count && units[index].isWord && !units[index].isAllCaps && units[index].zipf >= 4
            && units[index + 1].kind == .punctuation && units[index + 1].key == ":"
    }

    func startsName(_ units: [Unit], at index: Int) -> Bool {
        index < units.count && units[index].isWord && units[index].isCapitalized
    }

    /// The end of a particle or an initial inside a person's name at `index`, if there is one:
    /// a glued particle (`al-Assad`), a particle before a capitalized part (`de Vries`), or an
    /// initial of one or two capitals between two parts (`Irianto MS Syaifuddin`).
    func personParticleEnd(_ units: [Unit], at index: Int) -> Int? {
        let unit = units[index]
        guard unit.isWord else { return nil }
        let key = unit.key
        if !unit.isCapitalized, unit.facts.keyHasHyphen, let hyphen = key.firstIndex(of: "-"),
           tables.nameParticles.contains(String(key[...hyphen])),
           unit.surface.unicodeScalars.dropFirst(key.distance(from: key.startIndex, to: hyphen) + 1).first?.properties.isUppercase == true {
            return index + 1
        }
        guard index + 1 < units.count, isPersonLike(units[index + 1]) else { return nil }
        if unit.listed(as: .nameParticle) { return index + 2 }  // `de Vries`, `Salim Segaf Al Jufri`
        // Two capitals (`MS`) or one, with or without its full stop (`Laode M Syarif`, `Laode M. Syarif`).
        if unit.isAllCaps && unit.utf8Range.count <= 2 || isNameInitial(unit), !unit.listed(as: .placeName) { return index + 2 }
        return nil
    }

    /// Whether the unit at `index` is a roman numeral of two letters or more after a word of a
    /// person's name: a regnal number (`Abdullah II`, `Hamengkubuwono IX`), part of the name.
    func isRegnalNumber(_ units: [Unit], at index: Int) -> Bool {
        index > 0 && units[index].isWord && units[index].isAllCaps && units[index].range.count >= 2
            && units[index].listed(as: .nonName) && units[index].key.allSatisfy({ "ivx".contains($0) })
            && isPersonLike(units[index - 1])
    }

    /// Where the person at the end of `units[lower..<end]` starts: person-like words, with the
    /// particles and initials between them (``personParticleEnd(_:at:)``).
    func personStart(_ units: [Unit], end: Int, lower: Int) -> Int {
        var start = end
        while start > lower {
            // A compound of common words (`Bea Cukai` in `Kasubdit … Bea Cukai Deni Surjantoro`) is
            // no part of the person's name.
            if start - 2 >= lower, units[start - 2].startsCompound, units[start - 1].isCapitalized { break }
            // The word right after a company's leading legal form is the company's name, no person's
            // (`Bulog` in `Direktur Utama Perum Bulog Budi Waseso`, `PT Pertamina Nicke Widyawati`).
            if start - 2 >= lower, units[start - 2].isCapitalized, tables.companyLeadForms.contains(units[start - 2].key) { break }
            if isPersonLike(units[start - 1]) || start < end && beginsAbsentPlace(units, at: start - 1) { start -= 1; continue }
            // A glued particle ends the name (`Bashar al-Assad`); another sits between two parts.
            if start - 1 > lower, isPersonLike(units[start - 2]), let particleEnd = personParticleEnd(units, at: start - 1),
               particleEnd == start || (particleEnd == start + 1 && start < end) {
                start -= 1
                continue
            }
            break
        }
        // Initials open the name before its first word (`Ketua Umum PPP M Romahurmuziy`, `H. M. Prasetyo`).
        while start > lower, start < end, isNameInitial(units[start - 1]), !units[start - 1].listed(as: .placeName) { start -= 1 }
        return start
    }

    /// Whether a unit continues a name: capitalized, no date word or pronoun; a capitalized stop word only
    /// inside a sentence (`Perang Dunia Kedua`, `Selandia Baru`) or inside a cued name; in a headline,
    /// only with evidence that it is a name.
    func continuesName(_ unit: Unit, inCuedName: Bool) -> Bool {
        guard unit.isWord, unit.isCapitalized, !unit.isCalendar, !unit.listed(as: .pronoun) else { return false }
        // A preposition, conjunction or the like with a stray capital ends an uncued name before it
        // (a cued one may hold it: `Perjanjian Kerja Waktu Tidak Tertentu`).
        if unit.listed(as: .clauseWord) && !inCuedName && !unit.isAllCaps { return false }
        if unit.isSentenceInitial && !inCuedName { return hasNameEvidence(unit) }
        if unit.keyIsStop && !unit.isAllCaps { return !unit.isSentenceInitial || inCuedName }
        return true
    }

    /// Emits a run of name parts: a person after an organisation cue is split off
    /// (`Departemen Luar Negeri AS Matthew Miller`); a place at the end of an uncued name too
    /// (`Rodong Sinmun Korea Utara`).
    private func emitName(_ units: [Unit], _ run: Range<Int>, covered: inout [Bool], into found: inout DocumentMentions) {
        // `Kantor berita …` at a sentence start: a common noun, left to the common-term rules.
        // Inside a sentence, a lone capitalized common noun that starts a two-word cue or compound
        // with the lowercase word after it (`Bahkan Kantor berita …`) is a stray capital.
        if run.count == 1, tag(units[run.lowerBound]) == .noun,
           run.upperBound < units.count, units[run.upperBound].isWord, !units[run.upperBound].isCapitalized,
           units[run.lowerBound].isSentenceInitial || units[run.lowerBound].startsCompound
            || self.index.cues[units[run.lowerBound].key + " " + units[run.upperBound].key] != nil {
            return
        }
        // A lone word at a sentence start that the lexicon does not tag but general Indonesian
        // uses (Zipf ≥ 3), never capitalized inside a sentence, heading a noun phrase (a lowercase
        // modifier or a demonstrative after it: `Naluri politik`, `Penggagas riset`, `Trojan ini`)
        // is a common word; a name is followed by its verb (`Putin bertemu`, `Vidi telah …`) or
        // stands by a verb of saying (`Firman mengatakan …`). Before another capitalized word it
        // starts a name (`Maki Horikita`); inside a headline it is a name's capital (`Amerika dan
        // Korsel Gelisah`).
        if run.count == 1, run.lowerBound == 0 || units[run.lowerBound - 1].kind == .punctuation,
           isBareInitialWord(units[run.lowerBound]), run.upperBound < units.count,
           units[run.upperBound].isWord && !units[run.upperBound].isCapitalized,
           isModifier(units[run.upperBound]) || units[run.upperBound].listed(as: .demonstrative) {
            return
        }
        // A religion, its followers or God (`partai Islam`, `dunia Muslim`, `kepada Allah`) is a
        // term, no organisation: alone, never inside a name (`Negara Islam`, `Himpunan Mahasiswa Islam`);
        // so is a genus named by its Greek or Latin ending (`Allosaurus`, `Solenodon`), and a point of
        // the compass alone, a bloc (`menghadapi Barat`, `media Barat`: the West).
        if run.count == 1, units[run.lowerBound].listed(as: .religionWord) || isGenusName(units[run.lowerBound])
            || isBlocName(units[run.lowerBound]) {
            add(units, run, kind: .name, hint: .term, covered: &covered, into: &found)
            return
        }
        // Before a place it names the place's believers (`umat Muslim India`): the religion is a term,
        // the place a name of its own (not before a person: `Kristen Bell`, `Buddha Sakyamuni`).
        if run.count >= 2, units[run.lowerBound].listed(as: .religionWord), cue(units, at: run.lowerBound) == nil,
           units[run.lowerBound + 1].listed(as: .placeNameStart),
           places.contains(units[run.lowerBound + 1..<run.upperBound].map(\.key).joined(separator: " ")) {
            add(units, run.lowerBound..<run.lowerBound + 1, kind: .name, hint: .term, covered: &covered, into: &found)
            emitName(units, run.lowerBound + 1..<run.upperBound, covered: &covered, into: &found)
            return
        }
        // A genus and the Latin epithet after it name a species, a term, no organisation
        // (`Trichomonas vaginalis`, `Naja sumatrana`, `Orobates pabsti`-like pairs with a Latin ending).
        if run.count == 1, !units[run.lowerBound].isAllCaps, run.upperBound < units.count, isEpithet(units[run.upperBound]) {
            add(units, run.lowerBound..<run.upperBound + 1, kind: .name, hint: .term, covered: &covered, into: &found)
            return
        }
        // After other capitalized words (a heading glued to its sentence, a capitalized class:
        // `Klasifikasi Ilmiah Vespa affinis`, `Nyamuk Aedes aegypti`) the genus is the run's last
        // word: the species is the term, the words before it are read on their own (one common
        // word of the lexicon alone, `Nyamuk`, `Ilmiah`, names nothing).
        // (Not a word of a place name or general Indonesian: `Jawa Barat`.)
        if run.count >= 2, !units[run.upperBound - 1].isAllCaps, units[run.upperBound - 1].isCapitalized,
           units[run.upperBound - 1].zipf < 4, !units[run.upperBound - 1].listed(as: .placeWord),
           units[run.upperBound - 2].isWord, run.upperBound < units.count, isEpithet(units[run.upperBound]) {
            add(units, run.upperBound - 1..<run.upperBound + 1, kind: .name, hint: .term, covered: &covered, into: &found)
            let rest = run.lowerBound..<run.upperBound - 1
            if rest.count >= 2 || [.properNoun, .unknown].contains(tag(units[rest.lowerBound])) {
                emitName(units, rest, covered: &covered, into: &found)
            }
            return
        }
        // A common noun and a roman numeral number a part or a grade (`Kelas X`, `Bab II`): a term;
        // a cue word so numbered names a body (`Komisi III`).
        if run.count == 2, tag(units[run.lowerBound]) == .noun, cue(units, at: run.lowerBound) == nil,
           titleHead(units, at: run.lowerBound) == nil, units[run.lowerBound + 1].listed(as: .nonName),
           units[run.lowerBound + 1].key.allSatisfy({ "ivx".contains($0) }) {
            add(units, run, kind: .name, hint: .term, covered: &covered, into: &found)
            return
        }
        // A letter alone names nothing: a unit (`21 C`), a code (`No 121/D/O/2007`), an initial cut
        // from its name by a full stop.
        if run.count == 1, units[run.lowerBound].range.count == 1 { return }
        // An academic degree alone (`Pakpahan SH`, `lulusan S1`) names nothing, nor does the label
        // of a number (`Jalan Kolonel Sugiyono No.`).
        if run.count == 1, units[run.lowerBound].listed(as: .degree) || labelsNumber(units[run.lowerBound]) { return }
        // A function word alone (`Hingga`, `Tak`: the tagged news corpus reads it as a preposition,
        // conjunction, adverb, negation …), capitalized where a sentence's full stop was lost
        // (`dibuka di Rp 14.048 Hingga pukul 9.06 WIB`), names nothing.
        if run.count == 1, isCapitalizedFunctionWord(units[run.lowerBound]) { return }
        // An English function word alone (`The` of `" The 50 Sexiest Men "`) names nothing.
        if run.count == 1, units[run.lowerBound].listed(as: .englishNameConnector) { return }
        // A title or byline head alone (`Reporter` under an article) names no one; a cue word
        // alone (`anggota Dewan`, `Departemen ini`) is the head of a name left unsaid.
        if run.count == 1, units[run.lowerBound].listed(as: .titleHead)
            || (!units[run.lowerBound].isAllCaps && cue(units, at: run.lowerBound) != nil) {
            return
        }
        // A company's legal form ends its name, which is one organisation (`PT Global Mediacom
        // Tbk`: no person in it); alone (`(Persero)`) it names nothing.
        // A form the table lists with its full stop (`inc.`) keeps the stop written right after it
        // (`DeSoto Inc.`, `CVN Cos.`): an abbreviation's stop is part of the name.
        if units[run.upperBound - 1].listed(as: .companyForm) {
            let last = units[run.upperBound - 1]
            let stop = run.upperBound < units.count && units[run.upperBound].key == "."
                && units[run.upperBound].range.lowerBound == last.range.upperBound
                && tables.companyForms.contains(last.key + ".")
            if run.count >= 2 { add(units, run, kind: .name, hint: .organization, fullStop: stop, covered: &covered, into: &found) }
            return
        }
        // A derived or other common noun before an institution's name is no part of it (`Pengarahan
        // Dewan Pertimbangan`, `Kebijakan Bank Indonesia`, `kedokteran Hewan Universitas Gajah
        // Mada`): the name starts at its cue.
        if run.count >= 3, cue(units, at: run.lowerBound) == nil, !units[run.lowerBound].isAllCaps,
           isDerivedCommonWord(units[run.lowerBound]) || tag(units[run.lowerBound]) == .noun,
           cue(units, at: run.lowerBound + 1) == .organization {
            emitName(units, run.lowerBound + 1..<run.upperBound, covered: &covered, into: &found)
            return
        }
        let cue = cue(units, at: run.lowerBound)
        // `Ditjen Bea dan Cukai Kementerian Keuangan`: a unit's name and its ministry after it are two
        // names (``LanguageTables/parentOrganizationHeads``).
        if cue == .organization, let parent = parentStart(units, in: run) {
            add(units, run.lowerBound..<parent, kind: .name, hint: cue, covered: &covered, into: &found)
            emitName(units, parent..<run.upperBound, covered: &covered, into: &found)
            return
        }
        // `Dewan Pimpinan Pusat PPP`, `Badan Pemenangan Pemilu PPP`: an acronym after an
        // organisation named in three words or more, other than its own, is the body it belongs to,
        // a name of its own.
        if cue == .organization, run.count >= 4, units[run.upperBound - 1].isAllCaps, units[run.upperBound - 1].utf8Range.count >= 3,
           !units[run.upperBound - 1].facts.keyHasFullStop,
           units[run.lowerBound..<run.upperBound - 1].allSatisfy({ $0.isWord && !$0.isAllCaps && !$0.listed(as: .nameConnector) }),
           // (Not the name's own acronym: `Badan Statistik Pusat BPS`.)
           units[run.upperBound - 1].key.sorted() != units[run.lowerBound..<run.upperBound - 1].compactMap(\.key.first).sorted() {
            add(units, run.lowerBound..<run.upperBound - 1, kind: .name, hint: cue, covered: &covered, into: &found)
            add(units, run.upperBound - 1..<run.upperBound, kind: .name, hint: nil, covered: &covered, into: &found)
            return
        }
        // `Israel utara`, `Afrika barat`: a place and the point of the compass after it.
        if cue == nil, let compassEnd = compassEnd(units, afterPlace: run) {
            add(units, run.lowerBound..<compassEnd, kind: .name, hint: .location, covered: &covered, into: &found)
            return
        }
        var personStart = run.upperBound
        personStart = self.personStart(units, end: personStart, lower: run.lowerBound)
        // The word after a cue is never the person (`Partai Golkar Aburizal Bakrie`); after a cue
        // of two words neither (`Rumah Sakit Raymond Poincare`: a namesake, one hospital).
        // A building, a station or a road named after a person names the place whole (`Hotel Grand
        // Sahid Jaya`, `Stadion Aji Imbut`): no person after a facility's cue when only
        // person-like words follow it; a settlement's or an area's cue is another matter (`Kabupaten
        // Sleman Sri Purnomo`: the regent after the regency).
        var namesake = false
        if let lastCue = lastCue(units, in: run) {
            let cueEnd = lastCue + (isTwoWordCue(units, at: lastCue) ? 2 : 1)
            namesake = personStart <= cueEnd && cueEnd < run.upperBound && lastCue == run.lowerBound
                && self.cue(units, at: lastCue) == .location && !units[lastCue].listed(as: .settlementHead)
                && !tables.areaHeads.contains(units[lastCue].lemma)
            if personStart <= cueEnd { personStart = min(run.upperBound, cueEnd + 1) }
            // A legal form that starts a name (`PT Salma Arowana Lestari`) names a company by all the
            // words after it: no person in it, unless an acronym ends the company (`PT AHM Rina Listiani`).
            if lastCue == run.lowerBound, tables.companyLeadForms.contains(units[lastCue].key),
               !units[personStart - 1].isAllCaps {
                personStart = run.upperBound
            }
        }
        if cue != nil, !namesake, run.upperBound - personStart >= 2, personStart > run.lowerBound {
            add(units, run.lowerBound..<personStart, kind: .name, hint: cue, covered: &covered, into: &found)
            add(units, personStart..<run.upperBound, kind: .name, hint: .person, titled: run, covered: &covered, into: &found)
            return
        }
        // `PDIP Ganjar Pranowo`, `HAM Siti Noor Laila`: an acronym before two or more words of a
        // person's name is a name of its own.
        // A country before a name that reads as a person's is a name of its own too (`ahli botani
        // Belanda Hugo de Vries`; not `Indonesia Corruption Watch`), and before words all unknown to
        // the lexicon (`Siswa India Nitin Jain`: the lexicon knows `watch` as a name's word).
        if cue == nil, run.upperBound - personStart >= 2, personStart > run.lowerBound,
           units[personStart - 1].isAllCaps && units[personStart - 1].utf8Range.count >= 3
            || units[run.lowerBound].listed(as: .placeNameStart)
                && places.contains(units[run.lowerBound..<personStart].map(\.key).joined(separator: " "))
                && (readsAsPerson(units, personStart..<run.upperBound) || allUnknown(units, personStart..<run.upperBound)) {
            emitName(units, run.lowerBound..<personStart, covered: &covered, into: &found)
            add(units, personStart..<run.upperBound, kind: .name, hint: .person, covered: &covered, into: &found)
            return
        }
        // `Rodong Sinmun Korea Utara`: a place after a name is a name of its own; not after a name
        // made of common words (`Bursa Efek Indonesia`, `Radio Suara Palestina`: the country's
        // institution), nor a country's acronym after an acronym (`DPR RI`), nor after one word
        // that reads as a name (`Badrodin Haiti`, `Hassan Turki`, `Garuda Indonesia`, `Timnas
        // Jerman`: a person with a surname that is a place, a company's or team's national arm;
        // `Katolik Roma` splits, see ``LanguageTables/religionWords``).
        if cue == nil, let placeStart = trailingPlace(units, run), placeStart > run.lowerBound, !isRegisteredName(units, run),
           !places.contains(units[run].map(\.key).joined(separator: " ")),  // `Hindia Belanda`
           !allFieldWords(units, run.lowerBound..<placeStart)
            || (run.upperBound < units.count && units[run.upperBound].followsHyphen),  // `… Komprehensif Korut-Rusia`
           !(units[placeStart].isAllCaps && units[placeStart - 1].isAllCaps),
           // (Nor after a code with digits: `Timnas U-19 Indonesia`, the age group's team.)
           !units[placeStart - 1].key.utf8.contains(where: { (0x30...0x39).contains($0) }),
           !(placeStart - run.lowerBound == 1 && isPersonLike(units[run.lowerBound])
                && !units[run.lowerBound].listed(as: .religionWord)) {
            add(units, run.lowerBound..<placeStart, kind: .name, hint: nil, covered: &covered, into: &found)
            add(units, placeStart..<run.upperBound, kind: .name, hint: .location, covered: &covered, into: &found)
            return
        }
        // Initials with full stops end the name with their last stop (`Bouygues S.A.`).
        let stop = run.count >= 2 && isDottedInitials(units, at: run.upperBound - 1)
        // A name that ends in the year of an event inside it is that event (`Kualifikasi Piala
        // Dunia 2022`; ``nameRun(_:from:)`` joins the year).
        let hint = cue ?? (run.count >= 3 && isYear(units[run.upperBound - 1])
            && run.dropLast().contains { self.cue(units, at: $0) == .event } ? .event : nil)
        add(units, run, kind: .name, hint: hint, fullStop: stop, covered: &covered, into: &found)
    }

    // Speed: the helpers below are loops, not `last(where:)` / `allSatisfy` with a closure in
    // `emitName` and `title`: a closure there that calls a method captures `self`, and Swift copies the
    // whole finder (an outlined copy and destroy of every field) once per name.

    /// The last index of `run` where a cue word starts (``cue(_:at:)``), if any.
    func lastCue(_ units: [Unit], in run: Range<Int>) -> Int? {
        for index in run.reversed() where cue(units, at: index) != nil { return index }
        return nil
    }

    /// Where a parent body's name starts inside the organisation's name `units[run]`, after two
    /// words or more of the unit's own, if it does: a ``LanguageTables/parentOrganizationHeads`` cue
    /// before a capitalized word.
    func parentStart(_ units: [Unit], in run: Range<Int>) -> Int? {
        guard run.count >= 4 else { return nil }
        for index in run.lowerBound + 2..<run.upperBound - 1
        where units[index].isCapitalized && !units[index].isAllCaps && tables.parentOrganizationHeads.contains(units[index].key)
            && cue(units, at: index) == .organization && units[index + 1].isCapitalized {
            return index
        }
        return nil
    }

    /// Whether every word of `units[range]` is an initial (``isInitial(_:)``).
    func allInitials(_ units: [Unit], _ range: Range<Int>) -> Bool {
        for index in range where !isInitial(units[index]) { return false }
        return true
    }

    /// Whether every word of `units[range]` is unknown to the lexicon.
    func allUnknown(_ units: [Unit], _ range: Range<Int>) -> Bool {
        for index in range where tag(units[index]) != .unknown { return false }
        return true
    }

    /// Whether every word of `units[range]` names a field of an office (``isFieldWord(_:)``).
    func allFieldWords(_ units: [Unit], _ range: Range<Int>) -> Bool {
        for index in range where !isFieldWord(units[index]) { return false }
        return true
    }

    /// Whether the word at `index` is capital initials with full stops between them and a full stop
    /// written right after it (`S.A.`, `N.M.`: a company's form, a state's abbreviation).
    func isDottedInitials(_ units: [Unit], at index: Int) -> Bool {
        let unit = units[index]
        guard unit.isWord, unit.isAllCaps, unit.facts.keyHasFullStop, index + 1 < units.count,
              units[index + 1].key == ".", units[index + 1].range.lowerBound == unit.range.upperBound else { return false }
        return unit.key.split(separator: ".", omittingEmptySubsequences: false).allSatisfy { $0.count == 1 }
    }

    /// Whether person-like words read as a person's name by more than their shape: a particle or an
    /// initial inside (`Hugo de Vries`, `Otto von Bismarck`) or a last word seen beside a verb of
    /// saying. (The lexicon's proper nouns hold the English words of names: `Watch`, `Award`.)
    func readsAsPerson(_ units: [Unit], _ range: Range<Int>) -> Bool {
        range.contains { !isPersonLike(units[$0]) } || evidence.nearSpeechVerb.contains(units[range.upperBound - 1].key)
    }

    /// Whether a capitalized word is a genus by its ending (``LanguageTables/genusEndings``), with at
    /// least four letters before it (`Tenontosaurus`, `Hibiscadelphus`; not `Raptor`).
    func isGenusName(_ unit: Unit) -> Bool {
        unit.isCapitalized && !unit.isAllCaps && unit.facts.keyHasGenusEnding
    }

    /// Whether `key` ends in a genus ending (``LanguageTables/genusEndings``) with at least four
    /// letters before it: a word fact (``WordFacts/keyHasGenusEnding``), found once per key.
    static func hasGenusEnding(_ key: String, tables: LanguageTables) -> Bool {
        tables.genusEndings.contains { key.utf8.count >= $0.utf8.count + 4 && hasSuffix(key, $0) }
    }

    /// Whether a lowercase word reads as a species' Latin epithet: unknown to general Indonesian,
    /// tagged by the lexicon fewer than ten times if at all or mostly as a common or foreign noun
    /// (its news tags the epithets it meets `NN`: `affinis`), four letters or more, no clitic
    /// (`perkaranya`), with a Latin ending (``LanguageTables/epithetEndings``).
    func isEpithet(_ unit: Unit) -> Bool {
        guard unit.isWord, !unit.isCapitalized, !unit.hasClitic, unit.zipf <= 1, unit.key.utf8.count >= 4,
              !unit.facts.keyHasHyphen else { return false }
        let key = unit.key
        guard unit.tagClass == .unknown || statistics.tagCounts[key, default: 0] < 10
                || unit.tagClass == .noun || unit.tagClass == .foreign else { return false }
        return tables.epithetEndings.contains { key.hasSuffix($0) }
    }

    /// Whether a word is `se-` and a capitalized place or body (`se-Asia`, `se-Nunukan`, all across
    /// Asia): a prepositional phrase, never a modifier of a term.
    func isAcrossPlace(_ unit: Unit) -> Bool {
        guard unit.facts.keyHasHyphen, unit.key.hasPrefix("se-"), unit.key.utf8.count > 4 else { return false }
        return unit.surface.dropFirst(3).first?.isUppercase == true
    }

    /// Whether a capitalized point of the compass stands alone for a bloc (`Barat`, the West), not
    /// for a person named so (`kata Timur`).
    func isBlocName(_ unit: Unit) -> Bool {
        unit.isCapitalized && !unit.isSentenceInitial && unit.listed(as: .compassWord)
            && !evidence.nearSpeechVerb.contains(unit)
    }

    /// Whether `units[range]` names a place on its own: a known place, a word written after a
    /// preposition of place (`di Gaza`), or a name headed by a place word (`Kabupaten Enrekang`).
    func isStandalonePlace(_ units: [Unit], _ range: Range<Int>) -> Bool {
        let key = units[range].map(\.key).joined(separator: " ")
        return places.contains(key) || evidence.afterPlacePreposition.contains(key) 
            || (range.count >= 2 && units[range.lowerBound].listed(as: .placeHead))
    }

    /// Whether a sentence-initial word has no evidence of a name but that it is capitalized: unknown
    /// to the lexicon, a general word (Zipf ≥ 3), no known place, never capitalized inside a
    /// sentence nor beside a verb of saying.
    func isBareInitialWord(_ unit: Unit) -> Bool {
        unit.isSentenceInitial && !unit.isAllCaps && unit.tagClass == .unknown && unit.zipf >= 3.0 && !unit.listed(as: .placeName)
            && evidence.capitalized(unit) == 0 && !evidence.nearSpeechVerb.contains(unit)
    }

    /// The end of a lowercase point of the compass after a place name (`Afrika barat`, `Sumatera
    /// selatan`, `Iran barat laut`), if one follows `run` and the run is a known place.
    func compassEnd(_ units: [Unit], afterPlace run: Range<Int>) -> Int? {
        let first = units[run.lowerBound]
        // One word: its listings and the evidence; more: their keys joined, where they can be a place.
        let isPlace = run.count == 1
            ? first.listed(as: .placeName) || first.listed(as: .placeWord) || evidence.afterPlacePreposition.contains(first)
            : first.listed(as: .placeNameStart) && places.contains(units[run].map(\.key).joined(separator: " "))
        guard isPlace else { return nil }
        for length in [2, 1] where run.upperBound + length <= units.count {
            let words = units[run.upperBound..<run.upperBound + length]
            if words.allSatisfy({ $0.isWord && !$0.isCapitalized }),
               tables.compassWords.contains(words.map(\.key).joined(separator: " ")) {
                return run.upperBound + length
            }
        }
        return nil
    }

    /// Whether the word at `index` ends a place of two words that starts at `lower` or after it
    /// (`Serikat` in `Amerika Serikat`).
    func endsPlace(_ units: [Unit], at index: Int, after lower: Int) -> Bool {
        index > lower && units[index - 1].listed(as: .placeNameStart) && places.contains(units[index - 1].key + " " + units[index].key)
    }

    /// Where the holder of an office starts in its capitalized words `run`, when they are a known place
    /// (`Amerika Serikat`) and two or three words after it that can only be a name: capitalized, no
    /// acronym, cue, title, field of an office or word of a place, unknown to the lexicon or a proper
    /// or foreign word there (`Condoleezza Rice`).
    func holderAfterPlace(_ units: [Unit], _ run: Range<Int>) -> Int? {
        guard run.count >= 3, units[run.lowerBound].listed(as: .placeNameStart) else { return nil }
        for placeEnd in stride(from: run.upperBound - 2, to: run.lowerBound, by: -1) where run.upperBound - placeEnd <= 3 {
            guard places.contains(units[run.lowerBound..<placeEnd].map(\.key).joined(separator: " ")) else { continue }
            let holder = units[placeEnd..<run.upperBound]
            let nameOnly = holder.allSatisfy { unit in
                unit.isWord && unit.isCapitalized && !unit.isAllCaps && !unit.facts.keyHasFullStop && unit.facts.cue == nil
                    && !unit.listed(as: .titleHead) && !unit.listed(as: .placeWord) && !unit.keyIsStop && !isFieldWord(unit)
                    && (unit.tagClass == .unknown || unit.tagClass == .properNoun || unit.tagClass == .foreign)
            }
            return nameOnly ? placeEnd : nil
        }
        return nil
    }

    /// Whether the word at `index` is a `dan` between two fields of an office or a body (`Kelautan dan
    /// Perikanan`, `Koperasi dan UKM`): a field word before it, a field word or an acronym after it
    /// that starts no title.
    func joinsFields(_ units: [Unit], at index: Int) -> Bool {
        index > 0 && index + 1 < units.count && units[index].key == "dan" && isFieldWord(units[index - 1])
            && (isFieldWord(units[index + 1]) || units[index + 1].isAllCaps) && titleHead(units, at: index + 1) == nil
    }

    /// Whether a capitalized word names a field of an office (`Kelautan`, `Hukum`, `Pemasaran`): a
    /// common noun or adjective of the lexicon, a derived common word, or a word the input also
    /// writes in lowercase (`bursa`).
    func isFieldWord(_ unit: Unit) -> Bool {
        guard unit.isWord, unit.isCapitalized, !unit.isAllCaps, !unit.keyIsStop, !isOneWordTitleHead(unit) else { return false }
        return unit.tagClass == .noun || unit.tagClass == .adjective || isDerivedCommonWord(unit) || evidence.lowercase(unit) > 0
    }

    /// Whether the document writes the name at `run` with a company's legal form, so that a place
    /// at its end is part of the registered name (`Garuda Indonesia` where the text also has `PT
    /// Garuda Indonesia` or `Garuda Indonesia Tbk`, `Garuda Indonesia (Persero)`; the forms are
    /// ``LanguageTables/companyLeadForms`` and ``LanguageTables/companyForms``). Asked only when a
    /// place would be split off a name (seldom): the document's legal-form names are found then.
    func isRegisteredName(_ units: [Unit], _ run: Range<Int>) -> Bool {
        let name = text.bytes[units[run.lowerBound].utf8Range.lowerBound..<units[run.upperBound - 1].utf8Range.upperBound]
        return legalFormNames.contains(name, tables: tables)
    }

    /// Where a known place name that ends the run starts, if one does.
    private func trailingPlace(_ units: [Unit], _ run: Range<Int>) -> Int? {
        for start in run.lowerBound + 1..<run.upperBound where units[start].listed(as: .placeNameStart) {
            let key = units[start..<run.upperBound].map(\.key).joined(separator: " ")
            if places.contains(key) { return start }
        }
        return nil
    }

    /// A title from `start`; returns the index after it (and any person it introduces), or nil
    /// when the words there are no title.
    ///
    /// `titledFrom` starts the holder's titled form before `start` (an office before a rank);
    /// `complementOnly` makes every capitalized word after the head its complement (an office
    /// before a rank: the holder follows the rank).
    private func title(_ units: [Unit], from start: Int, head: (end: Int, needsComplement: Bool), titledFrom: Int? = nil,
                       complementOnly: Bool = false, covered: inout [Bool], into found: inout DocumentMentions) -> Int? {
        let headIsRank = rankEnd(units, at: start) == head.end
        // An office and a rank before its holder (`Kapolda Metro Jaya Irjen Gatot Eddy Pramono`,
        // `Pangdam Jaya Mayjen TNI Eko Margiyono`): the office is a title over the words before the
        // rank, the rank a title of its own, and the holder's titled form spans both.
        if !headIsRank, !complementOnly, let rank = rankAfterOffice(units, from: head.end), let rankHead = titleHead(units, at: rank) {
            _ = title(Array(units[..<rank]), from: start, head: head, complementOnly: true, covered: &covered, into: &found)
            return title(units, from: rank, head: rankHead, titledFrom: titledFrom ?? start, covered: &covered, into: &found) ?? rank
        }
        var end = head.end
        // The service or corps after a rank is no part of the holder's name (`Mayjen TNI`, `Kombes Pol`).
        if headIsRank {
            while end + 1 < units.count, units[end].listed(as: .rankMarker), units[end + 1].isCapitalized { end += 1 }
        }
        let markersEnd = end
        // Lowercase modifiers: `penasihat kebijakan luar negeri`, `pimpinan tertingginya`.
        var lowercaseTaken = 0
        // A lowercase post after a lowercase common noun and before no holder modifies that noun
        // (`staf pelatih PB Djarum`, the club's coaching staff; `tim pelatih`): the noun heads a common
        // term, the post is no title. Before its holder the post is one (`penilaian pelatih Robert Rene
        // Alberts`, the coach's assessment); nor after a verb of saying (`kata pelatih Persib`).
        let modifiesNounBefore = start > 0 && !units[start].isCapitalized && units[start - 1].isWord
            && !units[start - 1].isCapitalized && !units[start - 1].keyIsStop && !units[start - 1].hasClitic
            && (units[start - 1].tagClass == .noun || units[start - 1].tagClass == .properNoun)
            && !units[start - 1].listed(as: .speechVerb) && !units[start - 1].listed(as: .preHead)
        let organizationPost = !headIsRank && (tables.organizationPosts.contains(units[start..<head.end].map(\.lemma).joined(separator: " "))
            || units[start].listed(as: .englishTitleWord) && englishTitleEnd(units, at: start) == head.end)
        if end > start, !units[end - 1].hasClitic {
            // A noun before `ber-` + noun heads a phrase of its own: `pemimpin negara bersenjata nuklir`
            // is the leader of a nuclear-armed state.
            // A team's or a company's post takes nouns only: an adjective or an adverb after it says
            // something of the holder or of the verb (`sang pelatih langsung bergerak`), and the posts
            // that take one are listed whole (`manajer umum`).
            (end, lowercaseTaken) = modifiers(units, from: end, limit: 3) {
                titleHead(units, at: $0) == nil && !($0 + 1 < units.count && isPossessiveModifier(units, at: $0 + 1))
                    && (!organizationPost || units[$0].tagClass == .noun)
            }
        }
        // Capitalized complement and modifiers, then the person they introduce.
        var capitalizedEnd = end
        // The index after the last field joined by `dan` (`… Pertanian dan Peternakan`): the person starts after it.
        var fieldsEnd = end
        if lowercaseTaken == 0 || !units[end - 1].hasClitic {
            let cued = end < units.count && units[end].facts.cue != nil
            while capitalizedEnd < units.count, !units[capitalizedEnd].followsHyphen || cued,
                  continuesName(units[capitalizedEnd], inCuedName: cued) {
                capitalizedEnd += 1
            }
            // `Menteri Kelautan dan Perikanan`, `Menteri Hukum dan HAM`: `dan` between the fields of
            // an office, common nouns or an acronym after one.
            while !cued, capitalizedEnd > end, joinsFields(units, at: capitalizedEnd),
                  continuesName(units[capitalizedEnd + 1], inCuedName: false) {
                capitalizedEnd += 2
                fieldsEnd = capitalizedEnd
                while capitalizedEnd < units.count, continuesName(units[capitalizedEnd], inCuedName: false),
                      !units[capitalizedEnd].followsHyphen {
                    capitalizedEnd += 1
                }
            }
            // `… untuk Transportasi`: connectors inside an organisation named in a title, before a
            // field, an acronym or another cue (not `Presiden Republik Indonesia Joko Widodo dan
            // Luhut Binsar Pandjaitan`: a second person).
            while cued, capitalizedEnd + 1 < units.count, units[capitalizedEnd].listed(as: .nameConnector),
                  units[capitalizedEnd].key != "tahun", continuesName(units[capitalizedEnd + 1], inCuedName: true),
                  isFieldWord(units[capitalizedEnd + 1]) || units[capitalizedEnd + 1].isAllCaps || cue(units, at: capitalizedEnd + 1) != nil {
                if joinsFields(units, at: capitalizedEnd) { fieldsEnd = capitalizedEnd + 2 }
                capitalizedEnd += 1
                while capitalizedEnd < units.count, continuesName(units[capitalizedEnd], inCuedName: true) { capitalizedEnd += 1 }
            }
        } else {
            while capitalizedEnd < units.count, units[capitalizedEnd].isWord, units[capitalizedEnd].isCapitalized,
                  isPersonLike(units[capitalizedEnd]) {
                capitalizedEnd += 1
            }
        }
        // The company after an English post may be named in English (`Founding Director Sculpture by the Sea`).
        if organizationPost, capitalizedEnd > end, units[start].listed(as: .englishTitleWord) {
            capitalizedEnd = max(capitalizedEnd, nameRun(units, from: end))
        }
        // Particles and initials inside the person's name (`Presiden Omar al-Beshir`).
        while capitalizedEnd > end, capitalizedEnd < units.count, isPersonLike(units[capitalizedEnd - 1]),
              let particleEnd = personParticleEnd(units, at: capitalizedEnd) {
            capitalizedEnd = particleEnd
            while capitalizedEnd < units.count, isPersonLike(units[capitalizedEnd]) { capitalizedEnd += 1 }
        }
        // A field after `dan` is never the person's first name (`Kepala Bidang Peternakan Dinas Pertanian dan
        // Peternakan Diah Ningrum`).
        // A regnal number ends the holder's name: `Ratu Elizabeth II`, `Paus Yohanes Paulus II`.
        let regnal = capitalizedEnd - 1 > end && isRegnalNumber(units, at: capitalizedEnd - 1)
        var personStart = complementOnly ? capitalizedEnd
            : self.personStart(units, end: regnal ? capitalizedEnd - 1 : capitalizedEnd, lower: fieldsEnd)
        // Initials between a rank and a name open the name (`Irjen M Iqbal`).
        // (Here and below, loops rather than closures that call methods: see ``lastCue(_:in:)``.)
        if headIsRank, personStart > end, personStart < capitalizedEnd, allInitials(units, end..<personStart) {
            personStart = end
        }
        // The office of a regional unit (`Kapolda Metro Jaya`, `Pangdam Jaya`) takes its region's
        // name of one or two words whole: its holder is written after a rank.
        if capitalizedEnd - end <= 2, capitalizedEnd < units.count, !units[capitalizedEnd].isCapitalized || !units[capitalizedEnd].isWord,
           units[head.end - 1].listed(as: .unitOffice) {
            personStart = capitalizedEnd
        }
        // `Ketua Umum Demokrat Susilo Bambang Yudhoyono`: a party's word before two or more words
        // of a name is the party the office belongs to, even where it stands by a verb of saying.
        if capitalizedEnd - personStart >= 3, evidence.partyWords.contains(units[personStart]) { personStart += 1 }
        // `Menteri Luar Negeri Amerika Serikat Condoleezza Rice`: two words or more after the country an
        // office serves are its holder, though the lexicon knows one of them as a foreign word.
        if !complementOnly, personStart == capitalizedEnd, let holderStart = holderAfterPlace(units, end..<capitalizedEnd) { personStart = holderStart }
        // A cue word inside the title names something by the word after it (`Partai Demokrat`):
        // that word is never the person.
        // (Not a cue word that ends a place: `Serikat` in `Amerika Serikat Condoleezza Rice`.)
        var lastCue: Int?
        for index in (end..<capitalizedEnd).reversed() where cue(units, at: index) != nil && !endsPlace(units, at: index, after: end) {
            lastCue = index
            break
        }
        if let lastCue, personStart <= lastCue + 1 {
            personStart = min(capitalizedEnd, lastCue + 2)
        }
        // The complement is never the person: `kepala Roscosmos Yury Borisov`; after the fields of
        // the office too, before a name of two or more words (`Direktur Pemasaran dan Niaga
        // Pertamina Hanung Budya`).
        var afterFields = true
        for index in end..<personStart where !isFieldWord(units[index]) && units[index].key != "dan" {
            afterFields = false
            break
        }
        // The complement of a governor's or a regent's office is a place: before one more word, a word
        // known as no place is the person's first name (`Wakil Gubernur Yusuf Effendi`).
        var firstNameOfHolder = false
        if head.needsComplement, personStart == end, capitalizedEnd - end == 2, !units[end].isAllCaps {
            let headWords = units[start..<head.end].map(\.key).joined(separator: " ")
            firstNameOfHolder = tables.placeOffices.contains { headWords.hasSuffix($0) }
                && !isStandalonePlace(units, end..<end + 1) && !units[end].listed(as: .placeWord)
        }
        if head.needsComplement && end < capitalizedEnd && lowercaseTaken == 0 && !firstNameOfHolder,
           personStart == end || (afterFields && capitalizedEnd - personStart >= 3) {
            personStart += 1
            if personStart > capitalizedEnd { personStart = capitalizedEnd }
        }
        // A team's or a company's post (``LanguageTables/organizationPosts``) is followed by its holder
        // directly in two person-like words (`pelatih Rajko Toroman`), by a one-word organisation first
        // in three or more (`Pelatih Persija Thomas Doll`); a name that is not a person's is all
        // organisation (`CEO Mitsubishi Motors Corporation`). In apposition to a name before it the
        // holder is named already: `Dennis Gross, pendiri Dennis Gross Dermatology` names the company.
        if organizationPost, lowercaseTaken == 0, end < capitalizedEnd {
            if capitalizedEnd - end == 2, personStart == end + 1, isPersonLike(units[end]), isPersonLike(units[end + 1]) {
                personStart = end
            }
            // An acronym and one capitalized word are the organisation's name (`pelatih PB Djarum`,
            // Perkumpulan Bulutangkis Djarum), no organisation and a one-word holder.
            if capitalizedEnd - end == 2, units[end].isAllCaps, units[end + 1].isCapitalized, !units[end + 1].isAllCaps {
                personStart = capitalizedEnd
            }
            let inApposition = start >= 2 && units[start - 1].key == "," && units[start - 2].isCapitalized
                && !units[start - 2].isSentenceInitial
            var personLike = personStart < capitalizedEnd && !inApposition
                && !tables.foreignOrganizationLastWords.contains(units[capitalizedEnd - 1].key)
            // (A word of an English post is a company's, no person's: `Pertamina Energy Service`.)
            for index in personStart..<capitalizedEnd where personLike && units[index].isCapitalized && !units[index].followsHyphen {
                personLike = isPersonLike(units[index]) && !units[index].listed(as: .englishTitleWord)
            }
            // `General Manager Hotel Des Indes , Darmawiharto ,`: the holder of an English post named
            // after a comma leaves every word before it to the company.
            let holderAfterComma = capitalizedEnd + 1 < units.count && units[capitalizedEnd].key == ","
                && isPersonLike(units[capitalizedEnd + 1]) && units[start].listed(as: .englishTitleWord)
            if !personLike || holderAfterComma { personStart = capitalizedEnd }
        }
        // A head that needs a complement and took lowercase modifiers is followed by its principal,
        // not its holder: `penasihat kebijakan luar negeri Putin` is Putin's adviser. The title ends
        // before the name, and the name is a name of its own.
        if head.needsComplement && lowercaseTaken > 0 && end < capitalizedEnd {
            addOffice(units, start..<end, covered: &covered, into: &found)
            emitName(units, end..<capitalizedEnd, covered: &covered, into: &found)
            return capitalizedEnd
        }
        // `Kepala BEI Medan , Muhammad Pintor ,`: one word before a comma and a name of two person-like
        // words or more (the holder, in apposition) ends the office (its place), it is no holder.
        // So does a rank and its holder after the comma (`Kasubdit Gakkum Ditlantas Polda Metro Jaya, Kompol Fahri Siregar`).
        if capitalizedEnd - personStart == 1, capitalizedEnd + 2 < units.count, units[capitalizedEnd].key == ",",
           isPersonLike(units[capitalizedEnd + 1]) || units[capitalizedEnd + 1].listed(as: .rank),
           isPersonLike(units[capitalizedEnd + 2]), !units[capitalizedEnd + 1].isSentenceInitial {
            personStart = capitalizedEnd
        }
        // A title's short form in brackets after its long form is all title, its holder named after the
        // bracket: `Menteri Koordinator … Investasi (Menko Marves) Luhut …` (not `bendahara negara
        // (Menkeu Sri Mulyani)`, the holder inside the bracket).
        if start > 1, units[start - 1].key == "(", units[start - 2].isCapitalized, capitalizedEnd + 1 < units.count,
           units[capitalizedEnd].key == ")", isPersonLike(units[capitalizedEnd + 1]) {
            personStart = capitalizedEnd
        }
        let titleEnd = personStart
        let hasPerson = personStart < capitalizedEnd
        if organizationPost, modifiesNounBefore, !hasPerson, titleHead(units, at: start - 1) == nil { return nil }
        // A form of address before common words is an ordinary word: the phrase is a common term
        // (`ibu hamil`, pregnant women; `tuan rumah`, host), never a title.
        if !hasPerson, capitalizedEnd == end, units[start].listed(as: .addressForm) {
            guard end - start >= 2 else { return nil }
            add(units, start..<end, kind: .common, hint: nil, covered: &covered, into: &found)
            return end
        }
        let headUnit = units[start]
        // A lowercase head with nothing after it is a common noun (`para menteri`), not a title.
        let isTitle = headUnit.isCapitalized ? (!headUnit.isSentenceInitial || titleEnd > head.end || hasPerson)
            : (titleEnd > head.end || hasPerson)
        guard isTitle else { return nil }
        let headKey = units[start..<head.end].map(\.key).joined(separator: " ")
        // A post named with its field before the organisation it serves is a title of its own, the
        // organisation a name of its own (`Direktur Kargo dan Pengembangan Usaha Garuda Indonesia`).
        let organization = headIsRank ? nil : organizationAfterPost(units, start: start, headEnd: head.end, end: end, titleEnd: titleEnd)
        // A rank is a title of its own before its holder (`Irjen Gatot`, `Serka Fajar`); the
        // service after it is a name of its own (`TNI` of `Mayjen TNI`).
        if headIsRank, hasPerson, titleEnd == markersEnd {
            add(units, start..<head.end, kind: .title, hint: .title, covered: &covered, into: &found)
            for index in head.end..<titleEnd { covered[index] = true }
        // A bare head (`Presiden Kim`) or a byline (`Reporter …`) introduces a person but is no title term.
        } else if titleEnd > head.end || head.end - start >= 2 || !hasPerson, !tables.bylineHeads.contains(headKey),
           !units[start].listed(as: .bylineHead) {
            addOffice(units, start..<(organization?.lowerBound ?? titleEnd), covered: &covered, into: &found)
        } else {
            for index in start..<titleEnd { covered[index] = true }
        }
        // The names inside the title stand on their own too (`Rusia` in `Presiden Rusia`,
        // `Roscosmos` in `kepala Roscosmos`).
        var inner = headIsRank ? head.end : end
        if let organization {
            let emitted = found.mentions.count
            emitName(units, organization, covered: &covered, into: &found)
            if organization.upperBound < titleEnd {
                emitName(units, organization.upperBound..<titleEnd, covered: &covered, into: &found)
            }
            for index in emitted..<found.mentions.count where found.mentions[index].kind == .name && found.mentions[index].typeHint == nil {
                found.mentions[index].typeHint = .organization
            }
            // The words before it are the post's field, no names.
            inner = titleEnd
        }
        while inner < titleEnd {
            let innerCue = cue(units, at: inner)
            guard units[inner].isCapitalized, !units[inner].listed(as: .titleHead),
                  !units[inner].listed(as: .rankMarker) || units[inner].isAllCaps,
                  !units[inner].keyIsStop || units[inner].isAllCaps,
                  tag(units[inner]).isProperOrUnknown || units[inner].isAllCaps || innerCue != nil,
                  // The fields of an office are no names (`Kelautan` in `Menteri Kelautan dan Perikanan`),
                  // nor is a word joined to one by a connector (`Publikasi` in `Kasubdit Komunikasi Dan Publikasi`).
                  innerCue != nil || !isFieldWord(units[inner]) && !(inner > end && units[inner].isCapitalized
                    && !units[inner].isAllCaps && units[inner - 1].listed(as: .nameConnector) && isFieldWord(units[inner - 2]))
                    // nor the second word of a compound of common words (`Cukai` in `Dirjen Bea Cukai Kemenkeu`).
                    && !(inner > end && units[inner - 1].startsCompound && isFieldWord(units[inner - 1]))
            else { inner += 1; continue }
            var innerEnd = min(nameRun(units, from: inner), titleEnd)
            // An organisation inside a title ends at its first connector: `Kementerian Pertahanan`
            // in `kepala Kementerian Pertahanan untuk Transportasi`.
            // `dan` between two fields stays in it (`Pusat Pelaporan dan Analisis Transaksi Keuangan`).
            for index in inner..<innerEnd where units[index].listed(as: .nameConnector) && !joinsFields(units, at: index) {
                innerEnd = index
                break
            }
            // The region of a unit's office names the unit, no place of its own unless it is known
            // as one (`Jaya` of `Pangdam Jaya`, `Metro Jaya` of `Kapolda Metro Jaya`; not `Jawa Timur`).
            if units[head.end - 1].listed(as: .unitOffice), !units[inner].isAllCaps, innerCue == nil,
               !isStandalonePlace(units, inner..<innerEnd) {
                inner = innerEnd
                continue
            }
            var scratch = covered
            let emitted = found.mentions.count
            emitName(units, inner..<innerEnd, covered: &scratch, into: &found)
            // The first name after a team's or a company's post is the organisation it serves
            // (`pelatih Benfica`), though a verb of saying stands by it.
            if inner == end, organizationPost {
                for index in emitted..<found.mentions.count where found.mentions[index].kind == .name
                    && found.mentions[index].typeHint != .location {
                    found.mentions[index].typeHint = .organization
                }
            }
            inner = innerEnd
        }
        if hasPerson {
            // `Ushakov, penasihat kebijakan luar negeri Putin`: a title in apposition to a name
            // before it belongs to that name; the name after it is a possessor, not the holder.
            let appositive = start >= 2 && units[start - 1].key == "," && units[start - 2].isCapitalized
                && lowercaseTaken > 0
            add(units, personStart..<capitalizedEnd, kind: .name, hint: appositive ? nil : .person,
                titled: appositive ? nil : officeStart(units, (titledFrom ?? start)..<capitalizedEnd)..<capitalizedEnd,
                covered: &covered, into: &found)
        }
        return capitalizedEnd
    }

    private func findCommonTerms(_ units: [Unit], covered: [Bool], into found: inout DocumentMentions) {
        var index = 0
        while index < units.count {
            // `dipimpin AS` is `pimpinan AS` (US-led): a word whose synonym heads a term, before an
            // acronym, is keyed as that term, and kept only where the term is written so elsewhere.
            if !covered[index], units[index].isWord, !units[index].isCapitalized, index + 1 < units.count,
               units[index + 1].isWord, units[index + 1].isAllCaps,
               let head = units[index].facts.synonymHead, head != units[index].lemma, !head.contains(" ") {
                mention(units, index..<index + 2, kind: .common, hint: nil, keyWords: [head, units[index + 1].key], into: &found)
            }
            // Of two overlapping compounds the second wins: `hubungan kerja sama` is `hubungan` +
            // `kerja sama`, not `hubungan kerja` + `sama`. (Covered first: the head's tests are
            // asked only of the units still free.)
            guard !covered[index] else { index += 1; continue }
            let compound = compoundEnd(units, at: index).flatMap { compoundEnd(units, at: index + 1) == nil ? $0 : nil }
            // (An ordinal heads nothing: `generasi kedelapan` leaves `kedelapan` alone.)
            guard let headEnd = compound ?? (isNoun(units[index]) && !isOrdinal(units[index]) ? index + 1 : nil) else { index += 1; continue }
            // "the making of X" is X: `penciptaan dunia multipolar` → `dunia multipolar`.
            if headEnd == index + 1, units[index].facts.lemmaIsProcessNoun || units[index].listed(as: .lightNounLemma),
               !units[index].hasClitic, headEnd < units.count,
               !covered[headEnd], compoundEnd(units, at: headEnd) != nil || isNoun(units[headEnd]) {
                index += 1
                continue
            }
            var end = headEnd
            var wordsTaken = 1
            if !units[end - 1].hasClitic {
                let (modifierEnd, taken) = modifiers(units, from: end, limit: 3, terms: true) { !covered[$0] && !units[$0].followsHyphen }
                end = modifierEnd
                wordsTaken += taken
                // Judgement adjectives never end a term: `sanksi ekonomi berat`.
                // (But a superlative of rank after a body or an office says which one it is:
                // `lembaga tertinggi`, the supreme institution; `pemimpin tertinggi`.)
                // Nor does a noun that takes a complement, which starts the next phrase
                // (`kematian akibat`), nor a place after `se-`, which says where across
                // (`bank sampah se-Nunukan`, `kolam renang terbesar se-Asia`).
                while end > headEnd, units[end - 1].isEvaluative
                        ? !(tables.rankSuperlatives.contains(units[end - 1].key)
                            && (tables.organizationHeads.contains(units[index].lemma) || units[index].listed(as: .titleHead)))
                        : units[end - 1].listed(as: .complementNoun) || isAcrossPlace(units[end - 1]) {
                    end -= 1; wordsTaken -= 1
                }
                // A noun of sequence takes its number: `kesepakatan fase satu`, `vaksinasi tahap 2`.
                if end > headEnd, end < units.count, tables.sequenceNouns.contains(units[end - 1].lemma), !units[end - 1].hasClitic,
                   !covered[end], isSequenceNumber(units[end]) {
                    end += 1
                    wordsTaken += 1
                }
                // A capital letter after a lowercase noun names its type (`hepatitis C`, `vaksin
                // hepatitis A`, `vitamin B`): part of the term, unless a name starts at it.
                if end < units.count, !covered[end], !units[end - 1].hasClitic, !units[end - 1].isCapitalized,
                   units[end].isWord, units[end].range.count == 1, units[end].isCapitalized, !units[end].isSentenceInitial,
                   end + 1 == units.count || endsTypeLetter(units[end + 1]) {
                    end += 1
                    wordsTaken += 1
                }
                // A one-word term closed by an acronym or place: `sanksi PBB`, `rakyat Korea`; an
                // inserted modifier keeps it one (`sanksi baru PBB`, a variant of `sanksi PBB`).
                if wordsTaken == 1, headEnd == index + 1, end + 1 < units.count, units[end].isWord, units[end].listed(as: .insertableLemma),
                   !covered[end], units[end + 1].isWord, units[end + 1].isAllCaps {
                    end += 1  // `baru` is a stop word, no modifier: taken here only before an acronym
                    wordsTaken = 2
                }
                let inserted = wordsTaken == 2 && units[end - 1].listed(as: .insertableLemma)
                if wordsTaken == 1 || inserted, end < units.count, !units[end - 1].hasClitic,
                   !covered[end] || units[end].isAllCaps || units[end].listed(as: .placeWord),
                   units[index].facts.lemmaZipf < 5.6, !units[index].listed(as: .lightNounLemma),
                   units[end].isWord, units[end].isCapitalized,
                   // An acronym that opens a longer name is that name's first word, not the possessor
                   // (`cucu PT Garuda Indonesia` is `cucu` of the company, no term `cucu PT`).
                   !(units[end].isAllCaps && covered[end] && end + 1 < units.count && covered[end + 1] && units[end + 1].isWord
                     && units[end + 1].isCapitalized && !units[end + 1].followsHyphen),
                   // An acronym (`sanksi PBB`), a pair of places (`hubungan Rusia-Korea Utara`), or
                   // the place of a people (`rakyat Korea`); `dukungan Rusia` is no term.
                   units[end].isAllCaps
                    || (end + 1 < units.count && units[end + 1].followsHyphen && units[end].listed(as: .placeWord))
                    || (units[index].listed(as: .collectiveHeadLemma) || units[index].listed(as: .agentHeadLemma))
                        && (units[end].listed(as: .placeWord) || evidence.afterPlacePreposition.contains(units[end])) {
                    // The name may be a multiword place or a pair (`hubungan Rusia-Korea Utara`).
                    var nameEnd = end + 1
                    while nameEnd < units.count, units[nameEnd].isWord, units[nameEnd].isCapitalized,
                          units[nameEnd].listed(as: .placeWord) || units[nameEnd].isAllCaps {
                        nameEnd += 1
                    }
                    // An acronym's year: `amandemen UUD 1945`.
                    if nameEnd == end + 1, units[end].isAllCaps, nameEnd < units.count,
                       isYear(units[nameEnd]) || shortYear(units, at: nameEnd) != nil {
                        nameEnd += 1
                    }
                    end = nameEnd
                }
                // `program rudal dan nuklir`: two modifiers of one head joined by `dan`, the last
                // ending the phrase; a derived noun after `dan` heads a phrase of its own
                // (`tekanan ekonomi dan ancaman AS`, `hubungan perdagangan dan keamanan`).
                if wordsTaken >= 2, end + 1 < units.count, units[end].isWord, units[end].key == "dan", !units[end - 1].hasClitic,
                   isModifier(units[end - 1]), !covered[end + 1], isModifier(units[end + 1]), !units[end + 1].isEvaluative,
                   !isDerivedCommonWord(units[end + 1]), !units[end + 1].facts.lemmaIsProcessNoun,
                   end + 2 == units.count || !isModifier(units[end + 2]) {
                    end += 2
                    wordsTaken += 1
                }
            }
            let start = index
            // `end > start`: a head was found at `index`.
            mention(units, start..<end, kind: .common, hint: quotedDocument(units, start..<end), into: &found)
            // `kemitraan strategis yang komprehensif`: an inserted word and one more modifier end
            // the phrase; the mention is keyed without the inserted word, and kept only where
            // the term is also written without it (see ``TermExtractor``).
            if end - start >= 2, end + 1 < units.count, !units[end - 1].hasClitic, units[end].isWord, !units[end].isCapitalized,
               units[end].listed(as: .insertableLemma), !covered[end + 1], isModifier(units[end + 1]),
               end + 2 == units.count || !isModifier(units[end + 2]) {
                mention(units, start..<end + 2, kind: .common, hint: quotedDocument(units, start..<end + 2), skipping: end, into: &found)
            }
            index = end
        }
    }

    /// `.document` when `units[range]` is a document noun with its modifiers, quoted whole: the title
    /// of a document written in lowercase (`menandatangani "perjanjian kemitraan strategis"`).
    func quotedDocument(_ units: [Unit], _ range: Range<Int>) -> TermCategory? {
        guard range.count >= 2, range.lowerBound > 0, range.upperBound < units.count,
              units[range.lowerBound - 1].kind == .punctuation, units[range.lowerBound - 1].key == "\"",
              units[range.upperBound].kind == .punctuation, units[range.upperBound].key == "\"",
              units[range.lowerBound].listed(as: .documentHeadLemma) else { return nil }
        return .document
    }

    /// Appends the title mention of the office at `units[range]` and marks its units covered; a
    /// pre-head of a former or past holder at its start (`mantan`, ``LanguageTables/formerPreHeads``)
    /// is covered but left out of the title: it dates the holder, it names no office (`mantan
    /// Menteri ESDM` is the office `Menteri ESDM`).
    private func addOffice(_ units: [Unit], _ range: Range<Int>, covered: inout [Bool], into found: inout DocumentMentions) {
        let start = officeStart(units, range)
        for index in range.lowerBound..<start { covered[index] = true }
        add(units, start..<range.upperBound, kind: .title, hint: .title, covered: &covered, into: &found)
    }

    /// Where the office in `units[range]` starts: after the pre-heads of a former holder at its
    /// start (``LanguageTables/formerPreHeads``), before its last unit. The holder's titled form
    /// starts there too (`Ketua Umum Partai Demokrat Anas Urbaningrum` of `mantan Ketua Umum …`).
    func officeStart(_ units: [Unit], _ range: Range<Int>) -> Int {
        var start = range.lowerBound
        while start + 1 < range.upperBound, units[start].isWord, units[start].listed(as: .preHead),
              tables.formerPreHeads.contains(units[start].key) {
            start += 1
        }
        return start
    }

    /// Appends a mention of `units[range]` (nothing when the range is empty) and marks its units covered.
    private func add(_ units: [Unit], _ range: Range<Int>, kind: Mention.Kind, hint: TermCategory?, titled: Range<Int>? = nil,
                     fullStop: Bool = false, covered: inout [Bool], into found: inout DocumentMentions) {
        guard !range.isEmpty else { return }
        for index in range { covered[index] = true }
        mention(units, range, kind: kind, hint: hint, titled: titled, fullStop: fullStop, into: &found)
    }

    /// Appends the mention of `units[range]`, which is not empty, and its words to `found`.
    /// `skipping` is an inserted word inside the range: part of the surface, not of the key;
    /// `keyWords` replace the words of the key (a synonym). Either marks the mention
    /// ``Mention/needsPlainForm``. `fullStop`: the full stop right after the range (an
    /// abbreviation's) belongs to the surface and the span, not to the key.
    private func mention(_ units: [Unit], _ range: Range<Int>, kind: Mention.Kind, hint: TermCategory?, titled: Range<Int>? = nil,
                         skipping: Int? = nil, keyWords: [String]? = nil, fullStop: Bool = false,
                         into found: inout DocumentMentions) {
        let last = units[range.upperBound - 1]
        // The words' keys: lemmas for a common term, keys for a name but the last word's lemma
        // (or `keyWords`), each after what joins it to the one before.
        let count = range.count - (skipping.map { range.contains($0) ? 1 : 0 } ?? 0)
        let firstWord = found.words.count
        var position = 0
        for index in range where index != skipping {
            // Words written with a hyphen between them keep it in the key (`moskow-pyongyang`).
            let joiner: Mention.Joiner = index == range.lowerBound ? .none
                : units[index].followsHyphen && units[index - 1].range.upperBound < units[index].range.lowerBound ? .hyphen : .space
            let lastOfName = kind != .common && position == count - 1
            found.words.append(Mention.Word(facts: lastOfName ? last.facts : units[index].facts, usesLemma: kind == .common || lastOfName,
                                            joiner: joiner, range: units[index].range))
            position += 1
        }
        let words = firstWord..<found.words.count
        // `UUD 45` is keyed as the `UUD 1945` its document writes (``shortYear(_:at:)``).
        var keyWords = keyWords
        if keyWords == nil, !acronymYears.isEmpty, let year = range.first(where: { shortYear(units, at: $0) != nil }), year != skipping {
            var replaced = found.words[words].map(\.text)
            replaced[year - range.lowerBound - (skipping.map { $0 < year ? 1 : 0 } ?? 0)] = shortYear(units, at: year)!
            keyWords = replaced
        }
        // The span: with the full stop of `fullStop`, which is the byte after the last unit's
        // unless it is written otherwise.
        var surface = self.surface(of: units[range])
        if fullStop {
            surface.end += 1
            if text.bytes.indices.contains(Int(surface.byteEnd)) && text.bytes[Int(surface.byteEnd)] == 0x2E {
                surface.byteEnd += 1
            } else {
                surface.addsFullStop = true
            }
        }
        surface.hash = found.withBytes(of: surface, StringTable.hash(of:))
        var mention = Mention(surface: surface, words: Int32(words.lowerBound)..<Int32(words.upperBound),
                              wordsHash: DocumentMentions.wordsHash(found.words[words]), kind: kind, typeHint: hint)
        if let keyWords, keyWords.count == count {
            mention.replacement = Int32(found.replacedWords.count)
            found.replacedWords.append(keyWords)
        }
        mention.needsPlainForm = skipping != nil || keyWords != nil
        if let titled, titled != range {
            var titledSurface = self.surface(of: units[titled])
            titledSurface.hash = found.withBytes(of: titledSurface, StringTable.hash(of:))
            mention.titled = titledSurface
        }
        found.mentions.append(mention)
    }

    /// The surface from the first to the last unit, exactly as written (its hash not computed).
    private func surface(of units: ArraySlice<Unit>) -> Mention.Surface {
        let first = units.first!, last = units.last!
        return Mention.Surface(start: Int32(first.range.lowerBound), end: Int32(last.range.upperBound),
                               byteStart: Int32(first.utf8Range.lowerBound), byteEnd: Int32(last.utf8Range.upperBound))
    }
}
