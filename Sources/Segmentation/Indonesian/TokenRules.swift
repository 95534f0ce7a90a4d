/// The data that drives the rejoin pass of ``Segmenter``: which characters glue tokens back
/// together after ICU's word breaks. Typographic facts, kept apart from the engine.
public struct TokenRules: Sendable {
    /// Characters that join two word-like tokens written without spaces (`Kim Jong-un`,
    /// `barang-barang`, `e-KTP`): hyphen-minus, hyphen, non-breaking hyphen. En and em dashes
    /// are not here: `Eastjourneymagz.com–Presiden` is two tokens.
    public var hyphens: Set<Unicode.Scalar> = ["-", "\u{2010}", "\u{2011}"]
    /// Characters that join numbers written without spaces into one (`19/6/2024`, `1/2`).
    public var numberJoiners: Set<Unicode.Scalar> = ["/"]
    /// Punctuation that forms one token when repeated (`...`, `???`, `!!`, `--`).
    public var repeatable: Set<Unicode.Scalar> = [".", "?", "!", "-"]
    /// URL schemes whose `scheme://…` run stays one token.
    public var urlSchemes: Set<String> = ["http", "https", "ftp"]
    /// Letter prefixes glued to an amount that make the token a number (`Rp1.500,00`).
    public var currencyPrefixes: Set<String> = ["rp", "usd", "us$", "idr", "rm", "s$", "eur"]
    /// Abbreviation stems that keep their full stop (`Jl.`, `Prof.`); see ``Abbreviations``.
    public var abbreviations: Set<String> = Abbreviations.stems
    /// Honorifics and titles that keep their full stop before a name (`KH.`, `H.`, `Sdr.`), even
    /// when written in capitals or when the stem is an ordinary word as well.
    public var honorifics: Set<String> = ["kh", "h", "hj", "ir", "drs", "dra", "dr", "prof", "sh", "se", "st", "mt", "mm", "ak", "ust", "tgk", "sdr"]
    /// Listed stems that are ordinary words too (`sana.`, `tim.`): a full stop after them before a
    /// capital ends the sentence; see ``Abbreviations/ordinaryWords``.
    public var ordinaryWordAbbreviations: Set<String> = Abbreviations.ordinaryWords
    /// Abbreviations after which a full stop may still end the sentence (`dll.`).
    public var sentenceFinalAbbreviations: Set<String> = Abbreviations.sentenceFinal
    /// Top-level domains that keep a dotted name whole (`fin.co.id`); see ``TopLevelDomains``.
    public var topLevelDomains: Set<String> = TopLevelDomains.labels

    /// The rules for Indonesian (and, being typographic, for most Latin-script text).
    public init() {}
}
