import Foundation
import Segmentation

/// Finds the names and domain terms of a set of documents: `TermExtractor(options).candidates(in:)`.
///
/// Three steps:
/// 1. **Evidence** over all documents: how each word is written inside sentences (capitalized or
///    not), which names follow a preposition of place, which stand next to a verb of saying.
/// 2. **Mentions** per document (``MentionFinder``): names, titles and common-noun terms.
/// 3. **Candidates**: mentions grouped by key; shorter candidates found inside longer mentions are
///    counted there too (nested), but a candidate never seen on its own is dropped; each gets a
///    type and a termhood score, and common terms below the threshold are dropped.
///
/// The termhood score of a candidate with `n` words, frequency `f`, found in `d` documents:
///
///     score = (1 + log2 n) × c × (1 + ln d) × s
///
/// where `c` is the C-value frequency (`f` minus the mean frequency of the longer candidates that
/// contain it, at least 1) and `s` is the specificity against general Indonesian: the mean over the
/// words of `clamp((7 − zipf) / 2.5, 0.2, 1.5)`, zipf from `glossary/statistics/wordfreq-id.tsv` (unknown
/// words count as zipf 1). Names are kept whatever their score (news glossaries are full of
/// one-off names); common terms need ``Options/minimumTermScore``.
///
/// - Complexity: linear in the number of tokens, plus O(m·k²) for nesting, with m mentions of at
///   most k words.
public struct TermExtractor: Sendable {
    /// Thresholds.
    public struct Options: Sendable {
        /// Drop candidates seen fewer times than this.
        public var minimumCount = 1
        /// Keep at most this many candidates, best first (nil: all).
        public var top: Int?
        /// The score a common-noun term needs to be kept.
        public var minimumTermScore = 1.0
        /// Single-word common terms need a general-language Zipf frequency below this.
        public var maximumSingleWordZipf = 4.6
        /// A single word rarer than this in general Indonesian (Zipf 3.5: about three times per
        /// million words) that is also part of a longer term is a term on two occurrences in one
        /// document; any other single word needs four (three with two of them on its own). On
        /// five-document sets of unannotated news, 31 of 40 words this let in were ones a
        /// translator keeps (`histamin`, `sasis`, `pesangon`); at Zipf 4, 22 of 40 (`jeans`, `garpu`).
        public var specificSingleWordZipf = 3.5

        /// The defaults: every name, common terms above the score threshold.
        public init() {}
    }

    /// The thresholds.
    public var options: Options
    /// The language tables.
    public var tables: LanguageTables { didSet { cache = WordFactsCache() } }
    /// The lexicon and frequencies.
    public var statistics: WordStatistics { didSet { cache = WordFactsCache() } }
    /// Lowercase keys of place names (countries and territories from CLDR, …), single and multiword.
    public var places: Set<String> { didSet { cache = WordFactsCache() } }
    /// The facts and numbers of the words of every document this extractor (or an unchanged copy)
    /// prepares: a new cache whenever the tables, statistics or places change.
    private(set) var cache = WordFactsCache()
    /// The tables arranged for lookups (``TableIndex`` among them), made at the first call for this
    /// extractor's word cache and shared by preparation and mention finding.
    var lookup: WordFacts.Lookup { cache.lookup { WordFacts.Lookup(tables: tables, statistics: statistics, places: places) } }
    /// Categories known from a termbase, by lowercase key: they win over the rules' guesses.
    public var knownCategories: [String: TermCategory] = [:]

    /// Creates an extractor.
    public init(options: Options = Options(), tables: LanguageTables = LanguageTables(),
                statistics: WordStatistics = WordStatistics(), places: Set<String> = []) {
        self.options = options
        self.tables = tables
        self.statistics = statistics
        self.places = places
    }

    /// The candidates of `documents`, best first (score, then key). Throws
    /// ``TemporaryFileError`` when the file of occurrences cannot be read back.
    public func candidates(in documents: [Document]) throws -> [TermCandidate] {
        try candidates(in: documents.enumerated().map { prepare($0.element, index: $0.offset) })
    }

    /// A document reduced to what extraction needs (its words and what they show about
    /// capitalization), so the caller can drop the ``Document`` and its tokens early. Thread-safe:
    /// prepare documents in parallel. Every word is looked up once per extractor (its cache), and
    /// the documents of one ``TermAccumulator`` must come from its extractor (or an unchanged copy).
    public func prepare(_ document: Document, index: Int) -> PreparedDocument {
        let text = DocumentText(Array(document.text.utf8))
        let (units, wordCases) = MentionFinder.units(of: document, text: text, tables: tables, statistics: statistics,
                                                     places: places, cache: cache)
        return PreparedDocument(index: index, units: units, text: text, evidence: caseEvidence(units, wordCases: wordCases), cache: cache)
    }

    /// The candidates of prepared documents, best first (score, then key). Mentions are found on
    /// all cores; each document's `index` is its index in the output's document list. For input
    /// too large to hold at once, add batches to a ``TermAccumulator`` instead.
    public func candidates(in documents: [PreparedDocument]) throws -> [TermCandidate] {
        try candidates(in: documents, clusteredBy: nil)
    }

    /// The candidates of prepared documents, with the termhood thresholds applied to clusters of
    /// variants rather than to single spellings: a common term spelled three ways once each
    /// (`limusin`, `limosin`, `limunisin`) is judged on all its occurrences. Returns every member of
    /// every cluster kept, unmerged (merge them with ``VariantClusterer/merged(_:)``), best first.
    public func candidates(in documents: [PreparedDocument], clusteredBy clusterer: VariantClusterer?) throws -> [TermCandidate] {
        let accumulator = TermAccumulator(self)
        accumulator.add(documents)
        return try accumulator.candidates(clusteredBy: clusterer)
    }

    // MARK: evidence

    /// The case evidence of one document's units (by sentence): what each word shows about how
    /// its key is written, and the names seen beside prepositions, class nouns, verbs of saying,
    /// commas and party cues. `wordCases` counts the words capitalized inside a sentence and the
    /// words in lowercase (as ``MentionFinder/units(of:text:tables:statistics:places:cache:)``
    /// counts them): the two lists get their room once.
    func caseEvidence(_ document: DocumentUnits, wordCases: (capitalized: Int, lowercase: Int)) -> DocumentEvidence {
        var evidence = DocumentEvidence()
        evidence.capitalized.reserveCapacity(wordCases.capitalized)
        evidence.lowercase.reserveCapacity(wordCases.lowercase)
        document.all.withUnsafeBufferPointer { all in
            for (sentenceNumber, sentence) in document.sentenceRanges.enumerated() {
                // The sentence's units, indexed from 0.
                let units = UnsafeBufferPointer(rebasing: all[sentence])
                // A dateline's place in capitals (`NEW YORK -`) is no acronym.
                let datelineEnd = sentenceNumber < NewsLayout.datelineSentences ? NewsLayout.dateline(units)?.textStart ?? 0 : 0
                for (index, unit) in units.enumerated() where unit.isWord {
                    if unit.isCapitalized {
                        if !unit.isSentenceInitial {
                            evidence.capitalized.append(unit.facts.id)
                            if unit.isAllCaps, (3...6).contains(unit.utf8Range.count), index >= datelineEnd {
                                evidence.acronyms.append((unit.key, unit.facts.id))
                            }
                        }
                        // After `di`, `ke`, or a kind of settlement in lowercase (`kota Barranquitas`).
                        if index > 0, units[index - 1].listed(as: .placePreposition)
                            || units[index - 1].listed(as: .settlementHead) && units[index - 1].isWord && !units[index - 1].isCapitalized {
                            evidence.afterPlacePreposition.append((unit.key, unit.facts.id))
                            if !(unit.listed(as: .placeNameStart) && !unit.listed(as: .placeName) && index + 1 < units.count
                                 && units[index + 1].listed(as: .placeWord)) {
                                evidence.aloneAfterPlacePreposition.append((unit.key, unit.facts.id))
                            }
                        }
                        if index > 0, units[index - 1].isWord, !units[index - 1].isCapitalized,
                           units[index - 1].listed(as: .organizationClass) {
                            evidence.afterOrganizationClass.append((unit.key, unit.facts.id))
                        }
                        if index + 1 < units.count, units[index + 1].listed(as: .speechVerb) {
                            evidence.nearSpeechVerb.append((unit.key, unit.facts.id))
                        }
                        if index > 1, units[index - 1].keyIs(","), units[index - 2].listed(as: .speechVerb) {
                            evidence.nearSpeechVerb.append((unit.key, unit.facts.id))
                        }
                        if index > 0, units[index - 1].listed(as: .speechVerb) {
                            evidence.nearSpeechVerb.append((unit.key, unit.facts.id))
                        }
                        // An address or a place and the larger place it lies in (`Cikini, Jakarta`).
                        if index + 2 < units.count, units[index + 1].keyIs(","), units[index + 2].isWord,
                           units[index + 2].isCapitalized, !unit.isAllCaps {
                            evidence.beforeComma.append((unit.key, units[index + 2].key))
                        }
                        // The first word of a party's name (`Partai Gerindra`, `Fraksi PKB`); the
                        // words after it may already be a person (`Partai Golkar Aburizal Bakrie`).
                        if unit.listed(as: .partyHead), index + 1 < units.count, units[index + 1].isWord,
                           units[index + 1].isCapitalized, !units[index + 1].followsHyphen {
                            evidence.partyWords.append((units[index + 1].key, units[index + 1].facts.id))
                        }
                    } else {
                        evidence.lowercase.append(unit.facts.id)
                    }
                }
                for definition in DefinitionFinder.definitions(in: units) {
                    evidence.definitionUnits.append((sentenceNumber, definition))
                    evidence.definitions.append((units[definition.short.lowerBound].key,
                                                 Self.hyphensAsSpaces(units[definition.long].map(\.key).joined(separator: " "))))
                }
            }
        }
        return evidence
    }

    /// `text` with every hyphen a space, as `replacingOccurrences(of: "-", with: " ")` gives it:
    /// byte by byte when `text` is ASCII (most keys; Foundation's search costs thousands of
    /// instructions a call), through Foundation otherwise.
    static func hyphensAsSpaces(_ text: String) -> String {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return text.replacingOccurrences(of: "-", with: " ") }
        return String(decoding: text.utf8.map { $0 == 0x2D ? 0x20 : $0 }, as: UTF8.self)
    }

    // MARK: aggregation

    /// The candidate for one group of mentions with all its occurrences counted, and whether it passes the
    /// termhood thresholds (names always do); nil below ``Options/minimumCount``. `form` and `type`
    /// are the group's ``canonicalForm(_:)`` and type (see ``types(of:at:forms:evidence:threads:)``);
    /// `containerMentions` are the mention counts of the longer candidates containing it.
    func candidate(key: String, group: MentionGroup, form: String, type: TermCategory, summary: TermSummary,
                   containerMentions: [Int]) -> (candidate: TermCandidate, passes: Bool)? {
        guard summary.count >= options.minimumCount else { return nil }
        let words = group.words
        let frequency = Double(summary.count)
        let containerFrequency = containerMentions.isEmpty ? 0 : Double(containerMentions.reduce(0, +)) / Double(containerMentions.count)
        let cValue = max(1, frequency - containerFrequency)
        let documentCount = Double(summary.documents.count)
        let specificity = words.map { min(1.5, max(0.2, (7 - statistics.zipf(of: $0)) / 2.5)) }.reduce(0, +) / Double(words.count)
        let score = (1 + log2(Double(words.count))) * cValue * (1 + log(documentCount)) * specificity
        let candidate = TermCandidate(key: key, form: form, type: type,
                                      score: (score * 1000).rounded() / 1000, summary: summary)
        // A name typed a term by its class (`virus Ebola`) is kept like any name.
        let passes = type != .term || group.hints[.term, default: 0] > 0
            || passesTermThresholds(candidate, words: words, mentions: group.mentionCount, containers: containerMentions.count)
        return (candidate, passes)
    }


    /// Whether a common term passes the termhood thresholds: the score, and for a single word a
    /// general-language frequency below ``Options/maximumSingleWordZipf``, recurrence and no light
    /// or relational noun (`segi`, `wacana`: a noun that frames another is no term alone); an
    /// expression of time (``LanguageTables/timeExpressions``) never passes. A single word needs
    /// four occurrences, or three with two of them on its own (`mentions`). A word specific to a
    /// domain needs only to recur within one document (more occurrences than documents): rarer in
    /// general Indonesian than ``Options/specificSingleWordZipf`` and part of some longer term of
    /// the input (`containers`: how many longer candidates contain it), as `purwarupa` beside
    /// `purwarupa smartphone` or `rekanan` beside `rekanan PES`. A commoner word (`tender`), a rare
    /// one never part of a term (`tudingan`, `usut`) or one seen once in each of two unrelated
    /// documents (`biskuit`) does not, nor a word that starts with a digit (`3-nya`, `40pm`: the
    /// word list has no frequency for it, which says nothing of its specificity).
    func passesTermThresholds(_ candidate: TermCandidate, words: [String], mentions: Int, containers: Int) -> Bool {
        guard candidate.score >= options.minimumTermScore else { return false }
        guard words.count == 1 else { return words.count != 2 || !tables.timeExpressions.contains(words[0] + " " + words[1]) }
        return !isCommonWord(words[0]) && !tables.lightNouns.contains(words[0]) && !tables.relationalNouns.contains(words[0])
            && !tables.classifierNouns.contains(words[0])
            && (candidate.count >= 4 || (candidate.count >= 3 && mentions >= 2)
                || candidate.count > candidate.summary.documentIndices.count && containers > 0
                    && statistics.zipf(of: words[0]) < options.specificSingleWordZipf
                    && words[0].unicodeScalars.first?.properties.isAlphabetic == true)
    }

    /// Whether a one-word key is too common in general Indonesian to be a term on its own: its Zipf
    /// frequency, or for a reduplicated word (`orang-orang`, `hal-hal`) that of its base, reaches
    /// ``Options/maximumSingleWordZipf``.
    func isCommonWord(_ key: String) -> Bool {
        let parts = key.split(separator: "-", omittingEmptySubsequences: false)
        let word = parts.count == 2 && parts[0] == parts[1] ? String(parts[0]) : key
        return statistics.zipf(of: word) >= options.maximumSingleWordZipf
    }

    /// The canonical form of each group `groups[indices]` (``canonicalForm(_:)``), on `threads`
    /// worker threads.
    func canonicalForms(of groups: [MentionGroup], at indices: [Int], threads: Int) -> [String] {
        concurrentSlices(of: indices.count, size: 2048, threads: threads) { slice in
            slice.map { canonicalForm(groups[indices[$0]]) }
        }
    }

    /// The type of each group `groups[indices]`, whose canonical forms are `forms` (index for
    /// index), typed with `evidence` as ``notingPersons(in:at:forms:evidence:threads:)`` filled it,
    /// on `threads` worker threads.
    func types(of groups: [MentionGroup], at indices: [Int], forms: [String], evidence: CaseEvidence, threads: Int) -> [TermCategory] {
        concurrentSlices(of: indices.count, size: 2048, threads: threads) { slice in
            slice.map { type(of: groups[indices[$0]].key, groups[indices[$0]], form: forms[$0], evidence: evidence) }
        }
    }

    /// Whether `group` is a person, place or organisation written as a common word too (`Hati`
    /// taken as a name, `hati` in running text): found as a common word and every word of its
    /// key a common word in general news at least ``commonWordShare`` of the time. Its lowercase
    /// occurrences are that word, not the name (see ``OccurrenceTally``); a name written in
    /// lowercase by mistake (`indonesia`, `jakarta`) keeps them. Typed with `evidence` before the
    /// person names are noted, which decide between names only, never between a name and a term.
    func isNameAlsoCommon(_ group: MentionGroup, evidence: CaseEvidence) -> Bool {
        let common = group.commonCount
        guard common > 0, common < group.mentionCount - common,
              group.words.allSatisfy({ statistics.commonShare(of: $0) >= Self.commonWordShare }) else { return false }
        switch type(of: group.key, group, form: canonicalForm(group), evidence: evidence) {
        case .person, .location, .organization: return true
        default: return false
        }
    }

    /// The most frequent bare surface (titled forms aside), ties to the fewer capitals for common
    /// terms, then to the first in text order; a final clitic `-nya` is dropped.
    private func canonicalForm(_ group: MentionGroup) -> String {
        let bare = group.bareSurfaces
        var best = bare.first!
        if bare.count > 1 {
            // No two surfaces share a first appearance, so the order is total and its least
            // element is the first of the sorted list; capitals are counted only where they decide.
            let common = group.firstKind == .common
            func capitals(_ surface: String) -> Int { surface.unicodeScalars.filter(\.properties.isUppercase).count }
            best = bare.min { a, b in
                if a.value.count != b.value.count { return a.value.count > b.value.count }
                if common {
                    let capsA = capitals(a.key), capsB = capitals(b.key)
                    if capsA != capsB { return capsA < capsB }
                }
                return a.value.first < b.value.first
            }!
        }
        // (A surface whose last byte is ASCII other than `a` or `A` cannot end in `nya` once lowercased.)
        if let last = best.key.utf8.last, last < 0x80, last != 0x61, last != 0x41 { return best.key }
        let lastWord = group.words.last ?? ""
        if best.key.lowercased().hasSuffix("nya"), !lastWord.hasSuffix("nya") {
            return String(best.key.dropLast(3))
        }
        return best.key
    }

    /// `evidence` with ``CaseEvidence/personNameParts`` filled from `groups[indices]` (whose
    /// canonical forms are `forms`, index for index), typed with `evidence` (the parts decide
    /// one-word names only); call once all mentions are in. The groups are typed on `threads`
    /// worker threads.
    func notingPersons(in groups: [MentionGroup], at indices: [Int], forms: [String], evidence: CaseEvidence,
                       threads: Int) -> CaseEvidence {
        let persons = concurrentSlices(of: indices.count, size: 4096, threads: threads) { slice in
            slice.compactMap { position -> (first: String, last: String)? in
                let group = groups[indices[position]]
                guard group.words.count >= 2 && type(of: group.key, group, form: forms[position], evidence: evidence) == .person
                else { return nil }
                return (group.words[0], group.words[group.words.count - 1])
            }
        }
        var noted = evidence
        for (first, last) in persons {
            noted.personNameParts.insert(first)
            noted.personNameParts.insert(last)
        }
        return noted
    }

    /// Whether the words of an uncued name are all common words: nouns and adjectives of the
    /// lexicon or derived common words (``MentionFinder/isDerivedCommonWord(_:surface:tables:statistics:)``),
    /// two or more, none a place, perhaps joined by `dan` (`pelaporan dana kampanye`, `hukum dan hak asasi`).
    func isCommonNounPhrase(_ words: [String]) -> Bool {
        guard words.count >= 2 else { return false }
        for (position, word) in words.enumerated() {
            if word == "dan", position > 0, position < words.count - 1 { continue }
            guard !places.contains(word) else { return false }
            let tag = statistics.tags[word]
            guard tag == "NN" || tag == "JJ"
                || MentionFinder.isDerivedCommonWord(word, surface: word, tables: tables, statistics: statistics) else { return false }
        }
        return true
    }

    /// The least share of a word's sightings in general news as a common word for a name's word
    /// to be a common word too (`bumi` 41 %, `liga` 12 %; `jakarta` 0.6 %, `monas` 3 %).
    static let commonWordShare = 0.1

    /// Whether `word` is a model code: letters, then digits right after them (`a330-900`, `s21`,
    /// `x5`); not an age group (`u-19`).
    static func isModelCode(_ word: String) -> Bool {
        let scalars = Array(word.unicodeScalars)
        guard let first = scalars.first, first.properties.isAlphabetic,
              let digit = scalars.firstIndex(where: { $0.properties.numericType != nil }) else { return false }
        return scalars[digit - 1].properties.isAlphabetic
    }

    /// Whether `word` is written in capitals only, three letters or more (`PDI`, `NBC`).
    static func isLongAcronym(_ word: Substring) -> Bool {
        word.unicodeScalars.count >= 3 && word.unicodeScalars.allSatisfy { $0.properties.isUppercase }
    }

    /// The type from the mentions' cues, then from evidence: places, acronyms, persons (`form` is
    /// the group's ``canonicalForm(_:)``).
    private func type(of key: String, _ group: MentionGroup, form: String, evidence: CaseEvidence) -> TermCategory {
        // Written as a common noun at least as often as found as a name: a common term.
        let common = group.commonCount
        // A document noun phrase quoted as a title somewhere is a document (see `quotedDocument`).
        if group.hints[.document, default: 0] > 0 && common == group.mentionCount { return .document }
        if common > 0 && common >= group.mentionCount - common { return .term }
        // A term the termbase lists keeps its category where it is written as a name too (the
        // blends `Munas`, `Pansus`; `Produk Domestik Bruto` in title case).
        if let known = knownCategories[key] {
            return known
        }
        let words = group.words
        // The words after Partai/Fraksi name the party wherever they stand, never a person
        // (``LanguageTables/partyHeads``), whatever the cues around one mention say.
        if words.count == 1, evidence.partyWords.contains(key) { return .organization }
        let votes = group.hints
        if let best = votes.sorted(by: { ($1.value, $0.key) < ($0.value, $1.key) }).first { return best.key }
        // A name after a class noun of organisations (`akun Instagram`, `klub Chelsea`) is one,
        // also where it follows `di`.
        if words.count == 1, evidence.afterOrganizationClass.contains(key) { return .organization }
        // `di` before an acronym is no evidence of a place: organisations are written so far more
        // often (`di DPR`, `di PPP`); acronyms of places are in `places` or the termbase.
        if places.contains(key) || (words.count == 1 && !group.firstIsUppercase && evidence.afterPlacePreposition.contains(key)) {
            return .location
        }
        // A place and a point of the compass: a part of it (`Jakarta Pusat`, `Papua Barat`).
        if words.count >= 2, tables.compassWords.contains(words.dropFirst().joined(separator: " ")),
           places.contains(words[0]) || evidence.afterPlacePreposition.contains(words[0]) {
            return .location
        }
        // An acronym is an organisation, also beside a verb of saying (`PPP menyatakan`): far more
        // organisations are written so than persons (`SBY`).
        if words.count == 1 && group.firstIsUppercase { return .organization }
        // An acronym of three letters or more among several words makes them an institution's
        // name, also beside a verb of saying (`PDI Perjuangan`, `PSMS Medan`, `NBC News`); a
        // person's initials are two letters (`MS Hidayat`).
        if words.count >= 2, form.split(separator: " ").contains(where: Self.isLongAcronym) {
            return .organization
        }
        if evidence.nearSpeechVerb.contains(words.last ?? "") || evidence.nearSpeechVerb.contains(words.first ?? "") {
            return .person
        }
        // A word before a comma and a place lies in that place (`Menteng, Jakarta Pusat`;
        // `Kawangkoan, Minahasa, Sulawesi Utara`): every name seen after it and a comma is a place,
        // and it is no person's short name (`Mourinho, Arsenal` of Jose Mourinho).
        if words.count == 1, !evidence.personNameParts.contains(key), let next = evidence.beforeComma[key],
           next.allSatisfy({ places.contains($0) || evidence.afterPlacePreposition.contains($0) }) {
            return .location
        }
        if group.firstIsUppercase { return .organization }
        if key.utf8.contains(0x2E) { return .organization }
        // A phrase of common nouns and adjectives in title case with no cue (`Penegakan Hukum`,
        // `Pemerintahan Daerah`, `Pelaporan Dana Kampanye`): a subject, a heading or a field written
        // with capitals, no institution's name (an institution's has a cue: `Badan Anggaran`).
        // A first word written after `di` or `ke` names a place (`Aceh Besar`, `Padang Panjang`).
        if isCommonNounPhrase(words), !evidence.afterPlacePreposition.contains(words[0]) { return .term }
        // Two to four words none of which is a common word, a place or a number: a person's name.
        // (A blend the termbase expands to a common noun phrase is a common word: `Munas Golkar`.)
        // A brand and a model code of letters and digits (`Airbus A330-900 Neo`, `Samsung Galaxy
        // S21`): a product; a person's name holds no digits.
        if words.count >= 2, words.dropFirst().contains(where: Self.isModelCode) { return .product }
        let personLike = words.allSatisfy { word in
            guard word.first?.isNumber == false, knownCategories[word] != .term else { return false }
            let tag = statistics.tags[word]
            return (tag == nil || tag == "NNP") && !places.contains(word) && !tables.stopWords.contains(word)
        }
        if words.count >= 2 && words.count <= 4 && personLike {
            // A point of the compass last is a part of a place (`Pamulang Timur`, `Kutai Timur`).
            let place = tables.foreignPlaceFirstWords.contains(words[0]) || tables.foreignPlaceLastWords.contains(words[words.count - 1])
                || tables.compassWords.contains(words[words.count - 1])
            // An English article first names a band, a work or a company (`The Virgin`), no person;
            // so does a last word of companies (`StatesWest Airlines`, `SM Entertainment`).
            // (`New York City` is the city, `New York Times` the paper.)
            let last = words[words.count - 1]
            if words[0] == "the" || (tables.foreignOrganizationLastWords.contains(last)
                && !(last == "city" && tables.foreignPlaceFirstWords.contains(words[0]))) { return .organization }
            return place ? .location : .person
        }
        return .organization
    }
}
