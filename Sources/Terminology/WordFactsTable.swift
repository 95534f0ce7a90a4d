import Segmentation

/// One thread's table of word facts in front of the shared, locked ``WordFactsCache``: a key of at
/// most 15 UTF-8 bytes (nearly every token) is packed into two words and found by open addressing,
/// with no lock, no hash of the string and no reference counting; a key not found here is looked
/// up in the shared cache and kept. Longer keys always go to the shared cache.
///
/// It also remembers, per key, which facts the current document took (``facts(of:kind:shared:)``):
/// a key whose facts depend on the token kind keeps the facts of its first kind in a document
/// for all of that document.
///
/// Not thread-safe: a preparing thread takes one from its cache (``WordFactsCache/withTable(_:)``)
/// for the length of a document, and tables move between threads only through that cache's lock
/// (hence `@unchecked Sendable`). It refers to the cache's facts without owning them, so it must
/// not outlive its cache (the cache owns it). Memory grows with the distinct keys its threads have seen.
final class WordFactsTable: @unchecked Sendable {
    /// A key's ``WordFactsCache/Entry``, referred to without counting (the cache keeps it): no
    /// retain or release when a slot is read, or when its facts are handed to a ``Unit``.
    struct Slot {
        let word: Unmanaged<WordFacts>
        /// ``word`` itself unless the facts depend on the kind.
        let other: Unmanaged<WordFacts>
        /// Whether ``word`` and ``other`` differ.
        var kindMatters: Bool { word.toOpaque() != other.toOpaque() }

        /// The slot of `entry`.
        init(_ entry: WordFactsCache.Entry) {
            word = .passUnretained(entry.word)
            other = entry.kindMatters ? .passUnretained(entry.other) : word
        }

        /// A slot of these facts.
        init(word: Unmanaged<WordFacts>, other: Unmanaged<WordFacts>) {
            self.word = word
            self.other = other
        }
    }

    /// A key and its slot side by side, so that a lookup that finds its key at the first probe
    /// reads one cache line (the table outgrows the processor's caches: one miss per word), and
    /// so does the choice of a key whose facts depend on the kind (32 bytes, two to a line).
    struct Bucket {
        /// The packed key (``packed(_:)``), zero where the bucket is empty.
        var key: SIMD2<UInt64>
        /// The key's facts as a word token (nil where the bucket is empty).
        var word: Unmanaged<WordFacts>?
        /// Where the key's facts as any other token are in ``others``, or ``sameFacts`` when
        /// they are ``word`` itself (the facts do not depend on the kind).
        var other: UInt32
        /// `document << 1 | 1` when the document numbered `document` took the key's word facts,
        /// `document << 1` when it took the other facts; older numbers mean nothing.
        var choice: UInt32

        /// An empty bucket.
        static let empty = Bucket(key: .zero, word: nil, other: sameFacts, choice: 0)
        /// ``other`` of a key whose facts are the same for every kind.
        static let sameFacts = UInt32.max
    }

    /// `capacity` buckets, a power of two.
    @exclusivity(unchecked) private var buckets: UnsafeMutablePointer<Bucket>
    @exclusivity(unchecked) private var capacity: Int
    @exclusivity(unchecked) private var count = 0
    /// `64 − log2(capacity)`: the hash's top bits pick the index.
    @exclusivity(unchecked) private var shift: UInt64
    /// The other facts of the keys whose facts depend on the kind (a few), by ``Bucket/other``.
    @exclusivity(unchecked) private var others: [Unmanaged<WordFacts>] = []
    /// The current document's number (from 1; see ``beginDocument()``).
    @exclusivity(unchecked) private var document: UInt32 = 0
    /// The current document's choices for keys too long to pack, by their word facts' identity.
    @exclusivity(unchecked) private var longKeyChoices: [ObjectIdentifier: Unmanaged<WordFacts>] = [:]

    /// An empty table with room for `capacity` keys' slots (rounded up to a power of two, at least 16).
    init(capacity: Int = 1 << 14) {
        var size = 16
        while size < capacity { size <<= 1 }
        self.capacity = size
        buckets = .allocate(capacity: size)
        buckets.initialize(repeating: .empty, count: size)
        shift = UInt64(64 - size.trailingZeroBitCount)
    }

    deinit {
        buckets.deallocate()
    }

    /// Starts a document: the facts the documents before took no longer bind.
    func beginDocument() {
        document += 1
        longKeyChoices.removeAll(keepingCapacity: true)
    }

    /// The facts of `key` as a token of `kind` in the current document: the key's only facts, or
    /// for a key whose facts depend on the kind, those of the kind it first had in this document.
    /// Uncounted: the cache keeps them as long as this table.
    func facts(of key: String, kind: TokenKind, shared: (String) -> WordFactsCache.Entry) -> Unmanaged<WordFacts> {
        guard let packed = Self.packed(key) else {
            let entry = Slot(shared(key))
            if !entry.kindMatters { return entry.word }
            let id = ObjectIdentifier(entry.word.takeUnretainedValue())
            if let chosen = longKeyChoices[id] { return chosen }
            let chosen = kind == .word ? entry.word : entry.other
            longKeyChoices[id] = chosen
            return chosen
        }
        return facts(packed: packed, kind: kind, key: { key }, shared: shared)
    }

    /// ``facts(of:kind:shared:)`` for a key of at most 15 bytes given as its UTF-8 bytes packed
    /// little-endian into `words` (zero after the last of its `count` bytes), as
    /// ``Segmentation/Token/inlineKey`` gives it: `key` makes its string only for a key this
    /// table does not hold yet.
    @inline(__always)
    func facts(ofBytes words: SIMD2<UInt64>, count: Int, kind: TokenKind, key: () -> String,
               shared: (String) -> WordFactsCache.Entry) -> Unmanaged<WordFacts> {
        facts(packed: Self.packed(bytes: words, count: count), kind: kind, key: key, shared: shared)
    }

    /// A key of `count` bytes (at most 15) given as ``Segmentation/Token/inlineKey`` gives it,
    /// packed as ``packed(_:)`` packs its string.
    @inline(__always)
    static func packed(bytes words: SIMD2<UInt64>, count: Int) -> SIMD2<UInt64> {
        SIMD2(words.x, words.y | UInt64(truncatingIfNeeded: count + 1) << 56)
    }

    /// The facts of the key packed as `packed` (``packed(_:)``), whose string `key` makes.
    private func facts(packed: SIMD2<UInt64>, kind: TokenKind, key: () -> String,
                       shared: (String) -> WordFactsCache.Entry) -> Unmanaged<WordFacts> {
        let index = index(of: packed, key: key, shared: shared)  // (may grow the table: read `buckets` after)
        let bucket = buckets[index]
        if bucket.other == Bucket.sameFacts { return bucket.word! }
        let takesWord: Bool
        if bucket.choice >> 1 == document {
            takesWord = bucket.choice & 1 == 1
        } else {
            takesWord = kind == .word
            buckets[index].choice = document << 1 | (takesWord ? 1 : 0)
        }
        return takesWord ? bucket.word! : others[Int(bucket.other)]
    }

    /// The number of keys held.
    var keyCount: Int { count }

    /// The slot of `key`: from this table, else from `shared` (which makes the entry if need be),
    /// kept here for the next time.
    func slot(of key: String, shared: (String) -> WordFactsCache.Entry) -> Slot {
        guard let packed = Self.packed(key) else { return Slot(shared(key)) }
        let index = index(of: packed, key: { key }, shared: shared)  // (may grow the table: read `buckets` after)
        let bucket = buckets[index]
        return Slot(word: bucket.word!, other: bucket.other == Bucket.sameFacts ? bucket.word! : others[Int(bucket.other)])
    }

    /// The index of the slot of the key packed as `packed`, made from `shared` (given the key's
    /// string, which `key` makes) if need be.
    private func index(of packed: SIMD2<UInt64>, key: () -> String, shared: (String) -> WordFactsCache.Entry) -> Int {
        let mask = capacity - 1
        var index = index(of: packed)
        while buckets[index].key != .zero {
            if buckets[index].key == packed { return index }
            index = (index + 1) & mask
        }
        let slot = Slot(shared(key()))
        var other = Bucket.sameFacts
        if slot.kindMatters {
            other = UInt32(others.count)
            others.append(slot.other)
        }
        buckets[index] = Bucket(key: packed, word: slot.word, other: other, choice: 0)
        count += 1
        guard count * 2 > capacity else { return index }
        grow()
        return self.index(of: packed, key: key, shared: shared)
    }

    /// `key`'s bytes little-endian in two words, with its length plus one in the top byte (so
    /// that no key packs to zero); nil for a key longer than 15 bytes. Read with at most two
    /// unaligned loads per word (overlapping ones for the tail), never past the key's bytes.
    static func packed(_ key: String) -> SIMD2<UInt64>? {
        var key = key
        return key.withUTF8 { bytes -> SIMD2<UInt64>? in
            let count = bytes.count
            guard count <= 15 else { return nil }
            var low: UInt64 = 0, high: UInt64 = 0
            if count >= 8 {
                let base = UnsafeRawPointer(bytes.baseAddress!)
                low = base.loadUnaligned(as: UInt64.self)
                // The last eight bytes, shifted so that byte 8 comes first.
                if count > 8 { high = base.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self) >> (8 * UInt64(16 - count)) }
            } else if count >= 4 {
                let base = UnsafeRawPointer(bytes.baseAddress!)
                // The first and the last four bytes; where they overlap they agree.
                low = UInt64(base.loadUnaligned(as: UInt32.self))
                    | UInt64(base.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)) << (8 * UInt64(count - 4))
            } else {
                for index in 0..<count { low |= UInt64(bytes[index]) << (8 * UInt64(index)) }
            }
            return SIMD2(low, high | UInt64(count + 1) << 56)
        }
    }

    /// The first index to try for `packed` (multiplicative hashing).
    private func index(of packed: SIMD2<UInt64>) -> Int {
        let mixed = (packed.x ^ (packed.y &* 0x9E37_79B9_7F4A_7C15)) &* 0xBF58_476D_1CE4_E5B9
        return Int(truncatingIfNeeded: mixed >> shift)
    }

    /// Doubles the capacity and places every key again.
    private func grow() {
        let oldBuckets = buckets, oldCapacity = capacity
        capacity *= 2
        shift -= 1
        buckets = .allocate(capacity: capacity)
        buckets.initialize(repeating: .empty, count: capacity)
        let mask = capacity - 1
        for old in 0..<oldCapacity where oldBuckets[old].key != .zero {
            var index = index(of: oldBuckets[old].key)
            while buckets[index].key != .zero { index = (index + 1) & mask }
            buckets[index] = oldBuckets[old]
        }
        oldBuckets.deallocate()
    }
}
