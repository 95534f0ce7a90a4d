/// The language tables arranged for the extractor's hot path: hash lookups instead of scans,
/// built once per extraction.
struct TableIndex: Sendable {
    /// First words of title heads and pre-heads: a quick test before the title rules run.
    let titleFirstWords: Set<String>
    /// Cue word or two-word cue → the category it gives a name.
    let cues: [String: TermCategory]
    /// First words of two-word cues.
    let twoWordCueFirsts: Set<String>
    /// First words of product classes (`kapal` of `kapal induk`), with their vowel spellings.
    let productFirstWords: Set<String>
    /// One-word product classes of at least six letters under each spelling that differs in one
    /// vowel (`limosin` → limusin): loanwords alternate vowels in news spelling. A spelling that is
    /// a word of its own in `statistics` (`konsul` beside `konsol`) is left out.
    let productSpellings: [String: String]

    init(_ tables: LanguageTables, statistics: WordStatistics = WordStatistics()) {
        titleFirstWords = Set(tables.titleHeads.union(tables.preHeads).compactMap { $0.split(separator: " ").first.map(String.init) })
        var cues: [String: TermCategory] = [:]
        // Later assignments win: places, organisations, documents, then events.
        for (heads, type) in [(tables.placeHeads, TermCategory.location), (tables.organizationHeads, .organization),
                              (tables.documentHeads, .document), (tables.eventHeads, .event)] {
            for head in heads { cues[head] = type }
        }
        self.cues = cues
        var spellings: [String: String] = [:]
        for head in tables.productHeads.sorted() where !head.contains(" ") && head.count >= 6 {
            let letters = Array(head)
            for (position, letter) in letters.enumerated() where Self.vowels.contains(letter) {
                for vowel in Self.vowels where vowel != letter {
                    var variant = letters
                    variant[position] = vowel
                    let spelling = String(variant)
                    guard !tables.productHeads.contains(spelling), statistics.zipf[spelling] == nil,
                          statistics.tags[spelling] == nil, spellings[spelling] == nil else { continue }
                    spellings[spelling] = head
                }
            }
        }
        productSpellings = spellings
        productFirstWords = Set(tables.productHeads.compactMap { $0.split(separator: " ").first.map(String.init) })
            .union(spellings.keys)
        twoWordCueFirsts = Set(cues.keys.filter { $0.contains(" ") }.compactMap { $0.split(separator: " ").first.map(String.init) })
    }

    static let vowels: [Character] = ["a", "e", "i", "o", "u"]

    /// The product class written `words` (joined by spaces), under its own or a vowel spelling.
    func productHead(_ words: String, in tables: LanguageTables) -> String? {
        tables.productHeads.contains(words) ? words : productSpellings[words]
    }

    /// The cue category of the name starting with `first` (and `second`), if any.
    func cue(_ first: String, _ second: String?) -> TermCategory? {
        if let second, twoWordCueFirsts.contains(first), let type = cues[first + " " + second] { return type }
        return cues[first]
    }
}
