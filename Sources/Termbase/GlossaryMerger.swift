/// Merges glossaries so that no entry is lost and later glossaries win.
///
/// Entries are matched by their canonical Indonesian form, case-insensitively. A match with the
/// same canonical English (case-insensitively) is one concept: its terms are joined, the later
/// glossary's first. A match with different English is a ``Conflict``: the later entry wins, and
/// the earlier English forms stay in it as `superseded` terms, so nothing is lost. Unmatched
/// entries are kept as they are. O(n) with hashing, plus the final sort.
public struct GlossaryMerger: Sendable {
    /// Two entries for one Indonesian term with different English.
    public struct Conflict: Hashable, Sendable {
        /// The canonical Indonesian form both entries share.
        public var indonesian: String
        /// The entry that won (from the later glossary), before the merge.
        public var winner: GlossaryEntry
        /// The entry that lost (from the earlier glossary).
        public var loser: GlossaryEntry
    }

    /// The merged glossary, sorted.
    public private(set) var glossary = Glossary()
    /// Every conflict, in the order met.
    public private(set) var conflicts: [Conflict] = []
    private var positions: [String: Int] = [:]

    /// Creates an empty merger.
    public init() {}

    /// Adds `next`, whose entries win over those already added.
    public mutating func add(_ next: Glossary) {
        for entry in next.entries {
            guard let key = entry.indonesian?.lowercased() else {
                glossary.entries.append(entry)
                continue
            }
            guard let position = positions[key] else {
                positions[key] = glossary.entries.count
                glossary.entries.append(entry)
                continue
            }
            let earlier = glossary.entries[position]
            var merged = entry
            let sameEnglish = earlier.english?.lowercased() == entry.english?.lowercased()
            if !sameEnglish { conflicts.append(Conflict(indonesian: entry.indonesian ?? key, winner: entry, loser: earlier)) }
            for term in earlier.terms where !merged.terms.contains(where: { $0.language == term.language && $0.text == term.text }) {
                var kept = term
                if !sameEnglish && term.language == "en" { kept.status = .superseded }
                else if kept.status == .preferred { kept.status = .admitted }
                merged.terms.append(kept)
            }
            // Keep each language's terms together, canonical first, in the order they came.
            var languages: [String] = []
            for term in merged.terms where !languages.contains(term.language) { languages.append(term.language) }
            merged.terms = languages.flatMap { language in merged.terms.filter { $0.language == language } }
            merged.category = entry.category ?? earlier.category
            merged.note = entry.note ?? earlier.note
            merged.source = entry.source ?? earlier.source
            glossary.entries[position] = merged
        }
    }

    /// Merges `glossaries` in order (later wins) and returns the merger with its result.
    public static func merging(_ glossaries: [Glossary]) -> GlossaryMerger {
        var merger = GlossaryMerger()
        for glossary in glossaries { merger.add(glossary) }
        merger.glossary = merger.glossary.sorted
        return merger
    }
}
