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
        self.init(options: options, tables: tables, statistics: statistics, places: places)
        self.knownCategories = categories
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
