/// The keys the input showed something about (`Pyongyang` after `di`, `Putin` beside `kata`),
/// held both as strings, for the keys of candidates, and by key number (``WordFacts/id``) as
/// bits, so that a rule asking about a unit tests a bit where it would hash the key.
///
/// The two agree because a key and its number go one-to-one within one ``WordFactsCache``, and
/// every key enters through a unit (``insert(_:)``) of that cache.
struct EvidenceWords: Sendable {
    /// The keys.
    private(set) var keys: Set<String> = []
    /// Bit `id` is set when the key numbered `id` is in ``keys``.
    private var bits: [UInt64] = []

    /// No keys.
    init() {}

    /// Adds `unit`'s key.
    mutating func insert(_ unit: Unit) {
        insert(unit.key, id: unit.facts.id)
    }

    /// Adds `key`, numbered `id`.
    mutating func insert(_ key: String, id: Int32) {
        let word = Int(id) >> 6, bit: UInt64 = 1 << UInt64(id & 63)
        if word >= bits.count { bits += repeatElement(0, count: word + 1 - bits.count) }
        // A key already in (its bit set) is not hashed again: keys and numbers go one-to-one.
        guard bits[word] & bit == 0 else { return }
        bits[word] |= bit
        keys.insert(key)
    }

    /// Whether `key` is in.
    func contains(_ key: String) -> Bool { keys.contains(key) }

    /// Whether `unit`'s key is in: one bit, no hash.
    func contains(_ unit: Unit) -> Bool {
        let id = Int(unit.facts.id), word = id >> 6
        return word < bits.count && bits[word] & (1 << UInt64(id & 63)) != 0
    }
}
