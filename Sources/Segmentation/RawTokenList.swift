/// A growable list of ``RawToken``s in memory it manages itself, reused from one cluster to
/// the next: appending and emptying are a few instructions, without the uniqueness checks and
/// generic calls of `Array`. The owner calls ``deallocate()`` when done.
struct RawTokenList {
    private var base: UnsafeMutablePointer<RawToken>
    private var capacity: Int
    /// The number of tokens in the list.
    private(set) var count = 0

    init(capacity: Int = 16) {
        self.capacity = max(capacity, 1)
        base = .allocate(capacity: self.capacity)
    }

    /// The tokens in the list (valid until the next change).
    var tokens: UnsafeBufferPointer<RawToken> { UnsafeBufferPointer(start: base, count: count) }

    /// Adds `token` at the end.
    @inline(__always)
    mutating func append(_ token: RawToken) {
        if count == capacity { grow() }
        (base + count).initialize(to: token)
        count += 1
    }

    /// Adds `tokens` at the end.
    mutating func append(contentsOf tokens: UnsafeBufferPointer<RawToken>) {
        for token in tokens { append(token) }
    }

    /// Empties the list, keeping its memory.
    @inline(__always)
    mutating func removeAll() { count = 0 }   // RawToken is trivial: nothing to deinitialize

    /// Frees the memory; the list is empty afterwards and must not be used again.
    mutating func deallocate() {
        base.deallocate()
        count = 0
        capacity = 0
    }

    private mutating func grow() {
        let larger = UnsafeMutablePointer<RawToken>.allocate(capacity: capacity * 2)
        larger.moveInitialize(from: base, count: count)
        base.deallocate()
        base = larger
        capacity *= 2
    }
}
