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
    /// Throws ``TemporaryFileError`` when the accumulator's file cannot be read back.
    public func occurrences(ofCandidatesIn range: Range<Int>) throws -> [[TermOccurrence]] {
        try tally.occurrences(of: members, in: range)
    }

    /// ``occurrences(ofCandidatesIn:)`` without the surfaces: what a writer needs, in a third of
    /// the memory and without a string to retain and release per occurrence.
    /// Throws ``TemporaryFileError`` when the accumulator's file cannot be read back.
    public func spans(ofCandidatesIn range: Range<Int>) throws -> [ArraySlice<TermSpan>] {
        try tally.spans(of: members, in: range)
    }

    /// The candidates joined as `groups` say (indices into `candidates`, each index in one group,
    /// groups in output order): each group is one candidate with the first member's key, form and
    /// type, the best score, and the union of the members' occurrences, counted again from the file.
    /// Returns the joined candidates and the source of their occurrences.
    /// Throws ``TemporaryFileError`` when the accumulator's file cannot be read back.
    public func joining(_ candidates: [TermCandidate], into groups: [[Int]]) throws -> (candidates: [TermCandidate], occurrences: TermOccurrenceSource) {
        let joinedMembers = groups.map { $0.flatMap { members[$0] } }
        let multiple = groups.indices.filter { groups[$0].count > 1 }
        var summaries = try tally.summaries(ofUnions: multiple.map { joinedMembers[$0] })[...]
        let joined = groups.map { group -> TermCandidate in
            let first = candidates[group[0]]
            guard group.count > 1 else { return first }
            return TermCandidate(key: first.key, form: first.form, type: first.type,
                                 score: group.map { candidates[$0].score }.max() ?? first.score, summary: summaries.removeFirst())
        }
        return (joined, TermOccurrenceSource(tally: tally, members: joinedMembers))
    }
}
