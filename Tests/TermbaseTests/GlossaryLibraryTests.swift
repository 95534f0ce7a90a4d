import Foundation
import Termbase
import Testing
import TestSupport

@Suite struct GlossaryLibraryTests {
    static let folder = Repository.root.appendingPathComponent("glossary").path
    static let library = Result { try GlossaryLibrary(folder: folder, freeDictPath: nil) }

    @Test func shippedDataLoadsWithoutProblems() throws {
        let library = try Self.library.get()
        #expect(library.problems.isEmpty)
        #expect(library.stopWords.contains("yang"))
        #expect(library.tables.keys.sorted() == GlossaryTableTests.shippedFiles.sorted())
    }

    @Test(arguments: [
        ("Korea Utara", "North Korea", "cldr"), ("Selandia Baru", "New Zealand", "cldr"), ("Tiongkok", "China", "cldr"),
        ("AS", "United States", "cldr"), ("Rusia", "Russia", "cldr"), ("Korut", "North Korea", "terms.tsv"), ("korut", "North Korea", "terms.tsv"),
        ("Menlu", "Foreign Minister", "terms.tsv"), ("Dewan Keamanan PBB", "UN Security Council", "terms.tsv"),
        ("semenanjung", "peninsula", "lexicon.tsv"), ("wakil", "deputy", "lexicon.tsv"),
        ("Dolar Amerika Serikat", "US Dollar", "cldr"), ("bahasa Korea", "Korean", "cldr"),
    ])
    func resolvesFromTheFirstSourceThatKnows(_ word: String, _ english: String, _ source: String) throws {
        let found = try #require(try Self.library.get().english(for: word))
        #expect(found.english == english)
        #expect(found.source == source)
    }

    @Test("a folder without tables, or a table with bad bytes, is an error with its place")
    func badFolders() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("istilah-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        #expect(throws: TermbaseError.cannotRead(path: empty.path,
                                                 message: "glossary folder holds no *.tsv tables (use --glossary DIR or ISTILAH_GLOSSARY)")) {
            try GlossaryLibrary(folder: empty.path, freeDictPath: nil)
        }
        let table = empty.appendingPathComponent("terms.tsv")
        try Data("id\ten\ttype\tid_variants\ten_variants\tnote\nKor".utf8 + [0xC3, 0x28] + Data("\tX\tGPE\t\t\t\n".utf8)).write(to: table)
        do {
            _ = try GlossaryLibrary(folder: empty.path, freeDictPath: nil)
            Issue.record("bad bytes were accepted")
        } catch {
            #expect(error.description.hasPrefix("\(table.path):2:4: error: invalid UTF-8 (byte 0xC3 at byte offset"))
        }
    }

    @Test func lookupListsEverySource() throws {
        let hits = try Self.library.get().lookup("Korut")
        #expect(hits.map(\.source) == ["terms.tsv", "acronyms.tsv"])
        #expect(try Self.library.get().lookup("Korea Utara").map(\.source) == ["cldr", "acronyms.tsv", "lexicon.tsv"])
        #expect(try Self.library.get().lookup("AS").map(\.source).contains("cldr"))
    }

    @Test func missingFreeDictIsKeptAsAProblemNotAFailure() throws {
        let library = try GlossaryLibrary(folder: Self.folder, freeDictPath: "/nonexistent/freedict")
        #expect(library.freeDict == nil)
        #expect(library.freeDictProblem == .dictionaryMissing(path: "/nonexistent/freedict.index"))
        #expect(library.english(for: "Korut")?.english == "North Korea")
    }

    @Test func aMissingFolderIsAnError() {
        #expect(throws: TermbaseError.self) { try GlossaryLibrary(folder: "/nonexistent/glossary", freeDictPath: nil) }
    }

    @Test func findsTheRepositoryGlossaryAboveTheExecutable() {
        let executable = Repository.root.appendingPathComponent(".build/debug/istilah").path
        #expect(GlossaryLibrary.defaultFolder(executablePath: executable, environment: [:]) == Repository.root.appendingPathComponent("glossary").path)
        #expect(GlossaryLibrary.defaultFolder(executablePath: executable, environment: ["ISTILAH_GLOSSARY": "/g"]) == "/g")
        #expect(GlossaryLibrary.defaultFolder(executablePath: "/usr/bin/istilah", environment: [:]) == nil)
    }
}
