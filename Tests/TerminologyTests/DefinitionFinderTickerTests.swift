@testable import Terminology
import Testing

/// Stock tickers in brackets after a listed company's legal form (``DefinitionFinder/tickerLongForm(_:open:short:)``).
@Suite("DefinitionFinder: stock tickers after a legal form")
struct DefinitionFinderTickerTests {
    @Test("a four-letter ticker after Tbk defines the company's name, past (Persero) and PT", arguments: [
        ("Kementerian BUMN mengkaji pembubaran cucu PT Garuda Indonesia (Persero) Tbk (GIAA).", "giaa = garuda indonesia"),
        ("Saham PT Aneka Tambang Tbk (ANTM) naik 5 persen.", "antm = aneka tambang"),
        ("Laba PT Unilever Indonesia Tbk (UNVR) turun tahun ini.", "unvr = unilever indonesia"),
    ])
    func tickers(text: String, definition: String) throws {
        #expect(try DefinitionFinderTests.definitions(text) == [definition])
    }

    @Test("no ticker without a legal form before it, nor a bracket that is no ticker", arguments: [
        "Direksi Garuda Indonesia (GIAA) hadir dalam rapat itu.",
        "Saham PT Aneka Tambang Tbk (Antam) naik 5 persen.",
        "Laba PT Unilever Indonesia Tbk (2019) turun tahun ini.",
        "Perusahaan itu tercatat sebagai PT Bumi Resources Tbk (BUMI2) sejak lama.",
    ])
    func noTickers(text: String) throws {
        let found = try DefinitionFinderTests.definitions(text)
        #expect(found.allSatisfy { !$0.hasPrefix("giaa") && !$0.hasPrefix("bumi2") && !$0.contains("2019") && $0 != "antm = aneka tambang" },
                "\(found)")
    }

    @Test("the ticker joins the company, which is an organisation")
    func joinsCompany() throws {
        let (merged, _) = try DefinitionFinderTests.clustered([
            "Kementerian BUMN mengkaji pembubaran cucu PT Garuda Indonesia (Persero) Tbk (GIAA). Saham GIAA turun. Garuda Indonesia menolak berkomentar.",
        ])
        let term = try #require(merged.first { $0.variants.contains { $0.form == "GIAA" } }, "\(merged.map(\.form))")
        #expect(term.variants.map(\.form).contains("Garuda Indonesia"), "\(term.variants.map(\.form))")
        #expect(term.type == .organization)
    }
}
