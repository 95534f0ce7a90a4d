import Dispatch
import Terminology

/// Adds batches of prepared documents to a ``TermAccumulator`` on a serial queue of its own, one
/// batch at a time and in the order given, so that the caller can read and prepare the next batch
/// meanwhile. Only the queue touches the accumulator between the first ``add(_:)`` and ``wait()``.
final class BatchAdder: @unchecked Sendable {
    private let accumulator: TermAccumulator
    private let queue = DispatchQueue(label: "istilah.batch-adder")
    private let pending = DispatchGroup()

    init(_ accumulator: TermAccumulator) { self.accumulator = accumulator }

    /// Waits for the batch before (so that at most two batches are held), then adds `documents` in the background.
    func add(_ documents: [PreparedDocument]) {
        pending.wait()
        queue.async(group: pending) { self.accumulator.add(documents) }
    }

    /// Waits until every batch is added.
    func wait() { pending.wait() }
}
