extension VariantClusterer {
    /// Joins a blend before a place's name (`Dinkes Depok`, `Polres Bogor`) to the organisation whose
    /// name is the blended words before the same place's name (`Dinas Kesehatan Kota Depok`, `Kepolisian
    /// Resor Bogor`): the blend (one word of four to ten letters, rare in the general language) splits
    /// into prefixes of two or three words (``blendParts(_:_:)``) before the same last words, with a
    /// settlement head before them skipped (`Kota` of `Dinas Kesehatan Kota Depok`) or blended
    /// (`Pemkot Depok` of `Pemerintah Kota Depok`). The two share a document and the blend matches
    /// one cluster only. The blend form is the lesser; it may be typed a person for want of evidence
    /// (`Dinkes Depok`): a person's name is no blend of an organisation's words before a place.
    ///
    /// - Complexity: O(n·w) for n forms of w words, and the candidates that share the last words.
    func joinPlaceBlends(_ prepared: [Prepared], _ forms: [VariantForm], _ bySpaced: [UTF8Key: Int],
                         _ state: inout UnionFind, _ demoted: inout Set<Int>) {
        var shorts: [Int] = []
        for index in prepared.indices where prepared[index].isName && prepared[index].words.count >= 2
            && forms[index].category != .title {
            let first = prepared[index].words[0]
            guard (4...10).contains(first.count), first.first != "(", statistics.zipf(of: first) < tables.commonWordZipf,
                  bySpaced[UTF8Key(prepared[index].words.dropFirst().joined(separator: " "))] != nil else { continue }
            shorts.append(index)
        }
        guard !shorts.isEmpty else { return }
        // The names of three words or more by their last words, with the words before them.
        var byRest: [String: [(index: Int, lead: [[Character]])]] = [:]
        for index in prepared.indices where prepared[index].isName && prepared[index].words.count >= 3
            && forms[index].category == .organization && !prepared[index].isTitle
            && prepared[index].words.allSatisfy({ !tables.initialsConnectors.contains($0) }) {
            let words = prepared[index].words
            for split in 2..<words.count {
                let rest = words[split...].joined(separator: " ")
                if split <= 3 { byRest[rest, default: []].append((index, words[..<split].map { Array($0) })) }
                if split >= 3, split <= 4, language.settlementHeads.contains(words[split - 1]) {
                    byRest[rest, default: []].append((index, words[..<(split - 1)].map { Array($0) }))
                }
            }
        }
        for index in shorts {
            let words = prepared[index].words
            guard let candidates = byRest[words.dropFirst().joined(separator: " ")], candidates.count <= options.maximumBucket else { continue }
            let blend = Array(words[0])
            var matches: [(index: Int, parts: [String])] = []
            for candidate in candidates where candidate.index != index
                && forms[candidate.index].sharesDocument(with: forms[index]) {
                if let parts = Self.blendParts(blend, candidate.lead) { matches.append((candidate.index, parts)) }
            }
            let roots = Set(matches.map { state.root($0.index) })
            guard roots.count == 1, let match = matches.first, roots.first != state.root(index) else { continue }
            demoted.insert(index)
            state.union(match.index, index, kind: .blend, evidence: match.parts.joined(separator: "+") + " before a place")
        }
    }
}
