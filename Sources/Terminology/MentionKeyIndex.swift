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
    /// One word sequence seen: its first code, where all its codes lie in ``codes``, its length
    /// and its group (a one-word sequence is compared without reading ``codes``). Kept in the
    /// slot itself (see ``HashSlots``).
    private struct Sequence {
        let first: UInt64
        let start: Int32
        let count: Int32
        let group: Int32
    }

    /// Every group's key, numbered: a key's number is its group's.
    private var keys = StringTable()
    /// Groups numbered so far (keys are numbered as they come, so a key's number is new exactly
    /// when it is this).
    private var groupCount = 0
    /// The codes of every sequence seen, one after another.
    private var codes: [UInt64] = []
    /// Every sequence seen, by ``Mention/wordsHash``.
    private var sequences = HashSlots<Sequence>()

    /// An empty index.
    init() {}

    /// The number of the group of `mention`'s key (found in `document`), and the key when no
    /// mention had it before. Groups are numbered in the order their keys first come: the caller
    /// makes group `number` when it is given a new key.
    mutating func group(of mention: Mention, in document: DocumentMentions) -> (number: Int, newKey: String?) {
        guard mention.replacement < 0 else { return group(ofKey: document.key(of: mention)) }
        let first = Int(mention.words.lowerBound), count = mention.words.count
        let found = document.words.withUnsafeBufferPointer { words in
            codes.withUnsafeBufferPointer { codes in
                sequences.first(hash: mention.wordsHash) { sequence in
                    guard Int(sequence.count) == count, sequence.first == words[first].code else { return false }
                    // (Every mention has a word.)
                    var offset = 1
                    while offset < count {
                        if codes[Int(sequence.start) + offset] != words[first + offset].code { return false }
                        offset += 1
                    }
                    return true
                }
            }
        }
        if let found { return (Int(found.group), nil) }
        let group = group(ofKey: document.key(of: mention))
        sequences.insert(Sequence(first: document.words[first].code, start: Int32(codes.count), count: Int32(count), group: Int32(group.number)),
                         hash: mention.wordsHash)
        for word in document.words(of: mention) { codes.append(word.code) }
        return group
    }

    /// The number of the group of `key`, and the key when it is new.
    private mutating func group(ofKey key: String) -> (number: Int, newKey: String?) {
        let number = Int(keys.spelling(of: key).string)
        guard number == groupCount else { return (number, nil) }
        groupCount += 1
        return (number, key)
    }
}
