extension DefinitionFinder {
    /// Letters of a stock ticker on the Indonesia Stock Exchange (`GIAA`, `TLKM`, `BBRI`).
    static let tickerLetters = 4

    /// Legal forms written before a company's name (``LanguageTables/companyLeadForms``: `PT`).
    static let leadForms = LanguageTables.standard.companyLeadForms

    /// The company name a stock ticker in brackets right after a legal form defines (`PT Garuda
    /// Indonesia (Persero) Tbk (GIAA)` → `Garuda Indonesia`; `PT Aneka Tambang Tbk (ANTM)` →
    /// `Aneka Tambang`): the capitalized words before the legal form, past a bracketed form of its
    /// own (`(Persero)`), after a leading form (`PT`); at most ``maximumLongWords``. The ticker's
    /// letters need not be the name's: tickers are assigned, not spelled. `open` is the index of the
    /// bracket before `short`, which is written in capitals only.
    static func tickerLongForm<Units: RandomAccessCollection>(_ units: Units, open: Int, short: Unit) -> Range<Int>?
    where Units.Element == Unit, Units.Index == Int {
        let start = units.startIndex
        guard short.isAllCaps, short.key.utf8.count == tickerLetters, short.key.utf8.allSatisfy({ (0x61...0x7A).contains($0) }),
              open - 1 >= start, units[open - 1].listed(as: .companyForm) else { return nil }
        var end = open - 1
        // `(Persero)`: a legal form in brackets before the last.
        if end - 3 >= start, units[end - 1].keyIs(")"), units[end - 3].keyIs("("), units[end - 2].listed(as: .companyForm) {
            end -= 3
        }
        var first = end
        while first - 1 >= start, end - first < maximumLongWords, units[first - 1].isWord, units[first - 1].isCapitalized,
              !units[first - 1].listed(as: .companyForm), !leadForms.contains(units[first - 1].key) {
            first -= 1
        }
        return first < end ? first..<end : nil
    }
}
