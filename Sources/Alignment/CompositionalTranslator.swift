import Segmentation
import Termbase
import Terminology

/// Translates an Indonesian noun phrase into English by segmenting it into lexicon units and
/// reordering head-initial Indonesian into head-final English.
///
/// The phrase is split into words (a reduplicated word such as `barang-barang` becomes one plural
/// word unless the lexicon lists it whole, as `undang-undang`; a `-nya` clitic is dropped, `yang`
/// between head and modifier is skipped), segmented by longest match against the unit dictionary (`lexicon.tsv`, the titles of `language.tsv`, the
/// acronym files and, unless ``Options/conceptUnits`` is off, `terms.tsv` and CLDR names), then
/// assembled with general rules:
/// - modifiers follow the head in Indonesian and precede it in English, reversed
///   (`Dewan Keamanan PBB` → UN Security Council); a place after a head takes its demonym
///   (`Semenanjung Korea` → Korean Peninsula) and a name after a generic head stays a name
///   (`Hotel Ryugyong` → Ryugyong Hotel);
/// - pre-head words stay in front (`Wakil Perdana Menteri` → Deputy Prime Minister); a noun pre-head
///   before a name that is not a title reads "X of Y" (`kepala Roscosmos` → head of Roscosmos);
/// - ordinals and years go first (`Perang Dunia Kedua` → Second World War, `… tahun 1961` → 1961 …);
/// - `X dan Y` coordinates; coordinated modifiers make the head plural (`program rudal dan nuklir` →
///   missile and nuclear programs); a document head before coordinated nouns reads "Treaty of X and Y";
/// - other function words (`untuk`, `di`) keep their place (`… untuk Pengungsi` → … for Refugees).
///
/// A common word the shipped tables lack takes FreeDict's reading when FreeDict settles it (one
/// reading, one with more senses than any other, or for a word alone one clearly more frequent in
/// English: ``freeDictReading(_:)``), at lower confidence.
/// A word no source knows fails the whole phrase (nil), unless it is capitalised and not a common
/// Indonesian word, in which case it is a name. Cost: O(words × longest unit) dictionary lookups.
public struct CompositionalTranslator: Sendable {
    /// What the translator may use.
    public struct Options: Sendable, Hashable {
        /// Use `terms.tsv` entries and CLDR names as units (off for `--no-glossary`).
        public var conceptUnits = true
        /// Fall back to the reversed FreeDict lexicon for unknown common words, when loaded.
        public var freeDict = true
        /// Common English words, to keep a name written in English as it is (`Sriwijaya Air Group`);
        /// the system list by default (empty when not installed: the rule is off).
        public var englishWords = EnglishWordList.system

        /// The defaults: concept units and FreeDict on.
        public init() {}
    }

    /// One translation: the English, the units it came from and how far to trust it.
    public struct Composition: Hashable, Sendable {
        /// The English phrase.
        public var english: String
        /// The units, in Indonesian order.
        public var units: [LexicalUnit]
        /// How much to trust it, 0…1.
        public var confidence: Double

        /// Whether every unit is a proper name passed through (the phrase is a name, not a composition).
        public var isName: Bool { units.allSatisfy { $0.role == .name || $0.role == .joiner } }
    }

    private struct Entry: Sendable {
        var english: String
        var role: LexicalUnit.Role
        var partOfSpeech: String?
        var source: String
        var rank: Int
        /// Listed as an all-capitals initialism (`MA`): matches only a surface in capitals, not `Ma`.
        var initialism = false
    }

    private let entries: [String: [Entry]]
    private let longestUnit: Int
    /// The most words of a unit starting with a word, by the word's key (units of several words only).
    private let longestUnits: [String: Int]
    private let commonWords: Set<String>
    private let stopWords: Set<String>
    private let statistics: WordStatistics?
    private let titleKeys: Set<String>
    private let freeDict: FreeDictLexicon?
    /// English frequencies that break ties between FreeDict readings.
    private let englishFrequency: EnglishWordFrequency?
    /// FreeDict's settled readings as looked up (parsing a definition costs about 100,000 instructions).
    private let freeDictReadings = FreeDictReadings()
    private let preHeadEnglish: Set<String>
    /// The lexicon's adjectives in English, single words, lowercase: an English adjective inside a name.
    private let modifierEnglish: Set<String>
    private let demonymOfEnglish: [String: String]
    private let legalForms: Set<String>
    private let englishWords: EnglishWordList
    /// The English words by their Indonesian loan spelling (``cognate(_:_:)``'s second pass).
    private let englishSkeletons: EnglishSkeletons
    private let honorifics: Set<String>
    /// Keys of the places the termbase and CLDR name (types GPE and LOC): what an `of-place` head takes.
    private let placeKeys: Set<String>

    /// Builds the unit dictionary from `library`; `statistics` tells common Indonesian words (which
    /// are never passed through as names) from proper names.
    public init(library: GlossaryLibrary, statistics: WordStatistics? = nil, options: Options = Options()) {
        let normalizer = try? Normalizer()
        func key(_ text: String) -> String { Self.key(text, normalizer) }
        var entries: [String: [Entry]] = [:]
        var titleKeys = Set<String>()
        var placeKeys = Set<String>()
        var longest = 1
        func add(_ indonesian: String, _ english: String?, _ role: LexicalUnit.Role, _ pos: String?, _ source: String, _ rank: Int) {
            guard let english, !english.isEmpty else { return }
            let unitKey = key(indonesian)
            entries[unitKey, default: []].append(Entry(english: english, role: role, partOfSpeech: pos, source: source, rank: rank,
                                                       initialism: Self.isAcronym(indonesian)))
            longest = max(longest, unitKey.split(separator: " ").count)
        }
        if let lexicon = library.tables["lexicon.tsv"]?.glossary {
            for entry in lexicon.entries {
                guard let indonesian = entry.indonesian, let role = LexicalUnit.Role(rawValue: entry.category ?? "") else { continue }
                add(indonesian, entry.english, role, entry.terms.first?.partOfSpeech, "lexicon.tsv", 3)
            }
        }
        var honorifics = Set<String>()
        if let language = library.tables["language.tsv"]?.glossary {
            for entry in language.entries where entry.category == "honorific" {
                if let indonesian = entry.indonesian { honorifics.insert(key(indonesian)) }
            }
            for entry in language.entries where entry.category == "title" {
                guard let indonesian = entry.indonesian else { continue }
                add(indonesian, entry.english, .title, "noun", "language.tsv", 4)
                titleKeys.insert(key(indonesian))
            }
        }
        for name in library.tables.keys.sorted() where name.hasPrefix("acronyms") {
            for entry in library.tables[name]!.glossary.entries {
                for term in entry.terms(in: "id").prefix(1) { add(term.text, Self.phraseEnglish(term.text, entry), .concept, "properNoun", name, 2) }
            }
        }
        if options.conceptUnits {
            for entry in library.tables["terms.tsv"]?.glossary.entries ?? [] {
                // Titles head phrases like lexicon titles; terms like lexicon heads; the rest are names.
                let role: LexicalUnit.Role = switch entry.category { case "TITLE": .title; case "TERM": .head; default: .concept }
                for term in entry.terms(in: "id") {
                    add(term.text, Self.phraseEnglish(term.text, entry), role, "properNoun", "terms.tsv", 0)
                    if entry.category == "GPE" || entry.category == "LOC" { placeKeys.insert(key(term.text)) }
                }
            }
            for entry in library.cldr.entries where entry.category == "GPE" {
                for (position, term) in entry.terms(in: "id").enumerated() {
                    placeKeys.insert(key(term.text))
                    add(term.text, GlossaryAligner.shortEnglish(of: entry, position: position) ?? entry.english, .concept, "properNoun", "cldr", 1)
                }
            }
        }
        for unitKey in entries.keys { entries[unitKey]!.sort { $0.rank < $1.rank } }
        self.entries = entries
        self.longestUnit = longest
        var longestUnits: [String: Int] = [:]
        for unitKey in entries.keys {
            let words = unitKey.split(separator: " ")
            if words.count > 1 { longestUnits[String(words[0])] = max(longestUnits[String(words[0])] ?? 1, words.count) }
        }
        self.longestUnits = longestUnits
        self.titleKeys = titleKeys
        self.placeKeys = placeKeys
        var demonymOfEnglish: [String: String] = [:]
        for found in entries.values {
            guard let demonym = found.first(where: { $0.role == .demonym })?.english else { continue }
            for reading in found where reading.role == .concept && demonymOfEnglish[reading.english] == nil {
                demonymOfEnglish[reading.english] = demonym
            }
        }
        self.demonymOfEnglish = demonymOfEnglish
        self.legalForms = Set(entries.filter { $0.value.contains { $0.role == .legalForm } }.keys)
        self.englishWords = options.englishWords
        self.englishSkeletons = EnglishSkeletons(list: options.englishWords)
        self.honorifics = honorifics
        // Single-word English of the lexicon's adjectives (international, national, military).
        self.modifierEnglish = Set(entries.values.joined().filter { $0.role == .modifier && $0.source == "lexicon.tsv" && $0.partOfSpeech == "adjective"
                && !$0.english.contains(" ") }
            .map { $0.english.lowercased() })
        self.preHeadEnglish = Set(entries.values.joined().filter { $0.role == .preHead || $0.role == .ordinal }.map { $0.english.lowercased() })
        // A word is common when the tagger saw it as such often enough, or general text uses it
        // often: a brand the tagger met three times as a verb (`Asahi`) is still a name.
        self.commonWords = Set((statistics?.tags ?? [:]).filter { word, tag in
            tag != "NNP" && tag != "FW" && ((statistics?.tagCounts[word] ?? 0) >= Self.trustedTagCount || statistics?.zipf(of: word) ?? 0 >= 3.5)
        }.keys)
        self.freeDict = options.freeDict ? library.freeDict : nil
        self.englishFrequency = library.englishFrequency
        self.stopWords = library.stopWords
        self.statistics = statistics
    }

    /// The English of `indonesian` inside a phrase: an Indonesian acronym takes the entry's English
    /// acronym when it has one, hyphenated or not (`resolusi PBB` → UN resolution, `Sekjen PDIP` →
    /// PDI-P Secretary-General), anything else the canonical English.
    static func phraseEnglish(_ indonesian: String, _ entry: GlossaryEntry) -> String? {
        guard isAcronym(indonesian) else { return entry.english }
        return entry.terms(in: "en").first { isAcronym($0.text.replacingOccurrences(of: "-", with: "")) }?.text ?? entry.english
    }

    /// Whether `text` is written as an acronym: 2–8 capitals and digits (`PBB`, `G20`).
    static func isAcronym(_ text: String) -> Bool {
        let bytes = text.utf8
        if bytes.allSatisfy({ $0 < 0x80 }) {
            // ASCII (nearly every form): a character is a byte, capitals A–Z, numbers 0–9.
            return (2...8).contains(bytes.count) && bytes.allSatisfy { (0x41...0x5A).contains($0) || (0x30...0x39).contains($0) }
                && bytes.contains { (0x41...0x5A).contains($0) }
        }
        return (2...8).contains(text.count) && text.allSatisfy { $0.isUppercase || $0.isNumber } && text.contains(where: \.isUppercase)
    }

    /// Whether the units of a name (`category` an organisation or a place) are a name or an
    /// initialism followed by common words only (`Mbah Putih`, `Garuda Muda`, `BPJS Kesehatan`,
    /// `PDI Perjuangan`): the words are part of the name, not vocabulary, so English keeps it as
    /// written (not White Mbah, Health BPJS). A compass word (``LanguageTables/compassWords``:
    /// `Jakarta Pusat` → Central Jakarta) and a place or known name after it still compose.
    func isNameWithCommonWords(_ units: [LexicalUnit], category: TermCategory, _ normalizer: Normalizer?) -> Bool {
        guard category == .organization || category == .location, units.count >= 2, let first = units.first,
              (first.role == .name && first.source == "name")
                || (first.role == .concept && first.source.hasPrefix("acronyms") && Self.isAcronym(first.indonesian)) else { return false }
        return units.dropFirst().allSatisfy { unit in
            guard unit.role == .head || unit.role == .modifier, unit.indonesian.first?.isUppercase == true,
                  !Self.compassWords.contains(Self.key(unit.indonesian, normalizer)) else { return false }
            if unit.source.hasPrefix(Self.freeDictSource) { return true }
            guard unit.source == "lexicon.tsv", let readings = entries[Self.key(unit.indonesian, normalizer)] else { return false }
            let common = readings.filter { $0.source == "lexicon.tsv" && ($0.role == .head || $0.role == .modifier) }
            return !common.isEmpty && common.allSatisfy { $0.english.first?.isLowercase == true }
        }
    }

    /// `english` without the word `regional` (any case), when other words remain: Military Regional
    /// Command → Military Command, regional police chief → police chief.
    static func droppingRegional(_ english: String) -> String {
        let words = english.split(separator: " ")
        let kept = words.filter { $0.lowercased() != "regional" }
        return kept.isEmpty || kept.count == words.count ? english : kept.joined(separator: " ")
    }

    /// Whether `unit` is an initialism of the acronym files whose English is a common noun, written
    /// in lower case (`RS` → hospital, `SD` → elementary school), not a name (`BPJS`, `KPK`).
    static func isCommonInitialism(_ unit: LexicalUnit) -> Bool {
        unit.source.hasPrefix("acronyms") && isAcronym(unit.indonesian) && unit.english.first?.isLowercase == true
    }

    /// Whether `unit` is a blend or clipping of the acronym files (`Pangdam`, `Pemprov`, `Timnas`):
    /// written in lower case after its capital, unlike an initialism (`BPJS`). Such a word shortens
    /// a common-noun phrase (Military Regional Commander), which English puts after its modifiers.
    /// The acronym files decide even when the termbase gives the unit (`Kapolda`, a variant there).
    func isBlend(_ unit: LexicalUnit) -> Bool {
        guard !Self.hasSpace(unit.indonesian), unit.indonesian.dropFirst().contains(where: \.isLowercase) else { return false }
        return unit.source.hasPrefix("acronyms") || entries[unit.indonesian.lowercased()]?.contains { $0.source.hasPrefix("acronyms") } == true
    }

    /// Whether `word` is a capital then lower-case letters only (`International`, not `ASEAN`).
    static func hasSingleWordCase(_ word: String) -> Bool {
        word.dropFirst().allSatisfy(\.isLowercase)
    }

    /// Whether `text` holds a space character, as Foundation's `text.contains(" ")` finds one (a
    /// space that a combining mark follows is no space of its own there): by the bytes when the
    /// text is ASCII, the common case, else by Foundation.
    static func hasSpace(_ text: String) -> Bool {
        let bytes = text.utf8
        guard bytes.contains(0x20) else { return false }
        return bytes.allSatisfy { $0 < 0x80 } || text.contains(" ")
    }

    /// How often the tagged corpus must have seen a word for its common-word tag to count on its own.
    static let trustedTagCount = 5

    /// The lookup key of a text: its NFKC_Casefold key, spaces collapsed.
    static func key(_ text: String, _ normalizer: Normalizer?) -> String {
        let folded = normalizer?.key(text) ?? text.lowercased()
        if hasSingleSpaces(folded) { return folded }
        return folded.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" }).joined(separator: " ")
    }

    /// The words of `text` between spaces and no-break spaces, as
    /// `text.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" })` cuts them, and as
    /// `text.split(separator: " ")` does too for text without no-break spaces: cut at the space
    /// bytes when every space is single (``hasSingleSpaces(_:)``), else split by characters.
    static func words(_ text: String) -> [Substring] {
        guard hasSingleSpaces(text) else { return text.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" }) }
        var words: [Substring] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        for index in utf8.indices where utf8[index] == 0x20 {
            words.append(text[start..<index])
            start = utf8.index(after: index)
        }
        if start < utf8.endIndex { words.append(text[start...]) }
        return words
    }

    /// Whether `text` is already as ``key(_:_:)`` collapses it: no no-break space, and every space
    /// alone and inside the text, a character of its own. One pass over the bytes; most keys are such.
    ///
    /// A space is a character of its own unless the character before it is a prepended mark
    /// (U+0600 and above: Arabic number signs and the like) or the one after it combines (a
    /// combining mark, U+0300 and above): so the scalar before a space must be ASCII or U+0080–U+05FF
    /// (two bytes, lead byte up to 0xD7), the one after ASCII or U+0080–U+02FF (lead byte up to 0xCB).
    static func hasSingleSpaces(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard let first = bytes.first, let last = bytes.last, first != 0x20, last != 0x20 else { return bytes.isEmpty }
            for index in bytes.indices {
                let byte = bytes[index]
                if byte == 0x20 {
                    let next = bytes[index + 1], previous = bytes[index - 1]
                    if next == 0x20 || next >= 0xCC { return false }
                    if previous >= 0x80 && !(previous < 0xC0 && index >= 2 && (0xC2...0xD7).contains(bytes[index - 2])) { return false }
                } else if byte == 0xA0 && index > 0 && bytes[index - 1] == 0xC2 {
                    return false
                }
            }
            return true
        }
    }

    /// The English of `phrase`, or nil when a word is unknown or the phrase has no head.
    /// `category` decides document-style coordination (`Treaty of X and Y`); `products` are the keys
    /// of the input's product terms (see ``AlignmentContext/productKeys``).
    public func translate(_ phrase: String, category: TermCategory = .term, products: Set<String> = []) -> Composition? {
        let normalizer = try? Normalizer()
        // (A title in English before the body it serves is reordered below, not kept as written.)
        let titleWords = category == .title ? Self.words(phrase).map(String.init) : []
        let titleBeforeBody = category == .title && englishTitleEnd(titleWords, from: 0).map { $0 < titleWords.count } == true
        if category != .term, !titleBeforeBody, isEnglishName(phrase, normalizer) {
            let unit = LexicalUnit(indonesian: phrase, english: phrase, role: .name, source: "english")
            return Composition(english: phrase, units: [unit], confidence: 0.7)
        }
        if category == .term, isEnglishTerm(phrase, normalizer) {
            let unit = LexicalUnit(indonesian: phrase, english: phrase, role: .head, source: Self.englishLoanSource)
            return Composition(english: phrase, units: [unit], confidence: 0.6)
        }
        if category != .term, isStreetName(phrase, normalizer) {
            let unit = LexicalUnit(indonesian: phrase, english: phrase, role: .name, source: "street")
            return Composition(english: phrase, units: [unit], confidence: 0.7)
        }
        guard var units = segment(phrase, normalizer, properCase: category != .term, category: category), !units.isEmpty else { return nil }
        if category == .product { units = Self.droppingClass(units, products: products, normalizer) }
        if isNameWithCommonWords(units, category: category, normalizer) {
            let unit = LexicalUnit(indonesian: phrase, english: phrase, role: .name, source: "name")
            return Composition(english: phrase, units: [unit], confidence: 0.7)
        }
        guard var english = assemble(units[...], category: category) else { return nil }
        // A FreeDict phrase that the shipped units compose the same (`hubungan internasional` →
        // international relations) keeps the shipped units and their confidence.
        if units.contains(where: { $0.source.hasPrefix(Self.freeDictSource) && Self.hasSpace($0.indonesian) }),
           var shipped = segment(phrase, normalizer, properCase: category != .term, category: category, freeDictPhrases: false),
           !shipped.isEmpty {
            if category == .product { shipped = Self.droppingClass(shipped, products: products, normalizer) }
            if let composed = assemble(shipped[...], category: category), composed.lowercased() == english.lowercased() {
                units = shipped
                english = composed
            }
        }
        var confidence = 0.8 - 0.04 * Double(max(0, units.count - 2))
        if units.contains(where: { $0.source == Self.freeDictSource }) { confidence = min(confidence, 0.5) }
        if units.contains(where: { $0.source == Self.freeDictMajoritySource || $0.source == Self.freeDictFrequencySource }) { confidence = min(confidence, 0.4) }
        if units.contains(where: { $0.source == Self.cognateSource }) { confidence = min(confidence, 0.5) }
        if units.count > 1, units.contains(where: { $0.role == .name }) { confidence -= 0.1 }
        return Composition(english: english, units: units, confidence: max(0.3, (confidence * 100).rounded() / 100))
    }

    /// The units of `phrase`, longest match first; nil when a word cannot be a unit.
    /// `properCase` capitalises the English of a capitalised Indonesian word (names and titles, not
    /// common terms, whose first word is often capitalised only by its sentence); `category` picks
    /// a document head's reading (`Perjanjian …` → Treaty …) and keeps titles from participles;
    /// `freeDictPhrases` lets a FreeDict phrase longer than the shipped units be one unit (``freeDictPhrase(_:from:beyond:)``).
    func segment(_ phrase: String, _ normalizer: Normalizer?, properCase: Bool = true, category: TermCategory = .term,
                 freeDictPhrases: Bool = true) -> [LexicalUnit]? {
        // Words: (surface, plural); "-" alone is the joiner of a name pair.
        var words: [(text: String, plural: Bool)] = []
        for raw in Self.words(phrase) {
            let word = String(raw)
            if Self.key(word, normalizer) == "yang" { continue }
            let parts = word.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
            // A reduplication the lexicon lists whole is a word of its own (`undang-undang` = law, `laki-laki` = man).
            if parts.count == 2, !parts[0].isEmpty, parts[0].lowercased() == parts[1].lowercased(), entries[Self.key(word, normalizer)] == nil {
                words.append((parts[0], true))
            } else if parts.count > 1, entries[Self.key(word, normalizer)] == nil,
                      parts.allSatisfy({ $0.first?.isUppercase == true }) {
                for (index, part) in parts.enumerated() {
                    if index > 0 { words.append(("-", false)) }
                    words.append((part, false))
                }
            } else {
                words.append((word, false))
            }
        }
        // A form of address before an office is dropped (`Bu Menteri` → Minister, `Pak Gubernur` →
        // Governor): English addresses the office itself. `Ibu Negara` stays whole: a unit of its own.
        if words.count >= 2, honorifics.contains(Self.key(words[0].text, normalizer)),
           entries[Self.key(words[0].text + " " + words[1].text, normalizer)] == nil,
           titleKeys.contains(Self.key(words[1].text, normalizer)) {
            words.removeFirst()
        }
        // A -nya clitic goes when the word is unknown and either the bare word is known or it ends the
        // phrase (`luar negerinya`: the bare word completes a longer unit).
        for index in words.indices {
            let lower = words[index].text.lowercased()
            if lower.hasSuffix("nya"), lower.count > 5, entries[Self.key(words[index].text, normalizer)] == nil,
               index == words.count - 1 || entries[Self.key(String(words[index].text.dropLast(3)), normalizer)] != nil {
                words[index].text = String(words[index].text.dropLast(3))
            }
        }
        let unitEnds = unitEnds(of: words, normalizer)
        var units: [LexicalUnit] = []
        var index = 0
        while index < words.count {
            if legalForms.contains(Self.key(words[index].text, normalizer)) {
                // A legal form before words opens a registered name that runs to the phrase's end
                // (`PT Bank Jatim Tbk`); one at the end closes the name before it (`Indofood Tbk`).
                if index + 1 < words.count {
                    // (A hyphenated name was cut at its hyphen above: joined again as written.)
                    let name = words[index...].map(\.text).joined(separator: " ").replacingOccurrences(of: " - ", with: "-")
                    units.append(LexicalUnit(indonesian: name, english: name, role: .name, source: "legal-form"))
                    break
                }
                let form = words[index].text
                if let last = units.last, last.role == .name || last.role == .concept {
                    units[units.count - 1] = LexicalUnit(indonesian: last.indonesian + " " + form, english: last.indonesian + " " + form,
                                                         role: .name, source: "legal-form")
                } else {
                    units.append(LexicalUnit(indonesian: form, english: form, role: .name, source: "legal-form"))
                }
                index += 1
                continue
            }
            if words[index].text == "-" {
                units.append(LexicalUnit(indonesian: "-", english: "-", role: .joiner, source: "text"))
                index += 1
                continue
            }
            if words[index].text.lowercased() == "tahun", index + 1 < words.count, words[index + 1].text.allSatisfy(\.isNumber) {
                index += 1  // `tahun 1961`: the year alone carries it
                continue
            }
            // `tahun 2000 dan 2001`: a second year.
            if words[index].text.lowercased() == "dan", units.last?.role == .number, index + 1 < words.count,
               words[index + 1].text.allSatisfy(\.isNumber) {
                units.append(LexicalUnit(indonesian: words[index + 1].text, english: words[index + 1].text, role: .number, source: "number"))
                index += 2
                continue
            }
            // A number word after a noun of sequence numbers it, after it in English too (`fase satu` →
            // phase one, `tahap dua` → stage two), not an ordinal in front.
            if let last = units.last, Self.sequenceNouns.contains(Self.key(last.indonesian, normalizer)),
               let number = Self.cardinalWords[Self.key(words[index].text, normalizer)] {
                units[units.count - 1].indonesian += " " + words[index].text
                units[units.count - 1].english += " " + number
                index += 1
                continue
            }
            // A job title written in English, in English order (`PR Manager`, `Chief Marketing
            // Officer`), is one title as written: the body after it goes in front (`PR Manager Oppo
            // Indonesia` → Oppo Indonesia PR Manager).
            if category == .title, let end = englishTitleEnd(words.map(\.text), from: index) {
                let text = words[index..<end].map(\.text).joined(separator: " ")
                units.append(LexicalUnit(indonesian: text, english: text, role: .title, source: Self.englishLoanSource))
                index = end
                continue
            }
            var matched = false
            var end = unitEnds[index]
            // A pre-head whose unit ends inside a longer one after it stands alone: `Wakil Ketua Umum`
            // is deputy + `ketua umum`, not `wakil ketua` + Umum.
            if let found = entries[Self.key(words[index].text, normalizer)], found.contains(where: { $0.role == .preHead }),
               let reach = unitEnd(words, from: index, within: unitEnds, normalizer), reach - index >= 2,
               let after = unitEnd(words, from: index + 1, within: unitEnds, normalizer), after > reach {
                end = index + 1
            }
            // A FreeDict phrase longer than any shipped unit here is one word of English (`bawang
            // putih` → garlic, `obat penenang` → sedative), in common terms and titles only.
            if freeDictPhrases, category == .term || category == .title,
               let phrase = freeDictPhrase(words, from: index, beyond: unitEnd(words, from: index, within: unitEnds, normalizer) ?? index + 1,
                                           within: unitEnds) {
                units.append(phrase.unit)
                index = phrase.end
                continue
            }
            while end > index {
                let span = words[index..<end]
                let text = span.map(\.text).joined(separator: " ")
                if !span.contains(where: { $0.text == "-" }),
                   let found = entries[Self.key(text, normalizer)].map({ $0.filter { !$0.initialism || Self.isAcronym(text) } }), !found.isEmpty {
                    var unit = unit(span.map(\.text).joined(separator: " "), found, properCase: properCase, category: category)
                    unit.isPlural = span.contains { $0.plural }
                    if titleKeys.contains(Self.key(unit.indonesian, normalizer)), unit.role == .head { unit.role = .title }
                    units.append(unit)
                    index = end
                    matched = true
                    break
                }
                end -= 1
            }
            if matched { continue }
            let word = words[index].text
            let afterYear = index > 0 && words[index - 1].text.lowercased() == "tahun"
            if word.allSatisfy(\.isNumber) && afterYear {
                units.append(LexicalUnit(indonesian: word, english: word, role: .number, source: "number"))
            } else if !units.isEmpty, word.allSatisfy(\.isNumber) || Self.romanNumerals.contains(word)
                        || (word.count == 1 && word.first?.isUppercase == true) {
                // `Komisi III` → Commission III, `hepatitis A` → hepatitis A: a number or a letter after a unit stays after it.
                units[units.count - 1].indonesian += " " + word
                units[units.count - 1].english += " " + word
            } else if units.isEmpty, properCase, word.allSatisfy(\.isNumber), index + 1 < words.count,
                      words[index + 1].text.first?.isUppercase == true {
                // A name that starts with a number (`38 North`, `7 Eleven`): the capitalised words
                // after it join it as one name.
                units.append(LexicalUnit(indonesian: word, english: word, role: .name, source: "name"))
            } else if category != .term, let last = units.last, last.role == .head || last.role == .title,
                      word.first?.isUppercase == true, Self.hasSingleWordCase(word),
                      modifierEnglish.contains(word.lowercased()), englishWords.contains(word) {
                // An English adjective right after an Indonesian head, as the lexicon's adjectives read
                // in English (`Bandara International Soekarno-Hatta`): a modifier, not part of the name
                // after it (Soekarno-Hatta International Airport). After a name it is the name's own
                // (`Sampoerna Strategic`).
                units.append(LexicalUnit(indonesian: word, english: word, role: .modifier, source: Self.englishLoanSource))
            } else if word.first?.isUppercase == true, !commonWords.contains(word.lowercased()),
                      // A capitalised word the shipped tables lack is a name's own inside a name or a
                      // title (`Bank Mandiri`, `Dirut Garuda Indonesia`: FreeDict's `mandiri` =
                      // self-sufficient is general language, not the name); in a common term the
                      // capital is the sentence's, and a word FreeDict settles is that word (`Kehamilan`).
                      !(category == .term && freeDictReading(word) != nil),
                      !IndonesianMorphology.isIndonesianWordShape(word),
                      // In a common term a capital is the sentence's: a stop word or a derived word
                      // there is Indonesian, not a name (`Pengontrol gula darah`, `Satu-satunya fitur`).
                      category != .term || !(isStopWord(word) || statistics?.isDerivedCommonWord(word) == true) {
                if let last = units.last, last.role == .name, last.source == "name" {
                    // Consecutive names are one name, in their own order (`Gadjah Mada`).
                    units[units.count - 1].indonesian += " " + word
                    units[units.count - 1].english += " " + word
                } else {
                    units.append(LexicalUnit(indonesian: word, english: word, role: .name, source: "name"))
                }
            } else if category == .term || category == .title, let reading = freeDictReading(word),
                      // A sense guessed by English frequency stands only for a word alone: in a phrase the
                      // neighbour chooses the sense, which composing word by word cannot see (`rumah
                      // tangga` is a household, not a stairs house); and it yields to the word's own
                      // English (`trimester`, not quarter).
                      !reading.byFrequency || (words.count == 1 && borrowedEnglish(word, normalizer) == nil) {
                units.append(LexicalUnit(indonesian: word, english: reading.english, role: .head,
                                         source: Self.source(of: reading), isPlural: words[index].plural))
            } else if category == .term || category == .title, let borrowed = borrowedEnglish(word, normalizer, titleCase: category == .title) {
                // An English word in Indonesian news (`produk fashion` → fashion product) is its own English,
                // a loan spelt the Indonesian way its English (`edukasi` → education); words written as
                // English in a row are one English phrase in their own order (`short dress hijau` → green
                // short dress, `interior designer`).
                let asWritten = borrowed.english == word.lowercased()
                if asWritten, let last = units.last, last.source == Self.englishLoanSource || last.source == Self.cognateSource,
                   last.english == last.indonesian.lowercased(), !words[index - 1].plural {
                    units[units.count - 1].indonesian += " " + word
                    units[units.count - 1].english += " " + borrowed.english
                    units[units.count - 1].isPlural = words[index].plural
                    units[units.count - 1].source = Self.englishLoanSource
                } else {
                    units.append(LexicalUnit(indonesian: word, english: borrowed.english, role: .head, source: borrowed.source,
                                             isPlural: words[index].plural))
                }
            } else {
                return nil
            }
            index += 1
        }
        if category == .product { units = Self.keepingModelNames(units) }
        if category == .organization || category == .title || category == .product { units = Self.joiningNationalNames(units) }
        return Self.joiningNamePairs(units).flatMap { Self.joiningParticiples($0, category: category) }.map(Self.joiningPreNames).map(joiningNameHeads)
    }

    /// The end of a job title written in English that starts at `start` of `words`: capitalised words
    /// (or capitals, `PR`) of Terminology's English title words and heads, up to the last head among
    /// them; a head alone only when it is a title by itself (`Manager`, not `Head`). Nil when none
    /// starts there or its first word is a unit of the tables (an Indonesian word).
    func englishTitleEnd(_ words: [String], from start: Int) -> Int? {
        var end: Int?
        var index = start
        while index < words.count, words[index].first?.isUppercase == true {
            let lower = words[index].lowercased()
            let isHead = Self.englishTitleHeads.contains(lower)
            guard isHead || Self.englishTitleWords.contains(lower) else { break }
            if isHead { end = index + 1 }
            index += 1
        }
        guard let end, end - start >= 2 || Self.englishStandaloneTitleHeads.contains(words[start].lowercased()),
              entries[words[start].lowercased()] == nil,
              // The body after it must be names (`Sculpture by the Sea`, `of Global Licensing` are English of their own).
              !words[end...].contains(where: { $0.first?.isLowercase == true }) else { return nil }
        return end
    }

    /// English job-title heads and the words of such titles (Terminology's tables).
    private static let englishTitleHeads = LanguageTables.standard.englishTitleHeads
    private static let englishTitleWords = LanguageTables.standard.englishTitleWords
    private static let englishStandaloneTitleHeads = LanguageTables.standard.englishStandaloneTitleHeads

    /// The end of the longest dictionary unit starting at `start`, if any; `ends` are the words'
    /// ``unitEnds(of:_:)``.
    private func unitEnd(_ words: [(text: String, plural: Bool)], from start: Int, within ends: [Int], _ normalizer: Normalizer?) -> Int? {
        guard start < words.count else { return nil }
        var end = ends[start]
        while end > start {
            let span = words[start..<end]
            if !span.contains(where: { $0.text == "-" }), entries[Self.key(span.map(\.text).joined(separator: " "), normalizer)] != nil { return end }
            end -= 1
        }
        return nil
    }

    /// For each of `words`, the end of the longest span starting there that can be a unit: the
    /// longest unit that starts with the word's key (``longestUnits``; one word when none does).
    /// That holds when every word's key is one non-empty word (no space, nothing that folds to
    /// nothing): the key of words joined by spaces is then their keys joined by spaces, so a unit
    /// matched there starts with the first word's key and has as many words as the span. Otherwise
    /// any span up to ``longestUnit`` words. Saves most of the lookups of spans of several words.
    private func unitEnds(of words: [(text: String, plural: Bool)], _ normalizer: Normalizer?) -> [Int] {
        let keys = words.map { Self.key($0.text, normalizer) }
        let oneWordKeys = keys.allSatisfy { key in !key.isEmpty && !key.utf8.contains(0x20) && !key.unicodeScalars.contains("\u{00A0}") }
        return keys.indices.map { index in min(words.count, index + (oneWordKeys ? longestUnits[keys[index]] ?? 1 : longestUnit)) }
    }

    /// The longest FreeDict phrase of two or three words starting at `start` and ending after
    /// `beyond` (the end of the longest shipped unit there), with the unit it makes; nil when FreeDict
    /// does not settle one (``freeDictReading(_:)``).
    private func freeDictPhrase(_ words: [(text: String, plural: Bool)], from start: Int, beyond: Int, within ends: [Int]) -> (unit: LexicalUnit, end: Int)? {
        // A phrase's key is its words' lowercase forms joined by spaces: it starts with the first's.
        guard let freeDict, start + 1 < words.count, freeDict.mayStartPhrase(words[start].text) else { return nil }
        var end = min(words.count, start + Self.longestFreeDictPhrase)
        while end > max(beyond, start + 1) {
            let span = words[start..<end]
            // A phrase that would cut a shipped unit starting inside it is none (`hubungan kerja` +
            // sama, where `kerja sama` = cooperation is a unit).
            if !span.contains(where: { $0.text == "-" }),
               !(start + 1..<end).contains(where: { (unitEnd(words, from: $0, within: ends, nil) ?? $0) > end }),
               let reading = freeDictReading(span.map(\.text).joined(separator: " ")) {
                let unit = LexicalUnit(indonesian: span.map(\.text).joined(separator: " "), english: reading.english, role: .head,
                                       source: Self.source(of: reading),
                                       isPlural: span.last?.plural ?? false)
                return (unit, end)
            }
            end -= 1
        }
        return nil
    }

    /// The unit source of a settled FreeDict reading.
    static func source(of reading: (english: String, isUnique: Bool, byFrequency: Bool)) -> String {
        reading.isUnique ? freeDictSource : reading.byFrequency ? freeDictFrequencySource : freeDictMajoritySource
    }

    /// The most words a FreeDict phrase unit spans.
    static let longestFreeDictPhrase = 3

    /// The source of a unit whose English is FreeDict's only reading.
    static let freeDictSource = "freedict"
    /// The source of a unit whose English is the FreeDict reading with the most senses.
    static let freeDictMajoritySource = "freedict (majority)"
    /// The source of a unit whose English is the tied FreeDict reading most frequent in English.
    static let freeDictFrequencySource = "freedict (frequency)"

    /// Roman numerals that follow a name or a head (`Komisi III`, `Perang Dunia II`).
    static let romanNumerals: Set<String> = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]

    /// Every English word any source gives for the Indonesian `word` (lowercase): the readings of
    /// the unit dictionary, demonyms included, and of FreeDict. Hints for ``ParallelTermAligner``.
    public func englishWords(of word: String) -> Set<String> {
        let key = word.lowercased()
        var readings = (entries[key] ?? []).map(\.english)
        readings += freeDict?.entries(for: key).compactMap { $0.terms(in: "en").first?.text } ?? []
        return Set(readings.flatMap { $0.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init) })
    }

    /// Street heads: a street's name after them is never translated (`Jalan Medan Merdeka Utara`
    /// stays as written, not North Independent Medan Road).
    static let streetHeads = LanguageTables.standard.streetHeads

    /// Whether `phrase` is a street's name: a street head, then capitalised words or numbers only,
    /// and no longer unit starting with the head (`Jalan Tol Cipali` is a toll road, `jalan tol`).
    func isStreetName(_ phrase: String, _ normalizer: Normalizer?) -> Bool {
        let words = Self.words(phrase)
        guard words.count >= 2, words[0].first?.isUppercase == true, Self.streetHeads.contains(Self.key(String(words[0]), normalizer)),
              words.dropFirst().allSatisfy({ $0.first.map { $0.isUppercase || $0.isNumber } ?? false }),
              entries[Self.key(words[0] + " " + words[1], normalizer)] == nil else { return false }
        return true
    }

    /// The English of a word the shipped tables and FreeDict lack, borrowed from English: an English
    /// loan as written (``isEnglishLoan(_:_:)``), else a lower-case loan's English spelling
    /// (``cognate(_:_:)``); with the unit source that says which.
    /// In a title (`titleCase`), whose fields are written in Title Case (`Direktur Registrasi`), a
    /// capitalised loan counts too, and its English is capitalised (Registration Director).
    func borrowedEnglish(_ word: String, _ normalizer: Normalizer?, titleCase: Bool = false) -> (english: String, source: String)? {
        if isEnglishLoan(word, normalizer) { return (word.lowercased(), Self.englishLoanSource) }
        if word.first?.isLowercase == true, let english = cognate(word, normalizer) { return (english, Self.cognateSource) }
        if titleCase, word.first?.isUppercase == true, Self.hasSingleWordCase(word), let english = cognate(word, normalizer) {
            return (Self.titleCased(english), Self.cognateSource)
        }
        return nil
    }

    /// The source of a unit whose English is its Indonesian loan's spelling undone (``cognate(_:_:)``).
    static let cognateSource = "cognate"

    /// Regular correspondences of Indonesian loan spelling to English, tried in order on a word's
    /// ending (`transmisi` → transmission, `intensitas` → intensity, `kosmetik` → cosmetic,
    /// `konvensional` → conventional).
    static let loanEndings: [(indonesian: String, english: String)] = [
        ("", ""), ("ksi", "ction"), ("asi", "ation"), ("sional", "tional"), ("sial", "tial"), ("si", "sion"), ("si", "ssion"), ("si", "tion"), ("si", "sy"), ("tas", "ty"), ("ik", "ic"), ("ika", "ics"),
        ("isme", "ism"), ("if", "ive"), ("ur", "ure"), ("an", "ant"), ("en", "ent"), ("i", "y"), ("us", "ous"),
        // English's silent final e, which Indonesian drops (`histamin` → histamine, `akut` → acute,
        // `debat` → debate, `tekstil` → textile).
        ("in", "ine"), ("ut", "ute"), ("at", "ate"), ("il", "ile"),
    ]

    /// The English of an Indonesian loanword the shipped tables and FreeDict lack, when undoing its
    /// spelling gives a word of the English word list: the ending by ``loanEndings``, `k` → `c`,
    /// `ks` → `x` (`edukasi` → education, `kontroversi` → controversy, `radiator`, `gestur` →
    /// gesture); failing that, the one word of the list whose loan spelling it is with that ending
    /// (``EnglishSkeletons``: `prosesor` → processor, `sirkuit` → circuit). Only lower-case words of five letters or more that are no stop word and that the
    /// tagger does not see as a verb: short words are where Indonesian and English spellings meet by
    /// chance (`air`, `sore`). Nil without the English word list.
    /// `loanSpellings` off leaves out that second pass.
    func cognate(_ word: String, _ normalizer: Normalizer?, loanSpellings: Bool = true) -> String? {
        let lower = word.lowercased()
        // ASCII letters only: from here on a character is a byte.
        guard !englishWords.words.isEmpty, lower.utf8.count >= 5, lower.utf8.allSatisfy({ (0x61...0x7A).contains($0 | 0x20) }),
              !stopWords.contains(lower), !isUnit(word, normalizer),
              statistics?.tags[lower].map({ $0.hasPrefix("VB") }) != true else { return nil }
        let letters = Array(lower.utf8)
        var spellings = [letters]
        if letters.contains(UInt8(ascii: "k")) {
            let withX = Self.replacingKS(letters)
            for variant in [withX, Self.replacingK(letters), Self.replacingK(withX)] where !spellings.contains(variant) {
                spellings.append(variant)
            }
        }
        for ending in Self.loanEndingBytes {
            for spelling in spellings where spelling.count >= ending.indonesian.count && spelling.suffix(ending.indonesian.count).elementsEqual(ending.indonesian) {
                let length = spelling.count - ending.indonesian.count + ending.english.count
                guard length >= 5 else { continue }
                let english = String(decoding: spelling.dropLast(ending.indonesian.count) + ending.english, as: UTF8.self)
                if englishWords.words.contains(english) { return english }
            }
        }
        guard loanSpellings else { return nil }
        // Then the other regular spellings of a loan, as a whole (``EnglishSkeletons``): `c` written
        // `s` before e and i, doubled letters single, `ph` written `f` (`prosesor` → processor).
        for ending in Self.loanEndingBytes where letters.count >= ending.indonesian.count && letters.suffix(ending.indonesian.count).elementsEqual(ending.indonesian) {
            let spelling = letters.dropLast(ending.indonesian.count) + ending.english
            guard spelling.count >= 5, let english = englishSkeletons.word(spelledAs: Array(spelling)) else { continue }
            return english
        }
        return nil
    }

    /// Whether `text` is a unit of the dictionary (its key, by `normalizer` or lowercased).
    func isUnit(_ text: String, _ normalizer: Normalizer?) -> Bool {
        entries[Self.key(text, normalizer)] != nil
    }

    /// Whether `word` (any case) is a stop word.
    func isStopWord(_ word: String) -> Bool {
        stopWords.contains(word.lowercased())
    }

    /// ``loanEndings`` as bytes (every ending is ASCII).
    private static let loanEndingBytes = loanEndings.map { (indonesian: Array($0.indonesian.utf8), english: Array($0.english.utf8)) }

    /// `letters` with each `ks` made `x`, left to right (as `replacingOccurrences(of: "ks", with: "x")`).
    private static func replacingKS(_ letters: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(letters.count)
        var index = 0
        while index < letters.count {
            if letters[index] == UInt8(ascii: "k"), index + 1 < letters.count, letters[index + 1] == UInt8(ascii: "s") {
                result.append(UInt8(ascii: "x"))
                index += 2
            } else {
                result.append(letters[index])
                index += 1
            }
        }
        return result
    }

    /// `letters` with each `k` made `c`.
    private static func replacingK(_ letters: [UInt8]) -> [UInt8] {
        letters.map { $0 == UInt8(ascii: "k") ? UInt8(ascii: "c") : $0 }
    }

    /// The source of a unit that is an English word used in Indonesian text (``isEnglishLoan(_:_:)``).
    static let englishLoanSource = "english"

    /// Whether `word` is an English word used as such in Indonesian text (`fashion`, `makeup`,
    /// `podcast`): in the English word list, unknown to every Indonesian table, and tagged a foreign
    /// word (`FW`) or a name by the news tagger, or never seen by it. An Indonesian word spelt like an
    /// English one (`air` = water, `sore` = afternoon, `dot` = pacifier) is tagged as Indonesian, so
    /// it never counts. Without the English word list the rule is off.
    func isEnglishLoan(_ word: String, _ normalizer: Normalizer?) -> Bool {
        let lower = word.lowercased()
        guard !englishWords.words.isEmpty, englishWords.contains(lower), !isUnit(word, normalizer),
              !commonWords.contains(lower), !stopWords.contains(lower) else { return false }
        let tag = statistics?.tags[lower]
        return tag == nil || tag == "FW" || tag == "NNP"
    }

    /// Whether the common term `phrase` is written in English throughout (`hair dryer`, `smart
    /// economy`): every word an English loan (``isEnglishLoan(_:_:)``); English keeps it as written,
    /// in its own order.
    func isEnglishTerm(_ phrase: String, _ normalizer: Normalizer?) -> Bool {
        let words = Self.words(phrase)
        return !words.isEmpty && words.allSatisfy { isEnglishLoan(String($0), normalizer) }
    }

    /// Whether `phrase` is a name written in English (`Sriwijaya Air Group`, `Working Holiday Visa`):
    /// every word capitalised (or a number, or an English function word inside: Securities and
    /// Exchange Commission), each an English word or a name no Indonesian source knows, and at least one an English word no Indonesian source knows (`Air` alone is also
    /// Indonesian for water, `Group` is only English). Such a name is kept as written, never
    /// reordered or translated word by word.
    func isEnglishName(_ phrase: String, _ normalizer: Normalizer?) -> Bool {
        let words = phrase.split(separator: " ").map(String.init)
        guard words.count >= 2, !englishWords.words.isEmpty else { return false }
        var englishOnly = false
        guard let last = words.last, !Self.englishMinorWords.contains(last) else { return false }
        for (position, word) in words.enumerated() {
            if word.allSatisfy(\.isNumber) { continue }
            // English writes its short function words in lower case inside a name (Securities and
            // Exchange Commission, Sculpture by the Sea); none is an Indonesian word.
            if position > 0, Self.englishMinorWords.contains(word) { continue }
            guard word.first?.isUppercase == true else { return false }
            let key = Self.key(word, normalizer)
            let indonesian = entries[key] != nil || commonWords.contains(key)
                || IndonesianMorphology.isIndonesianWordShape(word)
            let english = englishWords.contains(word)
            if english && !indonesian { englishOnly = true }
            // An Indonesian word that is no English word (`Kantor`, `Baru`) makes the phrase Indonesian.
            if indonesian && !english { return false }
        }
        return englishOnly
    }

    /// English function words a name written in English keeps in lower case.
    static let englishMinorWords: Set<String> = ["of", "and", "the", "for", "in", "on", "at", "to", "by", "a", "an"]

    /// The FreeDict English of `word` and whether it was the only reading, or nil when FreeDict does
    /// not settle it.
    ///
    /// Readings are the noun and adjective senses of at most two English words; each sense (a numbered
    /// sense of a headword counts once) is a vote for its headword. One reading (`pengguna` → user)
    /// wins outright; among several, one with strictly more senses than every other wins as a majority
    /// (`anak` → child ×3 over kid ×1), which ``translate(_:category:)`` trusts less. Among readings
    /// tied on senses (those whose sense lists the word first, when some do), the one at least
    /// ``tieMargin`` more frequent in general English than every other, in the share of its senses the
    /// word translates, wins as a guess (most frequent sense: `ular` → snake 4.2 over serpent 3.5),
    /// which ``translate(_:category:)`` uses only for a word alone. A closer tie gives nil (`gatal` →
    /// horny 3.8, itchy 3.3; `bunga` → flower, interest in one of its two senses), as every tie does
    /// without the frequencies: no guessing when unsure.
    func freeDictReading(_ word: String) -> (english: String, isUnique: Bool, byFrequency: Bool)? {
        guard let freeDict else { return nil }
        let key = word.lowercased()
        let reading: FreeDictReadings.Reading?
        if let known = freeDictReadings.value(for: key) {
            reading = known
        } else {
            reading = Self.settledReading(freeDict.senses(for: key), frequency: englishFrequency) { freeDict.senses(of: $0, translating: key) }
            freeDictReadings.store(reading, for: key)
        }
        guard let reading else { return nil }
        return (word.first?.isUppercase == true ? Self.titleCased(reading.english) : reading.english, reading.isUnique, reading.byFrequency)
    }

    /// How much more frequent in general English (Zipf points: 0.5 ≈ three times) a reading tied on
    /// senses must be than every other to win. Chosen on unannotated news: closer ties pick the wrong
    /// sense too often (`gatal` → horny 3.8 over itchy 3.3).
    static let tieMargin = 0.5

    /// The settled reading of one key's FreeDict entries, by the rules of ``freeDictReading(_:)``;
    /// `frequency` breaks ties on senses (nil: ties give nil) with `senses`, how each English reading's
    /// senses translate the key (``FreeDictLexicon/senses(of:translating:)``).
    static func settledReading(_ entries: [FreeDictLexicon.Sense], frequency: EnglishWordFrequency? = nil,
                               senses readingSenses: (String) -> (all: Int, translating: Int, leading: Bool) = { _ in (1, 1, true) })
        -> FreeDictReadings.Reading? {
        var senses: [String: Int] = [:]
        var order: [String] = []
        for sense in entries {
            guard sense.partOfSpeech == "noun" || sense.partOfSpeech == "adjective",
                  sense.english.split(separator: " ").count <= 2 else { continue }
            if senses[sense.english] == nil { order.append(sense.english) }
            senses[sense.english, default: 0] += 1
        }
        let ranked = order.sorted { senses[$0]! > senses[$1]! }
        guard let best = ranked.first else { return nil }
        if ranked.count == 1 || senses[best]! > senses[ranked[1]]! {
            return FreeDictReadings.Reading(english: best, isUnique: ranked.count == 1)
        }
        guard let frequency else { return nil }
        // Readings whose sense lists the key first, when some do (`umpan` → bait, not feed); each
        // weighed by the share of its English senses the key translates (`bunga`: interest is the
        // key in one of its two senses, flower in all).
        var tied = ranked.filter { senses[$0]! == senses[best]! }.map { (english: $0, senses: readingSenses($0)) }
        if tied.contains(where: \.senses.leading) { tied = tied.filter(\.senses.leading) }
        let ordered = tied.map { reading in
            (english: reading.english, zipf: frequency.zipf(of: reading.english,
                                                           share: Double(max(reading.senses.translating, 1)) / Double(max(reading.senses.all, 1))))
        }.sorted { $0.zipf > $1.zipf }
        guard ordered.count == 1 || ordered[0].zipf >= ordered[1].zipf + tieMargin else { return nil }
        return FreeDictReadings.Reading(english: ordered[0].english, isUnique: false, byFrequency: true)
    }

    /// The unit a dictionary match makes: the best-ranked non-demonym reading, with the demonym beside
    /// it; a named document (`category` DOC) takes its head's document reading first.
    private func unit(_ surface: String, _ found: [Entry], properCase: Bool, category: TermCategory) -> LexicalUnit {
        let demonyms = found.filter { $0.role == LexicalUnit.Role.demonym }
        let modifiers = found.filter { $0.role == LexicalUnit.Role.modifier }
        let participle = found.first { $0.role == LexicalUnit.Role.participle }?.english
        let special: Set<LexicalUnit.Role> = [.demonym, .modifier, .document, .participle, .preName, .legalForm, .nameHead, .ofPlace, .nameFirst]
        // The reading a head takes: a noun reading before a modifier one (`rakyat` = people, not people's).
        var readings = found.filter { !special.contains($0.role) } + modifiers
        let capitalised = properCase && surface.first?.isUppercase == true
        // A capitalised head inside a name takes its name reading (`Kereta Api Rusia` → Russian Railways).
        if capitalised, var nameHead = found.first(where: { $0.role == LexicalUnit.Role.nameHead }) {
            nameHead.role = .head
            readings.insert(nameHead, at: 0)
        }
        if category == .document, var document = found.first(where: { $0.role == LexicalUnit.Role.document }) {
            document.role = .head
            readings.insert(document, at: 0)
        }
        // A country written another way (`Perancis`) takes the demonym of its English name (France → French).
        let demonym = demonyms.first?.english ?? readings.first.flatMap { demonymOfEnglish[$0.english] }
        guard !readings.isEmpty else {
            if let participle {
                // Only a participle (`dipimpin` → led): it must find its agent (``joiningParticiples``).
                var unit = LexicalUnit(indonesian: surface, english: participle, role: .participle, source: "lexicon.tsv")
                unit.participleEnglish = participle
                return unit
            }
            // Only an adjective is known (`Korea` → Korean): on its own the word is a name.
            return LexicalUnit(indonesian: surface, english: surface, demonym: demonym, role: .name, source: "name")
        }
        let main = readings[0]
        let english = main.source == "lexicon.tsv" && capitalised ? Self.titleCased(main.english) : main.english
        var unit = LexicalUnit(indonesian: surface, english: english, demonym: demonym, role: main.role == .ofHead ? .head : main.role,
                               partOfSpeech: main.partOfSpeech, source: main.source)
        unit.takesOf = main.role == .ofHead
        unit.participleEnglish = participle
        unit.preNameEnglish = found.first { $0.role == LexicalUnit.Role.preName }?.english
        if capitalised {
            unit.ofPlaceEnglish = found.first { $0.role == LexicalUnit.Role.ofPlace }?.english
            unit.keepsNameOrder = found.contains { $0.role == LexicalUnit.Role.nameFirst }
        }
        if main.role != .modifier, let modifier = modifiers.first {
            unit.modifierEnglish = capitalised ? Self.titleCased(modifier.english) : modifier.english
        }
        return unit
    }

    /// A name no source knows followed by a country written the same in English (`Telkom
    /// Indonesia`, `Garuda Indonesia`, `Toyota Astra Indonesia`) is one name, a company's or team's own with its country in it: English
    /// keeps it whole and in order (Garuda Indonesia CEO, not Indonesian Garuda President Director).
    private static func joiningNationalNames(_ units: [LexicalUnit]) -> [LexicalUnit] {
        var result: [LexicalUnit] = []
        for unit in units {
            // (Only a country written the same in English: a registered name keeps it as it is, and
            // `Timnas Jerman` is no name of that kind.)
            if let last = result.last, last.role == .name, last.source == "name", unit.role == .concept, unit.source == "cldr",
               unit.indonesian.first?.isUppercase == true, unit.english == unit.indonesian {
                result[result.count - 1] = LexicalUnit(indonesian: last.indonesian + " " + unit.indonesian,
                                                       english: last.english + " " + unit.indonesian, role: .name, source: "name")
            } else {
                result.append(unit)
            }
        }
        return result
    }

    /// The English of one side of a name pair: an Indonesian initialism whose English reading is an
    /// initialism too takes it (`AS-China` → US-China, as English writes pairs; not United States-China).
    private static func pairEnglish(_ unit: LexicalUnit) -> String {
        if isAcronym(unit.indonesian), let demonym = unit.demonym, isAcronym(demonym) { return demonym }
        return unit.english
    }

    /// `A - B` becomes one name unit `A-B` (`Rusia-Korea Utara` → Russia-North Korea).
    private static func joiningNamePairs(_ units: [LexicalUnit]) -> [LexicalUnit]? {
        var result: [LexicalUnit] = []
        var index = 0
        while index < units.count {
            if units[index].role == .joiner {
                guard let left = result.popLast(), index + 1 < units.count else { return nil }
                let right = units[index + 1]
                result.append(LexicalUnit(indonesian: left.indonesian + "-" + right.indonesian, english: pairEnglish(left) + "-" + pairEnglish(right),
                                          role: left.role == .name && right.role == .name ? .name : .concept, source: "pair"))
                index += 2
            } else {
                result.append(units[index])
                index += 1
            }
        }
        return result
    }

    /// A participle joins the agent after it into one modifier, the agent first with a hyphen
    /// (`dipimpin AS` → US-led, `bersenjata nuklir` → nuclear-armed). A word that is also a noun
    /// (`pimpinan` = leadership) reads as a participle only before a proper name, and never in a
    /// title (`pimpinan KPK` is the KPK's leadership); a participle without an agent fails the phrase.
    private static func joiningParticiples(_ units: [LexicalUnit], category: TermCategory) -> [LexicalUnit]? {
        var result: [LexicalUnit] = []
        var index = 0
        while index < units.count {
            let unit = units[index]
            let agent = index + 1 < units.count ? units[index + 1] : nil
            let agentRoles: Set<LexicalUnit.Role> = unit.role == .participle ? [.concept, .name, .modifier, .head] : [.concept, .name]
            if let participle = unit.participleEnglish, let agent, agentRoles.contains(agent.role),
               category != .title, category != .person {
                let agentEnglish = agent.demonym ?? agent.modifierEnglish ?? agent.english
                result.append(LexicalUnit(indonesian: unit.indonesian + " " + agent.indonesian, english: agentEnglish + "-" + participle,
                                          role: .modifier, source: "participle"))
                index += 2
            } else if unit.role == .participle {
                return nil
            } else {
                result.append(unit)
                index += 1
            }
        }
        return result
    }

    /// In a product term the capitalised words after the class noun are the brand and model, kept
    /// as written even where they are also words (`limusin Aurus Senat`: Senat, not Senate), a
    /// number after them too (`pesawat Boeing 737`).
    private static func keepingModelNames(_ units: [LexicalUnit]) -> [LexicalUnit] {
        var result: [LexicalUnit] = []
        for (index, unit) in units.enumerated() {
            let continuesModel = result.last.map { $0.role == .name && $0.source == "model" } ?? false
            guard index > 0, unit.indonesian.first?.isUppercase == true || (continuesModel && unit.role == .number),
                  unit.role != .joiner else {
                result.append(unit)
                continue
            }
            if continuesModel {
                result[result.count - 1].indonesian += " " + unit.indonesian
                result[result.count - 1].english += " " + unit.indonesian
            } else {
                result.append(LexicalUnit(indonesian: unit.indonesian, english: unit.indonesian, role: .name, source: "model"))
            }
        }
        return result
    }

    /// A class noun, a brand and a model (`limusin Aurus Senat`) where the input also has the class
    /// and brand as a product (`limusin Aurus`): the model names the product by itself, as English
    /// writes it (Aurus Senat). Without that evidence the class stays (`bus Trans Jogja` → Trans
    /// Jogja bus: two words of one name, not a brand and a model).
    private static func droppingClass(_ units: [LexicalUnit], products: Set<String>, _ normalizer: Normalizer?) -> [LexicalUnit] {
        guard units.count == 2, units[0].role == .head, units[1].source == "model",
              let brand = units[1].indonesian.split(separator: " ").first, Self.hasSpace(units[1].indonesian),
              products.contains(key(units[0].indonesian + " " + brand, normalizer)) else { return units }
        return [units[1]]
    }

    /// A head that English keeps before a proper name joins the name after it (`Gunung Bromo` →
    /// Mount Bromo, `Ratu Elizabeth II` → Queen Elizabeth II); the pair is one name.
    private static func joiningPreNames(_ units: [LexicalUnit]) -> [LexicalUnit] {
        var result: [LexicalUnit] = []
        var index = 0
        while index < units.count {
            if let preName = units[index].preNameEnglish, index + 1 < units.count, units[index + 1].role == .name {
                let name = units[index + 1]
                result.append(LexicalUnit(indonesian: units[index].indonesian + " " + name.indonesian,
                                          english: titleCased(preName) + " " + name.english, role: .name, source: "pre-name"))
                index += 2
            } else {
                result.append(units[index])
                index += 1
            }
        }
        return result
    }

    /// A head that keeps a name's order before it joins the proper names after it into one name
    /// (`Bank Mandiri` stays Bank Mandiri, not Mandiri Bank); a head that takes `of` and a place joins
    /// its common modifiers and the place into one name in English order (`Universitas Islam
    /// Indonesia` → Islamic University of Indonesia), which a title then owns like any name
    /// (`Rektor Universitas Indonesia` → Rector of the University of Indonesia). Decided by the head's
    /// lexicon role (`name-first`, `of-place`), never by the entry.
    private func joiningNameHeads(_ units: [LexicalUnit]) -> [LexicalUnit] {
        var result: [LexicalUnit] = []
        var index = 0
        while index < units.count {
            let head = units[index]
            if head.keepsNameOrder, index + 1 < units.count, units[index + 1].role == .name, units[index + 1].source == "name" {
                var end = index + 1
                while end + 1 < units.count, [.name, .concept].contains(units[end + 1].role), units[end + 1].indonesian.first?.isUppercase == true {
                    end += 1
                }
                let name = units[index...end].map(\.indonesian).joined(separator: " ")
                result.append(LexicalUnit(indonesian: name, english: name, role: .name, source: "name-first"))
                index = end + 1
                continue
            }
            if let ofPlace = head.ofPlaceEnglish,
               let place = units[(index + 1)...].firstIndex(where: { $0.role != .modifier && $0.role != .head }),
               placeKeys.contains(Self.key(units[place].indonesian, nil)), place == units.count - 1 || units[place + 1].role != .joiner,
               units[(index + 1)..<place].allSatisfy({ $0.indonesian.first?.isUppercase == true }) {
                let modifiers = units[(index + 1)..<place].reversed().map(modifierEnglish)
                let english = (modifiers + [ofPlace, "of", units[place].english]).joined(separator: " ")
                let name = units[index...place].map(\.indonesian).joined(separator: " ")
                result.append(LexicalUnit(indonesian: name, english: english, role: .concept, source: "of-place"))
                index = place + 1
                continue
            }
            result.append(head)
            index += 1
        }
        return result
    }

    /// English words for one run of units (recursive over function words and coordination).
    private func assemble(_ units: ArraySlice<LexicalUnit>, category: TermCategory) -> String? {
        var units = units
        // Years and ordinals go first.
        var front: [String] = []
        let years = units.filter { $0.role == .number }
        if !years.isEmpty {
            units = units.filter { $0.role != .number }
            front.append(years.map(\.english).joined(separator: " and "))
        }
        // Documents of two years are two documents (`Deklarasi … tahun 2000 dan 2001` → the 2000
        // and 2001 … Declarations).
        if years.count > 1, category == .document, let core = assemble(units, category: category) {
            return (front + [Self.plural(core)]).joined(separator: " ")
        }
        front += units.filter { $0.role == .ordinal }.map(\.english)
        units = units.filter { $0.role != .ordinal }
        guard !units.isEmpty else { return nil }
        // A function word other than `dan` splits the phrase in place: `X untuk Y` → X for Y.
        if let split = units.firstIndex(where: { $0.role == .function && !isAnd($0) }), split > units.startIndex {
            guard let left = assemble(units[..<split], category: category),
                  let right = assemble(units[(split + 1)...], category: category) else { return nil }
            return (front + [left, units[split].english, right]).joined(separator: " ")
        }
        // Pre-heads stay in front.
        var preHeads: [LexicalUnit] = []
        while let first = units.first, first.role == .preHead {
            preHeads.append(first)
            units = units.dropFirst()
        }
        guard let head = units.first else { return nil }
        var core: String
        let modifiers = units.dropFirst()
        if let and = modifiers.firstIndex(where: isAnd) {
            if head.role == .function { return nil }
            let groups = modifiers.split(whereSeparator: isAnd)
            guard groups.count >= 2, and > modifiers.startIndex else { return nil }
            if (category == .document || head.takesOf), head.role == .head {
                // Treaty of Friendship and Mutual Assistance.
                var phrases: [String] = []
                for group in groups {
                    guard let phrase = nounPhrase(group) else { return nil }
                    phrases.append(phrase)
                }
                core = head.english + " of " + phrases.joined(separator: " and ")
            } else if let next = modifiers[modifiers.index(after: and)...].first, next.role != .modifier,
                      !(category != .term && next.role == .head && (head.role == .title || head.role == .head || isBlend(head))) {
                // `X dan Y` of two noun phrases: each in English order, joined.
                guard let left = nounPhrase(units[..<and]), let right = assemble(units[(and + 1)...], category: category) else { return nil }
                core = left + " and " + right
            } else {
                // Coordinated modifiers share one head, which English makes plural in a common term
                // (missile and nuclear programs); an office or a body keeps one head (Marine
                // Affairs and Fisheries Minister).
                // A name (or an organisation head and a name) after the last field is the body or
                // country the office belongs to, in front
                // of all the fields (`Direktur Keuangan dan Perencanaan Bank Bukopin` → Bukopin Bank
                // Finance and Planning Director; a country by its demonym).
                var groups = groups
                var owner: String?
                if let last = groups.last, category != .term,
                   let start = (last.startIndex + 1..<last.endIndex).first(where: { index in
                       let isName = { (unit: LexicalUnit) in unit.role == .name || unit.role == .concept }
                       return last[index...].allSatisfy(isName)
                           || (last[index].role == .head && Self.organizationHeads.contains(last[index].indonesian.lowercased())
                               && index + 1 < last.endIndex && last[(index + 1)...].allSatisfy(isName))
                   }), let phrase = last.endIndex - start == 1 ? modifierEnglish(last[start]) : nounPhrase(last[start...]) {
                    owner = phrase
                    groups[groups.count - 1] = last[..<start]
                }
                var phrases: [String] = []
                for group in groups { phrases.append(group.reversed().map(modifierEnglish).joined(separator: " ")) }
                core = phrases.joined(separator: " and ") + " " + (category == .term ? Self.plural(head.english) : head.english)
                if let owner { core = owner + " " + core }
            }
        } else if head.role == .function {
            return nil
        } else {
            guard let phrase = nounPhrase(units) else { return nil }
            core = phrase
        }
        for (index, preHead) in preHeads.enumerated().reversed() {
            let isTitle = head.role == .title || titleKeys.contains(head.indonesian.lowercased())
            // Only the pre-head next to the phrase reads "X of Y": Wakil Kepala Polri → Deputy Head of ….
            if preHead.partOfSpeech == "noun", !isTitle, index == preHeads.count - 1 {
                core = preHead.english + " of " + core
            } else if index == preHeads.count - 1, let office = officeAfterBody(core, head: head, modifiers: modifiers) {
                // The body or country an office belongs to goes before the pre-head, which stays with
                // its office: `Wakil Ketua KPK` → KPK Deputy Chairman, not Deputy KPK Chairman.
                let word = office.first?.isLowercase == true ? preHead.english.lowercased() : preHead.english
                core = core.dropLast(office.count) + word + " " + office
            } else {
                core = preHead.english + " " + core
            }
        }
        return (front + [core]).joined(separator: " ")
    }

    /// The English of the office that ends `core`, a title's English whose body or country comes
    /// first (`PSSI chairperson` of Ketua Umum + PSSI, `KPK Chairman` of the termbase's Ketua KPK); nil
    /// when the office comes first or has no owner in front.
    private func officeAfterBody(_ core: String, head: LexicalUnit, modifiers: ArraySlice<LexicalUnit>) -> String? {
        if !modifiers.isEmpty {
            guard head.role == .title || titleKeys.contains(head.indonesian.lowercased()),
                  modifiers.allSatisfy({ $0.role == .name || $0.role == .concept }), core.hasSuffix(" " + head.english) else { return nil }
            return head.english
        }
        // A termbase title of an office and the initialism of its body, as one unit (`Ketua KPK` →
        // KPK Chairman): the office is the English's last word. A minister's initialism is the
        // portfolio, not a body (`Wakil Menteri BUMN` → Deputy State-Owned Enterprises Minister).
        let words = head.indonesian.split(separator: " ")
        guard head.role == .concept || head.role == .title, words.count == 2, titleKeys.contains(words[0].lowercased()),
              words[0].lowercased() != "menteri",
              Self.isAcronym(String(words[1])), !core.contains(" of "), let space = core.lastIndex(of: " ") else { return nil }
        return String(core[core.index(after: space)...])
    }

    /// Head and following modifiers → reversed modifiers, then the head.
    private func nounPhrase(_ units: ArraySlice<LexicalUnit>) -> String? {
        guard let head = units.first, head.role != .function, !units.dropFirst().contains(where: { $0.role == .function }) else { return nil }
        let modifiers = units.dropFirst()
        // An office of a body whose English is itself an `of` phrase follows with "of the"
        // (`Presiden Republik Indonesia` → President of the Republic of Indonesia, not Republic of
        // Indonesia President). A building or office of it keeps the name in front (Ministry of
        // Transportation Building).
        if head.role == .title, !head.takesOf, let owner = modifiers.last, owner.role == .concept,
           owner.english.contains(" of "), owner.english.first?.isUppercase == true, let inner = nounPhrase(units.dropLast()) {
            return inner + " of the " + owner.english
        }
        // A foreign name keeps its order (Washington Post); a blend is a common noun (`Pemprov` =
        // provincial government), whose place or name goes in front: Bali provincial government;
        // so is an initialism the acronym files read as a common noun (`RS` = hospital).
        if head.role == .name || (head.role == .concept && !isBlend(head) && !Self.isCommonInitialism(head)), !modifiers.isEmpty,
           modifiers.allSatisfy({ $0.role == .name }) {
            return units.map(\.english).joined(separator: " ")
        }
        var headEnglish = head.isPlural ? Self.plural(head.english) : head.english
        // A blend of a regional body or office before the region's name: the name says which region
        // (`Kapolda Jatim` → East Java police chief, `Kodam Jaya` → Jaya Military Command).
        if isBlend(head), modifiers.contains(where: { $0.role == .name || $0.role == .concept }) {
            headEnglish = Self.droppingRegional(headEnglish)
        }
        var front = ""
        // `Wakil Menteri` + Pertahanan → Deputy Defense Minister: the pre-head word stays first.
        if !modifiers.isEmpty, let space = headEnglish.firstIndex(of: " "),
           preHeadEnglish.contains(headEnglish[..<space].lowercased()) {
            front = String(headEnglish[..<space]) + " "
            headEnglish = String(headEnglish[headEnglish.index(after: space)...])
        }
        // After a place name a compass word stays a name part (Jawa Barat → West Jawa), not a demonym.
        // So does one right after a place among the modifiers (Kota Jakarta Barat → West Jakarta City, not Western).
        let headIsName = head.role == .name || head.role == .concept
        let english = modifiers.indices.reversed().map { index in
            let modifier = modifiers[index]
            let afterPlace = index > modifiers.startIndex && [.name, .concept].contains(modifiers[index - 1].role)
                && Self.compassWords.contains(modifier.indonesian.lowercased())
            let reading = headIsName || afterPlace ? modifier.modifierEnglish ?? modifier.english : modifierEnglish(modifier)
            // A regional blend before its region's name, as for a head (Kabid Humas Polda Metro Jaya → … Metro Jaya police …).
            let beforePlace = index + 1 < modifiers.endIndex && [.name, .concept].contains(modifiers[index + 1].role)
            return beforePlace && isBlend(modifier) ? Self.droppingRegional(reading) : reading
        }
        if head.takesOf, !modifiers.isEmpty {
            // `Kementerian Koperasi Rusia` → Russian Ministry of Cooperatives: places keep their
            // demonym in front, the rest follow `of` in their noun reading.
            let places = modifiers.filter { $0.demonym != nil || $0.role == .concept || $0.role == .name }
            let others = modifiers.filter { !($0.demonym != nil || $0.role == .concept || $0.role == .name) }
            guard !others.isEmpty else { return front + (places.reversed().map(modifierEnglish) + [headEnglish]).joined(separator: " ") }
            let placeFront = places.reversed().map(modifierEnglish)
            // The words after `of` are a noun phrase of their own, made definite when its head is
            // one singular thing (`perpanjangan masa jabatan presiden` → extension of the
            // presidential term; a body's name keeps none: Ministry of Foreign Affairs), else each
            // in its noun reading.
            let ofPhrase = others.count > 1 ? nounPhrase(others[...]).map { phrase in
                Self.organizationHeads.contains(head.indonesian.lowercased()) || phrase.hasSuffix("s")
                    || phrase.first?.isUppercase == true ? phrase : "the " + phrase
            } : nil
            return front + (placeFront + [headEnglish, "of"] + (ofPhrase.map { [$0] } ?? others.reversed().map(\.english))).joined(separator: " ")
        }
        return front + (english + [headEnglish]).joined(separator: " ")
    }

    private func modifierEnglish(_ unit: LexicalUnit) -> String {
        let english = unit.demonym ?? unit.modifierEnglish ?? unit.english
        return unit.isPlural ? Self.plural(english) : english
    }

    /// Heads that make a name an organisation (`Bank`, `Kementerian`: Terminology's cue table).
    private static let organizationHeads = LanguageTables.standard.organizationHeads

    /// Nouns of sequence a number follows (`fase`, `tahap`, `babak`: Terminology's table).
    private static let sequenceNouns = LanguageTables.standard.sequenceNouns

    /// Indonesian cardinal words one to ten and their English, for a number after a noun of sequence.
    static let cardinalWords = ["satu": "one", "dua": "two", "tiga": "three", "empat": "four", "lima": "five", "enam": "six",
                                "tujuh": "seven", "delapan": "eight", "sembilan": "nine", "sepuluh": "ten"]

    /// Points of the compass and the centre after a place (Terminology's table): part of a place's English.
    private static let compassWords = LanguageTables.standard.compassWords

    private func isAnd(_ unit: LexicalUnit) -> Bool { unit.role == .function && unit.indonesian.lowercased() == "dan" }

    /// The English plural of a phrase's last word (regular rules and ``irregularPlurals``; other `-s` endings stay).
    static func plural(_ phrase: String) -> String {
        guard let last = phrase.split(separator: " ").last.map(String.init), !last.isEmpty else { return phrase }
        let stem = phrase.dropLast(last.count)
        let lower = last.lowercased()
        if let irregular = irregularPlurals[lower] { return stem + (last.first?.isUppercase == true ? irregular.capitalized : irregular) }
        if lower.hasSuffix("s") || lower.hasSuffix("people") || lower.hasSuffix("police") || lower.hasSuffix("staff")
            || massNouns.contains(lower) { return phrase }
        if lower.hasSuffix("y"), let before = lower.dropLast().last, !"aeiou".contains(before) { return stem + last.dropLast() + "ies" }
        if lower.hasSuffix("x") || lower.hasSuffix("ch") || lower.hasSuffix("sh") { return stem + last + "es" }
        return stem + last + "s"
    }

    /// English nouns that name a mass, not things counted: an Indonesian reduplication or coordination
    /// leaves them singular (`sampah-sampah plastik` → plastic waste, not wastes).
    static let massNouns: Set<String> = ["waste", "garbage", "trash", "rubbish", "equipment", "information", "news", "evidence",
                                         "advice", "furniture", "luggage", "baggage", "research", "software", "hardware",
                                         "machinery", "livestock", "cash", "money", "traffic", "clothing", "jewelry", "homework",
                                         "pollution", "scrap", "debris", "merchandise"]

    /// English nouns whose plural is not regular (the ones a lexicon head can end in).
    static let irregularPlurals = ["child": "children", "man": "men", "woman": "women", "person": "people", "foot": "feet",
                                   "tooth": "teeth", "mouse": "mice", "crisis": "crises", "analysis": "analyses", "thesis": "theses",
                                   "leaf": "leaves", "life": "lives", "knife": "knives", "wife": "wives", "half": "halves",
                                   "shelf": "shelves", "thief": "thieves", "wolf": "wolves"]

    /// Each word capitalised except short function words inside (`state guest house` → State Guest
    /// House), each part of a hyphenated word too (`good-neighborly` → Good-Neighborly).
    static func titleCased(_ phrase: String) -> String {
        phrase.split(separator: " ").enumerated().map { index, word in
            index > 0 && englishMinorWords.contains(String(word)) ? String(word)
                : word.split(separator: "-", omittingEmptySubsequences: false).map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: "-")
        }.joined(separator: " ")
    }
}
