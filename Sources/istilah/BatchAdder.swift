import Dispatch
import Terminology

/// Adds batches of prepared documents to a ``TermAccumulator`` in two stages on queues of their
/// own, one batch at a time in each and in the order given: the mentions of a batch are found
/// (``TermAccumulator/findMentions(in:)``, on every worker thread) while the batch before is
/// grouped (``TermAccumulator/group(_:)``, serial), and the caller reads and prepares the next
/// batch meanwhile. Only the two queues touch the accumulator between the first ``add(_:)`` and
/// ``wait()``, each its own half of it.
///
/// Up to ``queued`` batches wait, have their mentions found or are being grouped while the caller
/// prepares one more: with two, one batch's mentions are found while the one before is grouped, so
/// no core idles through the serial grouping. Memory holds at most `queued + 1` batches.
final class BatchAdder: @unchecked Sendable {
    /// Batches handed over and not yet grouped, at most.
    static let queued = 2

    private let accumulator: TermAccumulator
    private let finding = DispatchQueue(label: "istilah.batch-finding")
    private let grouping = DispatchQueue(label: "istilah.batch-grouping")
    /// One unit per batch that may still be handed over without waiting.
    private let room = DispatchSemaphore(value: queued)

    init(_ accumulator: TermAccumulator) { self.accumulator = accumulator }

    /// Waits while ``queued`` batches are pending, then adds `documents` in the background.
    func add(_ documents: [PreparedDocument]) {
        room.wait()
        finding.async {
            let found = self.accumulator.findMentions(in: documents)
            // Handed over from the serial finding queue: batches reach the grouping queue in order.
            self.grouping.async {
                self.accumulator.group(found)
                self.room.signal()
            }
        }
    }

    /// Waits until every batch is added.
    func wait() {
        finding.sync {}
        grouping.sync {}
    }
}
