extension VariantClusterer {
    /// Joins a place written after its settlement head (`kota Depok`, `Provinsi Jawa Barat`: ``LanguageTables/settlementHeads``)
    /// to the place's name alone (`Depok`), which stays canonical: the head says what kind of place
    /// the name is, not another place. Both are typed places (the headed form may be untyped). A name
    /// written after two different heads (`Kota Bogor`, `Kabupaten Bogor`: a city and a regency) joins
    /// neither. `ibukota` is no head here (`ibukota Indonesia` is Jakarta); a head written in lowercase
    /// must be one of ``LanguageTables/lowercaseSettlementHeads`` (not `salah satu provinsi Filipina`).
    ///
    /// Joins an airline's name (`Sriwijaya Air`: ``LanguageTables/airlineWords``) to its name without the airline word
    /// (`Sriwijaya`) in a document they share, when the short name is one word or more, no person, term,
    /// place (`Qatar` of `Qatar Airways` is the country) or common word (``isProperWord(_:)``: not `Bintang`
    /// of `Bintang Air`). The short name is the lesser form.
    ///
    /// - Complexity: O(n·w) for n forms of w words.
    func joinHeadedNames(_ prepared: [Prepared], _ forms: [VariantForm], _ bySpaced: [UTF8Key: Int],
                         _ state: inout UnionFind, _ demoted: inout Set<Int>) {
        var places: [Int: (head: String, forms: [Int])] = [:]
        var ambiguous = Set<Int>()
        for index in prepared.indices where prepared[index].words.count >= 2 {
            let words = prepared[index].words
            let category = forms[index].category
            if category == .location || category == nil, words[0] != "ibukota", language.settlementHeads.contains(words[0]),
               language.lowercaseSettlementHeads.contains(words[0]) || forms[index].surface.first?.isUppercase == true,
               let bare = bySpaced[UTF8Key(words.dropFirst().joined(separator: " "))], bare != index,
               prepared[bare].isName, forms[bare].category == .location {
                if let known = places[bare], known.head != words[0] { ambiguous.insert(bare) }
                places[bare, default: (words[0], [])].forms.append(index)
            }
            if category == .organization, prepared[index].isName, !prepared[index].hadHyphen, language.airlineWords.contains(words[words.count - 1]),
               let short = bySpaced[UTF8Key(words.dropLast().joined(separator: " "))], prepared[short].isName,
               !prepared[short].isAllCaps, forms[short].category != .person, forms[short].category != .term,
               forms[short].category != .location, forms[short].category != .title,
               words.count > 2 || isProperWord(words[0]), state.root(short) != state.root(index),
               forms[short].sharesDocument(with: forms[index]) {
                demoted.insert(short)
                state.union(index, short, kind: .partialName, evidence: "name before an airline word")
            }
        }
        for (bare, headed) in places.sorted(by: { $0.key < $1.key }) where !ambiguous.contains(bare) {
            for index in headed.forms where state.root(bare) != state.root(index) {
                demoted.insert(index)
                state.union(bare, index, kind: .partialName, evidence: "name after a settlement head")
            }
        }
    }
}
