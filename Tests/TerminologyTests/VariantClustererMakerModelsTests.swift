@testable import Terminology
import Testing

/// A model's name after its maker (``VariantClusterer/joinMakerModels(_:_:_:_:_:)``).
@Suite("VariantClusterer: a model after its maker")
struct VariantClustererMakerModelsTests {
    @Test("a model's name after its maker joins the model alone, which is the lesser form: Reno 3 of Oppo Reno 3")
    func joinsModels() {
        let result = clusterer.clusters(of: [name("Oppo Reno 3", .organization), name("Reno 3", .organization, count: 6)])
        #expect(result.clusterIndex[0] == result.clusterIndex[1], "\(result.clusterIndex)")
        #expect(result.canonical(of: 1) == result.forms[0].surface)
        let code = clusterer.clusters(of: [name("Kawasaki Ninja H2", .product), name("Ninja H2", .product)])
        #expect(code.clusterIndex[0] == code.clusterIndex[1])
    }

    @Test("no join without a number, after a common word or a kind of name, after two makers, or across documents")
    func keepsApart() {
        let noNumber = clusterer.clusters(of: [name("Timnas Korea Selatan", .organization), name("Korea Selatan", .organization)])
        #expect(noNumber.clusterIndex[0] != noNumber.clusterIndex[1])
        let head = clusterer.clusters(of: [name("Piala Dunia 2022", .event), name("Dunia 2022", .event)])
        #expect(head.clusterIndex[0] != head.clusterIndex[1])
        let two = clusterer.clusters(of: [name("Oppo Reno 3", .organization), name("Vivo Reno 3", .organization), name("Reno 3", .organization)])
        #expect(two.clusterIndex[2] != two.clusterIndex[0] && two.clusterIndex[2] != two.clusterIndex[1])
        let elsewhere = clusterer.clusters(of: [name("Oppo Reno 3", .organization, documents: [0]), name("Reno 3", .organization, documents: [1])])
        #expect(elsewhere.clusterIndex[0] != elsewhere.clusterIndex[1])
    }
}
