import Foundation
import TestSupport
import Testing

@Suite("istilah extract: the command as a user runs it")
struct ExtractCommandTests {
    @Test("output of the seeds matches its golden file", arguments: ["json", "tsv", "md"])
    func golden(format: String) throws {
        let result = try IstilahCommand.run(["extract", "seeds/", "--format", format, "--contexts", format == "json" ? "0" : "1"])
        #expect(result.status == 0)
        #expect(result.stdout == (try IstilahCommand.golden("extract-seeds.\(format)")))
    }

    @Test("the JSON follows the schema, and every occurrence slices one of its term's forms")
    func schema() throws {
        let result = try IstilahCommand.run(["extract", "seeds/", "--format", "json"])
        struct Root: Decodable { var istilah: Int; var documents: [Doc]; var terms: [Term] }
        struct Doc: Decodable { var id: String; var sentences: Int; var tokens: Int }
        struct Term: Decodable {
            var term: String; var english: String?; var type: String; var via: String; var confidence: Double
            var score: Double; var count: Int; var documents: [String]; var variants: [Variant]; var occurrences: [Occurrence]
        }
        struct Variant: Decodable { var form: String; var count: Int }
        struct Occurrence: Decodable { var document: String; var start: Int; var end: Int }
        let root = try JSONDecoder().decode(Root.self, from: Data(result.stdout.utf8))
        #expect(root.istilah == 1)
        #expect(root.documents.map(\.id) == Repository.seedPaths().map { "seeds/" + $0.lastPathComponent })
        var texts: [String: [Unicode.Scalar]] = [:]
        for url in Repository.seedPaths() { texts["seeds/" + url.lastPathComponent] = Array(try String(contentsOf: url, encoding: .utf8).unicodeScalars) }
        let types: Set<String> = ["PER", "LOC", "ORG", "TITLE", "DOC", "EVENT", "PRODUCT", "TERM"]
        for term in root.terms {
            #expect(types.contains(term.type))
            #expect(term.count == term.occurrences.count)
            #expect(term.variants.map(\.count).reduce(0, +) == term.count)
            let forms = Set(term.variants.map(\.form))
            for occurrence in term.occurrences {
                let slice = String(String.UnicodeScalarView(texts[occurrence.document]![occurrence.start..<occurrence.end]))
                #expect(forms.contains(slice))
            }
        }
        #expect(root.terms.contains { $0.term == "Korea Utara" && $0.documents.count == 5 })
        let vias: Set<String> = ["glossary", "acronym", "composed", "name", "parallel", "none"]
        for term in root.terms {
            #expect(vias.contains(term.via))
            #expect((term.english == nil) == (term.via == "none"), "\(term.term)")
            #expect((0...1).contains(term.confidence) && (term.confidence == 0) == (term.english == nil))
        }
        #expect(root.terms.contains { $0.term == "Korea Utara" && $0.english == "North Korea" && $0.via == "glossary" })
        #expect(root.terms.contains { $0.term == "Wisma Negara Kumsusan" && $0.english == "Kumsusan State Guest House" && $0.via == "composed" })
    }

    @Test("--no-glossary aligns without terms.tsv, CLDR and glossary files")
    func noGlossary() throws {
        let result = try IstilahCommand.run(["extract", "seeds/", "--format", "json", "--no-glossary"])
        #expect(result.status == 0)
        struct Root: Decodable { var terms: [Term] }
        struct Term: Decodable { var term: String; var english: String?; var via: String }
        let terms = try JSONDecoder().decode(Root.self, from: Data(result.stdout.utf8)).terms
        #expect(!terms.contains { $0.via == "glossary" })
        // The cluster Korea Utara · Korut finds its English through the blend Korut.
        #expect(terms.contains { $0.term == "Korea Utara" && $0.english == "North Korea" && $0.via == "acronym" })
        #expect(terms.contains { $0.term == "Semenanjung Korea" && $0.english == "Korean Peninsula" && $0.via == "composed" })
    }

    @Test("--top and --min-count limit the list")
    func thresholds() throws {
        let top = try IstilahCommand.run(["extract", "seeds/", "--format", "tsv", "--top", "5"])
        #expect(top.stdout.split(separator: "\n").count == 6)
        let frequent = try IstilahCommand.run(["extract", "seeds/", "--format", "tsv", "--min-count", "10"])
        for row in frequent.stdout.split(separator: "\n").dropFirst() {
            #expect(Int(row.split(separator: "\t")[3])! >= 10)
        }
    }

    @Test("bad input fails like segment does, with no output file")
    func badInput() throws {
        let directory = try IstilahCommand.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = directory.appendingPathComponent("terms.json")
        let missing = try IstilahCommand.run(["extract", "nope.txt", "-o", output.path])
        #expect(missing.status == 1)
        #expect(missing.stderr == "nope.txt: error: no such file or directory\n")
        let glossary = try IstilahCommand.run(["extract", "seeds/", "--glossary", "/nonexistent", "-o", output.path])
        #expect(glossary.status == 1)
        #expect(glossary.stderr == "/nonexistent: error: no such file or directory\n")
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test("hostile input to extract and table: one file:line:col error, exit 1, no output file", arguments: ["extract", "table"])
    func hostileInput(command: String) throws {
        let directory = try IstilahCommand.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let good = directory.appendingPathComponent("good.txt").path
        try Data("Presiden Joko Widodo tiba di Jakarta.\n".utf8).write(to: URL(fileURLWithPath: good))
        // Invalid UTF-8 in the middle of a line, a file of NULs, an empty file.
        let bad = directory.appendingPathComponent("bad.txt").path
        try Data(Array("Presiden tiba.\nMenteri Luar ".utf8) + [0xFF] + Array(" Negeri.\n".utf8)).write(to: URL(fileURLWithPath: bad))
        let nul = directory.appendingPathComponent("nul.txt").path
        try Data(repeating: 0, count: 4096).write(to: URL(fileURLWithPath: nul))
        let empty = directory.appendingPathComponent("empty.txt").path
        try Data().write(to: URL(fileURLWithPath: empty))
        let emptyFolder = directory.appendingPathComponent("none").path
        try FileManager.default.createDirectory(atPath: emptyFolder, withIntermediateDirectories: true)
        let output = directory.appendingPathComponent("out.json").path
        let cases: [(arguments: [String], message: String)] = [
            ([bad, "-o", output], "\(bad):2:14: error: invalid UTF-8 (byte 0xFF at byte offset 28); use --lossy to replace bad bytes"),
            ([nul, "-o", output], "\(nul):1:1: error: binary file (NUL byte at byte offset 0), expected UTF-8 text"),
            ([empty, "-o", output], "\(empty):1:1: error: no text: the input is empty or holds only white space"),
            ([directory.appendingPathComponent("nope.txt").path, "-o", output],
             "\(directory.appendingPathComponent("nope.txt").path): error: no such file or directory"),
            ([emptyFolder, "-o", output], "\(emptyFolder): error: directory holds no .txt files"),
            ([good, "-o", directory.appendingPathComponent("no/out.json").path],
             "\(directory.appendingPathComponent("no/out.json").path): error: cannot write output file: No such file or directory"),
            ([good, "-o", emptyFolder], "\(emptyFolder): error: cannot write output file: Is a directory"),
        ]
        for (arguments, message) in cases {
            let result = try IstilahCommand.run([command] + arguments)
            #expect(result.status == 1, "\(arguments)")
            #expect(result.stderr == message + "\n")
            #expect(result.stdout.isEmpty)
            #expect(!FileManager.default.fileExists(atPath: output))
        }
        // Nothing left behind: no output, no temporary file beside it.
        let left = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        #expect(left == ["bad.txt", "empty.txt", "good.txt", "none", "nul.txt"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: emptyFolder).isEmpty)
    }

    @Test("counts that mean nothing are refused before any input is read", arguments: [
        (["--top=0"], "--top must be at least 1 (got 0)"),
        (["--min-count=0"], "--min-count must be at least 1 (got 0)"),
        (["--contexts=-2"], "--contexts must be 0 or more (got -2)"),
        (["--threads=0"], "--threads must be at least 1 (got 0)"),
    ])
    func badCounts(_ arguments: [String], _ message: String) throws {
        for command in ["extract", "table"] {
            let result = try IstilahCommand.run([command, "seeds/"] + arguments)
            #expect(result.status == 64, "\(command) \(arguments)")
            #expect(result.stderr.hasPrefix("Error: \(message)\n"), "\(command) \(arguments)")
            #expect(result.stdout.isEmpty)
        }
    }

    @Test("one term per cluster of variants; short names ambiguous in a document are reported")
    func clusters() throws {
        let result = try IstilahCommand.run(["extract", "seeds/", "--format", "tsv"])
        let rows = result.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: "\t").map(String.init) }
        let north = try #require(rows.first { $0[0] == "Korea Utara" })
        for form in ["Korut×", "Kora Utara×", "DPRK×", "Republik Demokratik Rakyat Korea×"] { #expect(north[5].contains(form)) }
        #expect(!rows.contains { $0[0] == "Korut" || $0[0] == "Putin" || $0[0] == "Kim" })
        #expect(rows.contains { $0[0] == "Korea Selatan" && $0[5].contains("Korsel×") && !$0[5].contains("Korut") })
        #expect(result.stderr.contains("seeds/001_a09d3cab97f57f36.txt: warning: 'Kim' could be Kim Jong Un, Kim Il Sung; resolved by the other documents to 'Kim Jong Un'\n"))
    }
}
