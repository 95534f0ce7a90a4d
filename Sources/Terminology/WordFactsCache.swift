import Synchronization

/// What the tables and the lexicon say about each word, looked up once per run instead of once
/// per document, and each word's number (``WordFacts/id``), by which ``CaseEvidence`` counts it.
/// A ``TermExtractor`` owns one (a new one whenever its tables, statistics or places change), so
/// every document it prepares, on any thread, numbers its words alike. Memory grows with the
/// distinct words of the input.
final class WordFactsCache: Sendable {
    /// The facts of one key as a word token and as any other token (they differ only for a key
    /// whose clitic or verb prefix counts in words alone).
    struct Entry: Sendable {
        var word: WordFacts
        var other: WordFacts
        /// Whether ``word`` and ``other`` differ.
        var kindMatters: Bool
    }

    private let known = Mutex<[String: Entry]>([:])
    /// The next key number to hand out.
    private let nextID = Atomic<Int32>(0)
    /// The tables arranged for lookups, made at the first document.
    private let lookup = Mutex<WordFacts.Lookup?>(nil)
    /// Per-thread tables not in use (see ``withTable(_:)``).
    private let idleTables = Mutex<[WordFactsTable]>([])

    /// An empty cache.
    init() {}

    /// A number no other key of this cache has. (Two threads making the facts of one key at once
    /// each take one; the facts kept are one thread's, the other number is never used.)
    func newID() -> Int32 {
        nextID.wrappingAdd(1, ordering: .relaxed).oldValue
    }

    /// The facts of `key`, if known.
    func entry(of key: String) -> Entry? {
        known.withLock { $0[key] }
    }

    /// Keeps the facts of `key` and returns them, or the facts another thread kept first: one
    /// entry per key, so that its objects' identities stand for the key.
    func keep(_ entry: Entry, of key: String) -> Entry {
        known.withLock { known in
            // (Through the defaulted subscript's accessor: one hash of the key finds its place
            // and, if it is new, fills it.)
            Self.kept(&known[key, default: entry])
        }
    }

    /// `entry` as it stands (for ``keep(_:of:)``, which reaches it in place).
    private static func kept(_ entry: inout Entry) -> Entry { entry }

    /// Runs `body` with a table of its own in front of this cache (no other thread uses it
    /// meanwhile), taken from the idle ones or made, and kept for the next caller: as many
    /// tables as threads preparing at once.
    func withTable<Result>(_ body: (WordFactsTable) -> Result) -> Result {
        let table = idleTables.withLock { $0.popLast() } ?? WordFactsTable()
        defer { idleTables.withLock { $0.append(table) } }
        return body(table)
    }

    /// The facts of `key` from this cache, made by `make` (given a new number) if no thread has
    /// made them yet.
    func entry(of key: String, making make: (Int32) -> Entry) -> Entry {
        if let entry = entry(of: key) { return entry }
        return keep(make(newID()), of: key)
    }

    /// The lookup tables of this cache's extractor, made by `make` the first time.
    func lookup(_ make: () -> WordFacts.Lookup) -> WordFacts.Lookup {
        lookup.withLock { lookup in
            if let lookup { return lookup }
            let made = make()
            lookup = made
            return made
        }
    }
}
