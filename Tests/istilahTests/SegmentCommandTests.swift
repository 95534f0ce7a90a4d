import Foundation
import TestSupport
import Testing

@Suite("istilah segment: the command as a user runs it")
struct SegmentCommandTests {
    @Test("TSV output of seed 003 matches its golden file")
    func goldenTSV() throws {
        let result = try IstilahCommand.run(["segment", "seeds/003_67da689ebbe8f8d2.txt"])
        #expect(result.status == 0)
        #expect(result.stdout == (try IstilahCommand.golden("segment-003.tsv")))
        #expect(result.stderr == "seeds/003_67da689ebbe8f8d2.txt:1:72: warning: split glued words 'PyongyangKorea' at the case change\n")
    }

    @Test("JSON output of seed 003 matches its golden file, and every token slice is its text")
    func goldenJSON() throws {
        let result = try IstilahCommand.run(["segment", "--format", "json", "seeds/003_67da689ebbe8f8d2.txt"])
        #expect(result.status == 0)
        #expect(result.stdout == (try IstilahCommand.golden("segment-003.json")))
        struct Root: Decodable { var documents: [Doc] }
        struct Doc: Decodable { var id: String; var sentences: [Sent] }
        struct Sent: Decodable { var tokens: [Tok] }
        struct Tok: Decodable { var text: String; var start: Int; var end: Int; var kind: String; var key: String }
        let root = try JSONDecoder().decode(Root.self, from: Data(result.stdout.utf8))
        let (_, text) = try Repository.seed("003")
        let scalars = Array(text.unicodeScalars)
        let tokens = root.documents[0].sentences.flatMap(\.tokens)
        #expect(tokens.count > 400)
        for token in tokens {
            #expect(String(String.UnicodeScalarView(scalars[token.start..<token.end])) == token.text)
        }
    }

    @Test("the same input gives byte-identical output, in parallel or not")
    func deterministic() throws {
        let a = try IstilahCommand.run(["segment", "--format", "json", "seeds/"])
        let b = try IstilahCommand.run(["segment", "--format", "json", "--threads", "1", "seeds"])
        #expect(a.status == 0)
        #expect(a.stdout == b.stdout)
        #expect(a.stdout.contains("\"id\" : \"seeds/004_101e314c8cafa17d.txt\""))
    }

    @Test("'-' reads standard input")
    func standardInput() throws {
        let result = try IstilahCommand.run(["segment", "-"], stdin: Data("Kim Jong-un tiba pukul 02.45.".utf8))
        #expect(result.status == 0)
        #expect(result.stdout.contains("-\t1\t2\t4\t11\t1\t5\tword\tJong-un\tjong-un\n"))
        #expect(result.stdout.contains("-\t1\t5\t23\t28\t1\t24\tnumber\t02.45\t02.45\n"))
    }

    @Test("bad input: one compiler-style line on stderr, exit 1, no output file", arguments: [
        ("missing", "nope.txt: error: no such file or directory\n"),
        ("empty-dir", "DIR: error: directory holds no .txt files\n"),
        ("invalid", "DIR/bad.txt:2:5: error: invalid UTF-8 (byte 0xFF at byte offset 10); use --lossy to replace bad bytes\n"),
        ("empty", "DIR/empty.txt:1:1: error: no text: the input is empty or holds only white space\n"),
        ("binary", "DIR/bin.txt:1:3: error: binary file (NUL byte at byte offset 2), expected UTF-8 text\n"),
    ])
    func badInput(kind: String, expected: String) throws {
        let directory = try IstilahCommand.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let input: String
        switch kind {
        case "missing": input = "nope.txt"
        case "empty-dir":
            input = "sub"
            try FileManager.default.createDirectory(at: directory.appendingPathComponent("sub"), withIntermediateDirectories: true)
        case "invalid":
            input = "bad.txt"
            try Data(Array("Korut\nKim ".utf8) + [0xFF]).write(to: directory.appendingPathComponent(input))
        case "empty":
            input = "empty.txt"
            try Data().write(to: directory.appendingPathComponent(input))
        default:
            input = "bin.txt"
            try Data([0x41, 0x42, 0x00]).write(to: directory.appendingPathComponent(input))
        }
        let path = kind == "missing" ? input : directory.appendingPathComponent(input).path
        let output = directory.appendingPathComponent("out.tsv")
        let result = try IstilahCommand.run(["segment", path, "-o", output.path])
        #expect(result.status == 1)
        let shown = kind == "empty-dir" ? directory.appendingPathComponent("sub").path : directory.path
        #expect(result.stderr == expected.replacingOccurrences(of: "DIR", with: kind == "empty-dir" ? shown : shown))
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test("--lossy replaces bad bytes and warns with the location")
    func lossy() throws {
        let directory = try IstilahCommand.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("bad.txt")
        try Data(Array("Kim ".utf8) + [0xFF] + Array(" Jong".utf8)).write(to: file)
        let result = try IstilahCommand.run(["segment", "--lossy", file.path])
        #expect(result.status == 0)
        #expect(result.stderr == "\(file.path):1:5: warning: invalid UTF-8 replaced with U+FFFD\n")
        #expect(result.stdout.contains("\tJong\tjong\n"))
    }

    @Test("-o writes the file whole and prints nothing")
    func outputFile() throws {
        let directory = try IstilahCommand.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = directory.appendingPathComponent("tokens.tsv")
        let result = try IstilahCommand.run(["segment", "seeds/001_a09d3cab97f57f36.txt", "-o", output.path])
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        let written = try String(contentsOf: output, encoding: .utf8)
        #expect(written.hasPrefix("document\tsentence\ttoken\tstart\tend\tline\tcolumn\tkind\ttext\tkey\n"))
        #expect(written.contains("\tword\tEastjourneymagz.com\teastjourneymagz.com\n"))
    }

    @Test("help shows a real example")
    func help() throws {
        #expect(try IstilahCommand.run(["--help"]).stdout.contains("istilah segment seeds/000_d4f176cfda6a47e4.txt"))
        #expect(try IstilahCommand.run(["segment", "--help"]).stdout.contains("istilah segment --format json seeds/ -o tokens.json"))
    }
}

@Suite("istilah segment: inputs")
struct SegmentInputTests {
    @Test("a symbolic link to a directory is searched like the directory")
    func symlinkedDirectory() throws {
        let directory = try IstilahCommand.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let real = directory.appendingPathComponent("real")
        try FileManager.default.createDirectory(at: real, withIntermediateDirectories: true)
        try Data("Korut dan Korsel.".utf8).write(to: real.appendingPathComponent("a.txt"))
        let link = directory.appendingPathComponent("link")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: real)
        let result = try IstilahCommand.run(["segment", link.path])
        #expect(result.status == 0)
        #expect(result.stdout.contains("\(link.path)/a.txt\t1\t1\t0\t5\t1\t1\tword\tKorut\tkorut\n"))
    }
}
