/// Where a name ends before words that belong to what follows it, not to the name.
extension MentionFinder {
    /// Whether `unit` labels a number or an amount after it: a noun of number (`No`, `Nomor`,
    /// `Pasal`; ``LanguageTables/numberNouns``) or a currency (`Rp`, `USD`; the
    /// ``LanguageTables/nonNames`` that are no roman numerals). It never ends a name: `Jalan Raya
    /// Bromo No.` (the number cut off by a full stop), `Sweatshirt dari ZARA Rp 479 ribu`, `UU
    /// Lalu Lintas dan Angkutan Jalan Pasal 106`.
    func labelsNumber(_ unit: Unit) -> Bool {
        guard unit.isWord else { return false }
        if unit.listed(as: .numberNoun) { return true }
        return unit.listed(as: .nonName) && !unit.key.utf8.allSatisfy { $0 == UInt8(ascii: "i") || $0 == UInt8(ascii: "v") || $0 == UInt8(ascii: "x") }
    }

    /// `end` moved back over the words at the end of the name `units[start..<end]` that label a
    /// number (``labelsNumber(_:)``) and the connectors before them (``LanguageTables/nameConnectors``);
    /// the name keeps its first word.
    func endBeforeNumberLabels(_ units: [Unit], from start: Int, end: Int) -> Int {
        var end = end
        while end > start + 1, labelsNumber(units[end - 1]) || units[end - 1].isWord && units[end - 1].listed(as: .nameConnector) {
            end -= 1
        }
        return end
    }

    /// Whether `unit` is a word the tagged news corpus reads mostly as a function word (its most
    /// frequent tag is none of noun, proper noun, adjective, verb or foreign word: a preposition,
    /// conjunction, adverb, negation, pronoun …), written capitalized but not in capitals.
    func isCapitalizedFunctionWord(_ unit: Unit) -> Bool {
        unit.isWord && unit.isCapitalized && !unit.isAllCaps && unit.tagClass == .other
    }
}
