import Foundation
import Segmentation

/// Groups the spellings of one name or term into clusters: `VariantClusterer(…).clusters(of:)`.
///
/// Every merge is an edge with a ``VariantKind`` and evidence. The rules, in the order they run
/// (later rules see the clusters earlier ones made):
/// 1. **Equal keys** — forms whose keys agree after one rewrite are joined: letter case
///    (NFKC_Casefold key), hyphen and space (`-` and space alike, word boundaries kept), open and
///    closed compounds (spaces removed), reduplication counted once, the clitic `-nya` on the last
///    word, inserted words inside a term (``VariantTables/insertable``), synonyms, and for names the
///    romanization key (``VariantTables/romanization``; two one-word names only in a document they
///    share, and never a roman numeral of doubled letters: `DPD II`).
/// 2. **Termbase** — forms that are names of one concept in the termbase (`glossary/*.tsv`, CLDR;
///    concepts with the same canonical English are one) are joined; a key of two concepts is ignored.
/// 3. **Typos** — two forms with the same number of words, both names or both common terms, equal
///    but for one word that differs by one edit (two in common words of seven letters or more that
///    neither is in the part-of-speech lexicon: `limunisin`/`limusin`). Guards: both words at least
///    ``VariantTables/minimumTypoWordLength`` long, the same first letter, no digits, neither a
///    prefix of the other (`Ivanov`/`Ivanova`), not both common words (`peran`/`perang`) nor both
///    in the lexicon (`berfantasi`/`bersantai`), and a name word never differs by more than one
///    letter (so never by a whole syllable; `Jong Un`/`Jong Il` are also too short); two one-word
///    names must share a document (`Kadir`/`Karir` of two texts are two names).
/// 4. **Title + name** — a form that is a title head followed by another form (`Presiden Rusia
///    Vladimir Putin` → `Vladimir Putin`).
/// 5. **Definitions, acronyms and blends** — first a short form the texts define in brackets
///    (``definitions``, found by ``DefinitionFinder``: `Kementerian Keuangan (Kemenkeu)`, `Korut
///    (Korea Utara)`) is joined to its long form, unless it is defined two ways (two long forms
///    not already one term, or an initialism that is also another name's initials): then it is
///    left apart and reported as a ``VariantAmbiguity``, and no rule below joins it. Then an all-capital word of three to six letters equal to the initials
///    of exactly one multi-word name or term written with every word capitalised (a reduplicated
///    word counted once or twice, connectors skipped: `PBB`, `KCNA`, `TPT`); a capitalized word split into prefixes of each word of exactly one
///    two- or three-word name (`Korut` = `Kor`+`ut`).
///    A two-letter initialism typed an organisation joins the one organisation with its initials
///    in its own documents (`PD` = `Partai Demokrat`).
/// 6. **Short names** — a one-word person form (or a capitalized word typed an organisation for want
///    of evidence) is joined to the full person name whose first or
///    last word it is, when that full name is the only one in every document where the short form
///    occurs and resolves; where two full names qualify in a document it is reported as a
///    ``VariantAmbiguity``, and the form is merged only when all other documents agree. A person's
///    name of Balinese name words and one word more (`I Gusti Ngurah Askhara`) is resolved so too,
///    by that word (`Ari Askhara`). A word of one or two letters is the short form of a two-word name only.
///
/// The canonical form of a cluster (``TermCluster/canonical``) is chosen by this rule, in order:
/// (1) a form the termbase gives as canonical (`terms.tsv`, CLDR: `Amerika Serikat`, `NATO`);
/// (2) full form over blend, surname, title + name, clitic, inserted words and truncation (the
/// first word of a longer member), standard spelling over typo, open compound over closed when
/// the tables list it open (`kerja sama`); a spelling that loses loses in every case; an initialism is no lesser form
/// (`KCNA` stays as written); (3) the most frequent; (4) fewer capitals (among names, fewer words in capitals); (5) Unicode order (`Kim Jong Un`
/// before `Kim Jong-un`).
///
/// - Complexity: no pair of forms is compared unless a blocking key brings them together. Equal-key
///   rules and the termbase are hash lookups, O(n·w) for n forms of w words. Typos are blocked by
///   a deletion neighbourhood (SymSpell): each word position of each form yields its one- or
///   two-letter deletions, keyed with the other words, O(n·w·L²) keys for words of L letters;
///   only forms in one bucket are compared, and buckets larger than ``Options/maximumBucket``
///   are skipped. Acronyms look their initials up in a hash; blends compare only with names that
///   share the first two letters (capped the same way); short names look up the full names that
///   start or end with them, O(n·d) for d documents per form. Overall near-linear in n.
public struct VariantClusterer: Sendable {
    /// Limits.
    public struct Options: Sendable {
        /// Blocking buckets larger than this are not compared pairwise (they hold no typos, only
        /// very common frames).
        public var maximumBucket = 64
        /// Resolve a one-word person mention to a full name of the same documents.
        public var resolvesShortNames = true

        /// The defaults.
        public init() {}
    }

    /// The limits.
    public var options: Options
    /// Romanization pairs, synonyms, insertable words.
    public var tables: VariantTables
    /// Title heads, pre-heads and words that end in `nya` without a clitic.
    public var language: LanguageTables
    /// General-language frequencies: two common words are never one misspelled.
    public var statistics: WordStatistics
    /// Lowercase key of a name in the termbase → the concept it names.
    public var concepts: [String: Int]
    /// Lowercase keys of the termbase's canonical Indonesian names.
    public var canonicalKeys: Set<String>
    /// Short forms the texts define (``DefinitionFinder``): the short form's key → every long
    /// form's spaced key it is defined as, with the number of documents. A short form defined
    /// one way is joined to its long form before any initials or blend rule runs; one defined
    /// two ways joins neither, and no initials or blend rule joins it either.
    public var definitions: [String: [String: Int]] = [:]

    /// Creates a clusterer; `concepts` and `canonicalKeys` come from a termbase (see the
    /// `library:` initializer).
    public init(options: Options = Options(), tables: VariantTables = VariantTables(), language: LanguageTables = LanguageTables(),
                statistics: WordStatistics = WordStatistics(), concepts: [String: Int] = [:], canonicalKeys: Set<String> = []) {
        self.options = options
        self.tables = tables
        self.language = language
        self.statistics = statistics
        self.concepts = concepts
        self.canonicalKeys = canonicalKeys
    }

    // MARK: prepared forms

    struct Prepared: Equatable {
        var key: String
        var words: [String]
        var spaced: String
        var isName: Bool
        var isAllCaps: Bool
        var hadHyphen: Bool
        /// Typed a title: its words' initials name no organisation (`Kasubdit Komunikasi dan
        /// Publikasi` is no `KKP`).
        var isTitle = false
    }

    /// One form prepared; `normalizer` makes its key.
    func prepare(_ form: VariantForm, normalizer: Normalizer?) -> Prepared {
        // A word the text cut at its apostrophe by spaces (`Ma ' ruf`, one word to the mention
        // finder) is one word here too: `Ma'ruf`.
        if form.surface.utf8.contains(0x27), form.surface.contains(" ' ") {
            var joined = form
            joined.surface = form.surface.replacing(" ' ", with: "'")
            return prepare(joined, normalizer: normalizer)
        }
        let key = (normalizer?.key(form.surface) ?? form.surface.lowercased())
        return prepareSimple(form, key: key) ?? prepareCharacters(form, key: key)
    }

    /// ``prepare(_:normalizer:)`` of any form, over its `Character`s.
    func prepareCharacters(_ form: VariantForm, key: String) -> Prepared {
        let words = key.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "\u{2013}" || $0 == "\u{2014}" }).map(String.init)
        // Words split at spaces only: the parts of `Jong-un` or `e-KTP` after a hyphen may be lowercase.
        let surfaceWords = form.surface.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" })
        // (A word in brackets by its first letter: `(Persero)`.)
        let capitalized = surfaceWords.filter { word in
            (word.first == "(" ? word.dropFirst().first : word.first).map { $0.isUppercase } ?? false
        }.count
        let content = surfaceWords.filter { !tables.initialsConnectors.contains($0.lowercased()) }.count
        let isName = form.category != .term && content > 0 && capitalized >= content
        let letters = form.surface.unicodeScalars.filter(\.properties.isAlphabetic)
        let isAllCaps = words.count == 1 && letters.count >= 2 && letters.allSatisfy(\.properties.isUppercase)
        return Prepared(key: key, words: words, spaced: words.joined(separator: " "),
                        isName: isName, isAllCaps: isAllCaps, hadHyphen: key.utf8.contains(0x2D), isTitle: form.category == .title)
    }

    /// ``prepareCharacters(_:key:)`` of a form whose surface and key hold only scalars below
    /// U+0300 (ASCII, Latin-1, Latin Extended-A and -B: `Jakarta`, `Kéménkéu`), over bytes and
    /// scalars; nil for any other form. The same result: below U+0300 no scalar extends a
    /// grapheme cluster (the only cluster of two is CR LF, never a separator nor a letter), so
    /// every `Character` that matters is one scalar, and the only separators present are the
    /// bytes of space, hyphen and no-break space. ASCII bytes are classified without asking
    /// Unicode properties.
    func prepareSimple(_ form: VariantForm, key: String) -> Prepared? {
        // U+0300 is the first scalar whose UTF-8 lead byte is 0xCC.
        let surfaceIsASCII = form.surface.utf8.allSatisfy { $0 < 0x80 }
        guard surfaceIsASCII || form.surface.utf8.allSatisfy({ $0 < 0xCC }), key.utf8.allSatisfy({ $0 < 0xCC }) else { return nil }
        let words = key.utf8.split(whereSeparator: { $0 == 0x20 || $0 == 0x2D }).map { String(decoding: $0, as: UTF8.self) }
        var capitalized = 0, content = 0
        func count(_ word: String, first: Unicode.Scalar?) {
            // (A word in brackets by its first letter: `(Persero)`.)
            let first = first == "(" ? word.unicodeScalars.dropFirst().first : first
            if let first, first.isASCII ? (0x41...0x5A).contains(first.value) : Character(first).isUppercase { capitalized += 1 }
            if !tables.initialsConnectors.contains(word.lowercased()) { content += 1 }
        }
        // Words split at spaces only: the parts of `Jong-un` or `e-KTP` after a hyphen may be lowercase.
        if surfaceIsASCII {
            for word in form.surface.utf8.split(separator: 0x20) { count(String(decoding: word, as: UTF8.self), first: word.first.map(Unicode.Scalar.init)) }
        } else {
            for word in form.surface.unicodeScalars.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" }) { count(String(word), first: word.first) }
        }
        return Prepared(key: key, words: words, spaced: words.joined(separator: " "),
                        isName: form.category != .term && content > 0 && capitalized >= content,
                        isAllCaps: words.count == 1 && Self.isAllCapitals(form.surface), hadHyphen: key.utf8.contains(0x2D),
                        isTitle: form.category == .title)
    }

    /// Whether `surface` holds two letters or more (Alphabetic scalars) and every one is uppercase.
    static func isAllCapitals(_ surface: String) -> Bool {
        var letters = 0
        for scalar in surface.unicodeScalars {
            if scalar.isASCII {
                let value = scalar.value
                if value >= 0x61 && value <= 0x7A { return false }
                if value >= 0x41 && value <= 0x5A { letters += 1 }
            } else if scalar.properties.isAlphabetic {
                guard scalar.properties.isUppercase else { return false }
                letters += 1
            }
        }
        return letters >= 2
    }

    // MARK: clustering

    /// The clusters of `forms`; see the type's documentation for the rules and their cost.
    public func clusters(of forms: [VariantForm]) -> VariantClustering {
        clusters(of: forms, prepared: preparedForms(forms))
    }

    /// The clusters of `forms`, prepared as `prepared` (``preparedForms(_:)`` of the same forms,
    /// or a selection of a larger list made with ``PreparedForms/selecting(_:)``); its parallel
    /// steps on `threads` worker threads.
    func clusters(of forms: [VariantForm], prepared preparedForms: PreparedForms,
                  threads: Int = ProcessInfo.processInfo.activeProcessorCount) -> VariantClustering {
        let prepared = preparedForms.forms, keys = preparedForms.keys
        // Each key in an array of its own: a closure reading `keys[i].key` copied the whole `Keys`.
        let keyColumn = keys.map { $0.key }, spacedColumn = keys.map { $0.spaced }, compoundColumn = keys.map { $0.compound }
        let synonymColumn = keys.map { $0.synonym }, romanizationColumn = keys.map { $0.romanization }
        var state = UnionFind(count: forms.count)
        var demoted = Set<Int>()

        // 1. Equal keys.
        joinEqual(forms.count, &state) { keyColumn[$0] } kind: { a, b in (.letterCase, "\(forms[a].surface) = \(forms[b].surface)") }
        joinEqual(forms.count, &state) { spacedColumn[$0] } kind: { _, _ in (.hyphenation, "hyphen and space alike") }
        joinEqual(forms.count, &state) { compoundColumn[$0] } kind: { _, _ in (.compound, "open and closed compound") }
        // The closed spelling of a compound the tables write open (`kerjasama`) is the lesser form.
        let closedCompounds = Set(language.compounds.map { $0.replacingOccurrences(of: " ", with: "") }).subtracting(language.closedStandardCompounds)
        for index in prepared.indices where prepared[index].words.count == 1 && closedCompounds.contains(prepared[index].spaced) {
            demoted.insert(index)
        }
        // The open spelling of a compound the standard writes closed (`olah raga pagi`) is the lesser form.
        for index in prepared.indices where prepared[index].words.count >= 2 {
            let words = prepared[index].words
            if words.indices.dropLast().contains(where: { language.closedStandardCompounds.contains(words[$0] + words[$0 + 1]) }) {
                demoted.insert(index)
            }
        }
        // Each spaced key's first form, for the reduced-key and title joins.
        let bySpaced = Self.firstIndices(spacedColumn)
        joinReduced(forms.count, bySpaced, &state, &demoted, kind: .reduplication) { keys[$0].reduplication }
        joinReduced(forms.count, bySpaced, &state, &demoted, kind: .clitic) { keys[$0].clitic }
        joinReduced(forms.count, bySpaced, &state, &demoted, kind: .insertion) { keys[$0].insertion }
        joinEqual(forms.count, &state) { synonymColumn[$0] } kind: { a, b in (.synonym, Self.difference(prepared[a].words, prepared[b].words)) }
        // A form of two words or more with a blend is the lesser spelling of a form that spells it out
        // (`calon Ketum PSSI`); a blend alone, as in the termbase rule below, when its letters begin
        // the words it stands for (`moge` of `motor gede`, not `tilang` of `bukti pelanggaran`).
        if !tables.blends.isEmpty {
            let withBlends = prepared.indices.filter { prepared[$0].words.contains(where: tables.blends.contains) }
            let blended = Set(withBlends)
            let spelledOut = Set(prepared.indices.lazy.filter { !blended.contains($0) }.map { synonymColumn[$0] })
            let expansions = Dictionary(tables.synonyms.flatMap { group in group.dropLast().map { ($0, group.last!) } }, uniquingKeysWith: { a, _ in a })
            for index in withBlends where spelledOut.contains(synonymColumn[index]) {
                let words = prepared[index].words
                if words.count > 1 || expansions[words[0]].flatMap({ Self.blendParts(Array(words[0]), $0.split(separator: " ").map { Array($0) }) }) != nil {
                    demoted.insert(index)
                }
            }
        }
        joinRomanized(prepared, forms, romanizationColumn, &state)

        // 2. Termbase concepts.
        if !concepts.isEmpty {
            joinEqual(forms.count, &state) { keys[$0].concept } kind: { a, b in
                let (short, long) = prepared[a].words.count <= prepared[b].words.count ? (a, b) : (b, a)
                if prepared[short].words.count == 1, !prepared[short].isAllCaps, prepared[long].words.count > 1,
                   let parts = Self.blendParts(Array(prepared[short].key), prepared[long].words.map { Array($0) }) {
                    return (.blend, "termbase, " + parts.joined(separator: "+"))
                }
                return prepared[a].isAllCaps != prepared[b].isAllCaps ? (.acronym, "termbase") : (.glossary, "termbase")
            }
            // The blend side of a termbase blend is the lesser form (`Korut` of `Korea Utara`).
            for edge in state.edges where edge.kind == .blend {
                demoted.insert(prepared[edge.from].words.count == 1 ? edge.from : edge.to)
            }
        }

        // 3. Typos, 4. titles, 5. acronyms and blends, 6. short names.
        joinTypos(prepared, typoBuckets(of: preparedForms, threads: threads), forms, &state, &demoted)
        joinTitles(prepared, bySpaced, forms, &state, &demoted)
        joinLegalForms(prepared, bySpaced, forms, &state, &demoted)
        joinStreetNames(prepared, bySpaced, forms, &state, &demoted)
        // Definitions made in the texts outrank the initials and blend rules.
        // (The initials' expansions depend on the forms alone: made once for both rules.)
        let expansions = expansions(prepared, keys, forms)
        var ambiguities = joinDefinitions(prepared, forms, spacedColumn, bySpaced, expansions, &state, &demoted)
        joinAcronyms(prepared, expansions, &state)
        joinTwoLetterInitials(prepared, forms, &state)
        joinBlends(prepared, forms, &state, &demoted)
        joinPersonBlends(prepared, forms, &state, &demoted)
        joinCountryQualifiedNames(prepared, forms, bySpaced, &state, &demoted)
        joinHeadedNames(prepared, forms, bySpaced, &state, &demoted)
        joinMakerModels(prepared, forms, bySpaced, &state, &demoted)
        joinPlaceBlends(prepared, forms, bySpaced, &state, &demoted)
        if options.resolvesShortNames {
            ambiguities += joinShortNames(prepared, forms, &state, &demoted)
        }

        // Clusters and canonical forms.
        // (By root, in arrays: a set's root is its smallest member, so the clusters in order of
        // their first members are the roots in ascending order.)
        let roots = forms.indices.map { state.root($0) }
        var members = [[Int]](repeating: [], count: forms.count)
        for index in forms.indices { members[roots[index]].append(index) }
        // A one-word member that is the first word of a longer member is a truncation
        // (`Amerika` of `Amerika Serikat`): the full form wins.
        for group in members where group.count > 1 {
            let firstWords = Set(group.filter { prepared[$0].words.count > 1 }.map { prepared[$0].words[0] })
            for member in group where prepared[member].words.count == 1 && firstWords.contains(prepared[member].spaced) {
                demoted.insert(member)
            }
        }
        var edges = [[VariantEdge]](repeating: [], count: forms.count)
        for edge in state.edges { edges[roots[edge.from]].append(edge) }
        let clusters = forms.indices.filter { roots[$0] == $0 }.map { root in
            TermCluster(canonical: canonical(of: members[root], forms, prepared, demoted), members: members[root], edges: edges[root])
        }
        return VariantClustering(forms: forms, clusters: clusters, ambiguities: ambiguities)
    }

    /// The canonical member: see the rule in the type's documentation.
    func canonical(of group: [Int], _ forms: [VariantForm], _ prepared: [Prepared], _ demoted: Set<Int>) -> Int {
        // Fewer capitals decides only where a member is a common term (`media pemerintah`); names keep theirs.
        let allNames = group.allSatisfy { prepared[$0].isName }
        // (Among names only words of three letters or more written all in capitals count: `KOREA UTARA`.)
        // (An ASCII surface is counted by its bytes: there the letters are A to Z and a to z, the
        // uppercase ones A to Z, and every byte is a character of its own, carriage returns aside.)
        func capitals(_ index: Int) -> Int {
            let surface = forms[index].surface
            if surface.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) {
                guard allNames else { return surface.utf8.reduce(0) { $0 + ($1 >= 0x41 && $1 <= 0x5A ? 1 : 0) } }
                return surface.utf8.split(whereSeparator: { $0 == 0x20 || $0 == 0x2D }).filter { word in
                    word.count >= 3 && !word.contains { $0 >= 0x61 && $0 <= 0x7A }
                }.count
            }
            guard allNames else { return surface.unicodeScalars.filter(\.properties.isUppercase).count }
            return surface.split(whereSeparator: { $0 == " " || $0 == "-" }).filter { word in
                word.count >= 3 && word.allSatisfy { !$0.isLetter || $0.isUppercase }
            }.count
        }
        // A lesser form makes every form with its spelling lesser (`KORUT` as much as `Korut`).
        let demotedSpellings = Set(group.filter { demoted.contains($0) }.map { prepared[$0].spaced })
        let demoted = Set(group.filter { demotedSpellings.contains(prepared[$0].spaced) })
        return group.min { a, b in
            let keyA = (canonicalKeys.contains(prepared[a].key) ? 0 : 1, demoted.contains(a) ? 1 : 0, -forms[a].count, capitals(a))
            let keyB = (canonicalKeys.contains(prepared[b].key) ? 0 : 1, demoted.contains(b) ? 1 : 0, -forms[b].count, capitals(b))
            if keyA != keyB { return keyA < keyB }
            return forms[a].surface.unicodeScalars.lexicographicallyPrecedes(forms[b].surface.unicodeScalars)
        }!
    }

    /// The words in which two forms differ, as `a/b`.
    static func difference(_ a: [String], _ b: [String]) -> String {
        let left = a.filter { !b.contains($0) }, right = b.filter { !a.contains($0) }
        return left.joined(separator: " ") + "/" + right.joined(separator: " ")
    }

    // MARK: equal keys

    /// Joins every form to the first form with the same key (forms with a nil key take no part).
    func joinEqual<Key: Hashable>(_ count: Int, _ state: inout UnionFind, key: (Int) -> Key?,
                                  kind: (Int, Int) -> (VariantKind, String)) {
        var first: [Key: Int] = [:]
        first.reserveCapacity(count)
        for index in 0..<count {
            guard let key = key(index) else { continue }
            // One hash per key: a new key's first form is stored by the same access that reads it.
            let other = Self.firstIndex(in: &first, forKey: key, otherwise: index)
            if other != index, state.root(other) != state.root(index) {
                let (kind, evidence) = kind(other, index)
                state.union(other, index, kind: kind, evidence: evidence)
            }
        }
    }

    /// Joins the names whose romanization keys agree (`romanization`, nil for forms without one),
    /// except a name with a roman numeral of doubled letters (`DPD II` is no `DPD I`). Two names of
    /// one word join only where they share a document: a one-word name has no other word to vouch
    /// for it, and `Iwan`/`Ivan` or `Deni`/`Denny` of different texts are different persons.
    func joinRomanized(_ prepared: [Prepared], _ forms: [VariantForm], _ romanization: [UTF8Key?], _ state: inout UnionFind) {
        /// Whether `word` is a roman numeral with a doubled letter (`ii`, `xxi`).
        func isDoubledNumeral(_ word: String) -> Bool {
            word.count >= 2 && word.count <= 4 && word.allSatisfy { $0 == "i" || $0 == "v" || $0 == "x" } && zip(word, word.dropFirst()).contains { $0 == $1 }
        }
        var oneWord: [UTF8Key: [Int]] = [:]
        joinEqual(forms.count, &state) { (index: Int) -> UTF8Key? in
            guard let key = romanization[index], !prepared[index].words.contains(where: isDoubledNumeral) else { return nil }
            if prepared[index].words.count == 1 {
                oneWord[key, default: []].append(index)
                return nil
            }
            return key
        } kind: { a, b in
            (.romanization, Self.difference(prepared[a].words, prepared[b].words))
        }
        // (In the order of their first forms: the edges come out the same every run.)
        for group in oneWord.values.filter({ $0.count > 1 }).sorted(by: { $0[0] < $1[0] }) {
            for (position, a) in group.enumerated() {
                for b in group[(position + 1)...] where state.root(a) != state.root(b) && forms[a].sharesDocument(with: forms[b]) {
                    state.union(a, b, kind: .romanization, evidence: Self.difference(prepared[a].words, prepared[b].words))
                }
            }
        }
    }

    /// `first[key]`, after storing `index` there if there was nothing (the key is hashed once).
    static func firstIndex<Key: Hashable>(in first: inout [Key: Int], forKey key: Key, otherwise index: Int) -> Int {
        func read(_ stored: inout Int) -> Int { stored }
        return read(&first[key, default: index])
    }

    /// Joins each form whose reduced key (clitic dropped, insertion removed…) is another form's
    /// spaced key, or the same reduced key as another form; the form that carries the
    /// variation is demoted.
    func joinReduced(_ count: Int, _ bySpaced: [UTF8Key: Int], _ state: inout UnionFind, _ demoted: inout Set<Int>, kind: VariantKind,
                     reduction: (Int) -> PreparedForms.Keys.Reduction?) {
        var byReduced: [UTF8Key: Int] = [:]
        for index in 0..<count {
            guard let reduction = reduction(index) else { continue }
            let reduced = reduction.key
            demoted.insert(index)
            if let other = bySpaced[reduced] ?? byReduced[reduced], state.root(other) != state.root(index) {
                state.union(other, index, kind: kind, evidence: reduction.evidence)
            }
            if byReduced[reduced] == nil { byReduced[reduced] = index }
        }
    }

    /// Each spaced key → the first form that has it.
    static func firstIndices(_ spaced: [UTF8Key]) -> [UTF8Key: Int] {
        var first: [UTF8Key: Int] = [:]
        first.reserveCapacity(spaced.count)
        for (index, key) in spaced.enumerated() { _ = firstIndex(in: &first, forKey: key, otherwise: index) }
        return first
    }

    // MARK: typos

    /// Joins the forms that differ by a typo in one word: only forms that share a bucket
    /// (`buckets`, from ``typoBuckets(of:threads:)``) are compared, each pair once. Two one-word
    /// names must share a document: a name of one word has no other word to vouch for it, and
    /// two such names a letter apart in different texts are most often two names (`Kadir`/`Karir`,
    /// `Beji`/`Besi`, `Deni`/`Denny`); a misspelt name sits in the text that spells it right.
    func joinTypos(_ prepared: [Prepared], _ buckets: [[Int]], _ forms: [VariantForm], _ state: inout UnionFind, _ demoted: inout Set<Int>) {
        var compared = Set<Int>()
        for bucket in buckets {
            for i in 0..<bucket.count {
                for j in (i + 1)..<bucket.count {
                    let a = bucket[i] / 8, b = bucket[j] / 8, position = bucket[i] % 8
                    guard a != b, bucket[j] % 8 == position, state.root(a) != state.root(b),
                          compared.insert(min(a, b) * prepared.count + max(a, b)).inserted else { continue }
                    let wordsA = prepared[a].words, wordsB = prepared[b].words
                    guard wordsA.count == wordsB.count,
                          wordsA.indices.allSatisfy({ $0 == position || wordsA[$0] == wordsB[$0] }) else { continue }
                    let wordA = wordsA[position], wordB = wordsB[position]
                    guard wordA != wordB, !wordA.hasPrefix(wordB), !wordB.hasPrefix(wordA), wordA.first == wordB.first,
                          prepared[a].isName == prepared[b].isName else { continue }
                    let zipfA = statistics.zipf(of: wordA), zipfB = statistics.zipf(of: wordB)
                    let attestedA = statistics.tags[wordA] != nil, attestedB = statistics.tags[wordB] != nil
                    guard min(zipfA, zipfB) < tables.commonWordZipf, !(attestedA && attestedB) else { continue }
                    let name = prepared[a].isName
                    let limit = !name && min(wordA.count, wordB.count) >= 7 && !attestedA && !attestedB ? 2 : 1
                    let distance = Self.editDistance(Array(wordA), Array(wordB))
                    guard distance <= limit, !name || wordsA.count > 1 || forms[a].sharesDocument(with: forms[b]) else { continue }
                    // The misspelling: the word rarer in general language, else the rarer form here,
                    // else the longer word.
                    let typo: Int
                    if zipfA != zipfB { typo = zipfA < zipfB ? a : b }
                    else if forms[a].count != forms[b].count { typo = forms[a].count < forms[b].count ? a : b }
                    else if wordA.count != wordB.count { typo = wordA.count > wordB.count ? a : b }
                    else { typo = wordA < wordB ? b : a }
                    let standard = typo == a ? b : a
                    demoted.insert(typo)
                    state.union(standard, typo, kind: .typo,
                                evidence: "\(prepared[typo].words[position])→\(prepared[standard].words[position]), \(distance) edit\(distance == 1 ? "" : "s")")
                }
            }
        }
    }

    /// The word with up to `depth` letters deleted, the word itself included.
    public static func deletions(of word: String, depth: Int) -> Set<String> {
        var result: Set<String> = [word]
        var frontier: Set<String> = [word]
        for _ in 0..<depth {
            var next = Set<String>()
            for item in frontier {
                let letters = Array(item)
                for index in letters.indices {
                    var shorter = letters
                    shorter.remove(at: index)
                    next.insert(String(shorter))
                }
            }
            result.formUnion(next)
            frontier = next
        }
        return result
    }

    /// The hash keys of ``deletions(of:depth:)`` under `seed`, in first-made order, each once,
    /// computed over the word's scalars without building the shorter strings: a polynomial hash
    /// of every prefix makes the hash of each deletion O(1), and the key mixes it with its length
    /// and `seed`. Equal deletions give equal keys; a collision only puts forms in one bucket, and
    /// every pair in a bucket is verified.
    ///
    /// The scalars, prefix hashes and powers live in one scratch allocation, and the keys made so
    /// far are found again through a small open-addressing table of their places (the keys are
    /// hashes already, so their low bits pick the slot): no `Set` per word.
    static func deletionKeys(of word: String, depth: Int, seed: Int) -> [Int] {
        let base: UInt64 = 0x100_0000_01B3
        let count = word.unicodeScalars.count
        let most = depth >= 2 ? count * (count - 1) / 2 + count + 1 : count + 1
        var capacity = 16
        while capacity < 2 * most { capacity *= 2 }
        return [Int](unsafeUninitializedCapacity: most) { keys, made in
            // Scratch: prefix[0...count], power[0...count], then `capacity` slots (a key's place + 1, 0 for empty).
            made = withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 2 * (count + 1) + capacity) { scratch in
                let prefix = scratch.baseAddress!, power = prefix + (count + 1)
                let table = DeletionKeyTable(slots: power + (count + 1), mask: capacity - 1, keys: keys.baseAddress!, seed: seed)
                table.slots.initialize(repeating: 0, count: capacity)
                // prefix[k]: the hash of the first k scalars; power[k]: base to the k.
                prefix[0] = 0
                power[0] = 1
                var index = 0
                for scalar in word.unicodeScalars {
                    prefix[index + 1] = prefix[index] &* base &+ UInt64(scalar.value)
                    power[index + 1] = power[index] &* base
                    index += 1
                }
                /// The hash of scalars start..<end.
                func part(_ start: Int, _ end: Int) -> UInt64 { prefix[end] &- prefix[start] &* power[end - start] }
                var made = 0
                table.add(prefix[count], length: count, made: &made)
                for first in 0..<count {
                    table.add(part(0, first) &* power[count - 1 - first] &+ part(first + 1, count), length: count - 1, made: &made)
                }
                if depth >= 2 {
                    for first in 0..<count {
                        for second in (first + 1)..<count {
                            table.add(part(0, first) &* power[count - 2 - first] &+ part(first + 1, second) &* power[count - 1 - second]
                                      &+ part(second + 1, count), length: count - 2, made: &made)
                        }
                    }
                }
                return made
            }
        }
    }

    /// The keys ``deletionKeys(of:depth:seed:)`` has made so far, and an open-addressing table of
    /// their places (linear probing) that finds a key made again. Both live in memory the caller
    /// owns for the duration of one call: `slots` holds `mask + 1` entries (a key's place + 1, 0
    /// for empty), more than twice the keys that can be made, and `keys` room for all of them.
    private struct DeletionKeyTable {
        let slots: UnsafeMutablePointer<UInt64>
        let mask: Int
        let keys: UnsafeMutablePointer<Int>
        let seed: Int

        /// Makes the key of a deletion's `hash` and `length` and appends it at `keys[made]`
        /// unless it was made before.
        func add(_ hash: UInt64, length: Int, made: inout Int) {
            let key = Int(truncatingIfNeeded: VariantClusterer.mix(VariantClusterer.mix(hash ^ (UInt64(length) &* 0x9E37_79B9_7F4A_7C15))
                                                                   ^ UInt64(truncatingIfNeeded: seed)))
            // The key is a hash already: its low bits pick the slot.
            var slot = key & mask
            while slots[slot] != 0 {
                if keys[Int(slots[slot]) - 1] == key { return }
                slot = (slot + 1) & mask
            }
            keys[made] = key
            made += 1
            slots[slot] = UInt64(made)
        }
    }

    /// A 64-bit finalizer (SplitMix64): every input bit affects every output bit.
    fileprivate static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Damerau–Levenshtein distance (optimal string alignment) of two words.
    public static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previous2[j - 2] + 1)
                }
            }
            previous2 = previous
            previous = current
        }
        return previous[b.count]
    }

    // MARK: titles

    func joinTitles(_ prepared: [Prepared], _ bySpaced: [UTF8Key: Int], _ forms: [VariantForm], _ state: inout UnionFind, _ demoted: inout Set<Int>) {
        for index in prepared.indices where prepared[index].words.count >= 3 && forms[index].category != .title {
            let form = prepared[index]
            // (A form typed as a title is an office of its own: `pemimpin Korea Utara`.)
            let first = form.words[0]
            guard language.titleHeads.contains(first) || language.preHeads.contains(first)
                    || language.titleHeads.contains(form.words[0] + " " + form.words[1]) else { continue }
            for start in 1...(form.words.count - 2) {
                // The rest must be a person's name, never another title (`Wakil Menteri Pertahanan`
                // is no variant of `Menteri Pertahanan`) nor a place (`pemimpin Korea Utara`).
                guard let other = bySpaced[UTF8Key(form.words[start...].joined(separator: " "))], prepared[other].isName,
                      forms[other].category == .person || (forms[other].category == nil && forms[index].category == nil),
                      !language.titleHeads.contains(prepared[other].words[0]), !language.preHeads.contains(prepared[other].words[0])
                else { continue }
                if state.root(other) != state.root(index) {
                    demoted.insert(index)
                    state.union(other, index, kind: .title, evidence: form.words[..<start].joined(separator: " "))
                }
                break
            }
        }
    }

    // MARK: legal forms

    /// Joins a company name written with its legal form (`PT Garuda Indonesia`, `Garuda Indonesia
    /// Tbk`, `PT Garuda Indonesia (Persero) Tbk`) to the same name without it, two words or more;
    /// the form with the legal form is the lesser. A name that keeps its lead form joins the same
    /// without the forms after it (`PT Pertamina (Persero)` to `PT Pertamina`). One word left
    /// (`PT Antam Tbk`, `PT Garuda`) joins that word only in a document both share, and never a
    /// person's name (`PT Bakrie` is no `Bakrie` of `Aburizal Bakrie`): alone, one word is too
    /// little to be sure of.
    func joinLegalForms(_ prepared: [Prepared], _ bySpaced: [UTF8Key: Int], _ forms: [VariantForm], _ state: inout UnionFind,
                        _ demoted: inout Set<Int>) {
        let brackets = CharacterSet(charactersIn: "()")
        /// Whether `word` is a legal form written after a name (only a word with a bracket is trimmed: most have none).
        func isTrailingForm(_ word: String) -> Bool {
            language.companyForms.contains(word.utf8.contains { $0 == 0x28 || $0 == 0x29 } ? word.trimmingCharacters(in: brackets) : word)
        }
        for index in prepared.indices where prepared[index].isName && prepared[index].words.count >= 2 {
            var words = prepared[index].words[...]
            let lead = language.companyLeadForms.contains(words.first!) ? words.removeFirst() : nil
            guard lead != nil || words.count >= 3 else { continue }
            var trailing: [String] = []
            while let last = words.last, words.count > 1, isTrailingForm(last) { trailing.append(words.removeLast()) }
            let removed = (lead.map { [$0] } ?? []) + trailing
            guard !removed.isEmpty else { continue }
            /// The form spelled `words`, when it is a name that is not yet one with this form.
            func form(_ words: [String]) -> Int? {
                guard let other = bySpaced[UTF8Key(words.joined(separator: " "))], prepared[other].isName,
                      state.root(other) != state.root(index) else { return nil }
                return other
            }
            let joined: (other: Int, evidence: [String])?
            if words.count >= 2, let other = form(Array(words)) {
                joined = (other, removed)
            } else if let lead, !trailing.isEmpty, let other = form([lead] + words) {
                // The lead form kept: `PT Pertamina (Persero)` is `PT Pertamina`.
                joined = (other, trailing)
            } else if lead != nil, words.count == 1, let other = form(Array(words)), forms[other].category != .person,
                      forms[other].sharesDocument(with: forms[index]) {
                joined = (other, removed)
            } else {
                joined = nil
            }
            guard let (other, evidence) = joined else { continue }
            demoted.insert(index)
            state.union(other, index, kind: .legalForm, evidence: evidence.joined(separator: " "))
        }
    }

    /// Joins a street's name of two words or more written without its head (`Medan Merdeka Utara`)
    /// to the same name with it (`Jalan Medan Merdeka Utara`), which stays canonical; never a
    /// person's name (`Gatot Subroto` beside `Jalan Gatot Subroto`).
    func joinStreetNames(_ prepared: [Prepared], _ bySpaced: [UTF8Key: Int], _ forms: [VariantForm], _ state: inout UnionFind,
                         _ demoted: inout Set<Int>) {
        for index in prepared.indices where prepared[index].isName && prepared[index].words.count >= 3
            && language.streetHeads.contains(prepared[index].words[0]) {
            let bare = prepared[index].words.dropFirst().joined(separator: " ")
            guard let other = bySpaced[UTF8Key(bare)], prepared[other].isName, forms[other].category != .person,
                  state.root(other) != state.root(index) else { continue }
            demoted.insert(other)
            state.union(index, other, kind: .streetName, evidence: prepared[index].words[0])
        }
    }

    // MARK: acronyms and blends

    /// The initials of a name's words: connectors skipped; a reduplicated word once, or twice.
    /// Each distinct string once: the initials of every content word, then (when it differs) with
    /// a reduplicated word counted once. Words of ASCII letters are read by their first byte.
    func initials(_ words: [String]) -> [String] {
        // (A company's legal form is no word of its name: `PT Hutama Karya (Persero)` is no `PHKP`,
        // `PT Mayora Indah Tbk` no `MIT`.)
        let content = words.filter {
            !tables.initialsConnectors.contains($0) && !language.companyLeadForms.contains($0) && !language.companyForms.contains($0) && $0.first != "("
        }
        guard content.count >= 2 else { return [] }
        var once: [String] = []
        for word in content where word != once.last { once.append(word) }
        func initials(_ words: [String]) -> String {
            // (In ASCII every byte is a `Character` of its own, carriage return and line feed
            // aside, which no word begins with.)
            if words.allSatisfy({ $0.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D } }) {
                return String(decoding: words.compactMap { $0.utf8.first }, as: UTF8.self)
            }
            return String(words.compactMap(\.first))
        }
        let all = initials(content)
        guard once.count < content.count else { return [all] }
        let reduced = initials(once)
        return reduced == all ? [all] : [all, reduced]
    }

    /// Joins an all-capital word of three to six letters to the one cluster whose names' initials
    /// it is (`expansions`, from ``expansions(_:_:_:)`` of the same forms).
    func joinAcronyms(_ prepared: [Prepared], _ expansions: [String: [Int]], _ state: inout UnionFind) {
        for index in prepared.indices where prepared[index].isAllCaps && (3...6).contains(prepared[index].key.count)
            && definitions[prepared[index].spaced] == nil {
            let form = prepared[index]
            // An acronym the termbase knows is spelled out by the termbase alone (`PHK` is
            // pemutusan hubungan kerja, no `Perusahaan Hutama Karya`).
            guard let candidates = expansions[form.key], concepts.isEmpty || concepts[form.key] == nil else { continue }
            let roots = Set(candidates.map { state.root($0) })
            guard roots.count == 1, roots.first != state.root(index) else { continue }
            state.union(candidates[0], index, kind: .acronym, evidence: "initials " + form.key.uppercased().map(String.init).joined(separator: "+"))
        }
    }

    /// Initials of three letters or more → the names and title-cased terms that have them.
    func expansions(_ prepared: [Prepared], _ keys: [PreparedForms.Keys], _ forms: [VariantForm]) -> [String: [Int]] {
        var expansions: [String: [Int]] = [:]
        for index in keys.indices {
            for initials in keys[index].initials { expansions[initials, default: []].append(index) }
        }
        // A term written with every word capitalised (`Tanda Pendaftaran Tipe`, a document typed a
        // term) is spelled out as a name is: its initials count too.
        for index in prepared.indices where forms[index].category == .term && prepared[index].words.count >= 2
            && Self.isTitleCased(forms[index].surface) {
            for initials in self.initials(prepared[index].words) where initials.count >= 3 { expansions[initials, default: []].append(index) }
        }
        return expansions
    }

    /// Joins each short form defined one way in the texts to its long form (a form); a short form
    /// that is not an initialism is the lesser form (`Kemenkeu`, `Korut`). Long forms already one
    /// term count as one way (`Red Hot Chili Peppers`/`Red Hot Chilli Peppers`); an initialism
    /// whose letters are the initials of another name (`expansions`, from another document) is
    /// defined two ways too, and left apart: reported as a ``VariantAmbiguity`` at the short
    /// form's first document.
    func joinDefinitions(_ prepared: [Prepared], _ forms: [VariantForm], _ spaced: [UTF8Key], _ bySpaced: [UTF8Key: Int],
                         _ expansions: [String: [Int]], _ state: inout UnionFind, _ demoted: inout Set<Int>) -> [VariantAmbiguity] {
        guard !definitions.isEmpty else { return [] }
        var ambiguities: [VariantAmbiguity] = []
        for index in prepared.indices where prepared[index].words.count == 1 {
            guard let longs = definitions[prepared[index].spaced], bySpaced[spaced[index]] == index else { continue }
            var targets = longs.keys.sorted().compactMap { bySpaced[UTF8Key($0)] }
            guard let target = targets.first, state.root(target) != state.root(index) else { continue }
            if prepared[index].isAllCaps, let others = expansions[prepared[index].key] { targets += others }
            // One target a cluster, the first of each.
            var roots = Set<Int>()
            let distinct = targets.filter { state.root($0) != state.root(index) && roots.insert(state.root($0)).inserted }
            guard distinct.count == 1 else {
                if let document = forms[index].documentIndices.first {
                    ambiguities.append(VariantAmbiguity(form: index, document: Int(document), candidates: distinct.sorted(), resolvedElsewhere: false))
                }
                continue
            }
            if !prepared[index].isAllCaps { demoted.insert(index) }
            let documents = longs.values.reduce(0, +)
            state.union(target, index, kind: .defined, evidence: "defined in \(documents == 1 ? "1 document" : "\(documents) documents")")
        }
        return ambiguities
    }

    /// Whether every word of `surface` (between spaces) starts with an uppercase letter.
    /// An ASCII surface is read as bytes (in ASCII the uppercase letters are A to Z and every
    /// byte is a `Character` of its own); any other through its `Character`s.
    static func isTitleCased(_ surface: String) -> Bool {
        guard surface.utf8.allSatisfy({ $0 < 0x80 }) else { return surface.split(separator: " ").allSatisfy { $0.first?.isUppercase == true } }
        var wordStart = true
        for byte in surface.utf8 {
            if byte == 0x20 {
                wordStart = true
            } else if wordStart {
                guard byte >= 0x41 && byte <= 0x5A else { return false }
                wordStart = false
            }
        }
        return true
    }

    func joinBlends(_ prepared: [Prepared], _ forms: [VariantForm], _ state: inout UnionFind, _ demoted: inout Set<Int>) {
        var byStart: [String: [Int]] = [:]
        // (Each loop reads the fields it filters on in place and copies only the forms that pass.)
        // Each target's words as characters, made once.
        var targetWords: [Int: [[Character]]] = [:]
        // Targets: two or three words, every one capitalized (no connector: `Hotspur yang` is no name).
        for index in prepared.indices where prepared[index].isName && (2...3).contains(prepared[index].words.count)
            && forms[index].category != .person && prepared[index].words[0].count >= 3
            && prepared[index].words.allSatisfy({ !tables.initialsConnectors.contains($0) }) {
            let form = prepared[index]
            byStart[String(form.words[0].prefix(2)), default: []].append(index)
            targetWords[index] = form.words.map { Array($0) }
        }
        for index in prepared.indices where prepared[index].isName && !prepared[index].isAllCaps && prepared[index].words.count == 1
            && (4...10).contains(prepared[index].key.count) && forms[index].category != .person
            && statistics.zipf(of: prepared[index].key) < tables.commonWordZipf && definitions[prepared[index].spaced] == nil {
            let form = prepared[index]
            guard let candidates = byStart[String(form.key.prefix(2))], candidates.count <= options.maximumBucket else { continue }
            var matches: [(Int, [String])] = []
            let blend = Array(form.key)
            for candidate in candidates {
                if let parts = Self.blendParts(blend, targetWords[candidate]!) {
                    matches.append((candidate, parts))
                }
            }
            let roots = Set(matches.map { state.root($0.0) })
            guard roots.count == 1, let match = matches.first, roots.first != state.root(index) else { continue }
            demoted.insert(index)
            state.union(match.0, index, kind: .blend, evidence: match.1.joined(separator: "+"))
        }
    }

    /// Calls `body` with each position in `documents` (ascending) whose document is in `others`:
    /// by a walk through both when `others` is ascending too (binary searches when it is much
    /// longer), else by searching it for each.
    static func forEachShared(_ documents: [Int32], _ others: [Int32], _ body: (Int) -> Void) {
        guard zip(others, others.dropFirst()).allSatisfy({ $0 <= $1 }) else {
            for (position, document) in documents.enumerated() where others.contains(document) { body(position) }
            return
        }
        if documents.count * 16 < others.count {
            for (position, document) in documents.enumerated() {
                var low = 0, high = others.count
                while low < high {
                    let middle = (low + high) / 2
                    if others[middle] < document { low = middle + 1 } else { high = middle }
                }
                if low < others.count && others[low] == document { body(position) }
            }
            return
        }
        var other = 0
        for (position, document) in documents.enumerated() {
            while other < others.count && others[other] < document { other += 1 }
            if other == others.count { return }
            if others[other] == document { body(position) }
        }
    }

    /// How `blend` splits into prefixes (two letters or more) of each of `words` in order, or nil.
    public static func blendParts(_ blend: [Character], _ words: [[Character]]) -> [String]? {
        func split(_ offset: Int, _ word: Int) -> [String]? {
            if word == words.count { return offset == blend.count ? [] : nil }
            let remaining = blend.count - offset
            guard remaining >= 2 * (words.count - word) else { return nil }
            var length = min(words[word].count, remaining - 2 * (words.count - word - 1))
            while length >= 2 {
                if blend[offset..<offset + length].elementsEqual(words[word][..<length]),
                   let rest = split(offset + length, word + 1) {
                    return [String(blend[offset..<offset + length])] + rest
                }
                length -= 1
            }
            return nil
        }
        return split(0, 0)
    }

    // MARK: short names

    func joinShortNames(_ prepared: [Prepared], _ forms: [VariantForm], _ state: inout UnionFind,
                        _ demoted: inout Set<Int>) -> [VariantAmbiguity] {
        var byWord: [String: [Int]] = [:]
        for index in prepared.indices where forms[index].category == .person && (2...4).contains(prepared[index].words.count) {
            let form = prepared[index]
            // A form with a digit (`Airbus A330-900 Neo`, typed a person for want of evidence) is a
            // model: its first word is the maker, no short form of it (its last word, `L300` of
            // `Mitsubishi L300`, still is).
            if !form.key.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) { byWord[form.words[0], default: []].append(index) }
            if form.words.last != form.words[0] { byWord[form.words.last!, default: []].append(index) }
        }
        // The first words of organisations' names of two words or more (`Mitsubishi` of `Mitsubishi
        // Motors Corporation`): such a word alone is the maker's or the group's name, no person's
        // first name, so it is no short form of a name it starts (`Mitsubishi Xpander`, a model typed
        // a person for want of evidence); a person's last name still is (`Bakrie` of `Aburizal Bakrie`).
        // A hyphenated pair is two persons' ticket, no group (`Prabowo-Hatta`: `Prabowo` stays `Prabowo Subianto`'s).
        var organizationFirstWords: Set<String> = []
        for index in prepared.indices where forms[index].category == .organization && prepared[index].isName
            && prepared[index].words.count >= 2 && !prepared[index].key.contains("-") {
            organizationFirstWords.insert(prepared[index].words[0])
        }
        var ambiguities: [VariantAmbiguity] = []
        // The short form: a person, or a capitalized word typed an organisation only for want of
        // evidence (the extractor's fallback); never a place, title, acronym or common term.
        // A person's name of Balinese name words and one word more (`I Gusti Ngurah Askhara`) is a short
        // form of that word too (`Ari Askhara`), and stays as canonical as the name it joins.
        for index in prepared.indices where prepared[index].isName && !prepared[index].isAllCaps
            && (forms[index].category == .person || forms[index].category == .organization) {
            let form = prepared[index]
            guard let word = form.words.count == 1 ? form.words[0] : balineseOwnWord(form, forms[index].category) else { continue }
            // (A word of one or two letters is the short form of a two-word name only (`Xi` of `Xi Jinping`):
            // in a longer name it is most often a word of a title (`We` of `Why Don't We`, `My` of `My Talking Pet`).)
            guard let full = byWord[word].map({ full in word.count > 2 ? full : full.filter { prepared[$0].words.count == 2 } }),
                  !full.isEmpty else { continue }
            // (Skipped whole, not the names it starts left out: that could make a name it ends the only one.)
            if organizationFirstWords.contains(word), full.contains(where: { prepared[$0].words[0] == word }) { continue }
            var votes: [Int: [Int]] = [:]
            var ambiguous: [(document: Int, candidates: [Int])] = []
            let shortDocuments = forms[index].documentIndices.sorted()
            // The full names of each document, in the order of `full`, found by searching each
            // full name's documents (in order) for the short form's, not each document's names one by one.
            var found: [(position: Int, full: Int)] = []
            for candidate in full where state.root(candidate) != state.root(index) {
                Self.forEachShared(shortDocuments, forms[candidate].documentIndices) { found.append(($0, candidate)) }
            }
            // (`full` is in ascending order, each form once: each document's names keep its order.)
            found.sort { ($0.position, $0.full) < ($1.position, $1.full) }
            // Each document's distinct roots, in a list used again (most documents have one).
            var next = 0, roots: [Int] = []
            for (position, document) in shortDocuments.lazy.map(Int.init).enumerated() {
                let first = next
                while next < found.count && found[next].position == position { next += 1 }
                roots.removeAll(keepingCapacity: true)
                for item in found[first..<next] {
                    let root = state.root(item.full)
                    if !roots.contains(root) { roots.append(root) }
                }
                if roots.count == 1 {
                    votes[roots[0], default: []].append(document)
                } else if roots.count > 1 {
                    let here = found[first..<next].map(\.full)
                    ambiguous.append((document, roots.map { root in here.filter { state.root($0) == root }.min()! }.sorted()))
                }
            }
            let resolved = votes.count == 1
            for item in ambiguous {
                ambiguities.append(VariantAmbiguity(form: index, document: item.document, candidates: item.candidates, resolvedElsewhere: resolved))
            }
            guard resolved, let (root, documents) = votes.first else { continue }
            let target = full.filter { state.root($0) == root }.max { forms[$0].count < forms[$1].count }!
            if form.words.count == 1 { demoted.insert(index) }
            let position = prepared[target].words.first == word ? "first" : "last"
            state.union(target, index, kind: .partialName,
                        evidence: "\(position) word, documents \(documents.map(String.init).joined(separator: ", "))")
        }
        return ambiguities
    }
}

extension VariantClusterer {
    /// The own word of a person's name written as Balinese name words and one word more (`askhara`
    /// of `I Gusti Ngurah Askhara`: ``VariantTables/balineseNameWords``), else nil.
    func balineseOwnWord(_ form: Prepared, _ category: TermCategory?) -> String? {
        guard category == .person, form.words.count >= 2, form.words.count <= 5, let last = form.words.last, last.count > 2,
              !tables.balineseNameWords.contains(last), form.words.dropLast().allSatisfy(tables.balineseNameWords.contains) else { return nil }
        return last
    }
}

/// Disjoint sets over form indices that remember the edge behind every union.
struct UnionFind {
    private var parent: [Int]
    private(set) var edges: [VariantEdge] = []

    init(count: Int) { parent = Array(0..<count) }

    mutating func root(_ index: Int) -> Int {
        var node = index
        while parent[node] != node {
            parent[node] = parent[parent[node]]
            node = parent[node]
        }
        return node
    }

    /// Joins the sets of `a` and `b` (the smaller root under the larger index's root) and records the edge.
    mutating func union(_ a: Int, _ b: Int, kind: VariantKind, evidence: String) {
        let rootA = root(a), rootB = root(b)
        guard rootA != rootB else { return }
        parent[max(rootA, rootB)] = min(rootA, rootB)
        edges.append(VariantEdge(from: a, to: b, kind: kind, evidence: evidence))
    }
}
