@testable import Terminology
import Testing

/// A person's everyday name blended from their names (``VariantClusterer/joinPersonBlends(_:_:_:_:)``).
@Suite("VariantClusterer: a person's name blended from their names")
struct VariantClustererPersonBlendTests {
    @Test("a one-word person's name that blends a person's names in the same document joins them: Jokowi, Buwas")
    func blends() {
        let bare = VariantClusterer(statistics: statistics)
        let result = bare.clusters(of: [name("Joko Widodo", .person), name("Jokowi", .person), name("Budi Waseso", .person),
                                        name("Buwas", .person)])
        #expect(result.clusterIndex == [0, 0, 1, 1])
        #expect(result.clusters[0].edges.map(\.kind) == [.blend])
        #expect(result.clusters[0].edges[0].evidence == "joko+wi")
    }

    @Test("no blend across documents, of a first name alone, or of two people at once")
    func apart() {
        let bare = VariantClusterer(statistics: statistics)
        // Another document: nothing says it is the same person.
        let elsewhere = bare.clusters(of: [name("Joko Widodo", .person, documents: [0]), name("Jokowi", .person, documents: [1])])
        #expect(elsewhere.clusterIndex[0] != elsewhere.clusterIndex[1])
        // Two people the blend fits: neither.
        let two = bare.clusters(of: [name("Budi Waseso", .person), name("Budi Wasono", .person), name("Buwas", .person)])
        #expect(two.clusterIndex[2] != two.clusterIndex[0] && two.clusterIndex[2] != two.clusterIndex[1])
        // A surname is no blend: `Hasto` of `Hasto Kristiyanto` gives no letters of `kristiyanto`.
        let firstName = VariantClusterer.blendParts(Array("hasto"), [Array("hasto"), Array("kristiyanto")])
        #expect(firstName == nil)
    }
}
