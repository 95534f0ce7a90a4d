import Synchronization

/// What the tables and the lexicon say about each word, looked up once per run instead of once
/// per document: one cache for the threads that prepare documents with one extractor (pass it to
/// ``TermExtractor/prepare(_:index:cache:)``). Never share it between extractors whose tables or
/// statistics differ. Memory grows with the distinct words of the input.
public final class WordFactsCache: Sendable {
    private struct Key: Hashable {
        var word: String
        var isWord: Bool
    }

    private let known = Mutex<[Key: MentionFinder.WordFacts]>([:])

    /// An empty cache.
    public init() {}

    /// The facts of `word` (`isWord`: a word token rather than a number or punctuation), if known.
    func facts(of word: String, isWord: Bool) -> MentionFinder.WordFacts? {
        known.withLock { $0[Key(word: word, isWord: isWord)] }
    }

    /// Keeps the facts of `word`.
    func keep(_ facts: MentionFinder.WordFacts, of word: String, isWord: Bool) {
        known.withLock { $0[Key(word: word, isWord: isWord)] = facts }
    }
}
