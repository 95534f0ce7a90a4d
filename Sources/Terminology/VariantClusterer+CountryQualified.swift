extension VariantClusterer {
    /// Joins an organisation's one-word short name to its two-word name that adds a country
    /// (`Garuda` of `Garuda Indonesia`, `Telkom` of `Telkom Indonesia`): the country qualifies the
    /// company, the short name is the same company. The country is a place of the termbase and a
    /// form of the texts typed a place (not `City` of `Leicester City`, nor `Astra` of `Toyota-Astra`:
    /// no hyphen); the two forms share a document; the short name is no person and its word a proper
    /// word (``isProperWord(_:)``: not `Bank` of `Bank Indonesia`).
    /// A short name before two countries (`Toyota Indonesia`, `Toyota Jepang`) joins neither. The
    /// short name is the lesser form.
    func joinCountryQualifiedNames(_ prepared: [Prepared], _ forms: [VariantForm], _ bySpaced: [UTF8Key: Int],
                                   _ state: inout UnionFind, _ demoted: inout Set<Int>) {
        var byFirstWord: [String: [Int]] = [:]
        for index in prepared.indices where forms[index].category == .organization && prepared[index].isName
            && prepared[index].words.count == 2 && !prepared[index].isAllCaps && !prepared[index].hadHyphen {
            guard concepts[prepared[index].words[1]] != nil,
                  let country = bySpaced[UTF8Key(prepared[index].words[1])], forms[country].category == .location,
                  forms[country].sharesDocument(with: forms[index]) else { continue }
            byFirstWord[prepared[index].words[0], default: []].append(index)
        }
        for (word, names) in byFirstWord.sorted(by: { $0.key < $1.key }) {
            guard names.count == 1, let name = names.first, let short = bySpaced[UTF8Key(word)], prepared[short].isName,
                  !prepared[short].isAllCaps, forms[short].category != .person, forms[short].category != .term,
                  isProperWord(word), state.root(short) != state.root(name),
                  forms[short].sharesDocument(with: forms[name]) else { continue }
            demoted.insert(short)
            state.union(name, short, kind: .partialName, evidence: "name before a country")
        }
    }

    /// Whether `word` is no common word of the lexicon (tagged a proper noun or unknown) and heads
    /// no kind of name (`bank`, `universitas`, `piala`: ``LanguageTables/organizationHeads`` and the like).
    func isProperWord(_ word: String) -> Bool {
        let tag = statistics.tags[word]
        guard tag == nil || tag == "NNP" else { return false }
        return ![language.organizationHeads, language.eventHeads, language.placeHeads, language.settlementHeads, language.partyHeads,
                 language.documentHeads, language.productHeads, language.areaHeads].contains { $0.contains(word) }
    }
}
