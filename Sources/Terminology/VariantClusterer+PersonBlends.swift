extension VariantClusterer {
    /// Joins a one-word person's name that blends the beginnings of each word of a two- or
    /// three-word person's name in one of its documents (`Jokowi` = `joko`+`wi` of `Joko Widodo`):
    /// the everyday name of a person made of their names. Each word gives two letters or more
    /// (``blendParts(_:_:)``), so a first name alone (`Joko`) is no blend; a blend that fits the
    /// names of two clusters joins neither. The blend is the lesser form.
    func joinPersonBlends(_ prepared: [Prepared], _ forms: [VariantForm], _ state: inout UnionFind, _ demoted: inout Set<Int>) {
        var byStart: [String: [Int]] = [:]
        for index in prepared.indices where forms[index].category == .person && prepared[index].isName && !prepared[index].isAllCaps
            && (2...3).contains(prepared[index].words.count) && prepared[index].words.allSatisfy({ $0.count >= 3 }) {
            byStart[String(prepared[index].words[0].prefix(2)), default: []].append(index)
        }
        guard !byStart.isEmpty else { return }
        for index in prepared.indices where forms[index].category == .person && prepared[index].isName && !prepared[index].isAllCaps
            && prepared[index].words.count == 1 && (5...12).contains(prepared[index].key.count) {
            let form = prepared[index]
            guard let candidates = byStart[String(form.key.prefix(2))], candidates.count <= options.maximumBucket else { continue }
            let blend = Array(form.key)
            let documents = Set(forms[index].documentIndices)
            var matches: [(Int, [String])] = []
            for candidate in candidates where forms[candidate].documentIndices.contains(where: documents.contains) {
                if let parts = Self.blendParts(blend, prepared[candidate].words.map { Array($0) }) { matches.append((candidate, parts)) }
            }
            let roots = Set(matches.map { state.root($0.0) })
            guard roots.count == 1, let match = matches.first, roots.first != state.root(index) else { continue }
            demoted.insert(index)
            state.union(match.0, index, kind: .blend, evidence: match.1.joined(separator: "+"))
        }
    }
}
