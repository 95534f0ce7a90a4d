import Dispatch
import Synchronization

/// `items.map(transform)` on all cores, results in the order of `items`.
func concurrentMap<Item: Sendable, Output: Sendable>(_ items: [Item], _ transform: @Sendable (Item) -> Output) -> [Output] {
    let results = Mutex<[Int: Output]>([:])
    let chunks = max(1, min(items.count, 64))
    DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
        var local: [Int: Output] = [:]
        for index in stride(from: chunk, to: items.count, by: chunks) { local[index] = transform(items[index]) }
        let done = local
        results.withLock { $0.merge(done) { a, _ in a } }
    }
    return results.withLock { all in (0..<items.count).map { all[$0]! } }
}

/// `transform` of each slice of `0..<count` (consecutive, at most `size` indices) on all cores,
/// the slices' results joined in order: for work that sets up something per slice.
func concurrentSlices<Output: Sendable>(of count: Int, size: Int, _ transform: @Sendable (Range<Int>) -> [Output]) -> [Output] {
    let slices = stride(from: 0, to: count, by: size).map { $0..<min(count, $0 + size) }
    return concurrentMap(slices, transform).flatMap { $0 }
}

/// Drops `value` on another thread: freeing a large structure of many small objects (the
/// clusterer's prepared forms, a list of candidates) takes a while that the caller need not wait
/// for. The caller must hold no other reference that outlives the call.
func releaseInBackground<Value: Sendable>(_ value: consuming Value) {
    DispatchQueue.global(qos: .utility).async { [value] in withExtendedLifetime(value) {} }
}
