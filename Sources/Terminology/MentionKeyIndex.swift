/// Each aggregation key's group, found by a mention's words' numbers (``Mention/Word/code``) with
/// no key string made: the key is made only the first time a sequence of words is seen.
///
/// The keys themselves decide: a sequence of words seen for the first time has its key made and
/// looked up among the groups' keys (a ``StringTable``: as `String`s compare), so two sequences
/// that spell one key (`nuklirnya` taking its lemma, and `nuklir`) find one group, exactly as
/// when mentions were grouped by their key strings. Mentions keyed by other words than their own
/// (a synonym's) are looked up by their key alone. Serial: ``TermAccumulator/group(_:)`` owns
/// one. Memory grows with the distinct keys and word sequences.
struct MentionKeyIndex {
    /// One word sequence seen, in an open-addressing table by ``Mention/wordsHash``: its hash,
    /// its first code, where all its codes lie in ``codes``, its length (0 where the slot is
    /// empty) and its group. What a lookup compares is in the slot itself (one cache line; a
    /// one-word sequence reads nothing else), where a separate list of entries cost a second
    /// memory access per mention.
    private struct Slot {
        var hash = 0
        var first: UInt64 = 0
        var start = 0
        var count: Int32 = 0
        var group: Int32 = 0
    }

    /// Every group's key, numbered: a key's number is its group's.
    private var keys = StringTable()
    /// Groups numbered so far (keys are numbered as they come, so a key's number is new exactly
    /// when it is this).
    private var groupCount = 0
    /// The codes of every sequence seen, one after another.
    private var codes: [UInt64] = []
    /// A power of two of slots, at most half of them full (linear probing from the hash's low bits).
    private var slots = [Slot](repeating: Slot(), count: 1024)
    /// Sequences stored.
    private var sequenceCount = 0

    /// An empty index.
    init() {}

    /// The number of the group of `mention`'s key (found in `document`), and the key when no
    /// mention had it before. Groups are numbered in the order their keys first come: the caller
    /// makes group `number` when it is given a new key.
    mutating func group(of mention: Mention, in document: DocumentMentions) -> (number: Int, newKey: String?) {
        guard mention.replacement < 0 else { return group(ofKey: document.key(of: mention)) }
        let first = Int(mention.words.lowerBound), count = mention.words.count, hash = mention.wordsHash
        // The slot holding the mention's words, or the empty slot where they go.
        let (index, found) = document.words.withUnsafeBufferPointer { words in
            codes.withUnsafeBufferPointer { codes in
                slots.withUnsafeBufferPointer { slots -> (Int, Int32?) in
                    let mask = slots.count - 1
                    var index = hash & mask
                    while slots[index].count != 0 {
                        let slot = slots[index]
                        if slot.hash == hash && Int(slot.count) == count && slot.first == words[first].code {
                            // (Every mention has a word.)
                            var offset = 1
                            while offset < count && codes[slot.start + offset] == words[first + offset].code { offset += 1 }
                            if offset == count { return (index, slot.group) }
                        }
                        index = (index + 1) & mask
                    }
                    return (index, nil)
                }
            }
        }
        if let found { return (Int(found), nil) }
        let group = group(ofKey: document.key(of: mention))
        slots[index] = Slot(hash: hash, first: document.words[first].code, start: codes.count, count: Int32(count), group: Int32(group.number))
        sequenceCount += 1
        for word in document.words(of: mention) { codes.append(word.code) }
        if 2 * sequenceCount > slots.count { grow() }
        return group
    }

    /// Doubles the slots and places every sequence again.
    private mutating func grow() {
        var larger = [Slot](repeating: Slot(), count: slots.count * 2)
        let mask = larger.count - 1
        for slot in slots where slot.count != 0 {
            var index = slot.hash & mask
            while larger[index].count != 0 { index = (index + 1) & mask }
            larger[index] = slot
        }
        slots = larger
    }

    /// The number of the group of `key`, and the key when it is new.
    private mutating func group(ofKey key: String) -> (number: Int, newKey: String?) {
        let number = Int(keys.spelling(of: key).string)
        guard number == groupCount else { return (number, nil) }
        groupCount += 1
        return (number, key)
    }
}
