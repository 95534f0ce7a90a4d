extension VariantClusterer {
    /// Joins a two-letter initialism typed an organisation (`PD`) to the one organisation named by
    /// two content words with those initials (`Partai Demokrat`) in its documents: every document
    /// of the short form names that organisation, and no other organisation of those documents has
    /// the initials. Two letters are too few to spell out across documents (`PD` is also `Perang
    /// Dunia`, `Pemuda Demokrat`), so only the short form's own documents decide. A short form the
    /// texts define is left to the definitions.
    ///
    /// - Complexity: O(n·w) for n forms of w words, and the documents of the candidates.
    func joinTwoLetterInitials(_ prepared: [Prepared], _ forms: [VariantForm], _ state: inout UnionFind) {
        var shorts: [String: [Int]] = [:]
        for index in prepared.indices where prepared[index].isAllCaps && prepared[index].key.utf8.count == 2
            && forms[index].category == .organization && definitions[prepared[index].spaced] == nil {
            shorts[prepared[index].key, default: []].append(index)
        }
        guard !shorts.isEmpty else { return }
        var longs: [String: [Int]] = [:]
        for index in prepared.indices where forms[index].category == .organization && prepared[index].isName
            && !prepared[index].isTitle && prepared[index].words.count >= 2 {
            // (Not a name that holds the short form as a word: `TK Ku` is no spelling-out of `TK`.)
            for item in initials(prepared[index].words) where item.utf8.count == 2 && shorts[item] != nil
                && !prepared[index].words.contains(item) {
                longs[item, default: []].append(index)
            }
        }
        for key in shorts.keys.sorted() {
            guard let candidates = longs[key] else { continue }
            for index in shorts[key]! {
                let documents = forms[index].documentIndices
                // The roots of the candidates named in the short form's documents, each with its first member.
                var roots: [(root: Int, first: Int)] = []
                for candidate in candidates where forms[candidate].sharesDocument(with: forms[index]) {
                    let root = state.root(candidate)
                    if !roots.contains(where: { $0.root == root }) { roots.append((root, candidate)) }
                }
                guard roots.count == 1, roots[0].root != state.root(index) else { continue }
                let named = candidates.filter { state.root($0) == roots[0].root }
                guard documents.allSatisfy({ document in named.contains { forms[$0].documentIndices.contains(document) } }) else { continue }
                state.union(roots[0].first, index, kind: .acronym, evidence: "initials " + key.uppercased().map(String.init).joined(separator: "+"))
            }
        }
    }
}
