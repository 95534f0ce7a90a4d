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

    /// The place of each sentence's units in ``all``, in order (without an array of them).
    var sentenceRanges: some Sequence<Range<Int>> {
        sentenceEnds.indices.lazy.map { [sentenceEnds] index in
            (index == 0 ? 0 : Int(sentenceEnds[index - 1]))..<Int(sentenceEnds[index])
        }
    }
}
