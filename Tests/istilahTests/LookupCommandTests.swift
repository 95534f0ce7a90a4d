import Foundation
import TestSupport
import Testing

@Suite("istilah lookup: what every source says")
struct LookupCommandTests {
    static let freeDictInstalled = FileManager.default.fileExists(atPath: "/usr/share/dictd/freedict-eng-ind.index")

    @Test("shipped data and CLDR, without FreeDict, match the golden output")
    func goldenWithoutFreeDict() throws {
        let result = try IstilahCommand.run(["lookup", "--no-freedict", "Korut", "Selandia Baru", "menlu", "wakil", "bahasa Korea", "Dolar Amerika Serikat"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        #expect(result.stdout == (try IstilahCommand.golden("lookup.txt")))
    }

    @Test("a glossary file given with --glossary answers first, with its file and line")
    func userGlossaryFirst() throws {
        let result = try IstilahCommand.run(["lookup", "--no-freedict", "--glossary", "Tests/TermbaseTests/Data/sample.tsv", "korut"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count > 2)
        #expect(lines[1].hasPrefix("  Tests/TermbaseTests/Data/sample.tsv:6 "))
        #expect(lines[1].contains("Korut → North Korea"))
        #expect(lines.dropFirst(2).contains { $0.contains("terms.tsv") })
    }

    @Test("FreeDict answers below the shipped sources", .enabled(if: freeDictInstalled, "FreeDict not installed"))
    func freeDictComesLast() throws {
        let result = try IstilahCommand.run(["lookup", "semenanjung"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first == "semenanjung")
        #expect(lines.dropFirst().first?.hasPrefix("  lexicon.tsv:") == true)
        #expect(lines.last?.hasPrefix("  freedict") == true)
        #expect(lines.last?.contains("→ peninsula") == true)
    }

    @Test("--time reports the load time and what each source holds")
    func timeReportsSources() throws {
        let result = try IstilahCommand.run(["lookup", "--no-freedict", "--time", "Korut"])
        #expect(result.status == 0)
        #expect(result.stderr.hasPrefix("termbase loaded in "))
        #expect(result.stderr.contains("\n  terms.tsv: 609 entries\n"))
        #expect(result.stderr.contains("  cldr: "))
    }

    @Test("an unknown word says so and fails; the glossary folder can be given")
    func unknownWord() throws {
        let result = try IstilahCommand.run(["lookup", "--no-freedict", "--glossary", "glossary", "qwxzv"])
        #expect(result.status == 1)
        #expect(result.stdout == "qwxzv\n  (no source knows it)\n")
    }

    @Test("without FreeDict a note says which package to install, and the rest still answers")
    func missingFreeDict() throws {
        let result = try IstilahCommand.run(["lookup", "--freedict-path", "/nonexistent/freedict-eng-ind", "Korut"])
        #expect(result.status == 0)
        #expect(result.stderr == "note: FreeDict English-Indonesian dictionary not found; install the Debian package dict-freedict-eng-ind\n")
        #expect(result.stdout.contains("terms.tsv:"))
        #expect(!result.stdout.contains("freedict"))
    }

    @Test("a missing glossary path, or a folder without the glossary, is one clear error")
    func missingFolder() throws {
        let result = try IstilahCommand.run(["lookup", "--glossary", "/nonexistent", "Korut"])
        #expect(result.status == 1)
        #expect(result.stderr == "/nonexistent: error: no such file or directory\n")
        let notGlossary = try IstilahCommand.run(["lookup", "--glossary", "Sources", "Korut"])
        #expect(notGlossary.status == 1)
        #expect(notGlossary.stderr == "Sources: error: glossary folder holds no *.tsv tables (use --glossary DIR or ISTILAH_GLOSSARY)\n")
    }
}
