/// Each aggregation key's group, found by a mention's words' numbers (``Mention/Word/code``) with
/// no key string made: the key is made only the first time a sequence of words is seen.
///
/// The keys themselves decide: a sequence of words seen for the first time has its key made and
/// looked up among the groups' keys (`String` equality), so two sequences that spell one key
/// (`nuklirnya` taking its lemma and `nuklir`) find one group, exactly as when mentions were
/// grouped by their key strings. Mentions keyed by other words than their own (a synonym's) are
/// looked up by their key string alone. Serial: ``TermAccumulator/group(_:)`` owns one. Memory
/// grows with the distinct keys and word sequences.
struct MentionKeyIndex {
    /// One word sequence seen: where its codes lie in ``codes``, and its group.
    private struct Entry {
        let start: Int
        let count: Int32
        let group: Int32
    }

    /// Each group's key → the group.
    private var groups: [String: Int32] = [:]
    /// The codes of every sequence seen, one after another.
    private var codes: [UInt64] = []
    private var entries: [Entry] = []
    /// Entry numbers by ``Mention/wordsHash``.
    private var slots = HashSlots()

    /// An empty index.
    init() {}

    /// The group of `mention` (found in `document`). When its key has none, `newGroup` is given
    /// the key and returns the number of the group it makes for it.
    mutating func group(of mention: Mention, in document: DocumentMentions, newGroup: (String) -> Int) -> Int {
        guard mention.replacement < 0 else { return group(ofKey: document.key(of: mention), newGroup: newGroup) }
        let words = document.words(of: mention)
        let found = codes.withUnsafeBufferPointer { codes in
            slots.first(hash: mention.wordsHash) { number in
                let entry = entries[Int(number)]
                guard Int(entry.count) == words.count else { return false }
                return zip(codes[entry.start..<entry.start + words.count], words).allSatisfy { $0 == $1.code }
            }
        }
        if let found { return Int(entries[Int(found)].group) }
        let group = group(ofKey: document.key(of: mention), newGroup: newGroup)
        slots.insert(Int32(entries.count), hash: mention.wordsHash)
        entries.append(Entry(start: codes.count, count: Int32(words.count), group: Int32(group)))
        codes.append(contentsOf: words.lazy.map(\.code))
        return group
    }

    /// The group of `key`, made by `newGroup` if it has none.
    private mutating func group(ofKey key: String, newGroup: (String) -> Int) -> Int {
        if let group = groups[key] { return Int(group) }
        let group = newGroup(key)
        groups[key] = Int32(group)
        return group
    }
}
