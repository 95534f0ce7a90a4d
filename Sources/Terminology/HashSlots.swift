/// An open-addressing table of entries by a hash the caller computed, for tables that compare
/// their keys themselves: ``MentionKeyIndex`` finds a mention's group by its words' numbers,
/// ``StringTable`` a surface by its bytes, ``MentionGroup`` a surface's number in the group,
/// without making a hashable value (a string, an array) per lookup. An entry is small and holds
/// what the caller compares first (a length, a first word, where the rest lies), so that most
/// lookups read one slot and nothing else: an entry number into another array cost a second
/// memory access per lookup.
///
/// Linear probing over a power-of-two array at most half full; each slot keeps its entry's hash,
/// so that entries of other hashes are passed over without being compared. Entries are never
/// removed. The hash's low bits pick the slot: they must be well mixed (a `Hasher`'s are).
struct HashSlots<Entry: Sendable>: Sendable {
    /// One slot: an entry and its hash, or no entry when empty.
    private struct Slot {
        var hash: Int
        var entry: Entry?
    }

    private var slots = [Slot](repeating: Slot(hash: 0, entry: nil), count: 64)
    /// Entries stored.
    private(set) var count = 0

    /// An empty table.
    init() {}

    /// The first entry stored with `hash` for which `matches` holds, if any; O(1) expected.
    func first(hash: Int, where matches: (Entry) -> Bool) -> Entry? {
        slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var index = hash & mask
            while let entry = slots[index].entry {
                if slots[index].hash == hash && matches(entry) { return entry }
                index = (index + 1) & mask
            }
            return nil
        }
    }

    /// Stores `entry` under `hash`; amortized O(1). The caller knows no equal entry is stored
    /// (``first(hash:where:)`` found none).
    mutating func insert(_ entry: Entry, hash: Int) {
        if 2 * (count + 1) > slots.count { grow() }
        Self.place(Slot(hash: hash, entry: entry), in: &slots)
        count += 1
    }

    /// Doubles the slots and places every entry again.
    private mutating func grow() {
        var larger = [Slot](repeating: Slot(hash: 0, entry: nil), count: slots.count * 2)
        for slot in slots where slot.entry != nil { Self.place(slot, in: &larger) }
        slots = larger
    }

    /// Puts `slot` into the first empty place from its hash on.
    private static func place(_ slot: Slot, in slots: inout [Slot]) {
        let mask = slots.count - 1
        var index = slot.hash & mask
        while slots[index].entry != nil { index = (index + 1) & mask }
        slots[index] = slot
    }
}

/// The hashes the tables take (written `HashSlots<Int32>.hash(of:)`: they do not depend on the entries).
extension HashSlots {
    /// A hash of `bytes` for these tables: 8 bytes at a time, each multiplied and rotated into the
    /// state, then mixed by MurmurHash3's finalizer, so that the low bits are well spread. Not
    /// `Hasher`: a few instructions per word instead of SipHash's rounds. Not seeded, so input
    /// chosen to collide could slow lookups down; it cannot change what they find.
    static func hash(of bytes: UnsafeRawBufferPointer) -> Int {
        var state = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        var index = 0
        while index + 8 <= bytes.count {
            state = step(state, bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            index += 8
        }
        if index < bytes.count {
            var tail: UInt64 = 0
            for offset in index..<bytes.count { tail |= UInt64(bytes[offset]) << UInt64(8 * (offset - index)) }
            state = step(state, tail)
        }
        return Int(truncatingIfNeeded: mix(state))
    }

    /// A hash of `words` in order, as ``hash(of:)-(UnsafeRawBufferPointer)`` hashes bytes.
    static func hash<Words: Sequence<UInt64>>(of words: Words) -> Int {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for word in words { state = step(state, word) }
        return Int(truncatingIfNeeded: mix(state))
    }

    /// One word into the state (MurmurHash3's block step).
    private static func step(_ state: UInt64, _ word: UInt64) -> UInt64 {
        var word = word &* 0x87C3_7B91_1142_53D5
        word = (word << 31) | (word >> 33)
        word &*= 0x4CF5_AD43_2745_937F
        let mixed = state ^ word
        return ((mixed << 27) | (mixed >> 37)) &* 5 &+ 0x52DC_E729
    }

    /// MurmurHash3's 64-bit finalizer: every input bit affects every output bit.
    private static func mix(_ value: UInt64) -> UInt64 {
        var value = value
        value ^= value >> 33
        value &*= 0xFF51_AFD7_ED55_8CCD
        value ^= value >> 33
        value &*= 0xC4CE_B9FE_1A85_EC53
        value ^= value >> 33
        return value
    }
}
