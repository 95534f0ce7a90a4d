import Foundation
import Segmentation
import Termbase

extension VariantClusterer {
    /// A clusterer that knows the shipped termbase: the names of one concept in `terms.tsv`, the
    /// acronym files and CLDR (`Korut`/`Korea Utara`, `Tiongkok`/`China`, `NATO`/`Pakta Pertahanan
    /// Atlantik Utara`) are one term. Entries whose canonical English is the same, or is among the other's English names, are one concept;
    /// English names of more than one word and English acronyms count too (`Korean Central News
    /// Agency`, `DPRK`). A name that belongs to two concepts is left out (it decides nothing).
    public init(options: Options = Options(), tables: VariantTables = VariantTables(), language: LanguageTables = LanguageTables(),
                statistics: WordStatistics, library: GlossaryLibrary) {
        let (concepts, canonical) = Self.concepts(of: library)
        var tables = tables
        let blends = Self.blendSynonyms(of: library, besides: tables.synonyms)
        tables.synonyms += blends
        tables.blends.formUnion(blends.flatMap { $0.dropLast() })
        self.init(options: options, tables: tables, language: language, statistics: statistics,
                  concepts: concepts, canonicalKeys: canonical)
    }

    /// The termbase's blends of one word for two (`Dirut` = `Direktur Utama`, `Polda` = `Kepolisian
    /// Daerah`: the acronym files' `blend` kind) as synonym groups, each blend's expansion last: a blend
    /// names what its expansion names inside any longer form too (`Dirut Garuda Indonesia` is `Direktur
    /// Utama Garuda Indonesia`). A blend of two expansions, or a word some group of `existing` has, is left out.
    static func blendSynonyms(of library: GlossaryLibrary, besides existing: [[String]]) -> [[String]] {
        let normalizer = try? Normalizer()
        func key(_ text: String) -> String { normalizer?.key(text) ?? text.lowercased() }
        let taken = Set(existing.joined())
        var expansions: [String: Set<String>] = [:]
        for name in library.tables.keys.sorted() where name.hasPrefix("acronyms") {
            for entry in library.tables[name]!.glossary.entries where entry.category == "blend" {
                let names = entry.terms(in: "id").map { key($0.text) }
                guard names.count == 2, !names[0].contains(" "), names[1].split(separator: " ").count == 2 else { continue }
                expansions[names[0], default: []].insert(names[1])
            }
        }
        var blends: [String: [String]] = [:]
        for (blend, long) in expansions where long.count == 1 && !taken.contains(blend) && !taken.contains(long.first!) {
            blends[long.first!, default: []].append(blend)
        }
        return blends.keys.sorted().map { blends[$0]!.sorted() + [$0] }
    }

    /// Lowercase key → concept number, and the canonical Indonesian keys, from `library`.
    static func concepts(of library: GlossaryLibrary) -> (concepts: [String: Int], canonical: Set<String>) {
        let normalizer = try? Normalizer()
        func key(_ text: String) -> String { normalizer?.key(text) ?? text.lowercased() }
        var entries: [GlossaryEntry] = []
        for name in library.tables.keys.sorted() where name == "terms.tsv" || name.hasPrefix("acronyms") {
            entries += library.tables[name]!.glossary.entries
        }
        entries += library.cldr.entries.filter { $0.category == "GPE" }
        // Concepts: an entry joins the entry whose canonical English is its canonical English or
        // one of its English variants (`Republik Demokratik Rakyat Korea` lists `North Korea`).
        var conceptOfEnglish: [String: Int] = [:]
        for (number, entry) in entries.enumerated() {
            if let english = entry.english.map(key), conceptOfEnglish[english] == nil { conceptOfEnglish[english] = number }
        }
        var parent = Array(entries.indices)
        func root(_ node: Int) -> Int { var node = node; while parent[node] != node { node = parent[node] }; return node }
        for (number, entry) in entries.enumerated() {
            for term in entry.terms(in: "en") {
                guard let other = conceptOfEnglish[key(term.text)] else { continue }
                let (a, b) = (root(number), root(other))
                if a != b { parent[max(a, b)] = min(a, b) }
            }
        }
        var names: [String: Set<Int>] = [:]
        var canonical = Set<String>()
        for (number, entry) in entries.enumerated() {
            let concept = root(number)
            // The acronym files list the short form first: only terms.tsv and CLDR name canonical forms.
            if let indonesian = entry.indonesian, entry.source == "terms.tsv" || entry.source == "cldr" { canonical.insert(key(indonesian)) }
            for term in entry.terms {
                let isAcronym = term.text.count >= 2 && term.text.allSatisfy { $0.isUppercase || $0.isNumber }
                guard term.language == "id" || term.text.contains(" ") || isAcronym else { continue }
                names[key(term.text), default: []].insert(concept)
            }
        }
        var concepts: [String: Int] = [:]
        for (name, owners) in names where owners.count == 1 { concepts[name] = owners.first! }
        return (concepts, canonical)
    }
}
