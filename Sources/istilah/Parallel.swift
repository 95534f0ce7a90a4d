import Dispatch
import Synchronization

/// Runs `work` over `items` on up to `threads` threads; each thread first builds its own
/// `context` (an ICU-owning `Segmenter` is not thread-safe: one per thread). Results keep
/// the order of `items`, so output does not depend on scheduling.
func parallelMap<Item: Sendable, Context, Output: Sendable>(
    _ items: [Item], threads: Int,
    context: @Sendable () throws -> Context,
    work: @Sendable (inout Context, Item) throws -> Output
) throws -> [Output] {
    let results = Mutex<[Int: Result<Output, any Error>]>([:])
    let workers = max(1, min(threads, items.count))
    DispatchQueue.concurrentPerform(iterations: workers) { worker in
        var local: [Int: Result<Output, any Error>] = [:]
        do {
            var state = try context()
            for index in stride(from: worker, to: items.count, by: workers) {
                local[index] = Result { try work(&state, items[index]) }
            }
        } catch {
            for index in stride(from: worker, to: items.count, by: workers) { local[index] = .failure(error) }
        }
        let done = local
        results.withLock { $0.merge(done) { a, _ in a } }
    }
    return try results.withLock { all in try (0..<items.count).map { try all[$0]!.get() } }
}

/// ``parallelMap(_:threads:context:work:)`` for work that needs no per-thread context and cannot fail.
func parallelMap<Item: Sendable, Output: Sendable>(_ items: [Item], threads: Int, work: @Sendable (Item) -> Output) -> [Output] {
    // Nothing here throws: `work` cannot.
    try! parallelMap(items, threads: threads, context: {}) { _, item in work(item) }
}
