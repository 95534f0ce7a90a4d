/// A document's units (``Unit``), sentence after sentence in one array, with where each sentence
/// ends: one allocation per document rather than one per sentence.
///
/// Made by ``MentionFinder/units(of:text:tables:statistics:places:cache:)``; read by the case
/// evidence (``TermExtractor/caseEvidence(_:wordCases:)``) and the mention finder
/// (``MentionFinder/mentions(units:)``), both sentence by sentence.
struct DocumentUnits: Sendable {
    /// Every unit of the document in text order.
    let all: [Unit]
    /// Where each sentence's units end in ``all``, in order: sentence `i` is
    /// `all[sentenceEnds[i - 1]..<sentenceEnds[i]]` (from 0 for the first). Nondecreasing, the last
    /// one `all.count`.
    let sentenceEnds: [Int32]

    /// Reads the facts of every unit once, in a loop whose loads do not wait on one another, so
    /// that the rules then find them in the processor's cache. Facts are seldom cached (one object
    /// per distinct key, made long before), and without this the rules' first read of each unit's
    /// facts (``MentionFinder/titleHead(_:at:)`` reads most) waits for memory one unit at a time.
    func warmFacts() {
        var listings: UInt64 = 0
        for unit in all { listings |= unit.facts.listings.rawValue }
        Self.keep(listings)
    }

    /// Takes `value`, so that the loads of ``warmFacts()`` are not optimized away.
    @_optimize(none) private static func keep(_ value: UInt64) {}

    /// The place of each sentence's units in ``all``, in order (without an array of them).
    var sentenceRanges: some Sequence<Range<Int>> {
        sentenceEnds.indices.lazy.map { [sentenceEnds] index in
            (index == 0 ? 0 : Int(sentenceEnds[index - 1]))..<Int(sentenceEnds[index])
        }
    }
}
