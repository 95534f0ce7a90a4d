import Foundation
import TestSupport
import Testing

@Suite("istilah normalize: variants rewritten, annotated, listed")
struct NormalizeCommandTests {
    static let seed = "seeds/000_d4f176cfda6a47e4.txt"

    @Test("each output mode matches its golden file", arguments: [
        (["normalize", seed], "normalize-000.txt"),
        (["normalize", "--annotate", seed], "normalize-000-annotated.txt"),
        (["normalize", "--format", "json", "seeds/"], "normalize-seeds.json"),
        (["normalize", "--names", "Tests/istilahTests/Golden/normalize-names.input.txt"], "normalize-names.tsv"),
    ])
    func golden(_ item: ([String], String)) throws {
        let result = try IstilahCommand.run(item.0)
        #expect(result.status == 0)
        #expect(result.stdout == (try IstilahCommand.golden(item.1)))
    }

    struct Root: Decodable { var istilah: Int; var documents: [Doc] }
    struct Doc: Decodable { var id: String; var annotations: [Annotation] }
    struct Annotation: Decodable { var start: Int; var end: Int; var surface: String; var canonical: String; var kind: String; var evidence: String }

    @Test("the rewritten text is the original with exactly the annotated spans replaced")
    func byteIdentical() throws {
        let json = try IstilahCommand.run(["normalize", "--format", "json", Self.seed])
        let root = try JSONDecoder().decode(Root.self, from: Data(json.stdout.utf8))
        let original = Array(try String(contentsOf: Repository.root.appendingPathComponent(Self.seed), encoding: .utf8).unicodeScalars)
        var expected = String.UnicodeScalarView()
        var position = 0
        let annotations = try #require(root.documents.first).annotations
        #expect(annotations.count > 15)
        for annotation in annotations {
            #expect(String(String.UnicodeScalarView(original[annotation.start..<annotation.end])) == annotation.surface)
            #expect(annotation.surface != annotation.canonical)
            #expect(!annotation.evidence.isEmpty)
            expected.append(contentsOf: original[position..<annotation.start])
            expected.append(contentsOf: annotation.canonical.unicodeScalars)
            position = annotation.end
        }
        expected.append(contentsOf: original[position...])
        let text = try IstilahCommand.run(["normalize", Self.seed])
        #expect(text.stdout == String(expected))
        #expect(annotations.contains { $0.surface == "Putin" && $0.canonical == "Vladimir Putin" && $0.kind == "partial-name" })
        #expect(!annotations.contains { $0.canonical == "Kim Jong Il" || $0.canonical == "Korea Selatan" })
    }

    @Test("--names prints one row per line and keeps look-alikes apart")
    func names() throws {
        let path = "Tests/istilahTests/Golden/normalize-names.input.txt"
        let result = try IstilahCommand.run(["normalize", "--names", path])
        let input = try String(contentsOf: Repository.root.appendingPathComponent(path), encoding: .utf8)
        let rows = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(rows.count == input.split(separator: "\n", omittingEmptySubsequences: false).dropLast().count)
        var cluster: [String: String] = [:]
        for row in rows where !row.isEmpty {
            let cells = row.split(separator: "\t").map(String.init)
            #expect(cells.count == 3)
            cluster[cells[0]] = cells[2]
        }
        #expect(cluster["Korut"] == cluster["Korea Utara"])
        #expect(cluster["Kora Utara"] == cluster["Korea Utara"])
        #expect(cluster["Korsel"] != cluster["Korut"])
        #expect(cluster["Yury Ushakov"] == cluster["Yuri Ushakov"])
        #expect(cluster["Yury Borisov"] != cluster["Yury Ushakov"])
        #expect(Set(["Kim Jong Un", "Kim Jong Il", "Kim Il Sung"].map { cluster[$0] }).count == 3)
        #expect(Set(["Menteri Pertahanan", "Wakil Menteri Pertahanan", "Kementerian Pertahanan"].map { cluster[$0] }).count == 3)
        #expect(cluster["Dewan Keamanan PBB"] != cluster["Dewan Keamanan Nasional AS"])
        #expect(cluster["PBB"] == cluster["Perserikatan Bangsa-Bangsa"])
        #expect(cluster["limunisin"] == cluster["limusin"])
    }

    @Test("--explain prints each cluster's edges with kind and evidence to standard error")
    func explain() throws {
        let result = try IstilahCommand.run(["normalize", "--names", "--explain", "-"], stdin: Data("Korea Utara\nKorut\nYuri Ushakov\nYury Ushakov\n".utf8))
        #expect(result.stdout == "Korea Utara\tKorea Utara\t1\nKorut\tKorea Utara\t1\nYuri Ushakov\tYuri Ushakov\t2\nYury Ushakov\tYuri Ushakov\t2\n")
        #expect(result.stderr == """
            cluster 1: Korea Utara
              Korut ~ Korea Utara  blend: termbase, kor+ut
            cluster 2: Yuri Ushakov
              Yury Ushakov ~ Yuri Ushakov  romanization: yuri/yury

            """)
    }

    @Test("only Indonesian canonical forms can be written")
    func target() throws {
        let result = try IstilahCommand.run(["normalize", "--to", "en", Self.seed])
        #expect(result.status != 0)
        #expect(result.stdout.isEmpty)
    }
}

@Suite("istilah extract: ambiguity warnings")
struct AmbiguityWarningTests {
    @Test("the same ambiguous short name in several documents is reported once, with a count")
    func repeatedAmbiguity() throws {
        let directory = try IstilahCommand.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let text = "Kim Jong Un dan Kim Il Sung hadir di Pyongyang. Kim tersenyum kepada wartawan."
        for name in ["a.txt", "b.txt", "c.txt"] {
            try Data(text.utf8).write(to: directory.appendingPathComponent(name))
        }
        let result = try IstilahCommand.run(["extract", directory.path, "--format", "tsv"])
        #expect(result.status == 0)
        let warnings = result.stderr.split(separator: "\n").filter { $0.contains("'Kim' could be") }
        #expect(warnings.count == 1)
        #expect(warnings.first?.hasSuffix("(and in 2 more documents)") == true)
        #expect(warnings.first?.hasPrefix("\(directory.path)/a.txt: warning: ") == true)
    }
}
