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

    /// The end of a document's year or number at `index`, if one stands there: a year of four
    /// digits (`UUD 1945`, `Perjanjian Paris 2015`) or `Nomor`/`No` and its number (`UU Nomor 7`;
    /// not `Pasal`, a part of the document). A count (`UU 3 kali`) is no year.
    func documentNumberEnd(_ units: [Unit], at index: Int) -> Int? {
        let unit = units[index]
        if isYear(unit) || shortYear(units, at: index) != nil { return index + 1 }
        if unit.isWord, unit.key == "nomor" || unit.key == "no" || unit.key == "no.", index + 1 < units.count,
           units[index + 1].kind == .number, units[index + 1].key.utf8.first.map({ (0x30...0x39).contains($0) }) == true {
            return index + 2
        }
        return nil
    }

    /// Whether `unit` is a year of four digits, 1800 to 2099 (`1945`, `2017`).
    func isYear(_ unit: Unit) -> Bool {
        let digits = unit.key.utf8
        return unit.kind == .number && digits.count == 4 && digits.allSatisfy { (0x30...0x39).contains($0) }
            && (unit.key.hasPrefix("18") || unit.key.hasPrefix("19") || unit.key.hasPrefix("20"))
    }

    /// The whole year of a year written in two digits after an acronym (`UUD 45`), when the
    /// document writes that acronym with the whole year too (`UUD 1945`); nil for any other unit
    /// (`UU 22`, `USD 75`: a number or an amount).
    func shortYear(_ units: [Unit], at index: Int) -> String? {
        guard index > 0, !acronymYears.isEmpty, units[index].kind == .number, units[index].key.utf8.count == 2,
              units[index - 1].isWord, units[index - 1].isAllCaps else { return nil }
        return acronymYears[units[index - 1].key + " " + units[index].key]
    }

    /// The years written whole after an acronym in `units` (one document), by the acronym's key and
    /// the year's last two digits (``acronymYears``). One pass over the units.
    static func acronymYears(in units: [Unit]) -> [String: String] {
        var years: [String: String] = [:]
        for index in units.indices.dropFirst() where units[index].kind == .number && units[index].key.utf8.count == 4 {
            let unit = units[index], key = unit.key
            guard units[index - 1].isWord, units[index - 1].isAllCaps, key.utf8.allSatisfy({ (0x30...0x39).contains($0) }),
                  key.hasPrefix("19") || key.hasPrefix("20") else { continue }
            years[units[index - 1].key + " " + String(key.suffix(2))] = key
        }
        return years
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

    /// The end of a person's name that starts with the Balinese `I` (`I Gusti Ngurah Askhara`, `I
    /// Gede Darmayusa`), if one starts at `index`: `I` where no name or lowercase word stands before
    /// it (a clause's start, punctuation, a legal form that ends the name before: `PT Garuda
    /// Indonesia (Persero) Tbk I Gusti …`), then a capitalized word that is no acronym, cue or title
    /// (`Gede`, `Made` are common words too) and one that reads as a person's. A roman
    /// numeral `I` follows what it numbers (`Pelindo I`, `seksi I`) and starts nothing.
    func balineseNameEnd(_ units: [Unit], at index: Int) -> Int? {
        guard units[index].isWord, units[index].utf8Range.count == 1, units[index].key == "i", units[index].isCapitalized,
              index + 2 < units.count, units[index + 1].isWord, units[index + 1].isCapitalized, !units[index + 1].isAllCaps,
              cue(units, at: index + 1) == nil, titleHead(units, at: index + 1) == nil, isPersonLike(units[index + 2]) else { return nil }
        if index > 0 {
            let before = units[index - 1]
            guard before.kind == .punctuation || before.listed(as: .companyForm) else { return nil }
        }
        let end = nameRun(units, from: index + 1)
        return end - index >= 3 ? end : nil
    }

    /// Whether `unit` is an ordinal: `ke-` and digits (`ke-12`, `ke-10nya`), or `ke-` and a number
    /// word (`ketiga`, ``LanguageTables/numerals``). (`pertama`, `kedua`, `kelima` are stop words,
    /// which neither head nor modify a term.) Asked of every head and modifier: bits first (a
    /// numeral, a hyphen in the key), the key's first bytes only then.
    func isOrdinal(_ unit: Unit) -> Bool {
        guard unit.isWord else { return false }
        if unit.listed(as: .numeral) { return unit.key.hasPrefix("ke") }
        guard unit.facts.keyHasHyphen else { return false }
        var bytes = unit.key.utf8.makeIterator()
        guard bytes.next() == UInt8(ascii: "k"), bytes.next() == UInt8(ascii: "e"), bytes.next() == UInt8(ascii: "-"),
              let digit = bytes.next() else { return false }
        return (0x30...0x39).contains(digit)
    }
}

extension MentionFinder {
    /// Whether the words `units[start..<end]` of a name repeat right after it: a caption or a
    /// subheading the sentence it opens repeats (`Nia Ramadhani Nia Ramadhani memilih …`, `Leo Leo
    /// adalah …`), two mentions, never one name. One word doubled after a lowercase word of running
    /// prose may be one name (`band lawas Duran Duran`, `pulau Bora Bora`).
    func repeatsName(_ units: [Unit], from start: Int, at end: Int) -> Bool {
        let length = end - start
        guard length > 0, end + length <= units.count, units[end].facts === units[start].facts,
              units[end].isCapitalized else { return false }
        for offset in 1..<length where units[end + offset].facts !== units[start + offset].facts { return false }
        if length == 1, start > 0, units[start - 1].isWord, !units[start - 1].isCapitalized { return false }
        return true
    }
}

extension MentionFinder {
    /// Whether the document's text holds the words `units[range]`, as written there, at least twice.
    /// (Asked only of a capitalized word and a short number after it: a scan of the text's bytes.)
    func writesRepeatedly(_ units: [Unit], _ range: Range<Int>) -> Bool {
        let bytes = text.bytes
        let written = bytes[units[range.lowerBound].utf8Range.lowerBound..<units[range.upperBound - 1].utf8Range.upperBound]
        guard let first = written.first else { return false }
        var seen = 0, start = 0
        let last = bytes.count - written.count
        while start <= last {
            if bytes[start] == first, bytes[start..<start + written.count].elementsEqual(written) {
                // Whole words only: no letter or digit right before or after.
                let before = start == 0 || !Self.isWordByte(bytes[start - 1])
                // (Nor a number's decimals or thousands after it: `Cyclone 2.500cc`.)
                let next = start + written.count
                let after = next == bytes.count || !Self.isWordByte(bytes[next])
                    && !((bytes[next] == UInt8(ascii: ".") || bytes[next] == UInt8(ascii: ",")) && next + 1 < bytes.count
                        && (0x30...0x39).contains(bytes[next + 1]))
                if before && after {
                    seen += 1
                    if seen == 2 { return true }
                }
            }
            start += 1
        }
        return false
    }

    /// Whether `byte` is an ASCII letter or digit, or part of a character beyond ASCII.
    static func isWordByte(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte >= 0x80
    }
}

extension MentionFinder {
    /// Whether `unit` is a model's code: digits, then capital letters and perhaps more digits, as
    /// written (`765G`, `8A`, `650BTNC`); not an amount in a unit of measure (`128GB`, `48MP`;
    /// ``LanguageTables/measureUnits``) nor a network's generation (`4G`, `5G`).
    func isModelCode(_ unit: Unit) -> Bool {
        guard unit.isWord, !unit.isCapitalized else { return false }
        let written = text.bytes[unit.utf8Range]
        guard let first = written.first, (0x30...0x39).contains(first) else { return false }
        var digits = 0
        var letters: [UInt8] = []
        for byte in written {
            if (0x30...0x39).contains(byte) {
                if letters.isEmpty { digits += 1 }
            } else if (0x41...0x5A).contains(byte) {
                letters.append(byte | 0x20)
            } else {
                return false
            }
        }
        guard !letters.isEmpty else { return false }
        let key = String(decoding: letters, as: UTF8.self)
        if digits == 1 && key == "g" { return false }
        return !tables.measureUnits.contains(key)
    }
}
