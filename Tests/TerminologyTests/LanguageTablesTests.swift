import Foundation
import Terminology
import Testing

@Suite("LanguageTables: the Indonesian data the extractor reads")
struct LanguageTablesTests {
    let tables = LanguageTables()

    @Test("every entry is a lowercase key without surrounding spaces")
    func lowercase() {
        let all = tables.titleHeads.union(tables.preHeads).union(tables.complementHeads).union(tables.organizationHeads)
            .union(tables.documentHeads).union(tables.eventHeads).union(tables.placeHeads).union(tables.nameConnectors)
            .union(tables.speechVerbs).union(tables.calendarWords).union(tables.compounds).union(tables.lightNouns)
            .union(tables.evaluativeAdjectives).union(tables.quantifiers).union(tables.stopWords)
        for entry in all {
            #expect(entry == entry.lowercased(), "\(entry)")
            #expect(entry.trimmingCharacters(in: .whitespaces) == entry, "\(entry)")
        }
    }

    @Test("heads that need a complement are title heads; byline heads too")
    func complementsAreTitles() {
        #expect(tables.complementHeads.isSubset(of: tables.titleHeads))
        #expect(tables.bylineHeads.isSubset(of: tables.titleHeads))
    }

    @Test("the kumparan stop word and non-clitic lists are complete")
    func functionWords() {
        #expect(tables.stopWords.count == 1_167 || tables.stopWords.count > 1_100)
        #expect(tables.stopWords.contains("yang"))
        #expect(tables.nonClitics.contains("akhirnya"))
        #expect(!tables.stopWords.contains("rudal"))
    }

    @Test("two-word compounds are two words")
    func compounds() {
        for compound in tables.compounds { #expect(compound.split(separator: " ").count >= 2, "\(compound)") }
    }
}

@Suite("LanguageTables: loanword adjective endings")
struct AdjectiveEndingTests {
    @Test("an unknown loanword adjective modifies a term but heads none")
    func adjectives() throws {
        let terms = try extract("Mereka membahas kemitraan komprehensif. Komprehensif sekali. Kerja sama komprehensif itu baik. Sikap komprehensif.")
        #expect(terms[key: "komprehensif"] == nil)
        #expect(terms[key: "kemitraan komprehensif"] != nil)
    }
}
