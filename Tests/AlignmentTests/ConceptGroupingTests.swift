import Alignment
import Terminology
import Testing

@Suite struct ConceptGroupingTests {
    static func aligned(_ english: String?, _ via: AlignmentMethod) -> TermAlignment {
        TermAlignment(english: english, via: via, confidence: english == nil ? 0 : 0.9, evidence: english == nil ? "" : "test")
    }

    @Test func glossaryEnglishOfTheSameTypeGroups() {
        let grouping = ConceptGrouping(
            alignments: [Self.aligned("North Korea", .glossary), Self.aligned("Russia", .glossary), Self.aligned("North Korea", .acronym),
                         Self.aligned("North Korea", .glossary)],
            categories: [.location, .location, .location, .organization])
        #expect(grouping.groups == [[0, 2], [1], [3]])
    }

    @Test("one glossary entry is one concept, whatever English each form keeps")
    func oneEntryGroups() throws {
        let aligner = GlossaryAligner(library: try Shipped.library.get(), statistics: Shipped.statistics)
        let alignments = [aligner.align(form: "KCNA", variants: [], type: .organization),
                          aligner.align(form: "Kantor Berita Pusat Korea Utara", variants: [], type: .organization),
                          aligner.align(form: "Kantor Berita Yonhap", variants: [], type: .organization)]
        #expect(alignments[0].english == "KCNA")
        #expect(alignments[1].english == "Korean Central News Agency")
        #expect(alignments[0].concept == alignments[1].concept)
        #expect(ConceptGrouping(alignments: alignments, categories: [.organization, .organization, .organization]).groups == [[0, 1], [2]])
    }

    @Test func composedNamesAndNoneNeverGroup() {
        let grouping = ConceptGrouping(
            alignments: [Self.aligned("West", .composed), Self.aligned("West", .composed), Self.aligned("Kim", .name),
                         Self.aligned("Kim", .name), Self.aligned(nil, .none), Self.aligned(nil, .none)],
            categories: Array(repeating: .location, count: 6))
        #expect(grouping.groups == [[0], [1], [2], [3], [4], [5]])
    }
}
