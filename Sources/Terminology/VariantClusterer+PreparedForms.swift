import Foundation
import Segmentation

extension VariantClusterer {
    /// Forms prepared for ``VariantClusterer/clusters(of:)``, with every key the rules look up
    /// that depends on one form alone: made once, on all cores, and reusable for any selection of
    /// the same forms (``TermAccumulator`` clusters the candidates twice, the second time a subset).
    struct PreparedForms: Sendable {
        /// One form's keys (see ``VariantClusterer/keys(of:synonyms:)``): a class, so that a
        /// selection of the forms (``selecting(_:)``) copies one reference per form, not the
        /// dozen strings and arrays of its keys.
        final class Keys: Sendable {
            /// A form's key reduced by one rule (a reduplication counted once, a clitic dropped,
            /// inserted words removed), and the evidence of the edge it makes.
            struct Reduction: Sendable {
                var key: UTF8Key
                var evidence: String
            }

            /// ``Prepared/key``, ``Prepared/spaced`` and the compound key (spaces removed).
            let key: UTF8Key
            let spaced: UTF8Key
            let compound: UTF8Key
            let reduplication: Reduction?
            let clitic: Reduction?
            let insertion: Reduction?
            /// The words with every synonym replaced by the head of its group.
            let synonym: UTF8Key
            /// For names not in capitals: the words romanized.
            let romanization: UTF8Key?
            /// The termbase concept the key or the spaced key names.
            let concept: Int?
            /// For names of two words or more: the initials of three letters or more, each once.
            let initials: [String]
            /// The words a typo may be in: position and deletion keys (see ``VariantClusterer/joinTypos``).
            let typos: [(position: Int, keys: [Int])]

            /// Keys of the given values.
            init(key: UTF8Key, spaced: UTF8Key, compound: UTF8Key, reduplication: Reduction?, clitic: Reduction?, insertion: Reduction?,
                 synonym: UTF8Key, romanization: UTF8Key?, concept: Int?, initials: [String], typos: [(position: Int, keys: [Int])]) {
                self.key = key
                self.spaced = spaced
                self.compound = compound
                self.reduplication = reduplication
                self.clitic = clitic
                self.insertion = insertion
                self.synonym = synonym
                self.romanization = romanization
                self.concept = concept
                self.initials = initials
                self.typos = typos
            }
        }

        /// The prepared forms, in input order.
        var forms: [Prepared]
        /// The keys of each form, index for index.
        var keys: [Keys]
        /// The deletion keys shared by forms of the list these forms were selected from, and the
        /// index there of each form (nil: the list itself); see ``typoBuckets(of:threads:)``.
        var sharedTypoKeys: SharedTypoKeys?
        var origin: [Int]?

        /// The forms at `indices`, in that order.
        func selecting(_ indices: [Int]) -> PreparedForms {
            PreparedForms(forms: indices.map { forms[$0] }, keys: indices.map { keys[$0] }, sharedTypoKeys: sharedTypoKeys,
                          origin: origin.map { origin in indices.map { origin[$0] } } ?? indices)
        }
    }

    /// Every deletion key that two typo entries or more of a list of forms share (buckets of any
    /// size): what ``typoBuckets(of:threads:)`` restricts to a selection of the forms instead of
    /// hashing every key of the selection again.
    struct SharedTypoKeys: Sendable {
        /// One entry of a group: its form, its word position, and its place among the form's keys
        /// (all positions' keys in order), which orders it as ``typoBuckets(_:threads:)`` would.
        struct Entry: Sendable {
            var form: Int32
            var position: Int32
            var place: Int32
        }

        /// The groups, one after another (in no particular order), and where each starts.
        var entries: [Entry]
        var starts: [Int]
    }

    /// `forms` prepared with their keys: on `threads` worker threads (all cores unless told), each
    /// slice with a normalizer of its own (ICU's are not thread-safe). Each worker writes its
    /// forms straight into their places in both columns (the slices are disjoint), so the caller
    /// copies nothing afterwards.
    func preparedForms(_ forms: [VariantForm], threads: Int = ProcessInfo.processInfo.activeProcessorCount) -> PreparedForms {
        /// The two columns' storage, shared with the workers: each initializes only its own slice.
        struct Columns: @unchecked Sendable {
            let forms: UnsafeMutablePointer<Prepared>
            let keys: UnsafeMutablePointer<PreparedForms.Keys>
        }
        let synonyms = Self.synonymIndex(tables.synonymHeads), count = forms.count
        var keyColumn: [PreparedForms.Keys] = []
        let formColumn = [Prepared](unsafeUninitializedCapacity: count) { formBuffer, formsMade in
            keyColumn = [PreparedForms.Keys](unsafeUninitializedCapacity: count) { keyBuffer, keysMade in
                guard let formBase = formBuffer.baseAddress, let keyBase = keyBuffer.baseAddress else { return }
                let columns = Columns(forms: formBase, keys: keyBase)
                _ = concurrentSlices(of: count, size: 1024, threads: threads) { slice -> [Never] in
                    let normalizer = try? Normalizer()
                    for index in slice {
                        let prepared = prepare(forms[index], normalizer: normalizer)
                        (columns.keys + index).initialize(to: keys(of: prepared, synonyms: synonyms))
                        (columns.forms + index).initialize(to: prepared)
                    }
                    return []
                }
                keysMade = count
            }
            formsMade = count
        }
        return PreparedForms(forms: formColumn, keys: keyColumn, sharedTypoKeys: sharedTypoKeys(keyColumn, threads: threads), origin: nil)
    }

    /// What ``keys(of:synonyms:)`` looks a word up in: the synonym heads (``VariantTables/synonymHeads``)
    /// and, by word, its own head and whether it is the first word of a two-word synonym.
    struct SynonymIndex: Sendable {
        var heads: [String: String]
        var words: [String: (head: String?, startsPair: Bool)]
    }

    /// The index of `heads`: every word of a key, with its head when it is a key itself.
    static func synonymIndex(_ heads: [String: String]) -> SynonymIndex {
        var words: [String: (head: String?, startsPair: Bool)] = [:]
        for (key, head) in heads {
            if let space = key.firstIndex(of: " ") {
                words[String(key[..<space]), default: (nil, false)].startsPair = true
            } else {
                words[key, default: (nil, false)].head = head
            }
        }
        return SynonymIndex(heads: heads, words: words)
    }

    /// The keys of one prepared form; `synonyms` indexes ``VariantTables/synonymHeads``.
    func keys(of form: Prepared, synonyms: SynonymIndex) -> PreparedForms.Keys {
        typealias Reduction = PreparedForms.Keys.Reduction
        let compound = form.words.count > 1 || form.hadHyphen ? form.words.joined() : form.spaced
        // A reduplication counted once.
        var reduplication: Reduction?
        if form.hadHyphen {
            var words: [String] = []
            for word in form.words where word != words.last { words.append(word) }
            if words.count < form.words.count {
                reduplication = Reduction(key: UTF8Key(words.joined(separator: " ")), evidence: "reduplication counted once")
            }
        }
        // The clitic `-nya` on the last word.
        var clitic: Reduction?
        if let last = form.words.last, last.hasSuffix("nya"), last.count > 5, !language.nonClitics.contains(last) {
            clitic = Reduction(key: UTF8Key((form.words.dropLast() + [String(last.dropLast(3))]).joined(separator: " ")),
                               evidence: "-nya on \(last)")
        }
        // Inserted words inside a term.
        var insertion: Reduction?
        let last = form.words.count - 1
        // (Only a word between the first and the last is ever left out.)
        if form.words.count >= 3, form.words[1..<last].contains(where: tables.insertable.contains) {
            let kept = form.words.enumerated().filter { $0.offset == 0 || $0.offset == last || !tables.insertable.contains($0.element) }.map(\.element)
            insertion = Reduction(key: UTF8Key(kept.joined(separator: " ")),
                                  evidence: "inserted " + form.words.filter { tables.insertable.contains($0) }.joined(separator: ", "))
        }
        // Synonyms: a two-word synonym before a one-word one.
        // (A word is looked up once; a pair only after a word that starts one.)
        var heads: [String] = []
        heads.reserveCapacity(form.words.count)
        var index = 0
        while index < form.words.count {
            let word = form.words[index], entry = synonyms.words[word]
            if index + 1 < form.words.count, entry?.startsPair == true, let head = synonyms.heads[word + " " + form.words[index + 1]] {
                heads.append(head); index += 2
            } else {
                heads.append(entry?.head ?? word); index += 1
            }
        }
        let romanization = form.isName && !form.isAllCaps ? UTF8Key("rom:" + form.words.map(tables.romanized).joined(separator: " ")) : nil
        let concept = concepts.isEmpty ? nil : concepts[form.key] ?? (form.spaced == form.key ? nil : concepts[form.spaced])
        var initials: [String] = []
        if form.isName && !form.isTitle && form.words.count >= 2 {
            for item in self.initials(form.words) where item.count >= 3 { initials.append(item) }
        }
        return PreparedForms.Keys(key: UTF8Key(form.key), spaced: UTF8Key(form.spaced), compound: UTF8Key(compound),
                                  reduplication: reduplication, clitic: clitic, insertion: insertion,
                                  synonym: UTF8Key("syn:" + heads.joined(separator: " ")), romanization: romanization,
                                  concept: concept, initials: initials, typos: typoKeys(of: form))
    }

    /// The words of `form` a typo may be in, each with its position and deletion keys: a hash of
    /// (word count, position, the other words, one deletion variant). Forms in capitals or of more
    /// than eight words have none.
    func typoKeys(of form: Prepared) -> [(position: Int, keys: [Int])] {
        guard !form.isAllCaps && form.words.count <= 8 else { return [] }
        var lists: [(position: Int, keys: [Int])] = []
        for (position, word) in form.words.enumerated() {
            let isASCII = word.utf8.allSatisfy { $0 < 0x80 }
            let length = isASCII ? word.utf8.count : word.count
            guard length >= tables.minimumTypoWordLength else { continue }
            guard !(isASCII ? word.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) : word.contains(where: \.isNumber)) else { continue }
            var frame = Hasher()
            frame.combine(form.words.count)
            frame.combine(position)
            for (offset, other) in form.words.enumerated() where offset != position { frame.combine(other) }
            let depth = !form.isName && length >= 7 ? 2 : 1
            lists.append((position, Self.deletionKeys(of: word, depth: depth, seed: frame.finalize())))
        }
        return lists
    }

    /// The typo buckets of `prepared` (see ``typoBuckets(_:threads:)``). Forms selected from a list
    /// with shared keys take their buckets from those: each group restricted to the selected forms
    /// and renumbered, kept when it holds two entries or more but no more than
    /// ``Options/maximumBucket``, its entries in the selection's order and the buckets in the
    /// order of their first entries — what hashing the selection's keys gives, without the hashing.
    func typoBuckets(of prepared: PreparedForms, threads: Int = ProcessInfo.processInfo.activeProcessorCount) -> [[Int]] {
        guard let shared = prepared.sharedTypoKeys else { return typoBuckets(prepared.keys, threads: threads) }
        // Each form of the original list: its index in the selection, or -1.
        let origin = prepared.origin ?? Array(prepared.forms.indices)
        let most = origin.max().map { $0 + 1 } ?? 0
        var selected = [Int32](repeating: -1, count: most)
        for (index, form) in origin.enumerated() { selected[form] = Int32(index) }
        let maximum = options.maximumBucket
        // (first entry's order, entries), the order packed as (selected index, place).
        var buckets: [(first: UInt64, entries: [Int])] = []
        var kept: [(order: UInt64, entry: Int)] = []
        for group in 0..<shared.starts.count - 1 {
            kept.removeAll(keepingCapacity: true)
            for entry in shared.entries[shared.starts[group]..<shared.starts[group + 1]] {
                let form = Int(entry.form)
                guard form < most, selected[form] >= 0 else { continue }
                let index = Int(selected[form])
                kept.append((UInt64(index) << 32 | UInt64(UInt32(entry.place)), index * 8 + Int(entry.position)))
            }
            guard kept.count > 1 && kept.count <= maximum else { continue }
            kept.sort { $0.order < $1.order }
            buckets.append((kept[0].order, kept.map(\.entry)))
        }
        return buckets.sorted { $0.first < $1.first }.map(\.entries)
    }

    /// The ``SharedTypoKeys`` of `keys`.
    func sharedTypoKeys(_ keys: [PreparedForms.Keys], threads: Int) -> SharedTypoKeys {
        // Each form's first key in the order of all keys, to turn a key's order into its place.
        var firstKey = [Int32](repeating: 0, count: keys.count)
        var total: Int32 = 0
        for index in keys.indices {
            firstKey[index] = total
            for typo in keys[index].typos { total += Int32(typo.keys.count) }
        }
        var entries: [SharedTypoKeys.Entry] = [], starts = [0]
        for group in keyGroups(keys, maximum: nil, threads: threads) {
            for item in group.items {
                let form = Int(item.entry / 8)
                entries.append(SharedTypoKeys.Entry(form: Int32(form), position: Int32(item.entry % 8), place: item.sequence - firstKey[form]))
            }
            starts.append(entries.count)
        }
        return SharedTypoKeys(entries: entries, starts: starts)
    }

    /// The typo buckets of `keys` that hold two entries or more but no more than
    /// ``Options/maximumBucket``: the entries (`form * 8 + position`) that share a deletion key,
    /// each bucket in entry order, buckets in order of their first entry. (Collisions are harmless:
    /// every pair in a bucket is verified.)
    ///
    /// Every key is tagged with its place in entry order and dealt by its top bits into one of 64
    /// parts, each counted on its own in a small open-addressing table (the keys are hashes
    /// already), on `threads` worker threads. No table of every key at once: most keys are in one entry only.
    func typoBuckets(_ keys: [PreparedForms.Keys], threads: Int = ProcessInfo.processInfo.activeProcessorCount) -> [[Int]] {
        keyGroups(keys, maximum: options.maximumBucket, threads: threads).sorted { $0.first < $1.first }.map { $0.items.map { Int($0.entry) } }
    }

    /// The groups of typo entries (`form * 8 + position`) of `keys` that share a deletion key:
    /// those of two entries or more, and no more than `maximum` (nil: any number), each with the
    /// order of its first key among all keys and its entries with their keys' order, in that
    /// order; the groups in no particular order (see ``typoBuckets(_:threads:)``).
    func keyGroups(_ keys: [PreparedForms.Keys], maximum: Int?, threads: Int) -> [(first: Int32, items: [(sequence: Int32, entry: Int32)])] {
        struct Item { var key: Int; var sequence: Int32; var entry: Int32 }
        let partBits = 6, parts = 1 << partBits
        func part(_ key: Int) -> Int { Int(UInt(bitPattern: key) >> UInt(Int.bitWidth - partBits)) }
        var starts = [Int](repeating: 0, count: parts + 1)
        for index in keys.indices { for typo in keys[index].typos { for key in typo.keys { starts[part(key) + 1] += 1 } } }
        for index in 0..<parts { starts[index + 1] += starts[index] }
        let total = starts[parts]
        var next = starts
        let items = [Item](unsafeUninitializedCapacity: total) { buffer, initialized in
            var sequence: Int32 = 0
            for index in keys.indices {
                for typo in keys[index].typos {
                    for key in typo.keys {
                        let slot = part(key)
                        (buffer.baseAddress! + next[slot]).initialize(to: Item(key: key, sequence: sequence, entry: Int32(index * 8 + typo.position)))
                        next[slot] += 1
                        sequence += 1
                    }
                }
            }
            initialized = total
        }
        let maximum = maximum ?? Int.max, bounds = starts
        let found = concurrentMap(Array(0..<parts), threads: threads) { part -> [(first: Int32, items: [(sequence: Int32, entry: Int32)])] in
            let items = items[bounds[part]..<bounds[part + 1]]
            // Open addressing, linear probing, at most half full; a slot's count 0 marks it empty.
            var capacity = 16
            while capacity < 2 * items.count { capacity *= 2 }
            let mask = capacity - 1
            var slotKeys = [Int](repeating: 0, count: capacity)
            var slotCounts = [Int32](repeating: 0, count: capacity)
            var slotOfItem = [Int32](repeating: 0, count: items.count)
            for (offset, item) in items.enumerated() {
                var slot = item.key & mask
                while slotCounts[slot] != 0 && slotKeys[slot] != item.key { slot = (slot + 1) & mask }
                slotKeys[slot] = item.key
                slotCounts[slot] += 1
                slotOfItem[offset] = Int32(slot)
            }
            // Items are in entry order, so each group opens at its first entry.
            var groupOfSlot: [Int32: Int] = [:]
            var groups: [(first: Int32, items: [(sequence: Int32, entry: Int32)])] = []
            for (offset, item) in items.enumerated() {
                let slot = slotOfItem[offset], count = slotCounts[Int(slot)]
                guard count > 1 && count <= maximum else { continue }
                if let group = groupOfSlot[slot] {
                    groups[group].items.append((item.sequence, item.entry))
                } else {
                    groupOfSlot[slot] = groups.count
                    groups.append((item.sequence, [(item.sequence, item.entry)]))
                }
            }
            return groups
        }
        return Array(found.joined())
    }
}
