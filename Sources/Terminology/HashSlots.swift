/// An open-addressing table of entry numbers by a hash the caller computed, for tables whose
/// entries live elsewhere (in arrays of the caller's) and are compared there: ``MentionKeyIndex``
/// finds a mention's group by its words' numbers, ``SurfaceTable`` a surface by its bytes, without
/// making a hashable value (a string, an array) per lookup.
///
/// Linear probing over a power-of-two array at most half full; each slot keeps its entry's hash,
/// so that entries of other hashes are passed over without being compared. Entries are never
/// removed. The hash's low bits pick the slot: they must be well mixed (a `Hasher`'s are).
struct HashSlots {
    /// One slot: an entry number and its hash, or `entry == -1` when empty.
    private struct Slot {
        var hash: Int
        var entry: Int32
    }

    private var slots = [Slot](repeating: Slot(hash: 0, entry: -1), count: 64)
    /// Entries stored.
    private(set) var count = 0

    /// An empty table.
    init() {}

    /// The first entry stored with `hash` for which `matches` holds, if any; O(1) expected.
    func first(hash: Int, where matches: (Int32) -> Bool) -> Int32? {
        let mask = slots.count - 1
        var index = hash & mask
        while true {
            let slot = slots[index]
            if slot.entry < 0 { return nil }
            if slot.hash == hash && matches(slot.entry) { return slot.entry }
            index = (index + 1) & mask
        }
    }

    /// Stores `entry` (not negative) under `hash`; amortized O(1). The caller knows no equal entry
    /// is stored (``first(hash:where:)`` found none).
    mutating func insert(_ entry: Int32, hash: Int) {
        precondition(entry >= 0, "entry numbers are not negative")
        if 2 * (count + 1) > slots.count { grow() }
        Self.place(Slot(hash: hash, entry: entry), in: &slots)
        count += 1
    }

    /// Doubles the slots and places every entry again.
    private mutating func grow() {
        var larger = [Slot](repeating: Slot(hash: 0, entry: -1), count: slots.count * 2)
        for slot in slots where slot.entry >= 0 { Self.place(slot, in: &larger) }
        slots = larger
    }

    /// Puts `slot` into the first empty place from its hash on.
    private static func place(_ slot: Slot, in slots: inout [Slot]) {
        let mask = slots.count - 1
        var index = slot.hash & mask
        while slots[index].entry >= 0 { index = (index + 1) & mask }
        slots[index] = slot
    }
}
