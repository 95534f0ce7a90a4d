/// The names one document writes with a company's legal form (`PT Garuda Indonesia`, `Garuda
/// Indonesia Tbk`, `Garuda Indonesia (Persero)`), read from its units with the tables of legal forms
/// (``LanguageTables/companyLeadForms``, ``LanguageTables/companyForms``), as the UTF-8 bytes of
/// each name as written.
///
/// Read once per document into a ``DocumentNameSet``, at the first question
/// (``MentionFinder/isRegisteredName(_:_:)`` asks only when a place would be split off a name, which
/// few documents need): one pass over the document's units.
enum LegalFormNames {
    /// The most words of a name taken beside a legal form.
    static let maximumWords = 8

    /// Every legal-form name of the document: the first words of the name after a leading form,
    /// which may go on (`PT Garuda Indonesia (Persero) Tbk` has `Garuda` and `Garuda Indonesia`), and
    /// the last words before a following form, in brackets or not.
    static func names(_ document: DocumentUnits, text: DocumentText, tables: LanguageTables) -> Set<[UInt8]> {
        var names = Set<[UInt8]>()
        let all = document.all, bytes = text.bytes
        func isNameWord(_ index: Int) -> Bool { all[index].isWord && all[index].isCapitalized }
        func add(_ first: Int, _ last: Int) {
            names.insert(Array(bytes[all[first].utf8Range.lowerBound..<all[last].utf8Range.upperBound]))
        }
        for sentence in document.sentenceRanges {
            for index in sentence where all[index].isWord {
                let unit = all[index]
                if unit.isCapitalized, tables.companyLeadForms.contains(unit.key) {
                    // `PT Garuda Indonesia …`: each run of the name's words from its first.
                    var last = index + 1
                    while last < sentence.upperBound, last - index <= maximumWords, isNameWord(last) {
                        add(index + 1, last)
                        last += 1
                    }
                } else if unit.listed(as: .companyForm) {
                    // `… Garuda Indonesia Tbk`, `… Garuda Indonesia (Persero)`: each run ending before it.
                    var first = index - 1
                    if first >= sentence.lowerBound, all[first].kind == .punctuation, all[first].key == "(" { first -= 1 }
                    let last = first
                    while first >= sentence.lowerBound, last - first < maximumWords, isNameWord(first) {
                        add(first, last)
                        first -= 1
                    }
                }
            }
        }
        return names
    }
}
