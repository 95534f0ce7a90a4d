import Foundation
import Segmentation
import Termbase
import Testing
import TestSupport

@Suite struct GlossaryTableTests {
    static let shippedFiles = ["terms.tsv", "acronyms.tsv", "acronyms-eyd.tsv", "lexicon.tsv", "language.tsv", "stopwords.tsv"]

    static func shipped(_ name: String) throws -> GlossaryTable {
        let url = Repository.root.appendingPathComponent("glossary/\(name)")
        return GlossaryTable(text: try String(contentsOf: url, encoding: .utf8), file: "glossary/\(name)")
    }

    @Test(arguments: shippedFiles)
    func shippedFileIsValidAndSaysWhereItComesFrom(_ name: String) throws {
        let table = try Self.shipped(name)
        #expect(table.problems.isEmpty, "\(table.problems.map(\.description).joined(separator: "\n"))")
        #expect(table.kind != nil)
        #expect(!table.glossary.entries.isEmpty)
        let header = table.comments.joined(separator: "\n")
        #expect(header.contains("Licence"), "the file must say its licence")
        #expect(header.contains("Source"), "the file must say where its facts come from")
    }

    @Test func termsHoldAtLeast300ConceptsWithCanonicalForms() throws {
        let table = try Self.shipped("terms.tsv")
        #expect(table.kind == .terms)
        #expect(table.glossary.entries.count >= 300)
        let sc = try #require(table.glossary.entries.first { $0.indonesian == "Dewan Keamanan PBB" })
        #expect(sc.english == "UN Security Council")
        #expect(sc.category == "ORG")
        #expect(sc.terms(in: "id").map(\.text).contains("DK PBB"))
        #expect(sc.terms.first?.status == .preferred)
        #expect(sc.location?.line ?? 0 > 1)
    }

    @Test func termsKeepTheHouseSpelling() throws {
        let english = try Self.shipped("terms.tsv").glossary.entries.flatMap { $0.terms(in: "en").map(\.text) }
        #expect(!english.contains { $0.contains("U.S.") || $0.contains("U.N.") }, "unpunctuated US and UN")
        #expect(!english.contains { $0.contains("Defence") }, "US spelling: Defense")
    }

    @Test func countriesAreNotTypedByHand() throws {
        // CLDR gives these; terms.tsv adds only what CLDR lacks.
        let ids = Set(try Self.shipped("terms.tsv").glossary.entries.compactMap(\.indonesian))
        for cldrName in ["Korea Utara", "Selandia Baru", "Tiongkok", "Amerika Serikat", "Rusia"] {
            #expect(!ids.contains(cldrName), "\(cldrName) comes from CLDR")
        }
        #expect(ids.contains("Korut"))
    }

    @Test func everyProblemIsReportedWithItsPlace() throws {
        let url = Repository.root.appendingPathComponent("Tests/TermbaseTests/Data/bad-terms.tsv")
        let table = GlossaryTable(text: try String(contentsOf: url, encoding: .utf8), file: "bad-terms.tsv")
        let lines = table.problems.map { "\($0.location!): \($0.message)" }
        #expect(lines == [
            "bad-terms.tsv:3:20: field 'en' is empty",
            "bad-terms.tsv:4:24: unknown type 'TITEL' (expected ORG, TITLE, GPE, LOC, EVENT, DOC, TERM, PRODUCT, MISC)",
            "bad-terms.tsv:5:35: empty alternative in field 'id_variants'",
            "bad-terms.tsv:6:23: expected 6 fields, found 3",
            "bad-terms.tsv:9:1: duplicate entry 'pbb' (first at line 7)",
            "bad-terms.tsv:10:8: field 'en' has leading or trailing spaces",
            "bad-terms.tsv:11:11: control character U+0007 in field 'en'",
        ])
        // The valid rows still load.
        #expect(table.glossary.entries.map(\.indonesian) == ["PBB", "Perserikatan Bangsa-Bangsa"])
    }

    @Test func anUnknownHeaderIsOneProblem() {
        let table = GlossaryTable(text: "# x\nfoo\tbar\n1\t2\n", file: "x.tsv")
        #expect(table.kind == nil)
        #expect(table.problems.count == 1)
        #expect(table.problems.first?.location == SourceLocation(file: "x.tsv", line: 2, column: 1))
    }

    @Test func lineBreaksOfEveryKindAndABOMAreAccepted() {
        let table = GlossaryTable(text: "\u{FEFF}short\tlong\ten\tkind\r\nKTT\tKonferensi Tingkat Tinggi\tsummit\tinitialism\rHAM\thak asasi manusia\thuman rights\tinitialism\n", file: "a.tsv")
        #expect(table.problems.isEmpty)
        #expect(table.glossary.entries.map(\.english) == ["summit", "human rights"])
        #expect(table.glossary.entries[1].location?.line == 3)
    }
}
