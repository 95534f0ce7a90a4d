import Dispatch
import Terminology

/// Adds batches of prepared documents to a ``TermAccumulator`` on a serial queue of its own, one
/// batch at a time and in the order given, so that the caller can read and prepare the next batch
/// meanwhile. Only the queue touches the accumulator between the first ``add(_:)`` and ``wait()``.
///
/// Up to ``queued`` batches wait or are being added while the caller prepares one more: with
/// two, the caller keeps preparing while the queue finishes a batch on one core (grouping its
/// mentions is serial), instead of waiting for it. Memory holds at most `queued + 1` batches.
final class BatchAdder: @unchecked Sendable {
    /// Batches handed over and not yet added, at most.
    static let queued = 2

    private let accumulator: TermAccumulator
    private let queue = DispatchQueue(label: "istilah.batch-adder")
    /// One unit per batch that may still be handed over without waiting.
    private let room = DispatchSemaphore(value: queued)

    init(_ accumulator: TermAccumulator) { self.accumulator = accumulator }

    /// Waits while ``queued`` batches are pending, then adds `documents` in the background.
    func add(_ documents: [PreparedDocument]) {
        room.wait()
        queue.async {
            self.accumulator.add(documents)
            self.room.signal()
        }
    }

    /// Waits until every batch is added.
    func wait() { queue.sync {} }
}
