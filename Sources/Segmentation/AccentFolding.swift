import Synchronization

/// The accent-folded key of ``Token/foldedKey``, made on access: one ``Normalizer`` for the
/// process behind a lock, since its ICU transliterator is not thread-safe and costs 9–21 ms
/// to open (so a run that never asks for a folded key never opens it).
enum AccentFolding {
    private static let normalizer = Mutex<Normalizer?>(try? Normalizer())

    /// ``Normalizer/accentFoldedKey(_:)`` of `key`; `key` itself when it is ASCII.
    static func foldedKey(_ key: String) -> String {
        if key.utf8.isASCII { return key }
        return normalizer.withLock { $0?.accentFoldedKey(key) ?? key }
    }
}
