import Foundation
import Termbase
import Testing
import TestSupport

@Suite struct EnglishWordFrequencyTests {
    static let folder = Repository.root.appendingPathComponent("glossary").path

    @Test func theShippedTableRanksCommonWordsAboveRareOnes() throws {
        let frequency = try #require(EnglishWordFrequency(glossary: Self.folder))
        #expect(frequency.zipf.count > 5_000)
        #expect(frequency.zipf(of: "snake") > frequency.zipf(of: "serpent") + 0.5)
        #expect(frequency.zipf(of: "Snake") == frequency.zipf(of: "snake"))
        #expect(frequency.zipf(of: "no such word qq") == 0)
        #expect(abs(frequency.zipf(of: "snake", share: 0.1) - (frequency.zipf(of: "snake") - 1)) < 1e-9)
        #expect(frequency.zipf(of: "snake", share: 1) == frequency.zipf(of: "snake"))
    }

    @Test func aFolderWithoutTheTableHasNone() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("istilah-no-wordfreq-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        #expect(EnglishWordFrequency(glossary: empty.path) == nil)
    }

    @Test func theLibraryLoadsItOnlyWithFreeDict() throws {
        #expect(try GlossaryLibrary(folder: Self.folder, freeDictPath: nil).englishFrequency == nil)
        #expect(try GlossaryLibrary(folder: Self.folder, freeDictPath: "/nonexistent/freedict").englishFrequency == nil)
    }
}
