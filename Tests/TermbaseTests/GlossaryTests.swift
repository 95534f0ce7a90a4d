import Termbase
import Testing
import TestSupport

@Suite struct GlossaryTests {
    @Test func readsAFileByItsExtension() throws {
        let glossary = try Glossary(contentsOf: Repository.root.appendingPathComponent("Tests/TermbaseTests/Data/martif.tbx").path)
        #expect(glossary.entries.first?.english == "World Health Organization")
    }

    @Test func reportsEveryProblemOfABadFile() {
        let error = #expect(throws: TermbaseError.self) {
            try Glossary(contentsOf: Repository.root.appendingPathComponent("Tests/TermbaseTests/Data/bad-terms.tsv").path)
        }
        #expect(error?.problems.count == 7)
    }

    @Test func missingFilesAndUnknownExtensionsAreClear() {
        #expect(throws: TermbaseError.cannotRead(path: "/nonexistent.tsv", message: "cannot read file")) {
            try Glossary(contentsOf: "/nonexistent.tsv")
        }
        #expect(throws: TermbaseError.cannotRead(path: "notes.txt", message: "cannot tell the glossary format from the file name")) {
            try Glossary(contentsOf: "notes.txt")
        }
    }

    @Test func sortingIsStableAndCaseInsensitive() {
        let entries = ["b", "A", "a", "C"].map { GlossaryEntry(terms: [Term($0, language: "id")]) }
        #expect(Glossary(entries: entries).sorted.entries.compactMap(\.indonesian) == ["A", "a", "b", "C"])
    }
}
