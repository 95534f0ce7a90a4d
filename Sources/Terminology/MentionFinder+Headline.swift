extension MentionFinder {
    /// Whether a capitalized word is the bare stem of a transitive verb, as headlines write their
    /// verbs (`Israel Gempur Rafah`, `Presiden Jokowi Tinjau Lokasi`, `Kejagung Sita Aset`): its
    /// active form with the nasal prefix `meN-` is a verb of the lexicon (`meninjau`, `menyita`,
    /// `menangkap`), or, for a stem neither word list knows, a word of the frequency list the lexicon
    /// does not tag otherwise (`menggempur`, `melantik`). Not `Reka` (`mereka` is a pronoun), `Mori`
    /// (`memori`, a noun), `Maki` or `Raka` (known stems whose `meN-` form is no verb of the lexicon).
    /// Used only for a word never capitalized inside a sentence.
    func isBareVerbStem(_ unit: Unit) -> Bool {
        guard unit.isWord, !unit.isAllCaps, unit.utf8Range.count >= 4, let form = Self.activeForm(of: unit.key) else { return false }
        if let tag = statistics.tags[form] { return tag == "VB" }
        guard statistics.tags[unit.key] == nil, statistics.zipf[unit.key] == nil, let zipf = statistics.zipf[form] else { return false }
        return zipf >= 3
    }

    /// The active form of a verb stem with the nasal prefix `meN-`, which assimilates to the stem's
    /// first sound and drops a voiceless k, p, t or s (`gempur` → `menggempur`, `tinjau` →
    /// `meninjau`, `sita` → `menyita`, `pukul` → `memukul`, `lantik` → `melantik`); nil for a stem
    /// not of ASCII lowercase letters.
    static func activeForm(of stem: String) -> String? {
        guard let first = stem.utf8.first, stem.utf8.allSatisfy({ (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) }) else {
            return nil
        }
        let rest = String(stem.dropFirst())
        switch Character(Unicode.Scalar(first)) {
        case "a", "e", "i", "o", "u", "g", "h": return "meng" + stem
        case "k": return "meng" + rest
        case "b", "f", "v": return "mem" + stem
        case "p": return "mem" + rest
        case "c", "d", "j", "z": return "men" + stem
        case "t": return "men" + rest
        case "s": return "meny" + rest
        case "l", "r", "w", "y", "m", "n": return "me" + stem
        default: return nil
        }
    }
}

extension MentionFinder {
    /// Whether the word at `index` is a word of a place name only as the first word of a longer
    /// place that does not follow it, and reads as a person's name otherwise: `Sri` of `Sri Lanka`
    /// in `Menteri Keuangan Sri Mulyani Indrawati`, a common first name. (Not `Korea` or `Jakarta`,
    /// places of their own, nor a word of a place that follows: `Sri Lanka`.)
    func beginsAbsentPlace(_ units: [Unit], at index: Int) -> Bool {
        let unit = units[index]
        guard unit.isWord, unit.listed(as: .placeWord), unit.listed(as: .placeNameStart), !unit.listed(as: .placeName),
              index + 1 < units.count, !units[index + 1].listed(as: .placeWord) else { return false }
        return isPersonLike(unit, placeWordAllowed: true)
    }
}
