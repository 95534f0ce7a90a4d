import Foundation
import Termbase

extension TermExtractor {
    /// An extractor that knows the shipped termbase: place names (CLDR countries and territories,
    /// the places of `terms.tsv`) keep place words out of person names, and a name or term the
    /// termbase lists takes the termbase's category.
    public init(options: Options = Options(), tables: LanguageTables = LanguageTables(),
                statistics: WordStatistics, library: GlossaryLibrary) {
        var places = Set<String>()
        var categories: [String: TermCategory] = [:]
        let listed = library.cldr.entries.map { ($0, $0.category) }
            + (library.tables["terms.tsv"]?.glossary.entries ?? []).map { ($0, $0.category) }
        for (entry, category) in listed {
            guard let category = category.flatMap(TermCategory.init(termbaseCategory:)) else { continue }
            for term in entry.terms(in: "id") {
                let key = term.text.lowercased()
                if category == .location { places.insert(key) }
                if categories[key] == nil { categories[key] = category }
            }
        }
        // An acronym whose long form is a common noun phrase (`HAM`, hak asasi manusia; `WNI`, warga
        // negara Indonesia: a lowercase first word) is a term.
        for (name, table) in library.tables where name.hasPrefix("acronyms") {
            for entry in table.glossary.entries {
                let indonesian = entry.terms(in: "id").map(\.text)
                guard indonesian.contains(where: { $0.contains(" ") && $0.first?.isLowercase == true }) else { continue }
                for form in indonesian where categories[form.lowercased()] == nil { categories[form.lowercased()] = .term }
            }
        }
        var tables = tables
        tables.compounds.formUnion(Self.termbaseCompounds(library, tables: tables, statistics: statistics))
        self.init(options: options, tables: tables, statistics: statistics, places: places)
        self.knownCategories = categories
    }
}

extension TermExtractor {
    /// The two-word common-noun phrases the termbase lists (`masa jabatan`, `bea masuk`, `warga
    /// sipil` in `lexicon.tsv`; `hubungan diplomatik` in `terms.tsv`; `pemilihan presiden`, the
    /// long form of `pilpres`): lowercase, no function word (`atas nama`, `dan sebagainya`: a
    /// preposition, conjunction, pronoun or adverb by the lexicon's tag), and no cue of a name, a
    /// product class or a title head (`kantor berita`, `kapal selam`: the name and title rules'
    /// words). They act as one word like the
    /// ``LanguageTables/compounds``, so a light or process noun that starts one (`masa`,
    /// `pemilihan`) heads the term instead of being skipped (`masa jabatan presiden`, not
    /// `jabatan presiden`).
    static func termbaseCompounds(_ library: GlossaryLibrary, tables: LanguageTables, statistics: WordStatistics) -> Set<String> {
        let nameWords = tables.placeHeads.union(tables.organizationHeads).union(tables.documentHeads).union(tables.eventHeads)
            .union(tables.productHeads).union(tables.titleHeads).union(tables.preHeads)
        var phrases = Set<String>()
        func add(_ text: String) {
            let words = text.split(separator: " ").map(String.init)
            guard words.count == 2, text.first?.isLowercase == true, text == text.lowercased(),
                  words.allSatisfy({ $0.allSatisfy(\.isLetter) }),
                  words.allSatisfy({ statistics.tags[$0].map { ["NN", "NNP", "JJ", "VB", "FW"].contains($0) } ?? true }) else { return }
            if !nameWords.contains(text) { phrases.insert(text) }
        }
        for (name, table) in library.tables where name == "lexicon.tsv" || name == "terms.tsv" || name.hasPrefix("acronyms") {
            for entry in table.glossary.entries {
                if name == "terms.tsv", entry.category.flatMap(TermCategory.init(termbaseCategory:)) != .term { continue }
                for term in entry.terms(in: "id") { add(term.text) }
            }
        }
        return phrases
    }
}

extension TermCategory {
    /// The category of a termbase `type` column (`GPE` and `LOC` are places; `MISC` has none).
    init?(termbaseCategory: String) {
        switch termbaseCategory.uppercased() {
        case "PER": self = .person
        case "GPE", "LOC": self = .location
        case "ORG": self = .organization
        case "TITLE": self = .title
        case "DOC": self = .document
        case "EVENT": self = .event
        case "PRODUCT": self = .product
        case "TERM": self = .term
        default: return nil
        }
    }
}
