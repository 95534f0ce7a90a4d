extension VariantClusterer {
    /// The forms of extracted candidates: each candidate's canonical surface with its count,
    /// documents and type.
    public func forms(of candidates: [TermCandidate]) -> [VariantForm] {
        candidates.map { VariantForm($0.form, count: $0.count, documentIndices: $0.summary.documentIndices, category: $0.type) }
    }

    /// The candidates merged by cluster: one candidate per cluster, carrying the canonical
    /// member's key, form and type, the best member score, and every member's occurrences (an
    /// occurrence inside another occurrence of the same cluster, `Kim` inside `Kim Jong Un`,
    /// counts once). Best first (score, then key), like ``TermExtractor/candidates(in:)``.
    public func merged(_ candidates: [TermCandidate]) -> (candidates: [TermCandidate], clustering: VariantClustering) {
        let clustering = clusters(of: forms(of: candidates))
        var merged: [TermCandidate] = []
        for cluster in clustering.clusters {
            var term = candidates[cluster.canonical]
            guard cluster.members.count > 1 else { merged.append(term); continue }
            term.score = cluster.members.map { candidates[$0].score }.max() ?? term.score
            term.occurrences = Self.outermost(cluster.members.flatMap { candidates[$0].occurrences })
            merged.append(term)
        }
        merged.sort { ($1.score, $0.key) < ($0.score, $1.key) }
        return (merged, clustering)
    }

    /// The occurrences in text order, without duplicates and without those that lie inside
    /// another one of the list (a not-nested occurrence wins over a nested one of the same span).
    static func outermost(_ occurrences: [TermOccurrence]) -> [TermOccurrence] {
        let sorted = occurrences.sorted {
            ($0.document, $0.range.lowerBound, -$0.range.upperBound, $0.isNested ? 1 : 0)
                < ($1.document, $1.range.lowerBound, -$1.range.upperBound, $1.isNested ? 1 : 0)
        }
        var kept: [TermOccurrence] = []
        var document = -1, end = -1
        for occurrence in sorted {
            if occurrence.document != document { document = occurrence.document; end = -1 }
            // Sorted by start: an occurrence ending before the furthest end so far lies inside an earlier one.
            if occurrence.range.upperBound <= end { continue }
            end = occurrence.range.upperBound
            kept.append(occurrence)
        }
        return kept
    }
}
