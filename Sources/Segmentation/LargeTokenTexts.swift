import Synchronization

/// The surfaces and keys of the tokens that are no short ASCII string (non-ASCII words, long
/// words and URLs: about one token in 800 of news text, some 200 distinct pairs in 20 MB), each
/// distinct pair kept once for the life of the process and known by a number.
///
/// A ``Token`` holds that number instead of a reference, so that it is a plain value: copying
/// a token, and destroying an array of them, touches no reference count (destroying a
/// document's tokens had cost a call per token). The price is that the pairs are never freed;
/// they grow with the distinct long or non-ASCII forms seen, not with the text.
///
/// Adding a pair takes a lock; reading one does not. Pairs live in chunks of 8,192 that never
/// move, found through a directory allocated once, and a pair is written before its number is
/// handed out, so a reader holding a number reads memory that is no longer written. Each
/// ``Segmenter`` keeps its own ``LargeTokenCache`` in front of ``number(surface:key:)``, so a
/// text it has seen before costs neither the lock nor its normalization.
enum LargeTokenTexts {
    /// One surface and its key.
    typealias Pair = (surface: String, key: String)

    private static let chunkBits = 13
    private static let chunkSize = 1 << chunkBits
    /// At most `chunkCount × chunkSize` (268 M) pairs.
    private static let chunkCount = 1 << 15

    private struct Store {
        /// Pairs stored so far; number `n` is pair `n - 1`.
        var count = 0
        /// Keyed by the UTF-8 of surface and key with 0xFF (never in UTF-8) between: exact
        /// bytes, since `String` equality would merge canonically equivalent spellings
        /// (`é` and `e` + U+0301), and a surface is kept exactly as written.
        var numbers: [[UInt8]: UInt32] = [:]
    }

    private static let store = Mutex(Store())
    /// Chunk `i` holds pairs `i × chunkSize ..< (i + 1) × chunkSize`; nil until needed.
    /// Written only under ``store``'s lock, each slot once.
    nonisolated(unsafe) private static let directory: UnsafeMutablePointer<UnsafeMutablePointer<Pair>?> = {
        let directory = UnsafeMutablePointer<UnsafeMutablePointer<Pair>?>.allocate(capacity: chunkCount)
        directory.initialize(repeating: nil, count: chunkCount)
        return directory
    }()

    /// The number of the pair `(surface, key)`, which is stored if it is new (never 0).
    static func number(surface: String, key: String) -> UInt32 {
        var bytes = Array(surface.utf8)
        bytes.append(0xFF)
        bytes.append(contentsOf: key.utf8)
        return store.withLock { store in
            if let number = store.numbers[bytes] { return number }
            let index = store.count
            let chunk = index >> chunkBits
            precondition(chunk < chunkCount, "more than \(chunkCount * chunkSize) distinct long token texts")
            if directory[chunk] == nil { directory[chunk] = .allocate(capacity: chunkSize) }
            (directory[chunk]! + (index & (chunkSize - 1))).initialize(to: (surface, key))
            store.count = index + 1
            let number = UInt32(index + 1)
            store.numbers[bytes] = number
            return number
        }
    }

    /// The surface and key of pair `number` (from ``number(surface:key:)``), read without a lock.
    @inline(__always)
    static func texts(_ number: UInt32) -> Pair {
        let index = Int(number) - 1
        return directory[index >> chunkBits].unsafelyUnwrapped[index & (chunkSize - 1)]
    }
}
