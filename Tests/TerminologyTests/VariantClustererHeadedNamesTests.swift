@testable import Terminology
import Testing

/// A place after its settlement head and an airline before its airline word
/// (``VariantClusterer/joinHeadedNames(_:_:_:_:_:)``).
@Suite("VariantClusterer: settlement heads and airline words")
struct VariantClustererHeadedNamesTests {
    @Test("a place after a settlement head joins the place, which stays canonical: kota Depok of Depok")
    func joinsPlaces() {
        let result = clusterer.clusters(of: [name("Depok", .location, count: 8), name("kota Depok", .location, count: 3),
                                             name("Dinkes Depok", .organization)])
        #expect(result.clusterIndex[0] == result.clusterIndex[1], "\(result.clusterIndex)")
        #expect(result.clusterIndex[2] != result.clusterIndex[0])
        #expect(result.canonical(of: 1) == result.forms[0].surface)
    }

    @Test("no place join for a name after two heads, after ibukota, or for a name that is no place")
    func keepsPlacesApart() {
        let two = clusterer.clusters(of: [name("Bogor", .location), name("kota Bogor", .location), name("kabupaten Bogor", .location)])
        #expect(two.clusterIndex[0] != two.clusterIndex[1] && two.clusterIndex[0] != two.clusterIndex[2])
        let capital = clusterer.clusters(of: [name("Suriname", .location), name("ibukota Suriname", .location)])
        #expect(capital.clusterIndex[0] != capital.clusterIndex[1])
        let adjective = clusterer.clusters(of: [name("Filipina", .location), name("provinsi Filipina", .location)])
        #expect(adjective.clusterIndex[0] != adjective.clusterIndex[1])
        let province = clusterer.clusters(of: [name("Banten", .location), name("Provinsi Banten", .location)])
        #expect(province.clusterIndex[0] == province.clusterIndex[1])
        let person = clusterer.clusters(of: [name("Sukarno", .person), name("desa Sukarno", .location)])
        #expect(person.clusterIndex[0] != person.clusterIndex[1])
    }

    @Test("an airline joins its name without the airline word in a shared document: Sriwijaya of Sriwijaya Air")
    func joinsAirlines() {
        let result = clusterer.clusters(of: [name("Sriwijaya Air", .organization, count: 15), name("Sriwijaya", .organization, count: 16)])
        #expect(result.clusterIndex[0] == result.clusterIndex[1])
        #expect(result.canonical(of: 1) == result.forms[0].surface)
    }

    @Test("no airline join for a country, a person, a common word or across documents")
    func keepsAirlinesApart() {
        let country = clusterer.clusters(of: [name("Qatar Airways", .organization), name("Qatar", .location)])
        #expect(country.clusterIndex[0] != country.clusterIndex[1])
        let person = clusterer.clusters(of: [name("Lion Air", .organization), name("Lion", .person)])
        #expect(person.clusterIndex[0] != person.clusterIndex[1])
        let common = clusterer.clusters(of: [name("Bintang Air", .organization), name("Bintang", .organization)])
        #expect(common.clusterIndex[0] != common.clusterIndex[1])
        let elsewhere = clusterer.clusters(of: [name("Sriwijaya Air", .organization, documents: [0]), name("Sriwijaya", .organization, documents: [1])])
        #expect(elsewhere.clusterIndex[0] != elsewhere.clusterIndex[1])
    }
}
