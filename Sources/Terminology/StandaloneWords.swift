import Segmentation

/// The keys of the capitalized words a document writes on their own (in a token with no hyphen):
/// a hyphenated pair of names splits only where each of its parts is one of them (`Korut-Rusia`
/// beside `Korut` and `Rusia`; see ``MentionFinder/parts(of:standalone:)``), and not where the
/// document writes the same names one after the other with a space (`Harley-Davidson` beside
/// `Harley Davidson`: one name spelt two ways, see ``containsSpaced(_:)``).
///
/// A short ASCII key (nearly every one) is kept as its bytes packed into two words (as
/// ``WordFactsTable/packed(_:)`` packs it, read from ``Segmentation/Token/inlineKey`` without
/// making the string) in a sorted list, found by binary search; any other key in a set of strings.
/// Keys are normalized (NFKC_Casefold), so comparing bytes finds what comparing strings would.
struct StandaloneWords {
    /// Packed short ASCII keys, sorted (``precedes(_:_:)``), repeats included.
    private var packed: [SIMD2<UInt64>] = []
    /// Every other key.
    private var others: Set<String> = []
    /// The keys of two capitalized words written one after the other with one space between
    /// them, joined by a hyphen (`harley-davidson` of `Harley Davidson`).
    private var spacedPairs: Set<String> = []

    /// The keys of the capitalized word tokens of `tokens` whose bytes in `text` hold no hyphen.
    init(of tokens: [Token], text: UnsafeBufferPointer<UInt8>) {
        for token in tokens where token.kind == .word && token.isCapitalized
            && !UnsafeBufferPointer(rebasing: text[token.utf8Range]).contains(0x2D) {
            if let (words, count) = token.inlineKey {
                packed.append(WordFactsTable.packed(bytes: words, count: count))
            } else {
                insert(token.key)
            }
        }
        for index in tokens.indices.dropLast() {
            let first = tokens[index], second = tokens[index + 1]
            guard first.kind == .word, second.kind == .word, first.isCapitalized, second.isCapitalized,
                  second.utf8Range.lowerBound == first.utf8Range.upperBound + 1, text[first.utf8Range.upperBound] == 0x20
            else { continue }
            spacedPairs.insert(first.key + "-" + second.key)
        }
        packed.sort(by: Self.precedes)
    }

    /// These keys.
    init(keys: some Sequence<String>) {
        for key in keys { insert(key) }
        packed.sort(by: Self.precedes)
    }

    /// Whether `key` is one of the keys.
    func contains(_ key: Substring) -> Bool {
        guard let bits = Self.asciiPacked(String(key)) else { return others.contains(String(key)) }
        // The first packed key not before `bits`.
        var low = 0, high = packed.count
        while low < high {
            let middle = (low + high) / 2
            if Self.precedes(packed[middle], bits) { low = middle + 1 } else { high = middle }
        }
        return low < packed.count && packed[low] == bits
    }

    /// Whether the document writes the keys `first` and `second` as two capitalized
    /// words one after the other, with a space between them.
    func containsSpaced(_ first: Substring, _ second: Substring) -> Bool {
        !spacedPairs.isEmpty && spacedPairs.contains(first + "-" + second)
    }

    /// Adds `key` (unsorted: sort after).
    private mutating func insert(_ key: String) {
        if let bits = Self.asciiPacked(key) { packed.append(bits) } else { others.insert(key) }
    }

    /// `key` packed, when it is ASCII of at most 15 bytes.
    private static func asciiPacked(_ key: String) -> SIMD2<UInt64>? {
        key.utf8.allSatisfy { $0 < 0x80 } ? WordFactsTable.packed(key) : nil
    }

    /// The order of the packed list: by the high word, then the low one.
    private static func precedes(_ a: SIMD2<UInt64>, _ b: SIMD2<UInt64>) -> Bool {
        (a.y, a.x) < (b.y, b.x)
    }
}
