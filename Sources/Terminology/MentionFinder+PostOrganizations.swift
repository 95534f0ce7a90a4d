/// Where an office's post ends before the organisation it serves (`Direktur Kargo dan Pengembangan
/// Usaha Garuda Indonesia`, `VP Marketing PES`, `Head of Trading Pertamina Energy Service`): a post
/// named with its field is a title of its own, the organisation a name of its own.
extension MentionFinder {
    /// The organisation after a post and its field among an office's capitalized words
    /// `units[end..<titleEnd]` (`end` after its head, which starts at `start` and ends at `headEnd`),
    /// as the range of its name; nil when the words there are no field and organisation.
    ///
    /// The field is capitalized words after the head: fields of an office (``isFieldWord(_:)``, no
    /// cue word, no adjective, which ranks the post: `Komisaris Independen`, `Wakil Komisaris Utama`;
    /// `Kargo dan Pengembangan Usaha`) after an Indonesian head; any capitalized word that
    /// is no acronym or cue after an English post, or the field its head already holds (`VP
    /// Marketing`, `Head of Trading`). The organisation after it (never right after a connector,
    /// `Menteri Hukum dan HAM`; never a place, `Menteri Pertahanan AS`) starts at an acronym, a
    /// company's leading legal form or a parent body's cue (``LanguageTables/parentOrganizationHeads``),
    /// an organisation's cue word that is no field, or a name the document writes on its own
    /// elsewhere (``LoneNames``: `Pertamina Energy Service`). A post without a field keeps its
    /// organisation (`Direktur Utama Garuda Indonesia`, `PR Manager Oppo Indonesia`).
    func organizationAfterPost(_ units: [Unit], start: Int, headEnd: Int, end: Int, titleEnd: Int) -> Range<Int>? {
        guard titleEnd - end >= 1, end == headEnd else { return nil }
        let englishPost = units[start].listed(as: .englishTitleWord) && englishTitleEnd(units, at: start) == headEnd
        var fields = 0
        if englishPost {
            var lastHead = start
            for index in start..<headEnd where units[index].listed(as: .englishTitleHead) { lastHead = index }
            if lastHead + 1 < headEnd { fields = 1 }
        }
        var index = end
        while index < titleEnd {
            let unit = units[index]
            guard unit.isWord else { return nil }
            let connector = isConnectorWord(unit)
            if fields > 0, !connector, !(index > end && isConnectorWord(units[index - 1])),
               let organization = organizationStart(units, at: index, end: titleEnd) {
                return organization
            }
            if connector {
                guard fields > 0 else { return nil }
            } else if unit.isCapitalized, !unit.isAllCaps, unit.facts.cue == nil,
                      isFieldWord(unit) && unit.tagClass != .adjective || englishPost && !unit.facts.keyHasFullStop {
                fields += 1
            } else {
                return nil
            }
            index += 1
        }
        return nil
    }

    /// Whether `unit` joins two fields of a post (`dan`, `and`, `&`, `of`).
    func isConnectorWord(_ unit: Unit) -> Bool {
        unit.isWord && (unit.key == "dan" || unit.key == "and" || unit.key == "&" || unit.key == "of")
    }

    /// The organisation named from `index` up to `end` at most, if one starts there (see
    /// ``organizationAfterPost(_:start:headEnd:end:titleEnd:)``).
    private func organizationStart(_ units: [Unit], at index: Int, end: Int) -> Range<Int>? {
        let unit = units[index]
        guard unit.isCapitalized, !unit.listed(as: .placeName), cue(units, at: index) != .location,
              !places.contains(unit.key) else { return nil }
        if unit.isAllCaps, !unit.facts.keyHasFullStop, !unit.listed(as: .rankMarker), !unit.listed(as: .degree) {
            return index..<end
        }
        if cue(units, at: index) == .organization, tables.companyLeadForms.contains(unit.key)
            || tables.parentOrganizationHeads.contains(unit.key) || !isFieldWord(unit) {
            return index..<end
        }
        // A company's leading legal form after the name starts its parent, a name of its own
        // (`Integrated Supply Chain PT Pertamina`).
        var limit = end
        for form in index + 1..<end where tables.companyLeadForms.contains(units[form].key) {
            limit = form
            break
        }
        for last in stride(from: limit, to: index, by: -1) {
            let name = text.bytes[unit.utf8Range.lowerBound..<units[last - 1].utf8Range.upperBound]
            guard loneNames.contains(name, tables: tables) else { continue }
            // One word that could be a field is no evidence of an organisation (`Marketing`).
            if last - index == 1, isFieldWord(unit) || unit.listed(as: .englishTitleWord) { return nil }
            if last - index >= 2, places.contains(units[index..<last].map(\.key).joined(separator: " ")) { return nil }
            return index..<last
        }
        return nil
    }
}
