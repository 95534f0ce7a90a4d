/// The occurrences of merged candidates (``TermAccumulator/mergedCandidates(clusteredBy:)``),
/// read back from the accumulator's file a range of candidates at a time, so that a writer
/// holds the occurrences of only the candidates it is writing.
public struct TermOccurrenceSource {
    let tally: OccurrenceTally
    /// The groups of each candidate, index for index.
    let members: [[Int]]

    /// The occurrences of the candidates at `range`, in text order (as ``TermCandidate/occurrences``
    /// would hold them), by candidate. Each call reads every occurrence of the input once: ask for
    /// ranges as large as memory allows.
    public func occurrences(ofCandidatesIn range: Range<Int>) -> [[TermOccurrence]] {
        tally.occurrences(of: members, in: range)
    }
}
