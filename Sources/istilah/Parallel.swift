import Dispatch
import Synchronization

/// Runs `work` over `items` on up to `threads` threads; each thread first builds its own
/// `context` (an ICU-owning `Segmenter` is not thread-safe: one per thread). Results keep
/// the order of `items`, so output does not depend on scheduling; the first failure in that
/// order is thrown.
///
/// Each thread takes the next item not yet taken (not a fixed share), so a thread slowed by
/// other work (the batch adder's, another process's) leaves its items to the others.
func parallelMap<Item: Sendable, Context, Output: Sendable>(
    _ items: [Item], threads: Int,
    context: @Sendable () throws -> Context,
    work: @Sendable (inout Context, Item) throws -> Output
) throws -> [Output] {
    let results = ResultSlots<Output>(count: items.count)
    defer { results.deallocate() }
    let next = Atomic<Int>(0)
    let workers = max(1, min(threads, items.count))
    DispatchQueue.concurrentPerform(iterations: workers) { _ in
        var state: Context
        do {
            state = try context()
        } catch {
            // This thread takes no item: the others take them all (and fail alike, the context
            // being the same for every thread), unless every thread failed here.
            results.noteContextFailure(error)
            return
        }
        while true {
            let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
            guard index < items.count else { break }
            results.set(index, Result { try work(&state, items[index]) })
        }
    }
    return try results.outputs()
}

/// ``parallelMap(_:threads:context:work:)`` for work that needs no per-thread context and cannot fail.
func parallelMap<Item: Sendable, Output: Sendable>(_ items: [Item], threads: Int, work: @Sendable (Item) -> Output) -> [Output] {
    // Nothing here throws: `work` cannot.
    try! parallelMap(items, threads: threads, context: {}) { _, item in work(item) }
}

/// The results of ``parallelMap(_:threads:context:work:)``, one slot per item, each written by
/// the one thread that took its item (an atomic counter hands each index out once) and read only
/// after every thread is done: no lock. Hence `@unchecked Sendable`.
private final class ResultSlots<Output>: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<Result<Output, any Error>?>
    /// A thread's failure to make its context (the first one kept).
    private let contextFailure = Mutex<(any Error)?>(nil)

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    /// Keeps the result of item `index`; called once per index.
    func set(_ index: Int, _ result: Result<Output, any Error>) { slots[index] = result }

    /// Notes that a thread could not make its context.
    func noteContextFailure(_ error: any Error) {
        contextFailure.withLock { if $0 == nil { $0 = error } }
    }

    /// The outputs in item order, or the first failure in that order (an item no thread took
    /// fails with the context's failure).
    func outputs() throws -> [Output] {
        try slots.map { result in
            guard let result else { throw contextFailure.withLock { $0 }! }
            return try result.get()
        }
    }

    /// Frees the slots (their results are destroyed).
    func deallocate() {
        _ = slots.deinitialize()
        slots.deallocate()
    }
}
