@testable import Terminology
import Testing

/// Types of names without a cue, from their own words.
@Suite("TermExtractor: types of uncued names from their words")
struct NameWordTypeTests {
    @Test("a club, a league or an institution named in English is no person: Manchester City, Premier League")
    func englishInstitutionWords() throws {
        let terms = try extract("China membatalkan penayangan laga antara Arsenal versus Manchester City akhir pekan lalu . Arsenal merupakan tim Premier League keempat terpopuler di China .")
        let listed = "\(terms.map { ($0.key, $0.type) })"
        #expect(terms[key: "manchester city"]?.type == .organization, "\(listed)")
        #expect(terms[key: "premier league"]?.type == .organization, "\(listed)")
    }

    @Test("a brand and a model code is a product, apart from the maker: Airbus A330-900 Neo")
    func modelCode() throws {
        let terms = try extract("Ditjen Bea dan Cukai memastikan adanya 18 kotak selundupan yang dibawa melalui pesawat baru Airbus A330-900 Neo milik Garuda Indonesia . Pesawat itu diserahkan di pabrikan Airbus .")
        let listed = "\(terms.map { ($0.key, $0.type) })"
        #expect(terms[key: "airbus a330-900 neo"]?.type == .product, "\(listed)")
        #expect(!(terms[key: "airbus a330-900 neo"]?.variants.map(\.form).contains("Airbus") ?? true), "\(listed)")
        #expect(TermExtractor.isModelCode("a330-900") && !TermExtractor.isModelCode("u-19") && !TermExtractor.isModelCode("neo"))
    }
}
