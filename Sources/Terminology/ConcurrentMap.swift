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
