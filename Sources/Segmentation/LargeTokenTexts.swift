import Synchronization

/// The surfaces and keys of the tokens that are no short ASCII string (non-ASCII words, long
/// words and URLs: about one token in 800 of news text, some 200 distinct pairs in 20 MB), each
/// distinct pair kept once for the life of the process and known by a number.
///
/// A ``Token`` holds that number instead of a reference, so that it is a plain value: copying
/// a token, and destroying an array of them, touches no reference count (destroying a
/// document's tokens had cost a call per token). The price is that the pairs are never freed;
/// they grow with the distinct long or non-ASCII forms seen, not with the text.
enum LargeTokenTexts {
    private struct Store {
        /// Number `n` is `pairs[n - 1]`; 0 means no pair.
        var pairs: [(surface: String, key: String)] = []
        /// Keyed by the UTF-8 of surface and key with 0xFF (never in UTF-8) between: exact
        /// bytes, since `String` equality would merge canonically equivalent spellings
        /// (`é` and `e` + U+0301), and a surface is kept exactly as written.
        var numbers: [[UInt8]: UInt32] = [:]
    }

    private static let store = Mutex(Store())

    /// The number of the pair `(surface, key)`, which is stored if it is new (never 0).
    static func number(surface: String, key: String) -> UInt32 {
        var bytes = Array(surface.utf8)
        bytes.append(0xFF)
        bytes.append(contentsOf: key.utf8)
        return store.withLock { store in
            if let number = store.numbers[bytes] { return number }
            store.pairs.append((surface, key))
            let number = UInt32(store.pairs.count)
            store.numbers[bytes] = number
            return number
        }
    }

    /// The surface and key of pair `number` (from ``number(surface:key:)``).
    static func texts(_ number: UInt32) -> (surface: String, key: String) {
        store.withLock { $0.pairs[Int(number) - 1] }
    }
}
