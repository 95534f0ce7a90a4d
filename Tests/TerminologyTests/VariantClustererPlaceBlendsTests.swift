@testable import Terminology
import Testing

/// A blend before a place's name (``VariantClusterer/joinPlaceBlends(_:_:_:_:_:)``).
@Suite("VariantClusterer: a blend before a place's name")
struct VariantClustererPlaceBlendsTests {
    @Test("a blend before a place joins the organisation's name before it, a settlement head skipped")
    func joins() {
        let result = clusterer.clusters(of: [name("Dinas Kesehatan Kota Depok", .organization), name("Dinkes Depok", .person),
                                             name("Depok", .location), name("Dinas Sosial Depok", .organization),
                                             name("Dinsos Depok", .organization)])
        #expect(result.clusterIndex[0] == result.clusterIndex[1], "\(result.clusterIndex)")
        #expect(result.canonical(of: 1) == "Dinas Kesehatan Kota Depok")
        #expect(result.clusterIndex[2] != result.clusterIndex[0])
        #expect(result.clusterIndex[3] == result.clusterIndex[4])
    }

    @Test("no join across documents, before another place, or for words that are no blend")
    func apart() {
        let elsewhere = clusterer.clusters(of: [name("Dinas Kesehatan Kota Depok", .organization, documents: [0]),
                                                name("Dinkes Depok", .organization, documents: [1]), name("Depok", .location, documents: [0, 1])])
        #expect(elsewhere.clusterIndex[0] != elsewhere.clusterIndex[1])
        let place = clusterer.clusters(of: [name("Dinas Kesehatan Kota Depok", .organization), name("Dinkes Bogor", .organization),
                                            name("Bogor", .location), name("Depok", .location)])
        #expect(place.clusterIndex[0] != place.clusterIndex[1])
        let other = clusterer.clusters(of: [name("Dinas Kesehatan Kota Depok", .organization), name("Dinsos Depok", .organization),
                                            name("Depok", .location)])
        #expect(other.clusterIndex[0] != other.clusterIndex[1])
    }
}
