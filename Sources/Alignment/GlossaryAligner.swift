import Segmentation
import Termbase
import Terminology

/// Maps a term (its canonical form, every surface form and its type) to its canonical English, with
/// `via`, a confidence and the evidence.
///
/// Tries, in order, and stops at the first that answers:
/// 1. the user's glossary, matched on the normalization key of every form;
/// 2. the shipped termbase: `terms.tsv` and CLDR country names (`via: glossary`), then the acronym
///    files (`via: acronym`), then English names of the glossaries quoted as they are (`DPRK`), again
///    on every form, canonical form first, then by frequency;
/// 3. an organisation's glossary name with its country written in full (`Kantor Berita Pusat Korea
///    Utara` → Korean Central News Agency), and its short form, when the documents it occurs in name the rest of exactly one
///    glossary name (`Partai Pekerja` beside Korea Utara → Workers' Party of Korea, from `Partai
///    Pekerja Korea`; see ``completions(of:)``), at lower confidence;
/// 4. the user's sentence pairs (a translation memory), when given: the English that keeps company
///    with any form of the term there (``ParallelTermAligner``, `via: parallel`);
/// 5. persons: the name itself, romanization normalised (``NameRomanizer``, `via: name`);
/// 6. composition of each form (``CompositionalTranslator``): `via: composed`, or `via: name` when
///    every unit is a proper name passed through;
/// 7. nothing: `english` nil, `via: none`.
///
/// With ``Options/termbase`` off (`--no-glossary`) steps 1–2 keep only the acronym files and
/// composition uses the lexicon, titles and acronyms but not `terms.tsv` or CLDR.
/// Each form costs one key computation and a few hash lookups, plus its composition.
public struct GlossaryAligner: Sendable {
    /// What the aligner may use.
    public struct Options: Sendable, Hashable {
        /// Use `terms.tsv`, CLDR names and the user's glossary (off for `--no-glossary`).
        public var termbase = true

        /// The defaults: everything on.
        public init() {}
    }

    private struct Hit: Sendable {
        var english: String
        var source: String
        var englishForms: [String] = []
        /// Listed as an all-capitals initialism (`PSI`): matches only a form written in capitals,
        /// not a lowercase word with the same key (`psi`).
        var initialism = false
    }

    /// A glossary organisation name without its last words, which name a place or body (`Partai
    /// Pekerja` of `Partai Pekerja Korea`).
    private struct Completion: Sendable {
        var hit: Hit
        var form: String
        var remainder: String
    }

    private let user: [String: Hit]
    private let shipped: [String: Hit]
    private let completions: [String: [Completion]]
    private let countryKeys: Set<String>
    private let acronyms: [String: Hit]
    private let englishNames: [String: Hit]
    private let translator: CompositionalTranslator
    private let parallel: ParallelTermAligner?
    private let romanizer = NameRomanizer()

    /// An aligner over `library`, the user's `userGlossary` (ranked above the shipped data), the
    /// user's `sentencePairs` (a translation memory; none by default) and the word statistics that
    /// tell common words from names.
    public init(library: GlossaryLibrary, userGlossary: Glossary = Glossary(), sentencePairs: [ParallelTermAligner.SentencePair] = [],
                statistics: WordStatistics? = nil, options: Options = Options()) {
        let normalizer = try? Normalizer()
        func index(_ entries: [GlossaryEntry], source: (GlossaryEntry) -> String) -> [String: Hit] {
            var result: [String: Hit] = [:]
            for entry in entries {
                guard let english = entry.english else { continue }
                let englishForms = entry.terms(in: "en").map(\.text)
                for (position, term) in entry.terms(in: "id").enumerated() {
                    let key = CompositionalTranslator.key(term.text, normalizer)
                    if result[key] == nil {
                        result[key] = Hit(english: Self.shortEnglish(of: entry, position: position) ?? english, source: source(entry),
                                          englishForms: englishForms,
                                          initialism: CompositionalTranslator.isAcronym(term.text))
                    }
                }
            }
            return result
        }
        user = options.termbase ? index(userGlossary.entries) { $0.source ?? "glossary" } : [:]
        if options.termbase {
            let cldr = library.cldr.entries.filter { $0.category == "GPE" }
            shipped = index((library.tables["terms.tsv"]?.glossary.entries ?? []) + cldr) { $0.source ?? "terms.tsv" }
        } else {
            shipped = [:]
        }
        // English names quoted in Indonesian text (`DPRK`, `Korean Central News Agency`) stay as written.
        var englishNames: [String: Hit] = [:]
        if options.termbase {
            for entry in (library.tables["terms.tsv"]?.glossary.entries ?? []) + userGlossary.entries {
                for term in entry.terms(in: "en") {
                    let key = CompositionalTranslator.key(term.text, normalizer)
                    if englishNames[key] == nil {
                        englishNames[key] = Hit(english: term.text, source: (entry.source ?? "glossary") + " (English)",
                                                initialism: CompositionalTranslator.isAcronym(term.text))
                    }
                }
            }
        }
        self.englishNames = englishNames
        let countries = Set(library.cldr.entries.filter { $0.category == "GPE" }.flatMap { $0.terms(in: "id") }
            .map { CompositionalTranslator.key($0.text, normalizer) })
        completions = options.termbase
            ? Self.completions(userGlossary.entries + (library.tables["terms.tsv"]?.glossary.entries ?? []), remainders: countries, normalizer)
            : [:]
        countryKeys = countries
        let acronymEntries = library.tables.keys.sorted().filter { $0.hasPrefix("acronyms") }
            .flatMap { library.tables[$0]!.glossary.entries }
        // Only the short form: the long form is Indonesian the composer should see.
        var acronyms: [String: Hit] = [:]
        for entry in acronymEntries {
            guard let english = entry.english, let short = entry.indonesian else { continue }
            let key = CompositionalTranslator.key(short, normalizer)
            if acronyms[key] == nil {
                acronyms[key] = Hit(english: english, source: entry.source ?? "acronyms.tsv", englishForms: entry.terms(in: "en").map(\.text),
                                    initialism: CompositionalTranslator.isAcronym(short))
            }
        }
        self.acronyms = acronyms
        var translatorOptions = CompositionalTranslator.Options()
        translatorOptions.conceptUnits = options.termbase
        let translator = CompositionalTranslator(library: library, statistics: statistics, options: translatorOptions)
        self.translator = translator
        parallel = sentencePairs.isEmpty ? nil : ParallelTermAligner(pairs: sentencePairs) { translator.englishWords(of: $0) }
    }

    /// CLDR's short English name of a territory where its short Indonesian name (`position` 1) is
    /// the form matched and the full English name only adds a qualifier to the short one: `Hong
    /// Kong` → Hong Kong (not Hong Kong SAR China), `Makau` → Macao, `Myanmar` → Myanmar (not Myanmar
    /// (Burma)). Nil otherwise (`AS` stays United States: US is no part of it).
    static func shortEnglish(of entry: GlossaryEntry, position: Int) -> String? {
        guard entry.source == "cldr", position == 1 else { return nil }
        let english = entry.terms(in: "en").map(\.text)
        guard english.count >= 2, english[0].hasPrefix(english[1] + " ") else { return nil }
        return english[1]
    }

    /// Organisation names of `entries` (their Indonesian forms of three words or more) without a last
    /// one or two words that name a country (`countries`, or the first word of one) or a body written
    /// as an acronym (`PBB`), keyed by the short form that is left (two words or more).
    private static func completions(_ entries: [GlossaryEntry], remainders countries: Set<String>, _ normalizer: Normalizer?) -> [String: [Completion]] {
        var result: [String: [Completion]] = [:]
        for entry in entries where entry.category == "ORG" {
            guard let english = entry.english else { continue }
            for term in entry.terms(in: "id") {
                let words = term.text.split(separator: " ").map(String.init)
                for count in 1...2 where words.count - count >= 2 {
                    let remainder = words.suffix(count).joined(separator: " ")
                    let remainderKey = CompositionalTranslator.key(remainder, normalizer)
                    // A country or the first word of one (`Korea` of `Korea Utara`), or an acronym.
                    guard countries.contains(remainderKey) || countries.contains(where: { $0.hasPrefix(remainderKey + " ") })
                            || CompositionalTranslator.isAcronym(remainder) else { continue }
                    let hit = Hit(english: english, source: entry.source ?? "glossary", englishForms: entry.terms(in: "en").map(\.text))
                    result[CompositionalTranslator.key(words.dropLast(count).joined(separator: " "), normalizer), default: []]
                        .append(Completion(hit: hit, form: term.text, remainder: remainderKey))
                }
            }
        }
        return result
    }

    /// The keys of the places and bodies that would complete `term` to a glossary name (`korea` for
    /// `Partai Pekerja`); empty for most terms. Ask the documents about these only.
    public func completionKeys(of term: some AlignableTerm) -> [String] {
        guard term.category == .organization, !completions.isEmpty else { return [] }
        let normalizer = try? Normalizer()
        return ([term.canonicalForm] + term.surfaceForms).flatMap { completions[CompositionalTranslator.key($0, normalizer)] ?? [] }.map(\.remainder)
    }

    /// The matching key of a name as the aligner compares them (NFKC_Casefold, single spaces).
    public static func key(_ text: String) -> String {
        CompositionalTranslator.key(text, try? Normalizer())
    }

    /// The alignment of `term`, with what the input says around it.
    public func align(_ term: some AlignableTerm, context: AlignmentContext = AlignmentContext()) -> TermAlignment {
        align(form: term.canonicalForm, variants: term.surfaceForms, type: term.category, context: context)
    }

    /// The alignment of a term with canonical form `form`, surface forms `variants` (most frequent
    /// first) and type `type`.
    public func align(form: String, variants: [String], type: TermCategory, context: AlignmentContext = AlignmentContext()) -> TermAlignment {
        let normalizer = try? Normalizer()
        // One form per key: a capitalised variant of a common term is not a name.
        var forms: [String] = []
        var keys: [String] = []
        // The keys some form writes in capitals: only they match an initialism (`TASS` beside `Tass`, not `psi`).
        var capitalKeys: Set<String> = []
        for candidate in [form] + variants {
            let key = CompositionalTranslator.key(candidate, normalizer)
            if !keys.contains(key) { forms.append(candidate); keys.append(key) }
            if CompositionalTranslator.isAcronym(candidate) { capitalKeys.insert(key) }
        }
        let tables = [(user, AlignmentMethod.glossary, 0.98), (shipped, .glossary, 0.95), (acronyms, .acronym, 0.9), (englishNames, .glossary, 0.9)]
        for (table, via, confidence) in tables {
            for (form, key) in zip(forms, keys) {
                if let hit = table[key] ?? table[Self.strippingClitic(key)], !hit.initialism || capitalKeys.contains(key) {
                    // An acronym English also uses stays an acronym (AFP, NATO).
                    let english = CompositionalTranslator.isAcronym(form) && hit.englishForms.contains(form) ? form : hit.english
                    return TermAlignment(english: english, via: via, confidence: confidence, evidence: "\(hit.source): \(form)", concept: hit.english)
                }
            }
        }
        if type == .organization, let (completion, country) = fullCountryCompletion(keys) {
            // `Kantor Berita Pusat Korea Utara`: a glossary name with its country written in full.
            return TermAlignment(english: completion.hit.english, via: .glossary, confidence: 0.9,
                                 evidence: "\(completion.hit.source): \(completion.form) (\(country) in full)", concept: completion.hit.english)
        }
        if type == .organization {
            // A short form the documents complete (`Partai Pekerja` where Korea is named): one
            // glossary name must remain, whichever form is asked.
            let found = keys.flatMap { completions[$0] ?? [] }.filter { completion in
                context.isNamed(completion.remainder)
            }
            if let first = found.first, Set(found.map(\.hit.english)).count == 1 {
                return TermAlignment(english: first.hit.english, via: .glossary, confidence: 0.7,
                                     evidence: "\(first.hit.source): \(first.form) (short form; the documents name \(first.remainder))",
                                     concept: first.hit.english)
            }
        }
        if let parallel, let match = parallel.align(forms: forms) {
            return TermAlignment(english: match.english, via: .parallel, confidence: match.confidence,
                                 evidence: "parallel: \(match.pairs) of \(match.termPairs) sentence pairs, Dice \(match.dice)")
        }
        if type == .person {
            let name = Self.joiningSpacedApostrophes(form)
            let words = name.split(separator: " ")
            if !words.isEmpty, words.first?.first?.isUppercase == true,
               words.indices.allSatisfy({ Self.isNameWord(words[$0], inside: $0 > 0, last: $0 == words.count - 1) }) {
                let english = romanizer.normalize(name)
                let changed = english == form ? "" : name == form ? " (romanization)" : " (apostrophe joined)"
                return TermAlignment(english: english, via: .name, confidence: 0.8, evidence: "name: \(form)\(changed)")
            }
            return .unaligned
        }
        // Composition reads the canonical form, then variants of as many words (a longer or shorter
        // variant may be another concept: `konstitusi` beside `Hakim Konstitusi`).
        let wordCount = Self.wordCount(form)
        for candidate in forms where candidate == form || Self.wordCount(candidate) == wordCount {
            guard let composition = translator.translate(Self.joiningSpacedApostrophes(candidate), category: type,
                                                         products: context.productKeys) else { continue }
            let evidence = composition.units.map(\.indonesian).joined(separator: "+")
            if composition.isName {
                // An acronym no table knows may be Indonesian (BBM = fuel) as well as a name kept in English (PKB).
                let unknownAcronym = CompositionalTranslator.isAcronym(composition.english)
                return TermAlignment(english: romanizer.normalize(composition.english), via: .name, confidence: unknownAcronym ? 0.4 : 0.7,
                                     evidence: unknownAcronym ? "name: \(evidence) (acronym not in the tables)" : "name: \(evidence)")
            }
            return TermAlignment(english: composition.english, via: .composed, confidence: composition.confidence, evidence: "composed: \(evidence)")
        }
        // A place name no source translates is kept as written (`Taman Pandang`, `Kemayoran`): a
        // translator copies a local name rather than leave it out.
        if type == .location, Self.isCapitalizedName(form) {
            // An administrative division before its name is the division's English after the name,
            // the name as written (`Desa Kebandaran` → Kebandaran Village, `Kecamatan Kebon Jeruk` →
            // Kebon Jeruk Subdistrict).
            let words = CompositionalTranslator.words(form)
            if words.count >= 2, Self.administrativeDivisions.contains(words[0].lowercased()),
               let division = translator.translate(words[0].lowercased(), category: .term), !division.isName {
                let name = words.dropFirst().joined(separator: " ")
                return TermAlignment(english: name + " " + CompositionalTranslator.titleCased(division.english), via: .composed,
                                     confidence: 0.5, evidence: "composed: \(words[0])+\(name) (name kept as written)")
            }
            return TermAlignment(english: form, via: .name, confidence: 0.4, evidence: "name: \(form) (kept as written)")
        }
        return .unaligned
    }

    /// Whether `word` can be a word of a name written as such: capitalised, or inside the name a
    /// particle of personal names (`Vicente del Bosque`, `Virgil van Dijk`, `Bashar al-Assad`) or,
    /// not last, an English connector of a name written in English (`University of Bath`).
    static func isNameWord(_ word: Substring, inside: Bool, last: Bool) -> Bool {
        if word.first?.isUppercase == true { return true }
        guard inside else { return false }
        if nameParticles.contains(String(word)) { return !last }
        if let particle = nameParticles.first(where: { $0.hasSuffix("-") && word.hasPrefix($0) }) {
            return word.dropFirst(particle.count).first?.isUppercase == true
        }
        return !last && englishNameConnectors.contains(String(word))
    }

    /// Particles of personal names and connectors of names written in English (Terminology's tables).
    private static let nameParticles = LanguageTables.standard.nameParticles
    private static let englishNameConnectors = LanguageTables.standard.englishNameConnectors

    /// `form` with an apostrophe that stands between spaces inside a name joined to the words on
    /// both sides (`Ma ' ruf Amin` → Ma'ruf Amin): text tokenised for a corpus spaces it out, a name
    /// never does. Other forms unchanged.
    static func joiningSpacedApostrophes(_ form: String) -> String {
        guard form.contains(" ' ") || form.contains(" \u{2019} ") else { return form }
        let words = form.split(separator: " ", omittingEmptySubsequences: false)
        var joined: [String] = []
        var index = 0
        while index < words.count {
            let word = words[index]
            if (word == "'" || word == "\u{2019}"), let last = joined.last, last.last?.isLetter == true,
               index + 1 < words.count, words[index + 1].first?.isLetter == true {
                joined[joined.count - 1] = last + word + words[index + 1]
                index += 2
            } else {
                joined.append(String(word))
                index += 1
            }
        }
        return joined.joined(separator: " ")
    }

    /// The Indonesian words of administrative divisions that name a place before its own name
    /// (`Desa Kebandaran`, `Kabupaten Brebes`); the place's own name never translates.
    private static let administrativeDivisions: Set<String> = ["desa", "dusun", "kelurahan", "kecamatan", "kabupaten", "provinsi"]

    /// Whether every word of `form` starts with a capital letter or a digit (`Taman Pandang`, `Pulau 2`).
    private static func isCapitalizedName(_ form: String) -> Bool {
        let words = CompositionalTranslator.words(form)
        return !words.isEmpty && words.allSatisfy { word in word.first.map { $0.isUppercase || $0.isNumber } ?? false }
            && words.contains { $0.first?.isUppercase == true }
    }

    /// The one glossary name that a form completes with a country written in full where the name
    /// has its first word (`Kantor Berita Pusat Korea Utara` for `Kantor Berita Pusat Korea`), and
    /// that country's key.
    private func fullCountryCompletion(_ keys: [String]) -> (Completion, String)? {
        var found: [(Completion, String)] = []
        for key in keys {
            let words = key.split(separator: " ")
            for count in 2...3 where words.count - count >= 2 {
                let country = words.suffix(count).joined(separator: " ")
                guard countryKeys.contains(country) else { continue }
                let prefix = words.dropLast(count).joined(separator: " ")
                for completion in completions[prefix] ?? [] where country.hasPrefix(completion.remainder + " ") {
                    found.append((completion, country))
                }
            }
        }
        guard let first = found.first, Set(found.map(\.0.hit.english)).count == 1 else { return nil }
        return first
    }

    /// How many words `form.split(separator: " ")` makes of `form` (counted at its space bytes
    /// when they are single, see ``CompositionalTranslator/words(_:)``).
    private static func wordCount(_ form: String) -> Int {
        form.utf8.contains(0xA0) ? form.split(separator: " ").count : CompositionalTranslator.words(form).count
    }

    /// `key` without a final `-nya` clitic (`baratnya` → barat).
    private static func strippingClitic(_ key: String) -> String {
        key.count > 5 && key.hasSuffix("nya") ? String(key.dropLast(3)) : key
    }
}
