/// The language tables arranged for the extractor's hot path: hash lookups instead of scans,
/// built once per extraction.
struct TableIndex: Sendable {
    /// First words of title heads and pre-heads: a quick test before the title rules run.
    let titleFirstWords: Set<String>
    /// Cue word or two-word cue → the category it gives a name.
    let cues: [String: TermCategory]
    /// First words of two-word cues.
    let twoWordCueFirsts: Set<String>
    /// First words of product classes (`kapal` of `kapal induk`).
    let productFirstWords: Set<String>

    init(_ tables: LanguageTables) {
        titleFirstWords = Set(tables.titleHeads.union(tables.preHeads).compactMap { $0.split(separator: " ").first.map(String.init) })
        var cues: [String: TermCategory] = [:]
        // Later assignments win: places, organisations, documents, then events.
        for (heads, type) in [(tables.placeHeads, TermCategory.location), (tables.organizationHeads, .organization),
                              (tables.documentHeads, .document), (tables.eventHeads, .event)] {
            for head in heads { cues[head] = type }
        }
        self.cues = cues
        productFirstWords = Set(tables.productHeads.compactMap { $0.split(separator: " ").first.map(String.init) })
        twoWordCueFirsts = Set(cues.keys.filter { $0.contains(" ") }.compactMap { $0.split(separator: " ").first.map(String.init) })
    }

    /// The cue category of the name starting with `first` (and `second`), if any.
    func cue(_ first: String, _ second: String?) -> TermCategory? {
        if let second, twoWordCueFirsts.contains(first), let type = cues[first + " " + second] { return type }
        return cues[first]
    }
}
