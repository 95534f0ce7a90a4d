extension VariantClustering {
    /// Every occurrence of `candidates` (the candidates these forms were made of, in the same
    /// order) whose surface is not its cluster's canonical form, in text order.
    ///
    /// Left out: definitions (two forms of one cluster side by side, `Korean Central News Agency
    /// (KCNA)`), nested occurrences (they sit inside a longer term), titled mentions (`Presiden
    /// Rusia Vladimir Putin` keeps its title: only the bare name is a form), surfaces that differ
    /// from the canonical form only in the case of their first letter (a sentence start), and any
    /// occurrence overlapping an earlier one.
    public func annotations(of candidates: [TermCandidate]) -> [VariantAnnotation] {
        var result: [VariantAnnotation] = []
        for cluster in clusters {
            let canonical = forms[cluster.canonical].surface
            let reasons = cluster.reasons
            // Two forms of one cluster side by side (`Korean Central News Agency (KCNA)`) are a
            // definition: both stay as written.
            let spans = cluster.members.flatMap { candidates[$0].occurrences.filter { !$0.isNested } }.sorted()
            var definitions = Set<TermOccurrence>()
            for (left, right) in zip(spans, spans.dropFirst()) where left.document == right.document
                && right.range.lowerBound >= left.range.upperBound && right.range.lowerBound - left.range.upperBound <= 2 {
                definitions.formUnion([left, right])
            }
            for member in cluster.members {
                let form = forms[member].surface
                for occurrence in candidates[member].occurrences where !occurrence.isNested && !definitions.contains(occurrence) {
                    let surface = occurrence.surface
                    guard surface != canonical, Self.wordCount(surface) == Self.wordCount(form) else { continue }
                    if surface.lowercased() == canonical.lowercased(),
                       surface.dropFirst() == canonical.dropFirst() { continue }
                    let kind: VariantKind
                    let evidence: String
                    if Self.spelling(surface) == Self.spelling(canonical) {
                        (kind, evidence) = surface.lowercased() == canonical.lowercased()
                            ? (.letterCase, "\(surface) = \(canonical)") : (.hyphenation, "hyphen and space alike")
                    } else if member != cluster.canonical, let edge = reasons[member] {
                        (kind, evidence) = (edge.kind, edge.evidence)
                    } else {
                        // Another surface of the canonical form's own key: only a clitic differs there.
                        (kind, evidence) = (.clitic, "-nya")
                    }
                    result.append(VariantAnnotation(document: occurrence.document, range: occurrence.range, surface: surface,
                                                    canonical: canonical, kind: kind, evidence: evidence))
                }
            }
        }
        result.sort()
        var kept: [VariantAnnotation] = []
        for annotation in result {
            if let last = kept.last, last.document == annotation.document, annotation.range.lowerBound < last.range.upperBound { continue }
            kept.append(annotation)
        }
        return kept
    }

    static func wordCount(_ text: String) -> Int {
        text.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" || $0 == "-" || $0 == "\u{2013}" }).count
    }

    static func spelling(_ text: String) -> String {
        text.lowercased().split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" || $0 == "-" || $0 == "\u{2013}" }).joined(separator: " ")
    }
}
