/// The names one document writes on their own: each run of capitalized words inside a sentence
/// (not at its start) between words that are not capitalized or punctuation (`pejabat Pertamina
/// Energy Service (PES)`), and the words of such a run before a company's leading legal form
/// (`Integrated Supply Chain` of `staf utama Integrated Supply Chain PT Pertamina`; the forms are
/// ``LanguageTables/companyLeadForms``), as the UTF-8 bytes of each name as written.
///
/// Read once per document into a ``DocumentNameSet``, at the first question
/// (``MentionFinder/organizationAfterPost(_:start:headEnd:end:titleEnd:)`` asks only for an office with
/// a field and capitalized words after it): one pass over the document's units.
enum LoneNames {
    /// Every lone name of the document.
    static func names(_ document: DocumentUnits, text: DocumentText, tables: LanguageTables) -> Set<[UInt8]> {
        var names = Set<[UInt8]>()
        let all = document.all, bytes = text.bytes
        func add(_ first: Int, _ last: Int) {
            names.insert(Array(bytes[all[first].utf8Range.lowerBound..<all[last].utf8Range.upperBound]))
        }
        for sentence in document.sentenceRanges {
            var index = sentence.lowerBound
            while index < sentence.upperBound {
                guard all[index].isWord, all[index].isCapitalized else { index += 1; continue }
                var end = index + 1
                while end < sentence.upperBound, all[end].isWord, all[end].isCapitalized { end += 1 }
                if !all[index].isSentenceInitial {
                    add(index, end - 1)
                    for form in index + 1..<end where tables.companyLeadForms.contains(all[form].key) {
                        add(index, form - 1)
                        break
                    }
                }
                index = end
            }
        }
        return names
    }
}
