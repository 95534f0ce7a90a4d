import Foundation
import Termbase
import Testing
import TestSupport

@Suite struct DictdDictionaryTests {
    static let installed = FileManager.default.fileExists(atPath: FreeDictLexicon.debianBasePath + ".index")

    @Test func missingFilesAreAClearError() {
        #expect(throws: TermbaseError.dictionaryMissing(path: "/nonexistent/dict.index")) {
            try DictdDictionary(basePath: "/nonexistent/dict")
        }
        #expect(TermbaseError.dictionaryMissing(path: "x").message.contains("dict-freedict-eng-ind"))
    }

    @Test func readsAHandMadeDictionaryWithBase64Offsets() throws {
        // "council" at offset 0, length 20 ("U" = 20); "war" at offset 20 ("U"), length 15 ("P").
        let folder = try IstilahCommand.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let body = "council <n>\ndewan\n" + "xx" + "war <n>\nperang\n"
        try body.write(to: folder.appendingPathComponent("t.dict"), atomically: true, encoding: .utf8)
        try "council\tA\tU\nwar\tU\tP\n".write(to: folder.appendingPathComponent("t.index"), atomically: true, encoding: .utf8)
        let dictionary = try DictdDictionary(basePath: folder.appendingPathComponent("t").path)
        #expect(dictionary.index.map(\.headword) == ["council", "war"])
        #expect(dictionary.index.map(\.offset) == [0, 20])
        #expect(dictionary.definition(of: dictionary.index[1]) == "war <n>\nperang\n")
    }

    @Test func badIndexLinesSayWhere() throws {
        let folder = try IstilahCommand.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "abc".write(to: folder.appendingPathComponent("t.dict"), atomically: true, encoding: .utf8)
        try "a\tA\tB\nb\tA\t!\n".write(to: folder.appendingPathComponent("t.index"), atomically: true, encoding: .utf8)
        let error = #expect(throws: TermbaseError.self) { try DictdDictionary(basePath: folder.appendingPathComponent("t").path) }
        #expect(error?.location?.line == 2)
    }

    @Test(.enabled(if: installed, "FreeDict not installed: apt-get install dict-freedict-eng-ind"))
    func inflatesTheDebianDictzipFile() throws {
        let dictionary = try DictdDictionary(basePath: FreeDictLexicon.debianBasePath)
        #expect(dictionary.index.count > 10_000)
        let peninsula = try #require(dictionary.index.first { $0.headword == "peninsula" })
        #expect(dictionary.definition(of: peninsula).contains("semenanjung"))
    }
}
