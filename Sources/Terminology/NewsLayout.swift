/// The furniture of an online news article as scraped, which is no running text: the dateline
/// that opens the first paragraph (`TRIBUNNEWS.COM, NEW YORK -`, `JAKARTA, KOMPAS.com -`,
/// `Jakarta, CNN Indonesia --`, `Jakarta -`) and the credit lines that name the people who wrote
/// or edited it (`Penulis: Rina Ayu`, `Editor : Wahyu Aji`, `Laporan Wartawan Tribunnews.com,
/// Fransiskus Adhiyuda`, `Kontributor Semarang, Riska Farasonalia`).
///
/// Every function reads the units of one sentence (a line of furniture is a sentence of its own,
/// or the start of one), indexed from 0.
struct NewsLayout {
    /// The parts of a dateline: the place the story was filed from, the outlet, and the index of
    /// the first unit of the running text after the dash.
    struct Dateline: Equatable {
        /// The place's units (`NEW YORK`, `Jakarta`): a place, whatever its case suggests.
        var place: Range<Int>
        /// The outlet's units (`TRIBUNNEWS.COM`, `CNN Indonesia`), empty when the dateline names none.
        var outlet: Range<Int>
        /// The first unit after the dash.
        var textStart: Int
    }

    /// Labels that open a credit line, before a colon or the name (lemmas, lowercase): the people
    /// who wrote, reported, photographed or edited the article.
    static let creditLabels: Set<String> = [
        "penulis", "editor", "pewarta", "reporter", "wartawan", "kontributor", "koresponden", "fotografer",
        "penyunting", "redaktur", "laporan",
    ]

    /// The most units before a dateline's dash: a place of three words, a comma, an outlet of three.
    static let datelineLimit = 8

    /// The sentences of a document that may open with a dateline: the first paragraph's, after a
    /// headline, a byline and a caption or two.
    static let datelineSentences = 6

    /// The dateline at the start of a sentence's `units`, or nil (ask only of the first
    /// ``datelineSentences`` sentences of a document). A dateline is a place and an
    /// outlet separated by a comma, or a place alone, before a dash and running text; the outlet is
    /// the part with a web domain (`TRIBUNNEWS.COM`, `Beritasatu.com`), else the part after the
    /// comma (`JAKARTA, KOMPAS.com`, `KARAWANG, ANTARA`, `Jakarta, CNN Indonesia`), and carries a
    /// domain or a word in capitals; the place is capitalized. A place alone (`Jakarta -`) is a
    /// known place or a proper noun of one word, or words in capitals.
    static func dateline<Units: RandomAccessCollection<Unit>>(_ units: Units) -> Dateline? where Units.Index == Int {
        let first = units.startIndex
        // Quick refusal of running text: a capitalized word first, a dash within the first units.
        guard let head = units.first, head.isWord, head.isCapitalized else { return nil }
        var dash: Int?, comma: Int?
        for index in first..<min(units.endIndex, first + datelineLimit + 1) {
            let unit = units[index]
            if unit.isWord { continue }
            guard unit.kind == .punctuation else { return nil }
            if isDash(unit) { dash = index; break }
            guard unit.keyIs(","), comma == nil else { return nil }
            comma = index
        }
        guard let dash, dash > first, dash + 1 < units.endIndex, units[dash + 1].isWord || units[dash + 1].kind == .number else {
            return nil
        }
        guard let comma else {
            // A place alone before a capitalized word: a known place or a proper noun of one word
            // (`Jakarta - Presiden …`), or words in capitals (`JAKARTA -`).
            let place = first..<dash
            guard place.count <= 3, units[dash + 1].isCapitalized, !place.contains(where: { isDomain(units[$0]) }),
                  place.count == 1 && (units[first].listed(as: .placeName) || units[first].tagClass == .properNoun && !units[first].isAllCaps)
                    || place.allSatisfy({ units[$0].isAllCaps && units[$0].utf8Range.count >= 3 })
            else { return nil }
            return Dateline(place: place, outlet: dash..<dash, textStart: dash + 1)
        }
        let before = first..<comma, after = comma + 1..<dash
        guard !before.isEmpty, !after.isEmpty, before.count <= 3, after.count <= 3 else { return nil }
        let outletFirst = before.contains { isDomain(units[$0]) }
        let place = outletFirst ? after : before, outlet = outletFirst ? before : after
        guard !place.contains(where: { isDomain(units[$0]) }),
              outlet.contains(where: { isDomain(units[$0]) || units[$0].isAllCaps && units[$0].utf8Range.count >= 3 }),
              place.allSatisfy({ units[$0].isCapitalized }) else { return nil }
        return Dateline(place: place, outlet: outlet, textStart: dash + 1)
    }

    /// The person a credit line names (`Editor: Sanusi`, `Penulis : Rina Ayu Panca Rini`,
    /// `Laporan Wartawan Tribunnews.com, Fransiskus Adhiyuda`, `Kontributor Semarang, Riska
    /// Farasonalia`): the units after the label's colon, or after the comma that ends the label's
    /// outlet or place, to the end of the line, when they are one to five capitalized words; nil
    /// for any other sentence. The whole line is the credit (label and name).
    static func creditName<Units: RandomAccessCollection<Unit>>(_ units: Units) -> Range<Int>? where Units.Index == Int {
        let first = units.startIndex
        guard let head = units.first, head.isWord, head.isCapitalized, !head.isAllCaps || head.utf8Range.count > 6,
              creditLabels.contains(head.key), units.count >= 3 else { return nil }
        // The label: its word, perhaps a second label word and an outlet or place (at most three
        // words in all), then a colon or a comma.
        var separator: Int?
        for index in first + 1..<min(units.endIndex, first + 4) {
            let unit = units[index]
            if unit.kind == .punctuation {
                if unit.keyIs(":") || unit.keyIs(",") { separator = index }
                break
            }
        }
        guard let separator else { return nil }
        // A colon follows the label itself; a comma follows a label and the outlet or place it names.
        if units[separator].keyIs(",") {
            guard separator - first >= 2 else { return nil }
        } else {
            guard separator - first <= 2 else { return nil }
        }
        let name = separator + 1..<units.endIndex
        guard (1...5).contains(name.count),
              name.allSatisfy({ units[$0].isWord && units[$0].isCapitalized && !units[$0].keyIsStop && !isDomain(units[$0]) })
        else { return nil }
        return name
    }

    /// Whether a punctuation unit is a dash (`-`, `–`, `—`, `--`).
    static func isDash(_ unit: Unit) -> Bool {
        unit.kind == .punctuation && !unit.key.isEmpty && unit.key.utf8.allSatisfy { $0 == UInt8(ascii: "-") }
            || unit.kind == .punctuation && (unit.key == "\u{2014}" || unit.key == "\u{2013}")
    }

    /// Whether a word is a web domain (`tribunnews.com`, `fin.co.id`): a full stop inside it,
    /// followed by two letters or more.
    static func isDomain(_ unit: Unit) -> Bool {
        guard unit.isWord else { return false }
        let bytes = Array(unit.key.utf8)
        guard let dot = bytes.lastIndex(of: UInt8(ascii: ".")), dot > 0, bytes.count - dot - 1 >= 2 else { return false }
        return bytes[(dot + 1)...].allSatisfy { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) }
    }
}
