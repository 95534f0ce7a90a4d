/// One segmenter's numbers of the long or non-ASCII token texts it has met, by their bytes, in
/// front of the process-wide ``LargeTokenTexts``.
///
/// A text seen before gets its number from a hash and a byte comparison: no `String` is made,
/// no key normalized (ICU's NFKC_Casefold, the costly part of a non-ASCII token), no lock taken.
/// A token's key is a function of its bytes, so the cache is keyed by the bytes alone.
/// Not thread-safe, like the ``Segmenter`` that owns it. Holds at most ``limit`` texts; when
/// full it starts again empty (the numbers stay valid: they belong to ``LargeTokenTexts``).
final class LargeTokenCache {
    /// Texts kept before the table starts again.
    static let limit = 1 << 16
    /// Open addressing; a slot holds the top 32 bits of the hash and the number (0 = empty).
    private var slots: [UInt64]
    private var count = 0

    init() {
        slots = Array(repeating: 0, count: 1 << 10)
    }

    /// The ``LargeTokenTexts`` number of the text whose UTF-8 is `bytes`; `make` gives its
    /// surface and key the first time this cache meets it.
    func number(of bytes: UnsafeBufferPointer<UInt8>, make: () -> (surface: String, key: String)) -> UInt32 {
        let hash = Self.hash(bytes)
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: hash) & mask
        while true {
            let slot = slots[index]
            if slot == 0 { break }
            if slot >> 32 == hash >> 32 {
                let number = UInt32(truncatingIfNeeded: slot)
                if Self.surface(LargeTokenTexts.texts(number).surface, equals: bytes) { return number }
            }
            index = (index + 1) & mask
        }
        let (surface, key) = make()
        let number = LargeTokenTexts.number(surface: surface, key: key)
        if count == Self.limit {
            slots = Array(repeating: 0, count: slots.count)
            count = 0
            index = Int(truncatingIfNeeded: hash) & mask
        }
        if (count + 1) * 2 > slots.count {
            grow()
            index = Int(truncatingIfNeeded: hash) & (slots.count - 1)
        }
        while slots[index] != 0 { index = (index + 1) & (slots.count - 1) }
        slots[index] = (hash & 0xFFFF_FFFF_0000_0000) | UInt64(number)
        count += 1
        return number
    }

    /// Doubles the table, placing every slot again.
    private func grow() {
        let old = slots
        slots = Array(repeating: 0, count: old.count * 2)
        let mask = slots.count - 1
        for slot in old where slot != 0 {
            let number = UInt32(truncatingIfNeeded: slot)
            let hash = LargeTokenTexts.texts(number).surface.utf8.withContiguousStorageIfAvailable { Self.hash($0) }
                ?? Self.hash(Array(LargeTokenTexts.texts(number).surface.utf8))
            var index = Int(truncatingIfNeeded: hash) & mask
            while slots[index] != 0 { index = (index + 1) & mask }
            slots[index] = slot
        }
    }

    /// FNV-1a over the bytes, with a final mix so that the low bits (the slot) and the high
    /// bits (the check) both depend on every byte.
    private static func hash<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        hash ^= hash >> 29
        hash &*= 0xbf58_476d_1ce4_e5b9
        return hash ^ (hash >> 32)
    }

    /// Whether `surface`'s UTF-8 is exactly `bytes`.
    private static func surface(_ surface: String, equals bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard surface.utf8.count == bytes.count else { return false }
        return surface.utf8.withContiguousStorageIfAvailable { $0.elementsEqual(bytes) }
            ?? surface.utf8.elementsEqual(bytes)
    }
}
