/// Why two forms are one term: the type of an edge between two forms of a ``TermCluster``.
public enum VariantKind: String, Sendable, Hashable, CaseIterable, Codable, Comparable {
    /// Letter case only (`TASS`/`Tass`).
    case letterCase = "case"
    /// Hyphen, space or dash between the same words (`Kim Jong-un`/`Kim Jong Un`).
    case hyphenation
    /// Open and closed compound (`kerja sama`/`kerjasama`).
    case compound
    /// The clitic `-nya` on the last word (`sekutunya`/`sekutu`).
    case clitic
    /// A reduplicated word counted once (`isu-isu bilateral`/`isu bilateral`).
    case reduplication
    /// Another romanization of a name (`Yury`/`Yuri`, `Sergey`/`Sergei`, doubled letters).
    case romanization
    /// A misspelled word, by edit distance with guards (`Kora Utara`/`Korea Utara`).
    case typo
    /// A title before a name (`Presiden Rusia Vladimir Putin`/`Vladimir Putin`).
    case title
    /// A company's legal form around its name (`PT Garuda Indonesia`/`Garuda Indonesia`, `… Tbk`).
    case legalForm = "legal-form"
    /// A street's name with and without its head (`Jalan Medan Merdeka Utara`/`Medan Merdeka Utara`).
    case streetName = "street-name"
    /// One word of a person's full name, resolved in the documents it occurs in (`Putin`).
    case partialName = "partial-name"
    /// Initials of the expansion (`PBB`/`Perserikatan Bangsa-Bangsa`).
    case acronym
    /// A short form the texts define in brackets (`Kementerian Keuangan (Kemenkeu)`, `Korut (Korea Utara)`).
    case defined
    /// A syllable blend of the expansion (`Korut` = Kor + ut of `Korea Utara`).
    case blend
    /// Names of one concept in the termbase (`glossary/`, CLDR: `Tiongkok`/`China`).
    case glossary
    /// A word such as `yang` or `baru` inserted (`sanksi baru PBB`/`sanksi PBB`).
    case insertion
    /// A word replaced by a synonym from the tables (`asisten`/`ajudan`).
    case synonym

    /// Orders by the spelling used in output.
    public static func < (a: VariantKind, b: VariantKind) -> Bool { a.rawValue < b.rawValue }
}
