/// English job titles written in Title Case inside Indonesian copy (`Executive Advisor Paxel`,
/// `Chief Technology Officer XL Axiata`): posts before a company and its holder, no names.
extension MentionFinder {
    /// The end of an English job title starting at `index`: a run of capitalized
    /// ``LanguageTables/englishTitleWords`` joined perhaps by `of`, `and` or `&` (`Head of Sales`,
    /// `Director of Sales and Marketing`) that holds a title head (``LanguageTables/englishTitleHeads``),
    /// ending after its last title word; a run of one word only when that word is a title on its own
    /// (``LanguageTables/englishStandaloneTitleHeads``: `CEO`, `Manager`). Nil when none starts there.
    func englishTitleEnd(_ units: [Unit], at index: Int) -> Int? {
        var end = index, words = 0
        var headEnd: Int?
        var afterOf = false
        while end < units.count {
            let unit = units[end]
            if unit.isWord, unit.isCapitalized, unit.listed(as: .englishTitleWord), end == index || !unit.followsHyphen {
                if unit.listed(as: .englishTitleHead) { headEnd = end + 1 }
                words += 1
                end += 1
                continue
            }
            // `Head of Sales`, `Founder & CEO`: a connector between two title words.
            if words > 0, unit.key == "of" || unit.key == "and" || unit.key == "&", end + 1 < units.count,
               units[end + 1].isWord, units[end + 1].isCapitalized, units[end + 1].listed(as: .englishTitleWord) {
                afterOf = afterOf || (unit.key == "of" && headEnd != nil)
                end += 1
                continue
            }
            break
        }
        guard let headEnd else { return nil }
        if words == 1 { return units[index].listed(as: .englishStandaloneTitleHead) ? end : nil }
        // Words after the last head are its field after `of` (`Head of Sales`) or a unit of the
        // company (`Chief Corporate Affairs`, `Vice President Research Department`) or its field
        // (``LanguageTables/englishPostFields``); else they start the company's name (`CEO Global Mediacom`).
        if afterOf || tables.englishPostUnits.contains(units[end - 1].key) { return end }
        // Its field right after the head, without `of` (`VP Marketing`, `Director Sales & Marketing`).
        var fieldEnd = headEnd
        while fieldEnd < end {
            if tables.englishPostFields.contains(units[fieldEnd].key) { fieldEnd += 1; continue }
            if fieldEnd > headEnd, fieldEnd + 1 < end, units[fieldEnd].key == "and" || units[fieldEnd].key == "&",
               tables.englishPostFields.contains(units[fieldEnd + 1].key) { fieldEnd += 2; continue }
            break
        }
        return fieldEnd
    }
}
