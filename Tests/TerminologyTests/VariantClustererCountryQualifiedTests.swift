@testable import Terminology
import Testing

/// An organisation's short name before a country (``VariantClusterer/joinCountryQualifiedNames(_:_:_:_:_:)``).
@Suite("VariantClusterer: a company's name before a country")
struct VariantClustererCountryQualifiedTests {
    @Test("a short name joins its name with a country of the same document: Garuda of Garuda Indonesia")
    func joins() {
        let bare = clusterer
        let result = bare.clusters(of: [name("Garuda Indonesia", .organization), name("Garuda", .location), name("Indonesia", .location),
                                        name("Garuda Tauberes Indonesia", .organization)])
        #expect(result.clusterIndex[0] == result.clusterIndex[1], "\(result.clusterIndex)")
        #expect(result.clusterIndex[2] != result.clusterIndex[0] && result.clusterIndex[3] != result.clusterIndex[0])
    }

    @Test("no join without the country in the texts, across documents, before two countries, or for a person")
    func apart() {
        let bare = clusterer
        let noCountry = bare.clusters(of: [name("Garuda Indonesia", .organization), name("Garuda", .organization)])
        #expect(noCountry.clusterIndex[0] != noCountry.clusterIndex[1])
        let elsewhere = bare.clusters(of: [name("Garuda Indonesia", .organization, documents: [0]), name("Garuda", .organization, documents: [1]),
                                           name("Indonesia", .location, documents: [0, 1])])
        #expect(elsewhere.clusterIndex[0] != elsewhere.clusterIndex[1])
        let two = bare.clusters(of: [name("Toyota Indonesia", .organization), name("Toyota Jepang", .organization), name("Toyota", .organization),
                                     name("Indonesia", .location), name("Jepang", .location)])
        #expect(two.clusterIndex[2] != two.clusterIndex[0] && two.clusterIndex[2] != two.clusterIndex[1])
        // A city is no country: `Mexico City` is not `Mexico`; no hyphenated name either.
        let city = bare.clusters(of: [name("Mexico City", .organization), name("Mexico", .location), name("City", .location)])
        #expect(city.clusterIndex[0] != city.clusterIndex[1])
        let person = bare.clusters(of: [name("Garuda Indonesia", .organization), name("Garuda", .person), name("Indonesia", .location)])
        #expect(person.clusterIndex[0] != person.clusterIndex[1])
    }
}
