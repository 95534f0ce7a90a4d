import Foundation
import TestSupport
import Testing

@Suite("istilah glossary: validate, convert, merge as a user runs them")
struct GlossaryCommandTests {
    @Test("the shipped glossary validates")
    func shippedDataIsValid() throws {
        let files = ["acronyms-eyd.tsv", "acronyms.tsv", "language.tsv", "lexicon.tsv", "stopwords.tsv", "terms.tsv"].map { "glossary/" + $0 }
        let result = try IstilahCommand.run(["glossary", "validate"] + files)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        #expect(result.stdout.contains("glossary/terms.tsv: "))
        #expect(!result.stdout.contains("problem"))
    }

    @Test("validate reports every problem like a compiler, with the line and a caret")
    func validateReportsEverything() throws {
        let result = try IstilahCommand.run(["glossary", "validate", "Tests/TermbaseTests/Data/bad-terms.tsv", "Tests/TermbaseTests/Data/billion-laughs.tbx"])
        #expect(result.status == 1)
        #expect(result.stdout == "Tests/TermbaseTests/Data/bad-terms.tsv: 2 entries, 7 problems\nTests/TermbaseTests/Data/billion-laughs.tbx: 0 entries, 1 problem\n")
        #expect(result.stderr == (try IstilahCommand.golden("validate-bad.txt")))
    }

    @Test("a glossary file of bad bytes fails at its line and column, in every command that reads one", arguments: [
        ([0x69, 0x64, 0x09, 0x65, 0x6E, 0x0A, 0x4B, 0x6F, 0x72, 0x65, 0x61, 0xFF, 0x09, 0x4E, 0x0A] as [UInt8], "2:6: error: invalid UTF-8 (byte 0xFF at byte offset 11)"),
        ([0x69, 0x64, 0x00], "1:3: error: binary file (NUL byte at byte offset 2), expected UTF-8 text"),
    ])
    func badBytes(_ bytes: [UInt8], _ expected: String) throws {
        let folder = try IstilahCommand.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("bad.tsv").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        for arguments in [["glossary", "validate", path], ["lookup", "Korut", "--glossary", path], ["extract", "seeds/", "--glossary", path]] {
            let result = try IstilahCommand.run(arguments)
            #expect(result.status == 1, "\(arguments)")
            #expect(result.stderr == "\(path):\(expected)\n", "\(arguments)")
            #expect(result.stdout.isEmpty, "\(arguments)")
        }
    }

    @Test("convert writes TBX that reads back to the same TSV", arguments: ["tbx", "json", "tsv"])
    func convertRoundTrips(_ format: String) throws {
        let folder = try IstilahCommand.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let middle = folder.appendingPathComponent("terms.\(format)").path
        let back = folder.appendingPathComponent("back.tsv").path
        #expect(try IstilahCommand.run(["glossary", "convert", "glossary/terms.tsv", "-o", middle]).status == 0)
        #expect(try IstilahCommand.run(["glossary", "convert", middle, "-o", back]).status == 0)
        let direct = try IstilahCommand.run(["glossary", "convert", "glossary/terms.tsv", "--to", "tsv"])
        #expect(direct.status == 0)
        #expect(try String(contentsOfFile: back, encoding: .utf8) == direct.stdout)
        #expect(direct.stdout.split(separator: "\n").count == 610, "a header and 609 entries")
    }

    @Test("convert to CSV writes the one-way form to standard output")
    func convertToCSV() throws {
        let result = try IstilahCommand.run(["glossary", "convert", "Tests/TermbaseTests/Data/sample.tsv", "--to", "csv"])
        #expect(result.status == 0)
        #expect(result.stdout == (try IstilahCommand.golden("sample.csv", suite: "TermbaseTests")))
    }

    @Test("convert refuses a bad input and writes nothing")
    func convertRefusesBadInput() throws {
        let folder = try IstilahCommand.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out.tbx").path
        let result = try IstilahCommand.run(["glossary", "convert", "Tests/TermbaseTests/Data/xxe.tbx", "-o", out])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("Tests/TermbaseTests/Data/xxe.tbx:2:17: error: DOCTYPE declares external entity 'secret'"))
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test("merge: the user's entries win, conflicts are listed, nothing is lost")
    func mergeUserWins() throws {
        let folder = try IstilahCommand.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let mine = folder.appendingPathComponent("mine.tsv")
        try "id\ten\ttype\tid_variants\ten_variants\tnote\nMenteri Pertahanan\tMinister of Defence\tTITLE\t\t\tclient style\nPulau Seribu\tThousand Islands\tLOC\t\t\t\n"
            .write(to: mine, atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("merged.tsv").path
        let result = try IstilahCommand.run(["glossary", "merge", "glossary/terms.tsv", mine.path, "-o", out])
        #expect(result.status == 0)
        #expect(result.stderr.contains("note: 'Menteri Pertahanan': 'Minister of Defence' wins over 'Defense Minister' (glossary/terms.tsv:"))
        #expect(result.stderr.hasSuffix("merged 611 entries into 610, 1 conflict; wrote \(out)\n"))
        let merged = try String(contentsOfFile: out, encoding: .utf8)
        #expect(merged.contains("Menteri Pertahanan\tMinister of Defence\tTITLE\tMenhan\tDefense Minister|Minister of Defense\tclient style\n"))
        #expect(merged.contains("Pulau Seribu\tThousand Islands\tLOC"))
        #expect(merged.split(separator: "\n").count == 611)
    }
}
