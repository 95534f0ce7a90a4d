import Termbase
import Testing

@Suite struct GlossaryMergerTests {
    static func entry(_ id: String, _ en: String, _ variants: [String] = [], note: String? = nil) -> GlossaryEntry {
        GlossaryEntry(terms: [Term(id, language: "id", status: .preferred)] + variants.map { Term($0, language: "id", status: .admitted) }
                        + [Term(en, language: "en", status: .preferred)], category: "TITLE", note: note)
    }

    @Test func laterEntriesWinAndKeepTheEarlierEnglishAsSuperseded() throws {
        let shipped = Glossary(entries: [Self.entry("Menteri Pertahanan", "Defense Minister", ["Menhan"]), Self.entry("Presiden", "President")])
        let mine = Glossary(entries: [Self.entry("menteri pertahanan", "Minister of Defence", note: "client")])
        let merger = GlossaryMerger.merging([shipped, mine])
        #expect(merger.conflicts.count == 1)
        #expect(merger.conflicts.first?.winner.english == "Minister of Defence")
        #expect(merger.conflicts.first?.loser.english == "Defense Minister")
        let merged = try #require(merger.glossary.entries.first { $0.indonesian == "menteri pertahanan" })
        #expect(merged.terms.map(\.text) == ["menteri pertahanan", "Menteri Pertahanan", "Menhan", "Minister of Defence", "Defense Minister"])
        #expect(merged.terms.last?.status == .superseded)
        #expect(merged.note == "client")
        #expect(merger.glossary.entries.count == 2)
    }

    @Test func sameEnglishJoinsVariantsWithoutAConflict() {
        let merger = GlossaryMerger.merging([Glossary(entries: [Self.entry("Korut", "North Korea")]),
                                             Glossary(entries: [Self.entry("Korut", "north korea", ["Kor-Ut"])])])
        #expect(merger.conflicts.isEmpty)
        #expect(merger.glossary.entries.count == 1)
        #expect(merger.glossary.entries[0].terms(in: "id").map(\.text) == ["Korut", "Kor-Ut"])
        #expect(merger.glossary.entries[0].terms(in: "en").map(\.text) == ["north korea", "North Korea"])
        #expect(merger.glossary.entries[0].terms(in: "en").map(\.status) == [.preferred, .admitted])
    }

    @Test func noEntryIsLost() {
        let a = Glossary(entries: (0..<50).map { Self.entry("a\($0)", "A\($0)") })
        let b = Glossary(entries: (25..<75).map { Self.entry("a\($0)", "B\($0)") })
        let merger = GlossaryMerger.merging([a, b])
        #expect(merger.glossary.entries.count == 75)
        #expect(merger.conflicts.count == 25)
        #expect(Set(merger.glossary.entries.flatMap { $0.terms(in: "en").map(\.text) }).count == 100)
    }
}
