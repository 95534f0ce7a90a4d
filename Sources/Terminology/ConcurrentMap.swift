import Dispatch
import Foundation
import Synchronization

/// `items.map(transform)` on `threads` worker threads (all cores unless told), results in the
/// order of `items`. The items are dealt in up to 64 interleaved chunks; each worker takes the next
/// chunk not yet taken, so a worker slowed by other work leaves its chunks to the others. With one
/// thread, everything runs on the caller's.
func concurrentMap<Item: Sendable, Output: Sendable>(_ items: [Item], threads: Int = ProcessInfo.processInfo.activeProcessorCount,
                                                     _ transform: @Sendable (Item) -> Output) -> [Output] {
    let results = Mutex<[Int: Output]>([:])
    let chunks = max(1, min(items.count, 64))
    let next = Atomic<Int>(0)
    DispatchQueue.concurrentPerform(iterations: max(1, min(threads, chunks))) { _ in
        var local: [Int: Output] = [:]
        while true {
            let chunk = next.wrappingAdd(1, ordering: .relaxed).oldValue
            guard chunk < chunks else { break }
            for index in stride(from: chunk, to: items.count, by: chunks) { local[index] = transform(items[index]) }
        }
        let done = local
        results.withLock { $0.merge(done) { a, _ in a } }
    }
    return results.withLock { all in (0..<items.count).map { all[$0]! } }
}

/// `transform` of each slice of `0..<count` (consecutive, at most `size` indices) on `threads`
/// worker threads (all cores unless told), the slices' results joined in order: for work that sets
/// up something per slice.
func concurrentSlices<Output: Sendable>(of count: Int, size: Int, threads: Int = ProcessInfo.processInfo.activeProcessorCount,
                                        _ transform: @Sendable (Range<Int>) -> [Output]) -> [Output] {
    let slices = stride(from: 0, to: count, by: size).map { $0..<min(count, $0 + size) }
    return concurrentMap(slices, threads: threads, transform).flatMap { $0 }
}

/// Drops `value` on another thread (see ``Discard``): freeing a large structure of many small
/// objects (the clusterer's prepared forms, a list of candidates) takes a while that the caller
/// need not wait for. The caller must hold no other reference that outlives the call. With
/// `threads` 1 (one worker) it is dropped here.
func releaseInBackground<Value: Sendable>(_ value: consuming Value, threads: Int = 2) {
    let discard = Discard(consume value)
    discard.release(threads: threads)
}
