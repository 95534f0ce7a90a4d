import Segmentation

/// The keys of the capitalized words a document writes on their own (in a token with no hyphen):
/// a hyphenated pair of names splits only where each of its parts is one of them (`Korut-Rusia`
/// beside `Korut` and `Rusia`; see ``MentionFinder/parts(of:standalone:)``), and not where the
/// document writes the same names one after the other with a space (`Harley-Davidson` beside
/// `Harley Davidson`: one name spelt two ways, see ``containsSpaced(_:_:)``).
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
    /// The keys of two capitalized words written one after the other with one space between
    /// them, joined by a hyphen (`harley-davidson` of `Harley Davidson`).
    private let spacedPairs: Set<String>

    /// The keys of the capitalized word tokens of `tokens` whose surfaces hold no hyphen; `text`
    /// is the document's bytes (read here for the spaces between words, not kept).
    init(of tokens: [Token], text: UnsafeBufferPointer<UInt8>) {
        self.tokens = tokens
        keys = []
        var pairs: Set<String> = []
        for index in tokens.indices.dropLast() {
            let first = tokens[index], second = tokens[index + 1]
            guard first.kind == .word, second.kind == .word, first.isCapitalized, second.isCapitalized,
                  second.utf8Range.lowerBound == first.utf8Range.upperBound + 1, text[first.utf8Range.upperBound] == 0x20
            else { continue }
            pairs.insert(first.key + "-" + second.key)
        }
        spacedPairs = pairs
    }

    /// These keys.
    init(keys: some Sequence<String>) {
        tokens = []
        self.keys = Set(keys)
        spacedPairs = []
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

    /// Whether the document writes the keys `first` and `second` as two capitalized
    /// words one after the other, with a space between them.
    func containsSpaced(_ first: Substring, _ second: Substring) -> Bool {
        !spacedPairs.isEmpty && spacedPairs.contains(first + "-" + second)
    }
}
