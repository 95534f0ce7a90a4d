import Segmentation

/// The keys of the capitalized words a document writes on their own (in a token with no hyphen):
/// a hyphenated pair of names splits only where each of its parts is one of them (`Korut-Rusia`
/// beside `Korut` and `Rusia`; see ``MentionFinder/parts(of:standalone:)``).
///
/// Few documents ask at all, and those that do ask of a few keys, so the document's tokens are
/// searched at each question (a pass over packed bytes: a short ASCII key is compared as
/// ``WordFactsTable/packed(_:)`` packs it, read from ``Segmentation/Token/inlineKey`` without
/// making the string) rather than gathered and sorted beforehand. Keys are normalized
/// (NFKC_Casefold), so comparing bytes finds what comparing strings would.
struct StandaloneWords {
    /// The document's tokens (empty for a list of keys).
    private let tokens: [Token]
    /// Keys given as strings (``init(keys:)``).
    private let keys: Set<String>

    /// The keys of the capitalized word tokens of `tokens` whose surfaces hold no hyphen.
    init(of tokens: [Token]) {
        self.tokens = tokens
        keys = []
    }

    /// These keys.
    init(keys: some Sequence<String>) {
        tokens = []
        self.keys = Set(keys)
    }

    /// Whether `key` is one of the keys. Linear in the number of tokens.
    func contains(_ key: Substring) -> Bool {
        let key = String(key)
        if keys.contains(key) { return true }
        // A token whose key is `key` has a hyphen in its surface exactly when `key` has one
        // (for a key kept inline, the ASCII lowercasing of the surface).
        let keyHasHyphen = key.utf8.contains(0x2D)
        let packed = key.utf8.allSatisfy { $0 < 0x80 } ? WordFactsTable.packed(key) : nil
        for token in tokens where token.kind == .word && token.isCapitalized {
            if let (words, count) = token.inlineKey {
                if let packed, WordFactsTable.packed(bytes: words, count: count) == packed { return !keyHasHyphen }
            } else if token.key == key, !token.surface.utf8.contains(0x2D) {
                return true
            }
        }
        return false
    }
}
