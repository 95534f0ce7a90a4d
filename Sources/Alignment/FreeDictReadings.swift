import Synchronization

/// The FreeDict readings ``CompositionalTranslator`` has settled, by lowercase Indonesian key: a
/// memo shared by the threads that align, so that each key's definitions are parsed once per run.
/// Holds only what a pure function of the key gave, so output does not depend on the order of lookups.
final class FreeDictReadings: Sendable {
    /// One settled reading: FreeDict's English and whether it was the only one.
    struct Reading: Sendable, Hashable {
        /// The English headword.
        var english: String
        /// Whether no other reading competed.
        var isUnique: Bool
        /// Whether English word frequency broke a tie on senses (the weakest settlement).
        var byFrequency = false
    }

    private let memo = Mutex<[String: Reading?]>([:])

    /// The memo for `key`: nil when not looked up yet, `.some(nil)` when FreeDict settles nothing.
    func value(for key: String) -> Reading?? {
        memo.withLock { $0[key] }
    }

    /// Records what `key` settled to.
    func store(_ reading: Reading?, for key: String) {
        memo.withLock { $0[key] = .some(reading) }
    }
}
