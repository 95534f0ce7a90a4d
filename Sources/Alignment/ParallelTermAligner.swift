import Segmentation

/// Finds the English of a term in Indonesian–English sentence pairs (a translation memory): the
/// English word sequence that keeps company with the term across the pairs.
///
/// For a term, the pairs whose Indonesian side contains one of its forms (a contiguous run of word
/// keys) are its *support*. Every English n-gram of the supporting English sides (1 to
/// `words + 3` words, not starting or ending with an English function word) is a candidate, scored
///
///     score = dice × (1 + explained) / 2,   dice = 2·c / (f_term + f_english)
///
/// where `c` is the number of pairs holding both, `f` the number of pairs holding each, and
/// `explained` the share of the words on both sides that a translation hint accounts for: an
/// Indonesian content word whose dictionary English (``hints``) occurs in the candidate, a name
/// written the same on both sides, and the candidate's words those account for; a word left
/// unexplained on each side counts half for both (it may be the translation the hints lack). A candidate is
/// accepted with `c ≥ 2` and dice ≥ 0.5, or with a single pair when every content word on both
/// sides is explained; otherwise there is no answer (`nil`), never a guess.
///
/// Cost: building the index is linear in the words of the memory; aligning a term costs the
/// postings of its rarest word plus O(s · L²) candidates for s supporting pairs of at most L words.
public struct ParallelTermAligner: Sendable {
    /// One Indonesian sentence and its English translation.
    public struct SentencePair: Hashable, Sendable {
        /// The Indonesian side.
        public var indonesian: String
        /// The English side.
        public var english: String

        /// Creates a pair.
        public init(indonesian: String, english: String) {
            self.indonesian = indonesian
            self.english = english
        }
    }

    /// The English found for a term, with the figures behind it.
    public struct Match: Hashable, Sendable {
        /// The English as written in the best supporting sentence (its case kept).
        public var english: String
        /// Pairs holding both the term and the English.
        public var pairs: Int
        /// Pairs holding the term.
        public var termPairs: Int
        /// The Dice coefficient of the two.
        public var dice: Double
        /// How much to trust it, 0…1.
        public var confidence: Double
    }

    private struct Side: Sendable {
        /// The sentence as written.
        var text: String
        /// Lowercase word keys.
        var keys: [String]
        /// Where each word is in ``text``.
        var ranges: [Range<String.Index>]

        /// Words `start..<end` as written, with what stands between them (`Workers' Party`).
        func written(_ start: Int, _ end: Int) -> String {
            var phrase = String(text[ranges[start].lowerBound..<ranges[end - 1].upperBound])
            // A possessive apostrophe after the last word belongs to it (`Workers'`).
            let after = ranges[end - 1].upperBound
            if after < text.endIndex, text[after] == "'" || text[after] == "\u{2019}",
               ranges[end - 1].upperBound == text.index(before: text.endIndex) || !(text[text.index(after: after)].isLetter) { phrase += "'" }
            return phrase
        }
    }

    private let indonesian: [Side]
    private let english: [Side]
    private let postings: [String: [Int]]
    private let englishPostings: [String: [Int]]
    private let hints: @Sendable (String) -> Set<String>

    /// English words that never start or end a candidate (`s` is the possessive split off).
    static let englishFunctionWords: Set<String> = [
        "a", "an", "the", "of", "and", "or", "to", "in", "on", "at", "for", "with", "by", "from", "as", "is", "are",
        "was", "were", "be", "been", "that", "this", "these", "those", "it", "its", "his", "her", "their", "has",
        "have", "had", "will", "would", "said", "says", "but", "not", "which", "who", "after", "before", "into",
        "over", "than", "also", "he", "she", "they", "we", "i", "you", "s", "t",
    ]
    /// Indonesian function words that need no English counterpart in a term.
    static let indonesianFunctionWords: Set<String> = ["yang", "dan", "di", "ke", "dari", "untuk", "pada", "dengan", "tahun", "para", "sang"]

    /// Indexes `pairs`; `hints` gives the dictionary English words (lowercase) of one lowercase
    /// Indonesian word, used to tell a translation from a neighbour.
    public init(pairs: [SentencePair], hints: @escaping @Sendable (String) -> Set<String> = { _ in [] }) {
        var indonesian: [Side] = []
        var english: [Side] = []
        var postings: [String: [Int]] = [:]
        var englishPostings: [String: [Int]] = [:]
        for (index, pair) in pairs.enumerated() {
            let id = Self.side(pair.indonesian), en = Self.side(pair.english)
            indonesian.append(id)
            english.append(en)
            for key in Set(id.keys) { postings[key, default: []].append(index) }
            for key in Set(en.keys) { englishPostings[key, default: []].append(index) }
        }
        self.indonesian = indonesian
        self.english = english
        self.postings = postings
        self.englishPostings = englishPostings
        self.hints = hints
    }

    /// The number of sentence pairs.
    public var count: Int { indonesian.count }

    /// The English of a term written as any of `forms`, or nil when the pairs do not show it.
    public func align(forms: [String]) -> Match? {
        let termKeys = Array(Set(forms.map { Self.side($0).keys }.filter { !$0.isEmpty }))
        guard !termKeys.isEmpty else { return nil }
        var support = Set<Int>()
        for keys in termKeys {
            for pair in pairs(containing: keys, in: indonesian, postings: postings) { support.insert(pair) }
        }
        guard !support.isEmpty else { return nil }
        let termWords = Set(termKeys.joined()).subtracting(Self.indonesianFunctionWords)
        let longest = (termKeys.map(\.count).max() ?? 1) + 3
        // Candidate n-grams, counted once per supporting pair, with their first written form.
        var together: [[String]: Int] = [:]
        var written: [[String]: String] = [:]
        for pair in support.sorted() {
            let side = english[pair]
            var seen = Set<[String]>()
            for start in side.keys.indices where !Self.englishFunctionWords.contains(side.keys[start]) {
                for end in (start + 1)...min(side.keys.count, start + longest) {
                    let gram = Array(side.keys[start..<end])
                    guard !Self.englishFunctionWords.contains(gram.last!), seen.insert(gram).inserted else { continue }
                    together[gram, default: 0] += 1
                    if written[gram] == nil { written[gram] = side.written(start, end) }
                }
            }
        }
        // Each term word's English readings (its hints and its own spelling), once per term.
        let termReadings = termWords.sorted().map { hints($0).union([$0]) }
        typealias Scored = (gram: [String], score: Double, dice: Double, explained: Double)
        // Best: the higher score, then the more explained, then the longer, then the first in
        // lexicographic order (dictionary order is not stable between runs).
        func isBetter(_ a: Scored, than b: Scored) -> Bool {
            if a.score != b.score { return a.score > b.score }
            if a.explained != b.explained { return a.explained > b.explained }
            if a.gram.count != b.gram.count { return a.gram.count > b.gram.count }
            return a.gram.lexicographicallyPrecedes(b.gram)
        }
        var best: Scored?
        for (gram, both) in together {
            let explained = self.explained(termReadings, gram)
            guard both >= 2 || explained == 1 else { continue }
            let englishPairs = pairs(containing: gram, in: english, postings: englishPostings).count
            let dice = 2 * Double(both) / Double(support.count + englishPairs)
            guard dice >= 0.5 || explained == 1 else { continue }
            let candidate: Scored = (gram, dice * (1 + explained) / 2, dice, explained)
            if best.map({ isBetter(candidate, than: $0) }) ?? true { best = candidate }
        }
        guard let best, let english = written[best.gram] else { return nil }
        let confidence = min(0.9, 0.5 + 0.4 * best.score)
        return Match(english: english, pairs: together[best.gram] ?? 0, termPairs: support.count, dice: (best.dice * 1000).rounded() / 1000,
                     confidence: (confidence * 100).rounded() / 100)
    }

    /// The share of content words on both sides that account for each other: an Indonesian word
    /// whose hint or own spelling is in the candidate, the candidate words so accounted for, and
    /// half of the unexplained words that could pair up.
    /// `termReadings` holds, per Indonesian content word, its readings.
    private func explained(_ termReadings: [Set<String>], _ gram: [String]) -> Double {
        let content = gram.filter { !Self.englishFunctionWords.contains($0) }
        guard !termReadings.isEmpty, !content.isEmpty else { return 0 }
        var usedEnglish = Set<String>()
        var explainedTerm = 0
        for readings in termReadings {
            let hits = content.filter { readings.contains($0) || readings.contains(Self.singular($0)) }
            if !hits.isEmpty { explainedTerm += 1; usedEnglish.formUnion(hits) }
        }
        let explainedEnglish = content.filter(usedEnglish.contains).count
        // A word left unexplained on each side may translate each other: half credit for a pair.
        let unexplainedPairs = min(termReadings.count - explainedTerm, content.count - explainedEnglish)
        return Double(explainedTerm + explainedEnglish + unexplainedPairs) / Double(termReadings.count + content.count)
    }

    /// The regular English singular of `word` (`sanctions` → sanction, `policies` → policy).
    static func singular(_ word: String) -> String {
        if word.hasSuffix("ies"), word.count > 4 { return String(word.dropLast(3)) + "y" }
        if word.hasSuffix("s"), !word.hasSuffix("ss"), word.count > 3 { return String(word.dropLast()) }
        return word
    }

    /// The pairs whose side holds `keys` as a contiguous run.
    private func pairs(containing keys: [String], in sides: [Side], postings: [String: [Int]]) -> [Int] {
        guard let rarest = keys.min(by: { (postings[$0]?.count ?? 0) < (postings[$1]?.count ?? 0) }),
              let candidates = postings[rarest] else { return [] }
        return candidates.filter { pair in
            let words = sides[pair].keys
            guard words.count >= keys.count else { return false }
            return (0...(words.count - keys.count)).contains { start in words[start..<(start + keys.count)].elementsEqual(keys) }
        }
    }

    /// The words of a sentence: runs of letters and digits (a hyphen or an apostrophe splits them:
    /// `Jong-un` is `jong`, `un`; `Workers'` is `workers`), lowercased, with their place in the text.
    private static func side(_ text: String) -> Side {
        var keys: [String] = []
        var ranges: [Range<String.Index>] = []
        var start: String.Index?
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character.isLetter || character.isNumber {
                if start == nil { start = index }
            } else if let open = start {
                keys.append(text[open..<index].lowercased())
                ranges.append(open..<index)
                start = nil
            }
            index = text.index(after: index)
        }
        if let open = start {
            keys.append(text[open...].lowercased())
            ranges.append(open..<text.endIndex)
        }
        return Side(text: text, keys: keys, ranges: ranges)
    }
}
