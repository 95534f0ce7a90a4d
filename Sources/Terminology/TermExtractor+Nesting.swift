import Foundation

extension TermExtractor {
    /// The most mentions a phrase of a head word and a nested term may have and still be read as
    /// that term in context (``termsInContext(_:groups:live:)``).
    static let mostContextMentions = 3

    /// The fewest distinct common phrases a word must head in the input to be a context word
    /// (``termsInContext(_:groups:live:)``).
    static let fewestContextPhrases = 2

    /// The positions in `made` (the candidates of the groups `groups[live[i]]`, with whether each
    /// passes the thresholds) of common terms that are a recurring term with one word of context
    /// before it: a phrase of three words or more whose words after the first (or, from four
    /// words, those between the first and the last: `negara granat asap legal`) are a term of its
    /// own that passes, seen at most ``mostContextMentions`` times and at least twice as often on its
    /// own as inside the phrase (`kadar gula darah` beside `gula darah`, `pajak bea masuk` beside
    /// `bea masuk`), whose first word is a context word: it heads at least
    /// ``fewestContextPhrases`` distinct common phrases of the input (the context words of the
    /// NC-value: `kadar`, `warna`, `produk` head phrase after phrase; `tatanan` in `tatanan dunia
    /// multipolar` heads that one alone). The C-value of such a phrase is the inner term's: the
    /// inner term is the entry (it counts the phrase's occurrences as its own), the phrase is no term.
    ///
    /// - Complexity: O(n) for n candidates.
    func termsInContext(_ made: [(candidate: TermCandidate, passes: Bool)?], groups: [MentionGroup], live: [Int]) -> Set<Int> {
        // The counts of the passing common terms of two words or more, by key, and how many
        // distinct common phrases each word heads.
        var inner: [String: Int] = [:]
        var phrasesHeaded: [String: Int] = [:]
        for (position, result) in made.enumerated() {
            guard let (candidate, passes) = result, candidate.type == .term else { continue }
            let words = groups[live[position]].words
            guard words.count >= 2 else { continue }
            phrasesHeaded[words[0], default: 0] += 1
            if passes { inner[candidate.key] = candidate.count }
        }
        var found = Set<Int>()
        for (position, result) in made.enumerated() {
            guard let (candidate, passes) = result, passes, candidate.type == .term, candidate.count <= Self.mostContextMentions else { continue }
            let group = groups[live[position]]
            let n = group.words.count
            guard n >= 3, phrasesHeaded[group.words[0], default: 0] >= Self.fewestContextPhrases else { continue }
            // The inner term ends the phrase, or one more word follows it (`negara granat asap legal`).
            let inners = n >= 4 ? [1..<n, 1..<n - 1] : [1..<n]
            if inners.contains(where: { (inner[group.key(of: $0)] ?? 0) - candidate.count >= 2 * candidate.count }) {
                found.insert(position)
            }
        }
        return found
    }
}
